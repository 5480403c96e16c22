using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace WorkplaceAdmin.Emulator.Server;

/// <summary>
/// The emulator served by Kestrel on 127.0.0.1, for tests, benchmarks and clients in other processes:
/// <c>await using var server = await EmulatorServer.StartAsync(options, port: 0);</c>
/// Graph is at <see cref="GraphUri"/> and SCIM at <see cref="ScimUri"/>. No per-request logging.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatorServer(WebApplication app, WorkplaceEmulator emulator, int port)
    {
        _app = app;
        Emulator = emulator;
        Port = port;
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        GraphUri = new Uri(BaseUri, "graph/");
        ScimUri = new Uri(BaseUri, "scim/");
    }

    public WorkplaceEmulator Emulator { get; }

    public int Port { get; }

    /// <summary><c>http://127.0.0.1:{port}/</c></summary>
    public Uri BaseUri { get; }

    /// <summary><c>http://127.0.0.1:{port}/graph/</c></summary>
    public Uri GraphUri { get; }

    /// <summary><c>http://127.0.0.1:{port}/scim/</c></summary>
    public Uri ScimUri { get; }

    /// <summary>Builds an emulator from <paramref name="options"/> and serves it.</summary>
    /// <param name="port">TCP port on 127.0.0.1; 0 picks a free one.</param>
    public static Task<EmulatorServer> StartAsync(EmulatorOptions options, int port = 0, CancellationToken cancellationToken = default) =>
        StartAsync(new WorkplaceEmulator(options), port, cancellationToken);

    /// <summary>Serves an existing emulator (so a test can share it between hosts).</summary>
    public static async Task<EmulatorServer> StartAsync(WorkplaceEmulator emulator, int port = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 16 * 1024 * 1024;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        var app = builder.Build();
        app.Run(context => RequestBridge.HandleAsync(context, emulator));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new EmulatorServer(app, emulator, new Uri(address).Port);
    }

    public async Task StopAsync(CancellationToken cancellationToken = default) => await _app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopping is best effort; open keep-alive connections must not hang disposal.
        }
        await _app.DisposeAsync();
    }
}
