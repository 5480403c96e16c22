using System.Net;
using System.Net.Sockets;
using WorkplaceAdmin.Client.Tests.Support;
using WorkplaceAdmin.Emulator;
using WorkplaceAdmin.Emulator.Server;
using Xunit;
using static WorkplaceAdmin.Client.Tests.Integration.EmulatorClients;

namespace WorkplaceAdmin.Client.Tests.Integration;

/// <summary>The client over real loopback sockets against the emulator's Kestrel host: transport-level faults.</summary>
public class KestrelEmulatorTests
{
    [Fact]
    public async Task Pages_thousands_of_people_to_the_end_through_5xx_throttling_429_and_dropped_connections()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            Seed = "generated:3000,10,10",
            ServerErrorRate = 0.1,
            ThrottleRate = 0.1,
            Throttle429Rate = 0.1,
            RetryAfter = TimeSpan.Zero,
            DropRate = 0.1,
            RandomSeed = 42,
        });
        var lines = 0;
        using var client = new WorkplaceClient(ServerOptions(server, o =>
        {
            o.Retry = PatientRetry();
            o.Log = _ => Interlocked.Increment(ref lines);
        }));

        var members = await ToList(client.GetCommunityMembersAsync(pageSize: 200));
        var users = await ToList(client.ScimPagesAsync("Users", null, 250, default));

        var people = server.Emulator.State.PeopleCount;
        Assert.True(people >= 3000);
        Assert.Equal(people, members.Count);
        Assert.Equal(people, members.Select(m => m.Id).Distinct().Count());
        Assert.Equal(people, users.Count);
        var log = server.Emulator.RequestLog.Snapshot();
        Assert.Contains(log, e => e.Status == 0);
        Assert.Contains(log, e => e.Status == 429);
        Assert.Contains(log, e => e.Status >= 500);
        Assert.True(log.Count > lines, "retries happen inside one logged call");
    }

    [Fact]
    public async Task An_unsafe_post_whose_connection_drops_is_reported_not_repeated()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { DropRate = 1, RandomSeed = 3 });
        using var client = new WorkplaceClient(ServerOptions(server, o => o.Retry = PatientRetry()));
        var groupId = server.Emulator.State.Groups().First().Id;

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() =>
            client.GraphPostAsync(WorkplacePath.Of(groupId, "feed"), new Dictionary<string, string?> { ["message"] = "exactly once" }));

        Assert.Equal(WorkplaceErrorKind.Transport, error.Kind);
        Assert.Single(server.Emulator.RequestLog.Snapshot());
    }

    [Fact]
    public async Task A_post_marked_retry_safe_goes_through_dropped_connections()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Seed = "generated:50,2,5", DropRate = 0.5, RandomSeed = 5 });
        using var client = new WorkplaceClient(ServerOptions(server, o => o.Retry = PatientRetry()));
        var groupId = server.Emulator.State.Groups().First().Id;
        var person = server.Emulator.State.People().First(p => p.Active && !server.Emulator.State.FindGroup(groupId)!.MemberIds.Contains(p.Id));

        // Adding a member twice is harmless, so the caller may mark it safe to repeat.
        await client.GraphPostAsync(WorkplacePath.Of(groupId, "members", person.Id), new Dictionary<string, string?>(), retrySafe: true);

        Assert.Contains(person.Id, server.Emulator.State.FindGroup(groupId)!.MemberIds);
    }

    [Fact]
    public async Task Slow_responses_hit_the_per_attempt_timeout_and_gets_are_retried()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { SlowRate = 0.5, SlowDelay = TimeSpan.FromSeconds(5), RandomSeed = 11 });
        using var client = new WorkplaceClient(ServerOptions(server, o =>
        {
            o.RequestTimeout = TimeSpan.FromMilliseconds(300);
            o.Retry = PatientRetry();
        }));

        var communities = new List<string>();
        for (var i = 0; i < 4; i++)
            communities.Add((await client.GetCommunityAsync()).Id);

        Assert.All(communities, id => Assert.Equal(EmulatorDefaults.CommunityId, id));
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_as_a_transport_error()
    {
        var port = FreeLoopbackPort();
        var transportOptions = new WorkplaceClientOptions
        {
            AccessToken = EmulatorDefaults.AdminToken,
            GraphUri = new Uri($"http://127.0.0.1:{port}/graph/"),
            ScimUri = new Uri($"http://127.0.0.1:{port}/scim/"),
            Retry = TestClients.FastRetry(maxAttempts: 3),
        };
        using var client = new WorkplaceClient(transportOptions);

        var get = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GetCommunityAsync());
        var post = await Assert.ThrowsAsync<WorkplaceApiException>(() =>
            client.GraphPostAsync("1/feed", new Dictionary<string, string?> { ["message"] = "x" }));

        Assert.Equal(WorkplaceErrorKind.Transport, get.Kind);
        Assert.Equal(3, get.Attempts);
        // The server provably never saw it, so even a POST is retried.
        Assert.Equal(3, post.Attempts);
        Assert.Equal(("Workplace.Transport", "ConnectionError"), (WorkplaceErrorClassifier.Classify(get).ErrorId, WorkplaceErrorClassifier.Classify(get).Category));
    }

    [Fact]
    public async Task Connects_over_loopback_http_and_reads_groups()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());

        using var connection = await WorkplaceConnection.ConnectAsync(ServerOptions(server), isEmulator: true, CancellationToken.None);
        var groups = await ToList(connection.Client.GetGroupsAsync(pageSize: 2));

        Assert.Equal(server.Emulator.State.GroupCount, groups.Count);
        Assert.Equal(server.GraphUri, connection.GraphUri);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
