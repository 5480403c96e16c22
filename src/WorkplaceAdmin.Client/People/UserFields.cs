namespace WorkplaceAdmin.Client.People;

/// <summary>
/// Values to write to an account. A null property is "not given" and is left as it is on the service; this
/// module never clears a field by omission. <see cref="ManagerId"/> is a resolved Workplace id.
/// </summary>
public sealed record UserFields
{
    public string? Email { get; init; }
    public string? ExternalId { get; init; }
    public string? Name { get; init; }
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public string? Title { get; init; }
    public string? Department { get; init; }
    public string? Division { get; init; }
    public string? Organization { get; init; }
    public string? CostCenter { get; init; }
    public string? EmployeeNumber { get; init; }
    public string? ManagerId { get; init; }
    public string? Locale { get; init; }
    public string? TimeZone { get; init; }
    public string? PhoneNumber { get; init; }
    public DateTimeOffset? StartDate { get; init; }

    /// <summary>"password" or "sso".</summary>
    public string? AuthMethod { get; init; }

    public bool? IsFrontline { get; init; }
    public bool? Active { get; init; }

    /// <summary>The fields that carry a value, in <see cref="UserField"/> order.</summary>
    public IReadOnlyList<UserField> Given()
    {
        var given = new List<UserField>();
        foreach (var field in Enum.GetValues<UserField>())
        {
            if (Has(field))
                given.Add(field);
        }
        return given;
    }

    public bool Has(UserField field) => field switch
    {
        UserField.StartDate => StartDate is not null,
        UserField.IsFrontline => IsFrontline is not null,
        UserField.Active => Active is not null,
        _ => Text(field) is not null,
    };

    /// <summary>The value of a text field (Manager is the manager's id); null for the typed ones.</summary>
    public string? Text(UserField field) => field switch
    {
        UserField.Email => Email,
        UserField.ExternalId => ExternalId,
        UserField.Name => Name,
        UserField.GivenName => GivenName,
        UserField.FamilyName => FamilyName,
        UserField.Title => Title,
        UserField.Department => Department,
        UserField.Division => Division,
        UserField.Organization => Organization,
        UserField.CostCenter => CostCenter,
        UserField.EmployeeNumber => EmployeeNumber,
        UserField.Manager => ManagerId,
        UserField.Locale => Locale,
        UserField.TimeZone => TimeZone,
        UserField.PhoneNumber => PhoneNumber,
        UserField.AuthMethod => AuthMethod,
        _ => null,
    };

    /// <summary>A copy with only the given fields kept (the others null), e.g. the changed fields of an update.</summary>
    public UserFields Only(IReadOnlyCollection<UserField> fields)
    {
        bool Keep(UserField field) => fields.Contains(field);
        return new UserFields
        {
            Email = Keep(UserField.Email) ? Email : null,
            ExternalId = Keep(UserField.ExternalId) ? ExternalId : null,
            Name = Keep(UserField.Name) ? Name : null,
            GivenName = Keep(UserField.GivenName) ? GivenName : null,
            FamilyName = Keep(UserField.FamilyName) ? FamilyName : null,
            Title = Keep(UserField.Title) ? Title : null,
            Department = Keep(UserField.Department) ? Department : null,
            Division = Keep(UserField.Division) ? Division : null,
            Organization = Keep(UserField.Organization) ? Organization : null,
            CostCenter = Keep(UserField.CostCenter) ? CostCenter : null,
            EmployeeNumber = Keep(UserField.EmployeeNumber) ? EmployeeNumber : null,
            ManagerId = Keep(UserField.Manager) ? ManagerId : null,
            Locale = Keep(UserField.Locale) ? Locale : null,
            TimeZone = Keep(UserField.TimeZone) ? TimeZone : null,
            PhoneNumber = Keep(UserField.PhoneNumber) ? PhoneNumber : null,
            StartDate = Keep(UserField.StartDate) ? StartDate : null,
            AuthMethod = Keep(UserField.AuthMethod) ? AuthMethod : null,
            IsFrontline = Keep(UserField.IsFrontline) ? IsFrontline : null,
            Active = Keep(UserField.Active) ? Active : null,
        };
    }
}
