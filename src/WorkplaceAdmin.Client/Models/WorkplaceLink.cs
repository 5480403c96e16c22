namespace WorkplaceAdmin.Client.Models;

/// <summary>
/// A named, verified pairing of an integration's access token with a target in a community: a group's feed or
/// Work Chat, with the permissions that target needs. Holds no secret: the token lives in the place
/// <see cref="TokenStorage"/> names, and only its last characters are shown (<see cref="TokenHint"/>).
/// </summary>
public sealed class WorkplaceLink
{
    public string Name { get; init; } = "";
    public WorkplaceLinkKind Kind { get; init; }

    /// <summary>The group of a GroupFeed link; null for Chat.</summary>
    public string? GroupId { get; init; }
    public string? GroupName { get; init; }

    /// <summary>The community the token belongs to (GET /community when the link was made).</summary>
    public string CommunityId { get; init; } = "";
    public string? CommunityName { get; init; }

    /// <summary>The permissions the target needs, by the names the integration editor shows.</summary>
    public IReadOnlyList<string> Permissions { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }
    public LinkTokenStorage TokenStorage { get; init; }

    /// <summary>The SecretManagement vault holding the token, when <see cref="TokenStorage"/> is Vault.</summary>
    public string? VaultName { get; init; }

    /// <summary>"…" and the token's last 4 characters.</summary>
    public string TokenHint { get; init; } = "";
    public bool HasAppSecret { get; init; }

    /// <summary>The Graph root the link was verified against.</summary>
    public string GraphUri { get; init; } = WorkplaceClientOptions.DefaultGraphUri.AbsoluteUri;

    /// <summary>True for a link made against the embedded emulator (usable only while connected to one).</summary>
    public bool IsEmulator { get; init; }

    public override string ToString() => Kind == WorkplaceLinkKind.GroupFeed
        ? $"{Name}: group {GroupName ?? GroupId} in {CommunityName ?? CommunityId}"
        : $"{Name}: Work Chat in {CommunityName ?? CommunityId}";
}
