namespace WorkplaceAdmin.Emulator.Tests.Infrastructure;

/// <summary>One demo-seeded emulator per host kind, shared by every conformance class of that kind.</summary>
public abstract class HostFixture : IAsyncLifetime
{
    protected HostFixture(HostKind kind) => Kind = kind;

    public HostKind Kind { get; }

    public EmulatorHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await EmulatorHost.StartAsync(Kind);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public sealed class InMemoryFixture() : HostFixture(HostKind.InMemory);

public sealed class KestrelFixture() : HostFixture(HostKind.Kestrel);

[CollectionDefinition(Name)]
public sealed class InMemoryCollection : ICollectionFixture<InMemoryFixture>
{
    public const string Name = "In-memory host";
}

[CollectionDefinition(Name)]
public sealed class KestrelCollection : ICollectionFixture<KestrelFixture>
{
    public const string Name = "Kestrel host";
}
