using System.Text.Json.Nodes;
using WorkplaceAdmin.Client.Tests.Support;
using WorkplaceAdmin.Emulator;
using Xunit;
using static WorkplaceAdmin.Client.Tests.Integration.EmulatorClients;

namespace WorkplaceAdmin.Client.Tests.Integration;

/// <summary>The client against the emulator's in-memory host: real API shapes, no sockets.</summary>
public class InMemoryEmulatorTests
{
    [Fact]
    public async Task Connects_to_the_demo_community()
    {
        var emulator = new WorkplaceEmulator();

        using var connection = await WorkplaceConnection.ConnectAsync(InMemoryOptions(emulator), isEmulator: true, CancellationToken.None);

        Assert.Equal(EmulatorDefaults.CommunityId, connection.CommunityId);
        Assert.Equal(emulator.State.CommunityName, connection.CommunityName);
        Assert.True(connection.IsEmulator);
    }

    [Fact]
    public async Task Pages_a_generated_community_of_thousands_to_the_end_in_graph_and_scim()
    {
        var emulator = new WorkplaceEmulator(new EmulatorOptions { Seed = "generated:3500,30,10" });
        using var client = InMemory(emulator);

        var members = await ToList(client.GetCommunityMembersAsync(pageSize: 250));
        var users = await ToList(client.ScimPagesAsync("Users", null, 300, default));
        var groups = await ToList(client.GetGroupsAsync(pageSize: 7));

        Assert.Equal(emulator.State.PeopleCount, members.Count);
        Assert.Equal(members.Count, members.Select(m => m.Id).Distinct().Count());
        Assert.True(members.Count >= 3500);
        Assert.All(members, m => Assert.False(string.IsNullOrEmpty(m.Email)));
        Assert.Equal(emulator.State.PeopleCount, users.Count);
        Assert.Equal(emulator.State.GroupCount, groups.Count);
        Assert.Equal(groups.Count, groups.Select(g => g.Id).Distinct().Count());
    }

    [Fact]
    public async Task Reads_a_group_with_owner_and_member_count()
    {
        var emulator = new WorkplaceEmulator();
        var expected = emulator.State.Groups().First();
        using var client = InMemory(emulator);

        var group = await client.GetGroupAsync(expected.Id);
        var members = await ToList(client.GetGroupMembersAsync(expected.Id, pageSize: 2));

        Assert.Equal(expected.Id, group.Id);
        Assert.Equal(expected.Name, group.Name);
        Assert.NotNull(group.Privacy);
        Assert.NotNull(group.UpdatedTime);
        Assert.Equal(members.Count, group.MemberCount);
        Assert.Contains(members, m => m.Administrator == true);
    }

    [Fact]
    public async Task Errors_map_to_kinds()
    {
        var emulator = new WorkplaceEmulator();
        using var admin = InMemory(emulator);
        using var readOnlyGroups = InMemory(emulator, EmulatorDefaults.ReadOnlyGroupsToken);
        using var stranger = InMemory(emulator, "NOT-A-KNOWN-TOKEN-123");
        var groupId = emulator.State.Groups().First().Id;

        var missing = await Assert.ThrowsAsync<WorkplaceApiException>(() => admin.GetGroupAsync("999999999999"));
        var denied = await Assert.ThrowsAsync<WorkplaceApiException>(() =>
            readOnlyGroups.GraphPostAsync(WorkplacePath.Of(groupId, "feed"), new Dictionary<string, string?> { ["message"] = "hi" }));
        var unauthenticated = await Assert.ThrowsAsync<WorkplaceApiException>(() => stranger.GetCommunityAsync());
        var badField = await Assert.ThrowsAsync<WorkplaceApiException>(() =>
            admin.GraphGetAsync("community", new Dictionary<string, string?> { ["fields"] = "id,no_such_field" }));

        Assert.Equal(WorkplaceErrorKind.NotFound, missing.Kind);
        Assert.Equal(WorkplaceErrorKind.PermissionDenied, denied.Kind);
        Assert.Equal(WorkplaceErrorKind.Authentication, unauthenticated.Kind);
        Assert.Equal(WorkplaceErrorKind.InvalidArgument, badField.Kind);
        Assert.All(new[] { missing, denied, unauthenticated, badField }, e => Assert.False(string.IsNullOrEmpty(e.FbTraceId)));
        Assert.DoesNotContain("NOT-A-KNOWN-TOKEN-123", unauthenticated.Message);
    }

