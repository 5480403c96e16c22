using WorkplaceAdmin.Client.Messages;
using WorkplaceAdmin.Emulator;
using static WorkplaceAdmin.Client.Tests.Integration.EmulatorClients;

namespace WorkplaceAdmin.Client.Tests.Messages;

/// <summary>The email → person id cache: what it keeps, what it forgets, and how it stops.</summary>
public class PersonIdResolverTests
{
    private const string Ava = "ava.ross@contoso.example";

    [Fact]
    public async Task A_person_id_needs_no_lookup()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);

        Assert.Equal("100000000000101", await new PersonIdResolver(client).ResolveAsync(" 100000000000101 "));
        Assert.Empty(emulator.RequestLog.Snapshot());
    }

    [Fact]
    public async Task Emails_compare_without_case_so_one_lookup_serves_both_spellings()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var resolver = new PersonIdResolver(client);

        var first = await resolver.ResolveAsync(Ava);
        var second = await resolver.ResolveAsync(Ava.ToUpperInvariant());

        Assert.Equal(emulator.State.FindPersonByEmail(Ava)!.Id, first);
        Assert.Equal(first, second);
        Assert.Single(emulator.RequestLog.Snapshot());
    }

    [Fact]
    public async Task A_failed_lookup_is_not_cached_so_a_later_call_can_succeed()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var resolver = new PersonIdResolver(client);
        emulator.Controls.ServerErrorRate = 1.0;

        var failure = await Assert.ThrowsAsync<WorkplaceApiException>(() => resolver.ResolveAsync(Ava));
        emulator.Controls.ClearFaults();
        var id = await resolver.ResolveAsync(Ava);

        Assert.Equal(WorkplaceErrorKind.ServiceUnavailable, failure.Kind);
        Assert.Equal(emulator.State.FindPersonByEmail(Ava)!.Id, id);
    }

    [Fact]
    public async Task An_unknown_email_is_remembered_as_unknown()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var resolver = new PersonIdResolver(client);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => resolver.ResolveAsync("ghost@contoso.example"));
        var calls = emulator.RequestLog.TotalCount;
        await Assert.ThrowsAsync<KeyNotFoundException>(() => resolver.ResolveAsync("ghost@contoso.example"));

        Assert.Equal(calls, emulator.RequestLog.TotalCount);
    }

    [Fact]
    public async Task Stopping_the_resolver_cancels_the_waiting_callers_without_a_request()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        using var stop = new CancellationTokenSource();
        var resolver = new PersonIdResolver(client, stop.Token) { BatchWindow = TimeSpan.FromSeconds(30) };

        var pending = resolver.ResolveAsync(Ava);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Empty(emulator.RequestLog.Snapshot());
    }
}
