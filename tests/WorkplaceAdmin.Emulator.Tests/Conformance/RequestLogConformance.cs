using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>The request log: what it records, and that it never keeps a token.</summary>
public abstract class RequestLogConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    [Fact]
    public async Task Entries_record_method_path_status_and_integration()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions());
        var api = new Api(host);
        await api.Get("community?fields=name");
        await api.Get("community", Api.ReadOnly);
        await api.Get("community/members", Api.ReadOnly);
        var entries = host.Emulator.RequestLog.Snapshot();
        Assert.Equal(3, entries.Count);
        Assert.Equal(3, host.Emulator.RequestLog.Count);
        Assert.Equal("GET", entries[0].Method);
        Assert.Equal("/graph/community?fields=name", entries[0].Path);
        Assert.Equal(200, entries[0].Status);
        Assert.Equal(EmulatorDefaults.AdminIntegrationName, entries[0].Integration);
        Assert.Equal(EmulatorDefaults.ReadOnlyGroupsIntegrationName, entries[1].Integration);
        Assert.Equal(403, entries[2].Status);
        Assert.All(entries, e => Assert.False(e.SecretInUrl));

        host.Emulator.RequestLog.Clear();
        Assert.Equal(0, host.Emulator.RequestLog.Count);
        Assert.Equal(3, host.Emulator.RequestLog.TotalCount);
    }

    [Fact]
    public async Task Tokens_in_urls_are_flagged_and_redacted_and_proofs_redacted()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions());
        var api = new Api(host);
        await api.Get($"community?access_token={Api.Admin}&fields=id", token: null);
        await api.Get("community?" + Proofs.TimeForm(Api.Admin, EmulatorDefaults.AdminAppSecret, DateTimeOffset.UtcNow));
        await api.Get($"community?note={Api.ReadOnly}");
        await api.Scim(HttpMethod.Get, $"Users?count=1&access_token={Api.Admin}", token: null);
        var entries = host.Emulator.RequestLog.Snapshot();
        Assert.Equal(4, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.DoesNotContain(Api.Admin, e.Path);
            Assert.DoesNotContain(Api.ReadOnly, e.Path);
            Assert.Contains("[redacted]", e.Path);
        });
        // A proof is where Graph wants it (the query string) and reveals no secret: masked, but not a leak.
        Assert.Equal([true, false, true, true], entries.Select(e => e.SecretInUrl).ToArray());
        Assert.Equal("/graph/community?access_token=[redacted]&fields=id", entries[0].Path);
        Assert.DoesNotContain(Proofs.Hmac(EmulatorDefaults.AdminAppSecret, Api.Admin), entries[1].Path);
    }

    [Fact]
    public async Task The_log_keeps_only_its_capacity()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { RequestLogCapacity = 3 });
        var api = new Api(host);
        for (var i = 0; i < 5; i++)
        {
            await api.Get($"community?fields=name&n={i}");
        }
        var entries = host.Emulator.RequestLog.Snapshot();
        Assert.Equal(["n=2", "n=3", "n=4"], entries.Select(e => e.Path[^3..]).ToArray());
        Assert.Equal(5, host.Emulator.RequestLog.TotalCount);
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class RequestLogInMemory(InMemoryFixture fixture) : RequestLogConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class RequestLogOverKestrel(KestrelFixture fixture) : RequestLogConformance(fixture);
