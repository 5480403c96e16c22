using System.Diagnostics;
using System.Text.Json;
using WorkplaceAdmin.Emulator.Server;

namespace WorkplaceAdmin.Benchmarks.Harness;

/// <summary>
/// An emulator server for a scenario: a separate <c>dotnet</c> process by default (so the load generator and the
/// server do not share a GC), or <see cref="EmulatorServer"/> in-process. Reads the server's startup JSON line.
/// </summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    private readonly Process? _process;
    private readonly EmulatorServer? _inProcess;

    private EmulatorProcess(Uri graphUri, Uri scimUri, Process? process, EmulatorServer? inProcess)
    {
        GraphUri = graphUri;
        ScimUri = scimUri;
        _process = process;
        _inProcess = inProcess;
    }

    public Uri GraphUri { get; }
    public Uri ScimUri { get; }

    /// <param name="serverArguments">Server flags (see the server's --help); <c>--port 0</c> is added.</param>
    public static async Task<EmulatorProcess> StartAsync(bool inProcess, IReadOnlyList<string> serverArguments, CancellationToken cancellationToken)
    {
        if (inProcess)
        {
            var settings = ServerCommandLine.Parse(serverArguments.Concat(["--port", "0"]).ToArray());
            var server = await EmulatorServer.StartAsync(settings.Options, 0, cancellationToken);
            return new EmulatorProcess(server.GraphUri, server.ScimUri, null, server);
        }
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(typeof(EmulatorServer).Assembly.Location);
        foreach (var argument in serverArguments.Concat(["--port", "0"]))
        {
            info.ArgumentList.Add(argument);
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the emulator server.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
            ?? throw new InvalidOperationException("The emulator server exited: " + await process.StandardError.ReadToEndAsync(cancellationToken));
        using var startup = JsonDocument.Parse(line);
        var graph = new Uri(startup.RootElement.GetProperty("graph").GetString()!);
        var scim = new Uri(startup.RootElement.GetProperty("scim").GetString()!);
        // Keep draining the server's output so it never blocks on a full pipe.
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
        return new EmulatorProcess(graph, scim, process, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_inProcess is not null)
        {
            await _inProcess.DisposeAsync();
        }
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
            }
            _process.Dispose();
        }
    }
}
