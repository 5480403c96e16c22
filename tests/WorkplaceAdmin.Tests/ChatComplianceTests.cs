using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>Get-WorkplaceMessage and Remove-WorkplaceMessage as a compliance admin runs them, against the emulator.</summary>
public class ChatComplianceTests
{
    private const string Ben = "ben.carter@contoso.example";
    private const string Kenji = "kenji.tanaka@contoso.example";

    /// <summary>Ten people, each sent one message by the bot; <c>$ids</c> holds the ten message ids.</summary>
    private const string TenBotMessages = """
        $people = Get-WorkplaceUser -Status Active | Select-Object -First 10
        $null = Send-WorkplaceMessage -Recipient $people.Id -Text 'Compliance test' -Confirm:$false
        $ids = foreach ($p in $people) { (Get-WorkplaceMessage -Person $p.Id | Where-Object Message -eq 'Compliance test').Id }
        """;

    [Fact]
    public void Reads_a_persons_conversations_a_thread_and_one_message_within_dates()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($"""
            $all = @(Get-WorkplaceMessage -Person '{Ben}')
            $thread = @(Get-WorkplaceMessage -ThreadKey $all[0].ThreadKey -Viewer '{Kenji}')
            $one = Get-WorkplaceMessage -Id $all[-1].Id
            $none = @(Get-WorkplaceMessage -Person '{Ben}' -Until '2000-01-01')
            $all.Count; $thread.Count; $one.Message -eq $all[-1].Message; $none.Count
            """).ThrowIfFailed();

        Assert.Equal(new object[] { 3, 3, true, 0 }, run.Objects);
    }

    [Fact]
    public void WhatIf_lists_the_plan_and_deletes_nothing()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($"""
            Clear-WorkplaceEmulatorRequest -Confirm:$false
            Remove-WorkplaceMessage -Person '{Kenji}' -Since '2000-01-01' -Until '2100-01-01' -WhatIf
            @(Get-WorkplaceEmulatorRequest | Where-Object Method -ne 'GET').Count
            @(Get-WorkplaceMessage -Person '{Ben}').Count
            """).ThrowIfFailed();

        Assert.Equal(new object[] { 0, 3 }, run.Objects);
    }

    [Theory]
    [InlineData("Remove-WorkplaceMessage -Id 'not-a-message' -Confirm:$false", "is not a Work Chat message id")]
    [InlineData("Remove-WorkplaceMessage -Person 'x y' -Since '2020-01-01' -Until '2021-01-01' -Confirm:$false", "neither a person id")]
    [InlineData("Remove-WorkplaceMessage -Person 'ben.carter@contoso.example' -Since '2021-01-01' -Until '2020-01-01' -Confirm:$false", "is after -Until")]
    [InlineData("Get-WorkplaceMessage -ThreadKey 'general'", "is not a Work Chat thread key")]
    [InlineData("Get-WorkplaceMessage -Person 'ben@'", "is not an email address")]
    public void Bad_input_is_refused_before_any_request(string command, string expected)
    {
        LocalRefusal.AssertRefused(command, expected);
    }

    [Fact]
    public void Deletes_a_persons_messages_in_a_range_for_everyone_with_one_result_each()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($"""
            $results = @(Remove-WorkplaceMessage -Person '{Ben}' -Since '2025-01-01' -Until '2026-01-01' -Confirm:$false)
            $results.Count; @($results | Where-Object Status -eq 'Deleted').Count; ($results.DeletedFor | Sort-Object -Unique).Count
            @(Get-WorkplaceMessage -Person '{Kenji}').Message
            """).ThrowIfFailed();

        Assert.Equal(new object[] { 2, 2, 2, "Sure, here is the draft." }, run.Objects);
    }

    [Fact]
    public void Removing_under_server_errors_and_lost_answers_deletes_each_message_exactly_once_for_everyone()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run(TenBotMessages + """

            $controls = Set-WorkplaceEmulator -ServerErrorRate 0.3 -PassThru -Confirm:$false
            $controls.LostResponseRate = 0.05
            $results = @(Remove-WorkplaceMessage -Id $ids -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue)
            $controls.ClearFaults()
            @(Get-WorkplaceEmulatorRequest | Where-Object Status -ge 500).Count -gt 0
            $ids.Count
            $results.Count
            @($results.MessageId | Sort-Object -Unique).Count
            @($results | Where-Object Status -eq 'Deleted').Count
            @($problems).Count
            @(foreach ($id in $ids) { Get-WorkplaceMessage -Id $id -ErrorAction SilentlyContinue }).Count
            """, timeout: TimeSpan.FromMinutes(3)).ThrowIfFailed();

        Assert.Equal(new object[] { true, 10, 10, 10, 10, 0, 0 }, run.Objects);
    }
}