    [Fact]
    public async Task Read_only_mode_fails_writes_with_the_read_only_kind()
    {
        var emulator = new WorkplaceEmulator(new EmulatorOptions { ReadOnly = true });
        using var client = InMemory(emulator);
        var groupId = emulator.State.Groups().First().Id;

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() =>
            client.GraphPostAsync(WorkplacePath.Of(groupId, "feed"), new Dictionary<string, string?> { ["message"] = "hi" }));

        Assert.Equal(WorkplaceErrorKind.ReadOnly, error.Kind);
        Assert.Equal(("Workplace.ReadOnly", "InvalidOperation"), (WorkplaceErrorClassifier.Classify(error).ErrorId, WorkplaceErrorClassifier.Classify(error).Category));
    }

    [Fact]
    public async Task The_app_secret_proof_satisfies_an_integration_that_requires_it()
    {
        var emulator = new WorkplaceEmulator(new EmulatorOptions { RequireProof = true });
        using var withProof = InMemory(emulator, configure: o => o.AppSecret = EmulatorDefaults.AdminAppSecret);
        using var withoutProof = InMemory(emulator);
        using var wrongSecret = InMemory(emulator, configure: o => o.AppSecret = "wrong-secret-value");

        var community = await withProof.GetCommunityAsync();
        var users = await ToList(withProof.ScimPagesAsync("Users", null, 100, default));
        await Assert.ThrowsAsync<WorkplaceApiException>(() => withoutProof.GetCommunityAsync());
        await Assert.ThrowsAsync<WorkplaceApiException>(() => wrongSecret.GetCommunityAsync());

        Assert.Equal(EmulatorDefaults.CommunityId, community.Id);
        Assert.NotEmpty(users);
    }

    [Fact]
    public async Task The_token_never_travels_in_a_url()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);

        await client.GetCommunityAsync();
        await ToList(client.GetCommunityMembersAsync(pageSize: 3));
        await client.GraphGetAsync("community", new Dictionary<string, string?> { ["access_token"] = EmulatorDefaults.AdminToken });

        Assert.NotEmpty(emulator.RequestLog.Snapshot());
        Assert.DoesNotContain(emulator.RequestLog.Snapshot(), e => e.SecretInUrl);
    }

    [Fact]
    public async Task Scim_filter_lookup_and_error_shapes()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var person = emulator.State.People().First(p => p.Email is not null);

        var found = await ToList(client.ScimPagesAsync("Users", $"userName eq \"{person.Email}\"", 10, default));
        var missing = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.ScimGetAsync(WorkplacePath.Of("Users", "999999999999")));
        var badFilter = await Assert.ThrowsAsync<WorkplaceApiException>(() => ToList(client.ScimPagesAsync("Users", "userName co \"x\"", 10, default)));

        Assert.Equal(person.Id, Assert.Single(found).GetProperty("id").GetString());
        Assert.Equal(WorkplaceErrorKind.NotFound, missing.Kind);
        Assert.Equal(WorkplaceErrorKind.InvalidArgument, badFilter.Kind);
    }

    [Fact]
    public async Task A_scim_create_returns_the_new_user()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:User"),
            ["userName"] = "new.person@" + emulator.State.People().First(p => p.Email is not null).Email!.Split('@')[1],
            ["name"] = new JsonObject { ["formatted"] = "New Person" },
        };

        var created = await client.ScimSendAsync(HttpMethod.Post, "Users", body);

        var id = created.GetProperty("id").GetString()!;
        Assert.NotNull(emulator.State.FindPerson(id));
    }

    [Fact]
    public async Task Batch_reads_run_against_the_emulator()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var groupId = emulator.State.Groups().First().Id;

        var results = await client.GraphBatchAsync(new[]
        {
            BatchOperation.Get("community", new Dictionary<string, string?> { ["fields"] = "id,name" }),
            BatchOperation.Get(WorkplacePath.Of(groupId, "members"), new Dictionary<string, string?> { ["limit"] = "2" }),
            BatchOperation.Get(WorkplacePath.Of("999999999999")),
        });

        Assert.Equal(EmulatorDefaults.CommunityId, results[0].Body!.Value.GetProperty("id").GetString());
        Assert.True(results[1].IsSuccess);
        Assert.Equal(WorkplaceErrorKind.NotFound, results[2].Error!.Kind);
    }

    [Fact]
    public async Task Retries_reach_the_right_result_under_injected_faults()
    {
        var emulator = new WorkplaceEmulator(new EmulatorOptions
        {
            Seed = "generated:2000,5,5",
            ServerErrorRate = 0.15,
            ThrottleRate = 0.1,
            Throttle429Rate = 0.1,
            RetryAfter = TimeSpan.Zero,
            DropRate = 0.1,
            RandomSeed = 1234,
        });
        using var client = InMemory(emulator, configure: o => o.Retry = PatientRetry());

        var members = await ToList(client.GetCommunityMembersAsync(pageSize: 100));
        var users = await ToList(client.ScimPagesAsync("Users", null, 100, default));

        Assert.Equal(emulator.State.PeopleCount, members.Select(m => m.Id).Distinct().Count());
        Assert.Equal(emulator.State.PeopleCount, members.Count);
        Assert.Equal(emulator.State.PeopleCount, users.Count);
        var log = emulator.RequestLog.Snapshot();
        Assert.Contains(log, e => e.Status >= 500);
        Assert.Contains(log, e => e.Status == 429);
        Assert.Contains(log, e => e.Status == 0);
    }

    [Fact]
    public async Task An_unsafe_post_whose_connection_drops_is_not_repeated()
    {
        var emulator = new WorkplaceEmulator(new EmulatorOptions { DropRate = 1, RandomSeed = 1 });
        using var client = InMemory(emulator, configure: o => o.Retry = PatientRetry());
        var groupId = emulator.State.Groups().First().Id;

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() =>
            client.GraphPostAsync(WorkplacePath.Of(groupId, "feed"), new Dictionary<string, string?> { ["message"] = "once" }));

        Assert.Equal(WorkplaceErrorKind.Transport, error.Kind);
        Assert.Equal(1, error.Attempts);
        Assert.Single(emulator.RequestLog.Snapshot());
    }

    [Fact]
    public async Task A_spent_rate_budget_ends_in_a_throttled_error_within_the_retry_limits()
    {
        var emulator = new WorkplaceEmulator(new EmulatorOptions { RateBudget = 2 });
        using var client = InMemory(emulator, configure: o => o.Retry = TestClients.FastRetry(maxAttempts: 3));

        await client.GetCommunityAsync();
        await client.GetCommunityAsync();
        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GetCommunityAsync());

        Assert.Equal(WorkplaceErrorKind.Throttled, error.Kind);
        Assert.Equal(613, error.Code);
        Assert.Equal(3, error.Attempts);
        Assert.True(client.LastAppUsage?.IsHigh);
    }

    [Fact]
    public async Task The_bulk_runner_adds_members_through_the_client_with_one_result_each()
    {
        var emulator = new WorkplaceEmulator(new EmulatorOptions { Seed = "generated:200,2,5", ThrottleRate = 0.2, RandomSeed = 7 });
        using var client = InMemory(emulator, configure: o =>
        {
            o.Retry = TestClients.FastRetry(maxAttempts: 2);
            o.MaxConcurrency = 6;
        });
        var group = emulator.State.Groups().First();
        var people = emulator.State.People().Where(p => p.Active && !group.MemberIds.Contains(p.Id)).Take(60).Select(p => p.Id).ToList();
        var runner = new BulkRunner(client);

        var results = await ToList(runner.RunAsync(people, (id, ct) =>
            client.GraphPostAsync(WorkplacePath.Of(group.Id, "members", id), new Dictionary<string, string?>(), ct)));

        Assert.Equal(people.Count, results.Count);
        Assert.Equal(people.Count, results.Select(r => r.Index).Distinct().Count());
        Assert.All(results.Where(r => r.Status == BulkStatus.Failed), r =>
            Assert.Equal(WorkplaceErrorKind.Throttled, Assert.IsType<WorkplaceApiException>(r.Error).Kind));
        var succeeded = results.Where(r => r.Status == BulkStatus.Succeeded).Select(r => r.Input).ToList();
        Assert.NotEmpty(succeeded);
        Assert.Subset(emulator.State.FindGroup(group.Id)!.MemberIds.ToHashSet(), succeeded.ToHashSet());
    }
}
