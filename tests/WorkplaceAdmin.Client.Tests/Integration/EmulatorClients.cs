using WorkplaceAdmin.Client.Tests.Support;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Client.Tests.Integration;

/// <summary>Clients wired to the emulator, in memory or over loopback TCP, with millisecond retry delays.</summary>
public static class EmulatorClients
{
    public static RetryOptions PatientRetry() => new()
    {
        MaxAttempts = 12,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(5),
        TotalBudget = TimeSpan.FromSeconds(30),
    };

    public static WorkplaceClientOptions InMemoryOptions(WorkplaceEmulator emulator, string token = EmulatorDefaults.AdminToken, Action<WorkplaceClientOptions>? configure = null)
    {
        var options = new WorkplaceClientOptions
        {
            AccessToken = token,
            GraphUri = EmulatorHttpHandler.GraphBaseUri,
            ScimUri = EmulatorHttpHandler.ScimBaseUri,
            Transport = new EmulatorHttpHandler(emulator),
            Retry = TestClients.FastRetry(),
            RequestTimeout = TimeSpan.FromSeconds(20),
        };
        configure?.Invoke(options);
        return options;
    }

    public static WorkplaceClient InMemory(WorkplaceEmulator emulator, string token = EmulatorDefaults.AdminToken, Action<WorkplaceClientOptions>? configure = null) =>
        new(InMemoryOptions(emulator, token, configure));

    public static WorkplaceClientOptions ServerOptions(WorkplaceAdmin.Emulator.Server.EmulatorServer server, Action<WorkplaceClientOptions>? configure = null)
    {
        var options = new WorkplaceClientOptions
        {
            AccessToken = EmulatorDefaults.AdminToken,
            GraphUri = server.GraphUri,
            ScimUri = server.ScimUri,
            Retry = TestClients.FastRetry(),
            RequestTimeout = TimeSpan.FromSeconds(20),
        };
        configure?.Invoke(options);
        return options;
    }

    public static async Task<List<T>> ToList<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
            list.Add(item);
        return list;
    }
}
