using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>Cursor paging: envelopes, absolute links, last page, previous, caps (workplace-api.md §6.2).</summary>
public abstract class PagingConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    [Fact]
    public async Task Following_next_visits_everyone_once_and_the_last_page_has_no_next()
    {
        var seen = new List<string>();
        var page = await Api.Get("community/members?limit=5&fields=id");
        for (var pages = 0; pages < 100; pages++)
        {
            Expect.Ok(page);
            seen.AddRange(page.Data.Select(p => p.GetProperty("id").GetString()!));
            if (page.Next is null)
            {
                break;
            }
            Assert.StartsWith(Api.Host.GraphUri.ToString(), page.Next);
            Assert.Contains("limit=5", page.Next);
            Assert.Contains("fields=id", page.Next);
            page = await Api.GetAbsolute(page.Next);
        }
        Assert.Null(page.Next);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(Emulator.State.PeopleCount, seen.Count);
    }

    [Fact]
    public async Task Previous_returns_to_the_page_before()
    {
        var first = await Api.Get("community/members?limit=3&fields=id");
        Assert.False(first.Json.GetProperty("paging").TryGetProperty("previous", out _));
        var second = await Api.GetAbsolute(first.Next!);
        var previous = second.Json.GetProperty("paging").GetProperty("previous").GetString()!;
        Assert.StartsWith(Api.Host.GraphUri.ToString(), previous);
        var back = await Api.GetAbsolute(previous);
        Assert.Equal(first.Data.Select(d => d.GetProperty("id").GetString()), back.Data.Select(d => d.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Rebuilding_the_url_with_the_after_cursor_works_like_next()
    {
        var first = await Api.Get("community/members?limit=4&fields=id");
        var after = first.Json.GetProperty("paging").GetProperty("cursors").GetProperty("after").GetString();
        var rebuilt = await Api.Get($"community/members?limit=4&fields=id&after={after}");
        var followed = await Api.GetAbsolute(first.Next!);
        Assert.Equal(followed.Body, rebuilt.Body);
    }

    [Fact]
    public async Task A_limit_larger_than_everything_returns_one_page_without_next()
    {
        var response = await Api.Get("community/members?limit=20000&fields=id");
        Assert.Equal(Emulator.State.PeopleCount, response.Data.Length);
        Assert.Null(response.Next);
    }

    [Fact]
    public async Task Invalid_paging_parameters_are_error_100()
    {
        Expect.GraphError(await Api.Get("community/members?after=not-a-cursor"), 400, 100);
        Expect.GraphError(await Api.Get("community/members?limit=abc"), 400, 100);
        Expect.GraphError(await Api.Get("community/members?limit=-1"), 400, 100);
    }

    [Fact]
    public async Task Limit_is_capped_at_the_documented_maximum()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { Seed = "generated:1500,2,10" });
        var response = await new Api(host).Get("community/members?limit=5000&fields=id");
        Assert.Equal(EmulatorOptions.DefaultMaxPageLimit, response.Data.Length);
        Assert.NotNull(response.Next);
        Assert.Contains("limit=1000", response.Next);
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class PagingInMemory(InMemoryFixture fixture) : PagingConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class PagingOverKestrel(KestrelFixture fixture) : PagingConformance(fixture);
