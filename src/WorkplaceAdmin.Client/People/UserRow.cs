namespace WorkplaceAdmin.Client.People;

/// <summary>
/// One input row as the cmdlets bind it (parameters, a piped object or a CSV line), before validation.
/// Empty text counts as "not given". <see cref="Manager"/> is an email or a Workplace id.
/// </summary>
public sealed record UserRow
{
    /// <summary>1-based position of the row in its input, for error messages.</summary>
    public long RowNumber { get; init; }

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
    public string? Manager { get; init; }
    public string? Locale { get; init; }
    public string? TimeZone { get; init; }
    public string? PhoneNumber { get; init; }
    public DateTimeOffset? StartDate { get; init; }
    public string? AuthMethod { get; init; }
    public bool? IsFrontline { get; init; }

    /// <summary>Set when a cell could not be read (a date or flag that is not one); the validator reports it.</summary>
    public string? Problem { get; init; }
}
