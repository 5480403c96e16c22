using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>Sync-WorkplaceUser -DisableMissing deactivates as carefully as Disable-WorkplaceUser does.</summary>
public class SyncDeactivationTests
{
    /// <summary>The active people of the demo community, less the first <c>$missing</c>, as CSV-like rows.</summary>
    private const string ListWithout = """
        $all = @(Get-WorkplaceUser -Status Active)
        $list = $all | Select-Object -Skip $missing | ForEach-Object { [pscustomobject]@{ Email = $_.Email; Name = $_.Name } }
        function Get-ActiveCount { @(Get-WorkplaceUser -Status Active).Count }
        """;

    [Fact]
    public void A_truncated_list_is_refused_before_any_change_and_says_how_many()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        session.Run("$missing = 30; " + ListWithout).ThrowIfFailed();
        session.Run("Clear-WorkplaceEmulatorRequest -Confirm:$false; $list += [pscustomobject]@{ Email = 'newcomer@contoso.example'; Name = 'New Comer' }").ThrowIfFailed();

        var run = session.Run("$list | Sync-WorkplaceUser -DisableMissing -Confirm:$false");
        var writes = session.Run("@(Get-WorkplaceEmulatorRequest | Where-Object Method -ne 'GET').Count").ThrowIfFailed();

        var refusal = Assert.Single(run.Errors);
        Assert.Contains("would deactivate 30 of", refusal.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", refusal.Exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("Workplace.SyncDisableLimit,", refusal.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(0, (int)writes.Objects.Single());
    }

    [Fact]
    public void Force_or_a_higher_MaxDisable_lets_a_large_deactivation_through()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        session.Run("$missing = 30; " + ListWithout).ThrowIfFailed();

        var run = session.Run("$list | Sync-WorkplaceUser -DisableMissing -MaxDisable 30 -Confirm:$false | Out-Null; Get-ActiveCount; $all.Count").ThrowIfFailed();

        var (after, before) = ((int)run.Objects[0], (int)run.Objects[1]);
        Assert.Equal(before - 30, after);
    }

    [Fact]
    public void Below_the_limit_a_session_that_cannot_ask_deactivates_no_one()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        session.Run("$missing = 2; " + ListWithout).ThrowIfFailed();

        var refused = session.Run("$list | Sync-WorkplaceUser -DisableMissing");
        var count = session.Run("Get-ActiveCount; $all.Count").ThrowIfFailed();

        var refusal = Assert.Single(refused.Errors);
        Assert.Contains("needs confirmation", refusal.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(count.Objects[1], count.Objects[0]);
    }

    [Fact]
    public void Below_the_limit_Confirm_false_deactivates_the_missing_people()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        session.Run("$missing = 2; " + ListWithout).ThrowIfFailed();

        var run = session.Run("$list | Sync-WorkplaceUser -DisableMissing -Confirm:$false | Where-Object Action -eq 'Disable' | ForEach-Object Email; Get-ActiveCount; $all.Count").ThrowIfFailed();

        Assert.Equal(4, run.Objects.Count);
        Assert.Equal((int)run.Objects[3] - 2, (int)run.Objects[2]);
    }

    [Fact]
    public void Sync_deactivations_weigh_like_Disable_WorkplaceUser()
    {
        using var session = new ModuleSession();
        var impacts = session.Run("""
            [System.Management.Automation.CommandMetadata]::new((Get-Command Disable-WorkplaceUser)).ConfirmImpact.ToString()
            (Get-Command Sync-WorkplaceUser).Parameters.ContainsKey('MaxDisable')
            """).ThrowIfFailed();

        Assert.Equal(new object[] { "High", true }, impacts.Objects);
    }
}
