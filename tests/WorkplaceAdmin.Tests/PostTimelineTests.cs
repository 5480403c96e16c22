using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>Get-WorkplacePost -Person (a member's timeline) as an admin runs it, against the emulator.</summary>
public class PostTimelineTests
{
    private const string Ava = "ava.ross@contoso.example";

    [Fact]
    public void Reads_a_persons_timeline_by_email_and_by_id_newest_first_within_dates()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($$"""
            $group = New-WorkplaceGroup -Name "Timeline $([guid]::NewGuid())" -Admin '{{Ava}}' -Confirm:$false
            $null = New-WorkplacePost -Group $group.Id -Message 'Not by Ava: the bot wrote it' -Confirm:$false
            $byEmail = @(Get-WorkplacePost -Person '{{Ava}}')
            $byId = @(Get-WorkplacePost -Person (Get-WorkplaceUser -Email '{{Ava}}').Id)
            $byEmail.Count -gt 0
            @($byEmail | Where-Object FromName -ne 'Ava Ross').Count
            ($byEmail.Id -join ',') -eq ($byId.Id -join ',')
            @($byEmail | Where-Object { -not $_.GroupId }).Count
            @(Get-WorkplacePost -Person '{{Ava}}' -Until '2000-01-01').Count
            """).ThrowIfFailed();

        Assert.Equal(new object[] { true, 0, true, 0, 0 }, run.Objects);
    }

    [Fact]
    public void Csv_rows_bind_by_UserPrincipalName_and_Email_and_First_Skip_count_over_all_people()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($$"""
            $rows = [pscustomobject]@{ UserPrincipalName = '{{Ava}}' }, [pscustomobject]@{ Email = 'chloe.nguyen@contoso.example' }
            $all = @($rows | Get-WorkplacePost)
            $some = @($rows | Get-WorkplacePost -Skip 1 -First 1)
            $all.Count -ge 2
            $some.Count
            $some[0].Id -eq $all[1].Id
            """).ThrowIfFailed();

        Assert.Equal(new object[] { true, 1, true }, run.Objects);
    }

    [Theory]
    [InlineData("Get-WorkplacePost -Person 'ava ross'", "is neither a person id")]
    [InlineData("Get-WorkplacePost -Person ''", "-Person is empty")]
    [InlineData("Get-WorkplacePost -Person 'ava@'", "is not an email address")]
    [InlineData("Get-WorkplacePost -Person 'ava.ross@contoso.example' -Since '2025-02-01' -Until '2025-01-01'", "is after -Until")]
    public void Bad_input_is_refused_before_any_request(string command, string expected)
    {
        LocalRefusal.AssertRefused(command, expected);
    }

    [Fact]
    public void An_unknown_person_is_an_error_for_that_person_and_the_others_are_read()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($"""
            $posts = @(Get-WorkplacePost -Person 'nobody@contoso.example', '{Ava}' -ErrorAction SilentlyContinue -ErrorVariable problems)
            $posts.Count -gt 0
            $problems.Count
            $problems[0].TargetObject
            """);

        Assert.Null(run.Terminating);
        Assert.Equal(new object[] { true, 1, "nobody@contoso.example" }, run.Objects);
    }
}
