using System.Diagnostics;
using System.Text.Json;
using WorkplaceAdmin.Tests.Metadata;

namespace WorkplaceAdmin.Tests.Hosting;

/// <summary>The emulator server as a separate process on a free loopback port, killed when disposed.</summary>
public sealed class EmulatorServerProcess : IDisposable
{
    public const string AdminToken = "EMULATOR-ADMIN-TOKEN-0001";

    private readonly Process _process;

    private EmulatorServerProcess(Process process, Uri graph, Uri scim)
    {
        _process = process;
        GraphUri = graph;
        ScimUri = scim;
    }

    public Uri GraphUri { get; }

    public Uri ScimUri { get; }

    public static EmulatorServerProcess Start()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", TestPaths.EmulatorServer, "--port", "0" })
            info.ArgumentList.Add(argument);
        var process = Process.Start(info) ?? throw new InvalidOperationException("The emulator server did not start.");
        try
        {
            // Its first line is one JSON object with the URLs it serves.
            var line = process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult()
                ?? throw new InvalidOperationException("The emulator server printed nothing.");
            using var startup = JsonDocument.Parse(line);
            return new EmulatorServerProcess(process,
                new Uri(startup.RootElement.GetProperty("graph").GetString()!),
                new Uri(startup.RootElement.GetProperty("scim").GetString()!));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }
}
