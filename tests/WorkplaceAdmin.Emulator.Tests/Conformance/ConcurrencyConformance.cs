using System.Text.Json;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>16+ concurrent clients writing and reading never corrupt the community.</summary>
public abstract class ConcurrencyConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    private const int Clients = 16;
    private const int RoundsPerClient = 6;

    [Fact]
    public async Task Parallel_writers_keep_every_invariant()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { Seed = "generated:300,4,20" });
        var api = new Api(host);
        var state = host.Emulator.State;
        var groupsBefore = state.GroupCount;
        var peopleBefore = state.PeopleCount;
        var sharedGroup = state.Groups()[0].Id;

        var clients = Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            var created = new List<string>();
            for (var round = 0; round < RoundsPerClient; round++)
            {
                var email = $"c{client}.r{round}@generated.example";
                var user = await api.Scim(HttpMethod.Post, "Users", $$$"""{"userName":"{{{email}}}","name":{"givenName":"C{{{client}}}","familyName":"R{{{round}}}"}}""");
                Expect.Ok(user, 201);
                var userId = user.Json.GetProperty("id").GetString()!;
                var group = await api.PostForm("community/groups", ("name", $"Concurrent {client}-{round}"), ("admin", userId));
                Expect.Ok(group);
                var groupId = group.Json.GetProperty("id").GetString()!;
                created.Add(groupId);
                Expect.Success(await api.PostForm($"{sharedGroup}/members/{userId}"));
                var post = await api.PostForm($"{groupId}/feed", ("message", $"hello from {client}"));
                Expect.Ok(post);
                Expect.Ok(await api.PostForm($"{post.Json.GetProperty("id").GetString()}/comments", ("message", "reply")));
                Expect.Ok(await api.Scim(HttpMethod.Patch, $"Users/{userId}", """{"Operations":[{"op":"replace","path":"title","value":"Busy"}]}"""));
                Expect.Ok(await api.Get("community/members?limit=50&fields=id,title"));
                Expect.Ok(await api.Get($"{sharedGroup}/members?limit=100"));
                if (round % 2 == 1)
                {
                    Expect.Success(await api.Delete($"{sharedGroup}/members/{userId}"));
                }
            }
            return created;
        })).ToArray();
        var createdGroups = (await Task.WhenAll(clients)).SelectMany(g => g).ToArray();

        Assert.Empty(state.FindInconsistencies());
        Assert.Equal(Clients * RoundsPerClient, createdGroups.Distinct().Count());
        Assert.Equal(groupsBefore + Clients * RoundsPerClient, state.GroupCount);
        Assert.Equal(peopleBefore + Clients * RoundsPerClient, state.PeopleCount);
        var shared = state.FindGroup(sharedGroup)!;
        var joinedAndStayed = Enumerable.Range(0, Clients).SelectMany(c => Enumerable.Range(0, RoundsPerClient).Where(r => r % 2 == 0)
            .Select(r => state.FindPersonByEmail($"c{c}.r{r}@generated.example")!.Id)).ToArray();
        Assert.All(joinedAndStayed, id => Assert.Contains(id, shared.MemberIds));
        Assert.All(createdGroups, g => Assert.Single(Assert.Single(state.Posts(g)).Comments));
    }

    [Fact]
    public async Task Paging_stays_consistent_while_people_are_added()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { Seed = "generated:500,0" });
        var api = new Api(host);
        var original = host.Emulator.State.People().Select(p => p.Id).ToHashSet();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 60 && !stop.IsCancellationRequested; i++)
            {
                Expect.Ok(await api.Scim(HttpMethod.Post, "Users", $$$"""{"userName":"w{{{i}}}@generated.example","name":{"givenName":"W"}}"""), 201);
            }
        });
        var seen = new List<string>();
        var page = await api.Get("community/members?limit=20&fields=id");
        for (var pages = 0; pages < 200 && page.Next is not null; pages++)
        {
            seen.AddRange(page.Data.Select(d => d.GetProperty("id").GetString()!));
            page = await api.GetAbsolute(page.Next);
        }
        seen.AddRange(page.Data.Select(d => d.GetProperty("id").GetString()!));
        await stop.CancelAsync();
        await writer;
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Superset(original, seen.ToHashSet());
        Assert.Empty(host.Emulator.State.FindInconsistencies());
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class ConcurrencyInMemory(InMemoryFixture fixture) : ConcurrencyConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class ConcurrencyOverKestrel(KestrelFixture fixture) : ConcurrencyConformance(fixture);
