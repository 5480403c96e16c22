using System.Text.Json;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>Helpers for the conformance classes that replay the requests of Meta's sample admin scripts.</summary>
public abstract class ScriptConformanceBase(HostFixture fixture) : ConformanceBase(fixture)
{
    /// <summary>The reaction types Meta's export scripts count, CARE included.</summary>
    protected static readonly string[] ReactionTypes = ["LIKE", "LOVE", "CARE", "HAHA", "WOW", "SAD", "ANGRY"];

    /// <summary>The field list the post-stats scripts send: seen count plus one aliased count per reaction type.</summary>
    protected static string StatsFields(params string[] extra) =>
        string.Join(",", new[] { "seen.limit(0).summary(total_count)" }
            .Concat(ReactionTypes.Select(t => $"reactions.type({t}).limit(0).summary(total_count).as(reactions_{t.ToLowerInvariant()})"))
            .Concat(extra));

    protected string SeedPostId(string group, string messageStart) =>
        Emulator.State.Posts(GroupIdOf(group)).First(p => p.Message is { } m && m.StartsWith(messageStart, StringComparison.Ordinal)).Id;

    protected static int TotalCount(JsonElement node, string field) =>
        node.GetProperty(field).GetProperty("summary").GetProperty("total_count").GetInt32();

    /// <summary>Follows <c>paging.next</c> (bounded), collecting every item, as the scripts' paging loops do.</summary>
    protected async Task<List<JsonElement>> AllPages(string relative, string? token = Api.Admin, int maxPages = 100)
    {
        var items = new List<JsonElement>();
        var response = await Api.Get(relative, token);
        for (var page = 0; page < maxPages; page++)
        {
            Expect.Ok(response);
            items.AddRange(response.Data);
            if (response.Next is not { } next)
            {
                return items;
            }
            response = await Api.GetAbsolute(next, token);
        }
        throw new InvalidOperationException($"More than {maxPages} pages at {relative}");
    }
}
