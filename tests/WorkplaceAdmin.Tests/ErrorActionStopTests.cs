using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>
/// -ErrorAction Stop on a bulk cmdlet: the rows accepted before the failing one finish and are written (drained, not
/// cancelled), none after it is sent, and nothing the service acted on goes unreported.
/// </summary>
public class ErrorActionStopTests
{
    [Fact]
    public void A_bad_row_stops_the_run_after_the_rows_before_it_are_written()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        session.Run("Set-WorkplaceEmulator -Latency 00:00:00.050 -Confirm:$false").ThrowIfFailed();

        var run = session.Run("""
            $rows = 1..10 | ForEach-Object { [pscustomobject]@{ Email = "stop$_@contoso.example"; Name = "Stop $_" } }
            $rows[5].Email = 'not-an-email'
            try { $rows | New-WorkplaceUser -Confirm:$false -ErrorAction Stop } catch { "stopped: $($_.FullyQualifiedErrorId)" }
            """);
        session.Run("Set-WorkplaceEmulator -Latency 0 -Confirm:$false").ThrowIfFailed();
        var created = session.Run("Get-WorkplaceUser | Where-Object Email -like 'stop*@contoso.example' | ForEach-Object Email").ThrowIfFailed();

        var written = run.Objects.Where(item => item is not string).Select(user => ((dynamic)user).Email as string).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"stop{i}@contoso.example").Order(), written);
        Assert.StartsWith("stopped: ", (string)run.Objects[^1], StringComparison.Ordinal);
        Assert.Equal(written, created.Objects.Cast<string>().Order());
    }

    [Fact]
    public void A_failure_from_the_service_reports_every_item_the_service_acted_on_and_sends_nothing_after_it()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        session.Run("Set-WorkplaceEmulator -Latency 00:00:00.020 -Confirm:$false").ThrowIfFailed();

        var run = session.Run("""
            $emails = @(Get-WorkplaceUser -Status Active | Select-Object -First 30 -ExpandProperty Email)
            $emails[10] = 'nobody.here@contoso.example'
            Clear-WorkplaceEmulatorRequest -Confirm:$false
            try { Disable-WorkplaceUser -Email $emails -Confirm:$false -ErrorAction Stop } catch { "stopped" }
            """);
        session.Run("Set-WorkplaceEmulator -Latency 0 -Confirm:$false").ThrowIfFailed();
        var disabled = session.Run("Get-WorkplaceUser -Status Deactivated | ForEach-Object Email").ThrowIfFailed().Objects.Cast<string>().ToHashSet();
        var seeded = session.Run("Connect-Workplace -Emulator -PassThru | Out-Null; Get-WorkplaceUser -Status Deactivated | ForEach-Object Email").ThrowIfFailed().Objects.Cast<string>().ToHashSet();

        var reported = run.Objects.Where(item => item is not string).Select(user => (string)((dynamic)user).Email).ToHashSet();
        Assert.Equal("stopped", run.Objects[^1]);
        Assert.NotEmpty(reported);
        Assert.Equal(disabled.Except(seeded).Order(), reported.Order());
        Assert.True(reported.Count < 29, "The run went on to the end after the failure.");
    }
}
