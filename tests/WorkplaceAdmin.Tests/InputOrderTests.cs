using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>A bulk cmdlet writes one result per row in the order of the rows, whatever order they finish in.</summary>
public class InputOrderTests
{
    [Fact]
    public void Results_come_in_input_order_when_items_finish_out_of_order()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            # Faults make some rows retry and finish late, so completion order differs from input order.
            Set-WorkplaceEmulator -Latency 00:00:00.005 -ServerErrorRate 0.2 -Confirm:$false | Out-Null
            $rows = 1..150 | ForEach-Object { [pscustomobject]@{ Email = "order$_@contoso.example"; Name = "Order $_" } }
            $rows | New-WorkplaceUser -Confirm:$false -ErrorAction SilentlyContinue | ForEach-Object { [int]($_.Email -replace '\D', '') }
            """).ThrowIfFailed();

        var numbers = run.Objects.Cast<int>().ToList();
        Assert.True(numbers.Count > 140, $"Only {numbers.Count} rows were created.");
        Assert.Equal(numbers.Order(), numbers);
    }

    [Fact]
    public void The_throttle_limit_bounds_the_concurrency_reached()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            Set-WorkplaceEmulator -Latency 00:00:00.020 -Confirm:$false | Out-Null
            $rows = 1..120 | ForEach-Object { [pscustomobject]@{ Email = "limit$_@contoso.example"; Name = "Limit $_" } }
            $rows | New-WorkplaceUser -Confirm:$false -ThrottleLimit 4 | Out-Null
            """);

        Assert.Null(run.Terminating);
        var atATime = run.Progress.Select(p => p.StatusDescription)
            .Select(text => System.Text.RegularExpressions.Regex.Match(text, @"(\d+) at a time"))
            .Where(match => match.Success)
            .Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.NotEmpty(atATime);
        Assert.InRange(atATime.Max(), 1, 4);
    }
}
