using WorkplaceAdmin.Emulator.Server;

namespace WorkplaceAdmin.Emulator.Tests.Server;

/// <summary>The server's flags become emulator options; mistakes are reported clearly.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Script_feature_flags_map_to_options()
    {
        var o = ServerCommandLine.Parse(["--verified-domains", "contoso.example, fabrikam.example", "--export-duration", "500ms", "--export-fails"]).Options;
        Assert.Equal(["contoso.example", "fabrikam.example"], o.VerifiedDomains!);
        Assert.Equal(TimeSpan.FromMilliseconds(500), o.ExportJobDuration);
        Assert.True(o.ExportJobsFail);
        Assert.Null(ServerCommandLine.Parse([]).Options.VerifiedDomains);
    }

    [Fact]
    public void Every_flag_maps_to_an_option()
    {
        var settings = ServerCommandLine.Parse([
            "--port", "0", "--seed", "generated:10,2", "--latency", "25ms", "--jitter=5ms",
            "--faults", "5xx=0.05,throttle=0.02,429=0.03,drop=0.01,slow=0.04", "--slow-delay", "2s", "--retry-after", "3s",
            "--rate-budget", "100", "--read-only", "--require-proof", "--random-seed", "9", "--page-limit", "500", "--log-capacity", "50",
        ]);
        var o = settings.Options;
        Assert.False(settings.ShowHelp);
        Assert.Equal(0, settings.Port);
        Assert.Equal("generated:10,2", o.Seed);
        Assert.Equal(TimeSpan.FromMilliseconds(25), o.Latency);
        Assert.Equal(TimeSpan.FromMilliseconds(5), o.LatencyJitter);
        Assert.Equal(0.05, o.ServerErrorRate);
        Assert.Equal(0.02, o.ThrottleRate);
        Assert.Equal(0.03, o.Throttle429Rate);
        Assert.Equal(0.01, o.DropRate);
        Assert.Equal(0.04, o.SlowRate);
        Assert.Equal(TimeSpan.FromSeconds(2), o.SlowDelay);
        Assert.Equal(TimeSpan.FromSeconds(3), o.RetryAfter);
        Assert.Equal(100, o.RateBudget);
        Assert.True(o.ReadOnly);
        Assert.True(o.RequireProof);
        Assert.Equal(9, o.RandomSeed);
        Assert.Equal(500, o.MaxPageLimit);
        Assert.Equal(50, o.RequestLogCapacity);
    }

    [Fact]
    public void Defaults_serve_the_demo_on_port_5080()
    {
        var settings = ServerCommandLine.Parse([]);
        Assert.Equal(5080, settings.Port);
        Assert.Equal("demo", settings.Options.Seed);
        Assert.Null(settings.Options.RateBudget);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--port")]
    [InlineData("--port", "70000")]
    [InlineData("--latency", "soon")]
    [InlineData("--faults", "5xx=2")]
    [InlineData("--faults", "meteor=0.1")]
    [InlineData("--rate-budget", "-1")]
    public void Mistakes_are_command_line_errors(params string[] args)
    {
        var error = Assert.Throws<CommandLineException>(() => ServerCommandLine.Parse(args));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Help_documents_every_flag()
    {
        Assert.True(ServerCommandLine.Parse(["--help"]).ShowHelp);
        foreach (var flag in new[] { "--port", "--seed", "--latency", "--jitter", "--faults", "--slow-delay", "--retry-after", "--rate-budget", "--read-only", "--require-proof", "--random-seed", "--page-limit", "--log-capacity", "--help" })
        {
            Assert.Contains(flag, ServerCommandLine.Help);
        }
    }

    [Theory]
    [InlineData("25ms", 25)]
    [InlineData("1.5s", 1500)]
    [InlineData("2m", 120000)]
    [InlineData("40", 40)]
    public void Durations_accept_units(string text, double milliseconds)
    {
        Assert.True(DurationParser.TryParse(text, out var duration));
        Assert.Equal(milliseconds, duration.TotalMilliseconds);
    }
}
