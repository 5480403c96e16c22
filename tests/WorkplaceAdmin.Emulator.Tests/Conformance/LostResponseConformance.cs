using System.Text.Json;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>
/// The lost-response fault: the request is carried out, then the connection drops, so a client cannot know whether
/// its create happened (the case a retried SCIM create must survive without a duplicate).
/// </summary>
public abstract class LostResponseConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    [Fact]
    public async Task A_create_whose_response_is_lost_still_creates_the_account()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { LostResponseRate = 1 });
        var api = new Api(host);
        var email = $"lost.{Api.Unique()}@contoso.example";
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["schemas"] = new[] { "urn:ietf:params:scim:schemas:core:2.0:User" },
            ["userName"] = email,
            ["name"] = new { givenName = "Lost", familyName = "Response" },
        });

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => api.Scim(HttpMethod.Post, "Users", body));

        Assert.NotNull(host.Emulator.State.FindPersonByEmail(email));
        var entry = Assert.Single(host.Emulator.RequestLog.Snapshot());
        Assert.Equal(201, entry.Status);
    }

    [Fact]
    public async Task The_rate_is_a_control_that_clear_faults_resets()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { LostResponseRate = 0.25 });
        Assert.Equal(0.25, host.Emulator.Controls.LostResponseRate);
        host.Emulator.Controls.ClearFaults();
        Assert.Equal(0, host.Emulator.Controls.LostResponseRate);
        Expect.Ok(await new Api(host).Get("community"));
        Assert.Throws<ArgumentOutOfRangeException>(() => host.Emulator.Controls.LostResponseRate = 1.5);
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkplaceEmulator(new EmulatorOptions { LostResponseRate = -0.1 }));
    }

    [Fact]
    public async Task A_seed_without_lost_responses_replays_as_before()
    {
        async Task<string> RunAsync(double lost)
        {
            await using var host = await DedicatedHostAsync(new EmulatorOptions { RandomSeed = 42, ServerErrorRate = 0.3, ThrottleRate = 0.3, LostResponseRate = lost });
            var api = new Api(host);
            var statuses = new List<int>();
            for (var i = 0; i < 20; i++)
            {
                try
                {
                    statuses.Add((await api.Get("community")).Status);
                }
                catch (HttpRequestException)
                {
                    statuses.Add(0);
                }
            }
            return string.Join(",", statuses);
        }
        var without = await RunAsync(0);
        Assert.DoesNotContain("0", without.Split(','));
        Assert.Equal(without, await RunAsync(0));
        Assert.Contains("0", (await RunAsync(0.9)).Split(','));
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class LostResponseInMemory(InMemoryFixture fixture) : LostResponseConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class LostResponseOverKestrel(KestrelFixture fixture) : LostResponseConformance(fixture);
