namespace WorkplaceAdmin.Client.People;

/// <summary>
/// Checks input rows before anything is sent, and remembers the rows it has seen so that a person given twice
/// (same email or external id) is reported with both row numbers. One validator per run; not thread-safe (rows
/// arrive on the pipeline thread). Memory: one dictionary entry per email and per external id seen.
/// </summary>
public sealed class UserRowValidator
{
    private readonly bool newAccounts;
    private readonly Dictionary<string, long> rowsByEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> rowsByExternalId = new(StringComparer.Ordinal);

    /// <param name="newAccounts">
    /// True when rows describe whole accounts (New-WorkplaceUser, Sync-WorkplaceUser): a name and an email (or an
    /// external id for email-less accounts) are required. False for changes to existing accounts.
    /// </param>
    public UserRowValidator(bool newAccounts = true) => this.newAccounts = newAccounts;

    /// <summary>
    /// Whether a whole-account row must carry a name. A sync list names a person already in the community by email
    /// alone (a piped WorkplaceUser is only an identity), so the sync planner asks for a name only to create one.
    /// </summary>
    public bool NameRequired { get; init; } = true;

    /// <summary>The error of an account to create that has no name.</summary>
    public static UserRowException NoName(long rowNumber, string? email, string? externalId) =>
        new(rowNumber, $"{Describe(email, externalId)} has no name: give Name, or GivenName and FamilyName.");

    /// <summary>Email of an earlier valid row → its row number (managers may refer to them).</summary>
    public bool TryGetRowOfEmail(string email, out long rowNumber) => rowsByEmail.TryGetValue(email.Trim(), out rowNumber);

    /// <summary>The cleaned row, or <see cref="UserRowException"/> naming the row and the problem.</summary>
    public ValidUserRow Validate(UserRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var number = row.RowNumber;
        if (row.Problem is not null)
            throw new UserRowException(number, row.Problem);
        var email = Clean(row.Email);
        var externalId = Clean(row.ExternalId);
        var name = Clean(row.Name);
        var given = Clean(row.GivenName);
        var family = Clean(row.FamilyName);
        var manager = Clean(row.Manager);

        if (email is not null && !IsEmail(email))
            throw new UserRowException(number, $"'{InputText.Shown(email)}' is not a valid email address.");
        if (newAccounts)
        {
            if (email is null && externalId is null)
                throw new UserRowException(number, "an account without an email needs an ExternalId (email-less accounts are identified by it).");
            if (NameRequired && name is null && (given is null || family is null))
                throw NoName(number, email, externalId);
        }
        var authMethod = Clean(row.AuthMethod)?.ToLowerInvariant();
        if (authMethod is not null and not ("password" or "sso"))
            throw new UserRowException(number, $"AuthMethod '{InputText.Shown(row.AuthMethod)}' is not valid; use 'password' or 'sso'.");
        if (manager is not null)
        {
            if (!manager.Contains('@') && !WorkplaceId.IsNumeric(manager))
                throw new UserRowException(number, $"Manager '{InputText.Shown(manager)}' is neither an email address nor a Workplace id.");
            if (manager.Contains('@') && !IsEmail(manager))
                throw new UserRowException(number, $"Manager '{InputText.Shown(manager)}' is not a valid email address.");
            if (email is not null && string.Equals(manager, email, StringComparison.OrdinalIgnoreCase))
                throw new UserRowException(number, $"{email} cannot be their own manager.");
        }
        if (email is not null && rowsByEmail.TryGetValue(email, out var emailRow))
            throw new UserRowException(number, $"{email} is also in row {emailRow}; each person may appear once.");
        if (externalId is not null && rowsByExternalId.TryGetValue(externalId, out var externalRow))
            throw new UserRowException(number, $"ExternalId {InputText.Shown(externalId)} is also in row {externalRow}; each person may appear once.");

        if (email is not null)
            rowsByEmail[email] = number;
        if (externalId is not null)
            rowsByExternalId[externalId] = number;
        var fields = new UserFields
        {
            Email = email,
            ExternalId = externalId,
            Name = name,
            GivenName = given,
            FamilyName = family,
            Title = Clean(row.Title),
            Department = Clean(row.Department),
            Division = Clean(row.Division),
            Organization = Clean(row.Organization),
            CostCenter = Clean(row.CostCenter),
            EmployeeNumber = Clean(row.EmployeeNumber),
            Locale = Clean(row.Locale),
            TimeZone = Clean(row.TimeZone),
            PhoneNumber = Clean(row.PhoneNumber),
            StartDate = row.StartDate,
            AuthMethod = authMethod,
            IsFrontline = row.IsFrontline,
        };
        return new ValidUserRow(number, fields, manager);
    }

    public static bool IsEmail(string text) => EmailAddress.IsValid(text);

    private static string? Clean(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static string Describe(string? email, string? externalId) =>
        email ?? (externalId is null ? "the account" : $"ExternalId {externalId}");
}
