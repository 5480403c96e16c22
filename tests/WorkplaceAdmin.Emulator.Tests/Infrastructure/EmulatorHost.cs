using WorkplaceAdmin.Emulator.Server;

namespace WorkplaceAdmin.Emulator.Tests.Infrastructure;

/// <summary>Which host serves the emulator in a test.</summary>
public enum HostKind
{
    InMemory,
    Kestrel,
}

/// <summary>
/// An emulator reachable over HTTP, either in-process (<see cref="EmulatorHttpHandler"/>) or over loopback
/// (<see cref="EmulatorServer"/> on 127.0.0.1, port 0). Conformance tests run the same facts through both.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly EmulatorServer? _server;

    private EmulatorHost(HostKind kind, WorkplaceEmulator emulator, HttpClient client, Uri graphUri, Uri scimUri, EmulatorServer? server)
    {
        Kind = kind;
        Emulator = emulator;
        Client = client;
        GraphUri = graphUri;
        ScimUri = scimUri;
        _server = server;
    }

    public HostKind Kind { get; }
    public WorkplaceEmulator Emulator { get; }

    /// <summary>A client with no default headers (no token, no User-Agent).</summary>
    public HttpClient Client { get; }
    public Uri GraphUri { get; }
    public Uri ScimUri { get; }

    public static async Task<EmulatorHost> StartAsync(HostKind kind, EmulatorOptions? options = null)
    {
        var emulator = new WorkplaceEmulator(options ?? new EmulatorOptions { RandomSeed = 7 });
        if (kind == HostKind.InMemory)
        {
            var client = new HttpClient(new EmulatorHttpHandler(emulator)) { Timeout = TimeSpan.FromSeconds(30) };
            return new EmulatorHost(kind, emulator, client, EmulatorHttpHandler.GraphBaseUri, EmulatorHttpHandler.ScimBaseUri, null);
        }
        var server = await EmulatorServer.StartAsync(emulator, port: 0);
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }) { Timeout = TimeSpan.FromSeconds(30) };
        return new EmulatorHost(kind, emulator, http, server.GraphUri, server.ScimUri, server);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
