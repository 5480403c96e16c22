using WorkplaceAdmin.Client.People;

namespace WorkplaceAdmin.Client.Tests.People;

public class CsvTests
{
    [Fact]
    public void Reads_quotes_doubled_quotes_line_breaks_and_blank_lines()
    {
        var csv = new CsvReader(new StringReader("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\r\n\"multi\nline\",,end\n"));
        Assert.Equal(["a", "b,1", "say \"hi\""], csv.ReadRecord());
        Assert.Equal(1, csv.LineNumber);
        Assert.Equal(["multi\nline", "", "end"], csv.ReadRecord());
        Assert.Equal(3, csv.LineNumber);
        Assert.Null(csv.ReadRecord());
    }

    [Fact]
    public void An_unclosed_quote_is_an_error_with_its_line()
    {
        var csv = new CsvReader(new StringReader("x\n\"open,2\n"));
        csv.ReadRecord();
        Assert.Contains("Line 2", Assert.Throws<FormatException>(() => csv.ReadRecord()).Message);
    }

    [Fact]
    public void Headers_bind_by_name_and_alias_and_unknown_columns_are_ignored()
    {
        var text = "\uFEFFUserName,FirstName,LastName,JobTitle,ManagerEmail,StartDate,Frontline,Notes\n" +
                   "ann@x.example,Ann,Bell,CFO,boss@x.example,2026-03-01,yes,whatever\n" +
                   "bob@x.example,Bob,,,,,,\n";
        var rows = UserRowColumns.Read(new StringReader(text)).ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal(new UserRow
        {
            RowNumber = 1, Email = "ann@x.example", GivenName = "Ann", FamilyName = "Bell", Title = "CFO", Manager = "boss@x.example",
            StartDate = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), IsFrontline = true,
        }, rows[0]);
        Assert.Equal(new UserRow { RowNumber = 2, Email = "bob@x.example", GivenName = "Bob" }, rows[1]);
    }

    [Fact]
    public void A_bad_cell_marks_its_row_and_the_file_goes_on()
    {
        var rows = UserRowColumns.Read(new StringReader("Email,Name,StartDate\na@x.example,A,someday\nb@x.example,B,2026-01-01\n")).ToList();
        Assert.Contains("StartDate 'someday'", rows[0].Problem);
        Assert.Null(rows[1].Problem);
    }

    [Fact]
    public void A_header_with_no_known_column_is_refused()
    {
        Assert.Throws<FormatException>(() => UserRowColumns.Read(new StringReader("foo,bar\n1,2\n")).ToList());
        Assert.Throws<FormatException>(() => UserRowColumns.Read(new StringReader("")).ToList());
    }

    [Fact]
    public void The_aliases_of_email_are_those_of_the_cmdlets()
    {
        Assert.Equal(["UserName", "Mail", "PrimaryEmail", "EmailAddress", "UserPrincipalName"], UserRowColumns.Aliases["Email"]);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData(" YES ", true)]
    [InlineData("1", true)]
    [InlineData("n", false)]
    [InlineData("False", false)]
    [InlineData("", null)]
    public void Flags_read_the_usual_spellings(string text, bool? expected) =>
        Assert.Equal(expected, UserRowColumns.ParseBool(1, text, "IsFrontline"));

    [Fact]
    public void Dates_read_iso_text_and_unix_seconds_and_refuse_the_rest()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), UserRowColumns.ParseDate(1, "2026-03-01"));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), UserRowColumns.ParseDate(1, "1767225600"));
        Assert.Null(UserRowColumns.ParseDate(1, " "));
        Assert.Equal("Row 4: StartDate 'next week' is not a date; use yyyy-MM-dd.", Assert.Throws<UserRowException>(() => UserRowColumns.ParseDate(4, "next week")).Message);
        Assert.Contains("'maybe' is not true or false", Assert.Throws<UserRowException>(() => UserRowColumns.ParseBool(2, "maybe", "IsFrontline")).Message);
    }
}
