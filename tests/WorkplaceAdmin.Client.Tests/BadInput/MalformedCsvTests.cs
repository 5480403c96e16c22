using WorkplaceAdmin.Client.People;

namespace WorkplaceAdmin.Client.Tests.BadInput;

/// <summary>
/// CSV files as admins export them, with empty fields, extra and missing columns, unicode, 10 kB values, stray
/// whitespace and quotes, read as People rows and checked by the row validator: a bad row is refused with its row
/// number and what is wrong, the other rows go on, and a file that cannot be read at all fails with its line.
/// </summary>
public class MalformedCsvTests
{
    private static readonly string TenKilobytes = new('v', 10_000);

    /// <param name="Outcomes">Per data row: null when valid, else words the row's error must contain.</param>
    public sealed record CsvCase(string Name, string Text, params string?[] Outcomes)
    {
        public override string ToString() => Name;
    }

    public static readonly CsvCase[] Cases =
    [
        new("empty fields", "Email,Name,ExternalId\n,,\nava@contoso.example,,\n", "needs an ExternalId", "has no name"),
        new("blank fields of whitespace", "Email,Name\n   ,   \n\t,\t\n", "needs an ExternalId", "needs an ExternalId"),
        new("extra columns are ignored", "Email,Name\nava@contoso.example,Ava Ross,EXTRA,\"more, and more\",\n", [null]),
        new("missing columns", "Email,Name,Title\nava@contoso.example\n", "ava@contoso.example has no name"),
        new("whitespace around values is trimmed", "Email,Name\n  ava@contoso.example  ,  Ava Ross \n", [null]),
        new("quoted values with commas, quotes and line breaks", "Email,Name,Title\n\"ava@contoso.example\",\"Ross, Ava \"\"The Boss\"\"\",\"Head of\nEverything\"\n", [null]),
        new("quotes inside an email", "Email,Name\n\"\"\"ava\"\"@contoso.example\",Ava\n", "not a valid email"),
        new("unicode names and a byte order mark", "\uFEFFEmail,Name,Department\nzoe@contoso.example,Zoë Ünïcødé 日本語 🎉,Ventes & Marketing\n", [null]),
        new("an email with an invisible character", "Email,Name\nava\u200B@contoso.example,Ava\n", "not a valid email"),
        new("a 10 kB email", $"Email,Name\n{TenKilobytes}@contoso.example,Ava\n", "(10,016 characters)' is not a valid email"),
        new("a 10 kB manager", $"Email,Name,Manager\nava@contoso.example,Ava,{TenKilobytes}\n", "Manager 'vvvv"),
        new("a 10 kB external id twice", $"ExternalId,Name\n{TenKilobytes},Ava\n{TenKilobytes},Ben\n", null, "also in row 1"),
        new("a 10 kB name is sent as is (the API decides)", $"Email,Name\nava@contoso.example,{TenKilobytes}\n", [null]),
        new("a date that is not a date", "Email,Name,StartDate\nava@contoso.example,Ava,next monday\n", "StartDate 'next monday'"),
        new("a flag that is not a boolean", "Email,Name,IsFrontline\nava@contoso.example,Ava,maybe\n", "IsFrontline 'maybe'"),
        new("an unknown sign-in method", "Email,Name,AuthMethod\nava@contoso.example,Ava,kerberos\n", "AuthMethod 'kerberos'"),
        new("a manager that is neither email nor id", "Email,Name,Manager\nava@contoso.example,Ava,the boss\n", "Manager 'the boss'"),
        new("own manager", "Email,Name,Manager\nava@contoso.example,Ava,AVA@contoso.example\n", "own manager"),
        new("the same person twice", "Email,Name\nava@contoso.example,Ava\nAVA@CONTOSO.EXAMPLE,Ava again\n", null, "also in row 1"),
        new("blank lines and CRLF", "Email,Name\r\n\r\nava@contoso.example,Ava\r\n\r\n\r\nben@contoso.example,Ben\r\n", null, null),
        new("a header only", "Email,Name\n"),
    ];

    public static TheoryData<string> CaseNames() => [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_row_is_valid_or_refused_with_its_number_and_the_problem(string name)
    {
        var csv = Cases.Single(c => c.Name == name);
        var validator = new UserRowValidator();

        var rows = UserRowColumns.Read(new StringReader(csv.Text)).ToList();

        Assert.Equal(csv.Outcomes.Length, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var error = Record.Exception(() => validator.Validate(rows[i]));
            if (csv.Outcomes[i] is not { } words)
            {
                Assert.Null(error);
                continue;
            }
            var rowError = Assert.IsType<UserRowException>(error);
            Assert.Equal(i + 1, rowError.RowNumber);
            Assert.StartsWith($"Row {i + 1}: ", rowError.Message, StringComparison.Ordinal);
            Assert.Contains(words, rowError.Message, StringComparison.Ordinal);
            Assert.True(rowError.Message.Length < 1000, $"The message is {rowError.Message.Length} characters long.");
            Assert.Equal("Workplace.InvalidArgument", WorkplaceErrorClassifier.Classify(rowError).ErrorId);
        }
    }

    public static TheoryData<string, string> UnreadableFiles() => new()
    {
        { "", "empty" },
        { "\n\n", "empty" },
        { "foo,bar\n1,2\n", "names none of the known columns" },
        { "Email,Name\n\"ava@contoso.example,Ava\n", "Line 2" },
        { "Email,Name\nava@contoso.example,Ava\nben@contoso.example,\"Ben\n", "Line 3" },
    };

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public void A_file_that_cannot_be_read_fails_with_a_classified_error_saying_where(string text, string says)
    {
        var error = Record.Exception(() => UserRowColumns.Read(new StringReader(text)).ToList());

        var format = Assert.IsType<FormatException>(error);
        Assert.Contains(says, format.Message, StringComparison.Ordinal);
        Assert.Equal("Workplace.InvalidData", WorkplaceErrorClassifier.Classify(format).ErrorId);
    }
}
