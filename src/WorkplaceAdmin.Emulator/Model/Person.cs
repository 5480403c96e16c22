namespace WorkplaceAdmin.Emulator.Model;

/// <summary>
/// A person of the community: one record behind both the Graph member node and the SCIM user.
/// Mutated only under the community's write lock.
/// </summary>
internal sealed class Person : IKeyed
{
    public Person(long key)
    {
        Key = key;
        Id = key.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public long Key { get; }
    public string Id { get; }

    public string? Email { get; set; }
    public string? ExternalId { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? MiddleName { get; set; }
    public string? FormattedNameOverride { get; set; }
    public string Name => FormattedNameOverride ?? (LastName.Length == 0 ? FirstName : FirstName.Length == 0 ? LastName : FirstName + " " + LastName);
    public string? DisplayName { get; set; }
    public string? NickName { get; set; }
    public string? Title { get; set; }
    public string? Department { get; set; }
    public string? Division { get; set; }
    public string? Organization { get; set; }
    public string? CostCenter { get; set; }
    public string? EmployeeNumber { get; set; }
    public string? PrimaryPhone { get; set; }
    public string? PrimaryAddress { get; set; }
    public string? Locale { get; set; }
    public string? PreferredLanguage { get; set; }
    public string? Timezone { get; set; }
    public string? UserType { get; set; }
    public string? ManagerId { get; set; }
    public string AuthMethod { get; set; } = "password";
    public bool IsFrontline { get; set; }
    public bool FrontlineHasAccess { get; set; }

    public bool Active { get; set; } = true;
    public bool Invited { get; set; }
    public bool Claimed { get; set; }

    /// <summary>Stays true after an "unclaim": such accounts can still not be deleted.</summary>
    public bool EverClaimed { get; set; }

    public DateTimeOffset? InviteTime { get; set; }
    public DateTimeOffset? ClaimTime { get; set; }
    public DateTimeOffset? DeactivateTime { get; set; }
    public DateTimeOffset? StartDate { get; set; }
    public DateTimeOffset? TermDate { get; set; }
    public DateTimeOffset CreatedTime { get; set; }
    public DateTimeOffset UpdatedTime { get; set; }

    public List<string> Skills { get; } = new();

    /// <summary>Marks the account claimed now (claiming also implies an invitation).</summary>
    public void MarkClaimed(DateTimeOffset when)
    {
        Invited = true;
        InviteTime ??= when;
        Claimed = true;
        EverClaimed = true;
        ClaimTime ??= when;
    }

    public void SetActive(bool active, DateTimeOffset when)
    {
        if (Active == active)
        {
            return;
        }
        Active = active;
        DeactivateTime = active ? null : when;
    }
}
