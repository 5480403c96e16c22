using WorkplaceAdmin.Client;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Benchmarks.Harness;

/// <summary>Clients for a scenario's emulator server, counting the HTTP calls they make.</summary>
public static class BenchmarkClients
{
    /// <summary>A WorkplaceClient as the module builds it, connected as the emulator's Admin Integration.</summary>
    public static WorkplaceClient Create(EmulatorProcess server, RequestCounter counter, int maxConcurrency = 8) =>
        new(new WorkplaceClientOptions
        {
            AccessToken = EmulatorDefaults.AdminToken,
            GraphUri = server.GraphUri,
            ScimUri = server.ScimUri,
            MaxConcurrency = maxConcurrency,
            Log = _ => counter.Increment(),
        });
}

/// <summary>Counts calls from the client's one-line-per-call log.</summary>
public sealed class RequestCounter
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);
}
