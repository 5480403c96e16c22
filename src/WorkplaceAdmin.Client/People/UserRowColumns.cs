namespace WorkplaceAdmin.Client.People;

/// <summary>
/// The columns a list of people may have and the header names each accepts (case-insensitive): the cmdlets'
/// parameter names and aliases, so a CSV made for New-WorkplaceUser works with Sync-WorkplaceUser -Path too.
/// Unknown columns are ignored.
/// </summary>
public static class UserRowColumns
{
    private static readonly (string[] Names, Func<UserRow, string, UserRow> Set)[] Columns =
    [
        (["Email", "UserName", "Mail", "PrimaryEmail", "EmailAddress", "UserPrincipalName"], (r, v) => r with { Email = v }),
        (["ExternalId", "EmployeeId", "ObjectId"], (r, v) => r with { ExternalId = v }),
        (["Name", "DisplayName", "FullName"], (r, v) => r with { Name = v }),
        (["GivenName", "FirstName"], (r, v) => r with { GivenName = v }),
        (["FamilyName", "LastName", "Surname"], (r, v) => r with { FamilyName = v }),
        (["Title", "JobTitle"], (r, v) => r with { Title = v }),
        (["Department"], (r, v) => r with { Department = v }),
        (["Division"], (r, v) => r with { Division = v }),
        (["Organization", "Company"], (r, v) => r with { Organization = v }),
        (["CostCenter"], (r, v) => r with { CostCenter = v }),
        (["EmployeeNumber"], (r, v) => r with { EmployeeNumber = v }),
        (["Manager", "ManagerEmail", "ManagerId"], (r, v) => r with { Manager = v }),
        (["Locale"], (r, v) => r with { Locale = v }),
        (["TimeZone"], (r, v) => r with { TimeZone = v }),
        (["PhoneNumber", "Phone", "MobilePhone"], (r, v) => r with { PhoneNumber = v }),
        (["StartDate"], (r, v) => r with { StartDate = ParseDate(r.RowNumber, v) }),
        (["AuthMethod"], (r, v) => r with { AuthMethod = v }),
        (["IsFrontline", "Frontline"], (r, v) => r with { IsFrontline = ParseBool(r.RowNumber, v, "IsFrontline") }),
    ];

    /// <summary>The aliases each column accepts, by its canonical name (for help and tests).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; } =
        Columns.ToDictionary(c => c.Names[0], c => (IReadOnlyList<string>)c.Names[1..], StringComparer.OrdinalIgnoreCase);

    /// <summary>Maps a header line: for each position, the column it fills (null when unknown).</summary>
    public static Func<UserRow, string, UserRow>?[] MapHeader(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var map = new Func<UserRow, string, UserRow>?[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            map[i] = Columns.FirstOrDefault(c => c.Names.Contains(name, StringComparer.OrdinalIgnoreCase)).Set;
        }
        if (!map.Any(setter => setter is not null))
            throw new FormatException($"The header ({string.Join(", ", header)}) names none of the known columns, such as Email, Name, ExternalId.");
        return map;
    }

    /// <summary>
    /// Reads a CSV with a header line as rows; RowNumber is the data row (1 = the first after the header). The header
    /// is read at once (a file with no usable header throws <see cref="FormatException"/> here); rows stream.
    /// </summary>
    public static IEnumerable<UserRow> Read(TextReader text, char delimiter = ',')
    {
        var csv = new CsvReader(text, delimiter);
        var header = csv.ReadRecord() ?? throw new FormatException("The CSV file is empty: expected a header line such as Email,Name,Title.");
        return ReadRows(csv, MapHeader(header));
    }

    private static IEnumerable<UserRow> ReadRows(CsvReader csv, Func<UserRow, string, UserRow>?[] map)
    {
        long number = 0;
        while (csv.ReadRecord() is { } record)
        {
            var row = new UserRow { RowNumber = ++number };
            try
            {
                for (var i = 0; i < record.Count && i < map.Length; i++)
                {
                    if (map[i] is { } set && !string.IsNullOrWhiteSpace(record[i]))
                        row = set(row, record[i]);
                }
            }
            catch (UserRowException bad)
            {
                // The row is reported by the validator, and the file goes on.
                row = row with { Problem = bad.Problem };
            }
            yield return row;
        }
    }

    /// <summary>A date in ISO 8601 (2026-01-15, with or without time) or unix seconds.</summary>
    public static DateTimeOffset? ParseDate(long rowNumber, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return Json.GraphDateTime.Parse(text)
            ?? throw new UserRowException(rowNumber, $"StartDate '{text}' is not a date; use yyyy-MM-dd.");
    }

    public static bool? ParseBool(long rowNumber, string? text, string column)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return text.Trim().ToLowerInvariant() switch
        {
            "true" or "yes" or "1" or "y" => true,
            "false" or "no" or "0" or "n" => false,
            _ => throw new UserRowException(rowNumber, $"{column} '{text}' is not true or false."),
        };
    }
}
