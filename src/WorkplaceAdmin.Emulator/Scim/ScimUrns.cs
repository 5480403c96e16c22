namespace WorkplaceAdmin.Emulator.Scim;

/// <summary>SCIM 2.0 schema URNs Workplace uses (workplace-api.md §5.3).</summary>
internal static class ScimUrns
{
    public const string User = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string Group = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public const string StartTermDates = "urn:ietf:params:scim:schemas:extension:facebook:starttermdates:2.0:User";
    public const string AccountStatus = "urn:ietf:params:scim:schemas:extension:facebook:accountstatusdetails:2.0:User";
    public const string AuthMethod = "urn:ietf:params:scim:schemas:extension:facebook:authmethod:2.0:User";
    public const string ListResponse = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public const string Error = "urn:ietf:params:scim:api:messages:2.0:Error";
    public const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    public const string ServiceProviderConfig = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    public const string Schema = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    /// <summary>The extension schemas a user may carry, longest first so prefix matching picks the right one.</summary>
    public static readonly string[] UserExtensions = [StartTermDates, AccountStatus, AuthMethod, Enterprise];
}
