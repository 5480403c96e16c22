using System.Diagnostics;
using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>Ctrl+C (a hosted pipeline's Stop) during long work against an emulator with latency.</summary>
public class CancellationTests
{
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(1);

    /// <summary>The run's -ThrottleLimit; results are written in input order, so it may run twice as far ahead.</summary>
    private const int ThrottleLimit = 8;

    private const int DoneButUnwrittenAtMost = 2 * ThrottleLimit;

    [Fact]
    public void Stopping_a_long_listing_returns_within_a_second_and_writes_nothing_after()
    {
        using var session = ModuleSession.ConnectedToEmulator("Connect-Workplace -Emulator -Seed 'generated:5000,5'");
        session.Run("Set-WorkplaceEmulator -Latency 00:00:00.300 -Confirm:$false; Clear-WorkplaceEmulatorRequest -Confirm:$false").ThrowIfFailed();
        using var running = session.Start("Get-WorkplaceUser");
        Assert.True(running.WaitForOutput(1, TimeSpan.FromSeconds(30)), "The listing wrote nothing.");

        var clock = Stopwatch.StartNew();
        var stopped = running.Stop();
        clock.Stop();
        var countAtStop = stopped.Output.Count;
        Thread.Sleep(700);

        Assert.True(clock.Elapsed < StopBound, $"Stop took {clock.Elapsed}.");
        Assert.Empty(stopped.Errors);
        Assert.Equal(countAtStop, running.OutputCount);
        Assert.True(countAtStop < 5000, "The listing ran to its end before the stop.");
    }

    [Fact]
    public void Stopping_a_bulk_run_returns_within_a_second_and_leaves_at_most_twice_the_throttle_limit_unreported()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        session.Run("Set-WorkplaceEmulator -Latency 00:00:00.025 -Confirm:$false").ThrowIfFailed();
        using var running = session.Start(
            "1..2000 | ForEach-Object { [pscustomobject]@{ Email = \"bulk$_@contoso.example\"; Name = \"Bulk $_\" } } | New-WorkplaceUser -Confirm:$false -ThrottleLimit " + ThrottleLimit);
        Assert.True(running.WaitForOutput(50, TimeSpan.FromSeconds(60)), "The bulk run wrote too little.");

        var clock = Stopwatch.StartNew();
        var stopped = running.Stop();
        clock.Stop();
        var reported = stopped.Output.Select(user => (string)user.Properties["Email"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Thread.Sleep(500);

        Assert.True(clock.Elapsed < StopBound, $"Stop took {clock.Elapsed}.");
        Assert.Empty(stopped.Errors);
        Assert.Equal(reported.Count, running.OutputCount);
        Assert.True(reported.Count < 2000, "The run ended before the stop.");

        session.Run("Set-WorkplaceEmulator -Latency 0 -Confirm:$false").ThrowIfFailed();
        var created = session.Run("Get-WorkplaceUser | Where-Object Email -like 'bulk*@contoso.example' | ForEach-Object Email").ThrowIfFailed()
            .Objects.Cast<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Every reported item was made. After a stop PowerShell accepts no more output, so an item the service had
        // already acted on when Ctrl+C came, and not yet written (in flight, or waiting for its turn in input order),
        // cannot be written: at most twice -ThrottleLimit.
        Assert.Subset(created, reported);
        Assert.InRange(created.Count - reported.Count, 0, DoneButUnwrittenAtMost);
    }
}
