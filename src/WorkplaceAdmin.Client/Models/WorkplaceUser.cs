namespace WorkplaceAdmin.Client.Models;

/// <summary>
/// A person's account as the Account Management API (SCIM 2.0) describes it. Fields the service does not send
/// are null. Ids are strings, times are <see cref="DateTimeOffset"/> in UTC.
/// </summary>
public sealed record WorkplaceUser
{
    public string Id { get; init; } = "";

    /// <summary>The login email (SCIM userName); null for email-less accounts.</summary>
    public string? Email { get; init; }

    public string? Name { get; init; }
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public string? Title { get; init; }
    public string? Department { get; init; }
    public string? Division { get; init; }
    public string? Organization { get; init; }
    public string? CostCenter { get; init; }
    public string? EmployeeNumber { get; init; }

    /// <summary>Workplace id of the manager.</summary>
    public string? ManagerId { get; init; }

    /// <summary>
    /// The manager's name when the service sends it. Not called Manager on purpose: piped into Set-, New- or
    /// Sync-WorkplaceUser, a user's ManagerId binds to -Manager, where a name would not be a valid manager.
    /// </summary>
    public string? ManagerName { get; init; }

    public string? Locale { get; init; }
    public string? TimeZone { get; init; }
    public string? PhoneNumber { get; init; }

    /// <summary>The id of the person in the identity source (SCIM externalId).</summary>
    public string? ExternalId { get; init; }

    public bool Active { get; init; }
    public WorkplaceUserStatus Status { get; init; }
    /// <summary>When the account was made (SCIM meta.created); null when the service does not say.</summary>
    public DateTimeOffset? CreatedTime { get; init; }

    public DateTimeOffset? InvitedTime { get; init; }
    public DateTimeOffset? ClaimedTime { get; init; }
    public DateTimeOffset? StartDate { get; init; }

    /// <summary>"password" or "sso".</summary>
    public string? AuthMethod { get; init; }

    /// <summary>Null when the API does not say (SCIM 2.0 has no frontline attribute).</summary>
    public bool? IsFrontline { get; init; }

    public override string ToString() => Email is null ? $"{Name} ({Id})" : $"{Name} <{Email}> ({Id})";
}
