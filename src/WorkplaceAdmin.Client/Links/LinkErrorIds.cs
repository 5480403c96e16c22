namespace WorkplaceAdmin.Client.Links;

/// <summary>The stable error ids of link failures, each with the PowerShell error category it reports as.</summary>
public static class LinkErrorIds
{
    public const string TokenRejected = "Workplace.Link.TokenRejected";
    public const string CommunityChanged = "Workplace.Link.CommunityChanged";
    public const string GroupNotVisible = "Workplace.Link.GroupNotVisible";
    public const string GroupArchived = "Workplace.Link.GroupArchived";
    public const string PermissionMissing = "Workplace.Link.PermissionMissing";
    public const string CheckFailed = "Workplace.Link.CheckFailed";
    public const string Duplicate = "Workplace.Link.Duplicate";
    public const string NotFound = "Workplace.Link.NotFound";
    public const string SecretMissing = "Workplace.Link.SecretMissing";
    public const string WrongKind = "Workplace.Link.WrongKind";
    public const string NoSecretStorage = "Workplace.Link.NoSecretStorage";

    public static string CategoryOf(string errorId) => errorId switch
    {
        TokenRejected => "AuthenticationError",
        CommunityChanged => "InvalidData",
        GroupNotVisible or NotFound or SecretMissing => "ObjectNotFound",
        PermissionMissing => "PermissionDenied",
        Duplicate => "ResourceExists",
        WrongKind => "InvalidArgument",
        NoSecretStorage => "SecurityError",
        _ => "InvalidOperation",
    };
}
