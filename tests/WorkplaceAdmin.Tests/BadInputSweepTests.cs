using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>
/// Input that cannot be valid, through the cmdlets: each gets an error that names it, before any request (checked in
/// the emulator's request log), and never a bare .NET exception. (Empty, null and blank identities of every cmdlet are
/// swept in <see cref="EmptyIdentityTests"/>.)
/// </summary>
public class BadInputSweepTests
{
    private const string Files = """
        $tmp = [IO.Path]::GetTempPath()
        $semicolons = Join-Path $tmp "sweep-$([guid]::NewGuid()).csv"; Set-Content $semicolons "Email;Name`nben.carter@contoso.example;Ben Carter"
        """;

    public static TheoryData<string, string> RefusedLocally() => new()
    {
        { "a 10,000-character email", "Get-WorkplaceUser -Email (('a' * 10000) + '@contoso.example')" },
        { "an email with a zero-width space", "Get-WorkplaceUser -Email \"ben`u{200B}.carter@contoso.example\"" },
        { "an id with a line break", "Get-WorkplaceUser -Id \"123`n456\"" },
        { "an id of letters", "Disable-WorkplaceUser -Id 'abc' -Confirm:$false" },
        { "a URL that is not one", "Get-WorkplaceGroup -Url 'not a url'" },
        { "a chat URL given as a group", "Get-WorkplaceGroup -Url 'https://contoso.workplace.com/chat/t/1'" },
        { "a date that is not one", "Get-WorkplacePost -Group 'All Company' -Since 'not a date'" },
        { "a negative -First", "Get-WorkplaceGroup -First -1" },
        { "a start date that is not one", "Set-WorkplaceUser -Email 'ben.carter@contoso.example' -StartDate 'yesterday-ish' -Confirm:$false" },
        { "a CSV row without its identity column", "\"Name`nBen\" | ConvertFrom-Csv | New-WorkplaceUser -Confirm:$false" },
        { "a semicolon-separated CSV file", "Sync-WorkplaceUser -Path $semicolons -Confirm:$false" },
        { "a number piped", "42 | Disable-WorkplaceUser -Confirm:$false" },
        { "a date piped", "Get-Date | Set-WorkplaceUser -Confirm:$false" },
        { "a 70,000-character post", "New-WorkplacePost -Group 'All Company' -Message ('x' * 70000) -Confirm:$false" },
        { "a recipient that is neither id nor email", "Send-WorkplaceMessage -Recipient 'not-an-email' -Text 'hi' -Confirm:$false" },
        { "a thread key with a space", "Send-WorkplaceMessage -ThreadKey 'x y' -Text 'hi' -Confirm:$false" },
        { "a 10,000-character group name", "Get-WorkplaceGroup -Name ('n' * 10000)" },
        { "a 10,000-character new group name", "New-WorkplaceGroup -Name ('n' * 10000) -Confirm:$false" },
        { "a post id of letters", "Get-WorkplaceComment -PostId 'abc'" },
        { "a control character in a name", "Get-WorkplaceGroup -Name \"IT`u{0007}\"" },
    };

    [Theory]
    [MemberData(nameof(RefusedLocally))]
    public void Is_refused_before_any_request_with_a_classified_error(string input, string command)
    {
        using var session = ModuleSession.ConnectedToEmulator();
        session.Run(Files).ThrowIfFailed();
        var run = session.Run($$"""
            Clear-WorkplaceEmulatorRequest -Confirm:$false
            $Error.Clear()
            $output = @(try { {{command}} 2>$null } catch { })
            $first = @($Error | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })[-1]
            $output.Count
            @(Get-WorkplaceEmulatorRequest).Count
            if ($first) { $first.FullyQualifiedErrorId; $first.Exception.GetType().FullName; "$first" } else { 'no error'; ''; '' }
            """);

        var (written, requests, errorId, exceptionType, message) =
            ((int)run.Objects[0], (int)run.Objects[1], (string)run.Objects[2], (string)run.Objects[3], (string)run.Objects[4]);
        Assert.True(written == 0, $"{input}: wrote output.");
        Assert.True(requests == 0, $"{input}: sent {requests} request(s).");
        Assert.NotEqual("no error", errorId);
        var classified = errorId.StartsWith("Workplace.", StringComparison.Ordinal) ||
            exceptionType.StartsWith("System.Management.Automation.Parameter", StringComparison.Ordinal);
        Assert.True(classified, $"{input}: {errorId} ({exceptionType}) is not a classified error.");
        Assert.True(message.Length < 600, $"{input}: the message quotes too much ({message.Length} characters).");
    }

    [Theory]
    [InlineData("a file with a byte order mark and CRLF line ends", "[IO.File]::WriteAllText($file, \"Email,Name,Title`r`nben.carter@contoso.example,Ben Carter,Swept`r`n\", [Text.UTF8Encoding]::new($true)); Sync-WorkplaceUser -Path $file -Confirm:$false | Out-Null")]
    [InlineData("a row with extra columns", "\"Email,Title,Favourite`nben.carter@contoso.example,Swept,blue\" | ConvertFrom-Csv | Set-WorkplaceUser -Confirm:$false | Out-Null")]
    public void Well_formed_variations_of_a_csv_are_read(string input, string command)
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($"$file = Join-Path ([IO.Path]::GetTempPath()) \"sweep-$([guid]::NewGuid()).csv\"; {command}; (Get-WorkplaceUser -Email 'ben.carter@contoso.example').Title");

        Assert.True(run.Errors.Count == 0, $"{input}: {string.Join("; ", run.Errors)}");
        Assert.Equal("Swept", run.Objects.Single());
    }
}
