using System.Diagnostics;
using System.Text.Json;
using WorkplaceAdmin.Emulator.Server;

namespace WorkplaceAdmin.Emulator.Tests.Server;

/// <summary>The server as a separate process: startup line, exit codes, serving on loopback.</summary>
public sealed class ServerProcessTests
{
    private static readonly string ServerDll = typeof(EmulatorServer).Assembly.Location;

    [Fact]
    public async Task Starts_on_a_free_port_prints_one_json_line_and_serves()
    {
        using var process = Start("--port", "0", "--seed", "generated:60,3");
        try
        {
            var firstLine = await ReadLineAsync(process);
            using var startup = JsonDocument.Parse(firstLine);
            var root = startup.RootElement;
            var graph = new Uri(root.GetProperty("graph").GetString()!);
            Assert.Equal("127.0.0.1", graph.Host);
            Assert.EndsWith("/graph/", graph.AbsolutePath);
            Assert.EndsWith("/scim/", root.GetProperty("scim").GetString());
            var integrations = root.GetProperty("integrations").EnumerateArray().ToArray();
            Assert.Equal(EmulatorDefaults.AdminToken, integrations[0].GetProperty("token").GetString());
            Assert.Contains("manage_accounts", integrations[0].GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
            Assert.Equal(EmulatorDefaults.ReadOnlyGroupsToken, integrations[1].GetProperty("token").GetString());
            Assert.Equal(60, root.GetProperty("community").GetProperty("people").GetInt32());

            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var community = await client.GetStringAsync(new Uri(graph, "community?access_token=" + EmulatorDefaults.AdminToken));
            Assert.Contains("100000000000001", community);
        }
        finally
        {
            Stop(process);
        }
    }

    [Fact]
    public async Task Bad_flags_exit_with_code_2_and_a_clear_error()
    {
        using var process = Start("--latency", "whenever");
        var error = await process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(15_000));
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--latency", error);
    }

    [Fact]
    public async Task Bad_seed_exits_with_code_2()
    {
        using var process = Start("--port", "0", "--seed", "generated:nope");
        var error = await process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(15_000));
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("generated:", error);
    }

    [Fact]
    public async Task Help_exits_0_and_lists_the_flags()
    {
        using var process = Start("--help");
        var output = await process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(15_000));
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("--faults", output);
        Assert.Contains("--require-proof", output);
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(ServerDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        return Process.Start(info) ?? throw new InvalidOperationException("Could not start the server.");
    }

    private static async Task<string> ReadLineAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await process.StandardOutput.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("The server printed nothing.");
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }
}
