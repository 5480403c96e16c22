using System.Globalization;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>
/// Knowledge Library reads (Meta's GetKLCategoryInfo asks a category's fields, then its <c>/subcategories</c>
/// recursively), and since/until dates read the way Graph reads them (GetGroupFeedWithDetails sends DD-MM-YYYY).
/// </summary>
public abstract class KnowledgeAndDatesConformance(HostFixture fixture) : ScriptConformanceBase(fixture)
{
    private const string CategoryFields = "id,title,content,status,read_audience,json_content,last_editor,last_updated";

    [Fact]
    public async Task Categories_read_with_their_fields_and_subcategories_recursively()
    {
        var roots = await Api.Get($"community/knowledge_library_categories?fields={CategoryFields}");
        Expect.Ok(roots);
        Assert.Equal(["IT Help", "Leadership handbook"], roots.Data.Select(c => c.GetProperty("title").GetString()!).ToArray());
        var itHelp = roots.Data[0].GetProperty("id").GetString()!;

        var category = await Api.Get($"{itHelp}?fields={CategoryFields}");
        Assert.Equal("PUBLISHED", category.Json.GetProperty("status").GetString());
        Assert.Equal("<p>How to get help from IT.</p>", category.Json.GetProperty("content").GetString());
        Assert.Equal("Fatima Khan", category.Json.GetProperty("last_editor").GetProperty("name").GetString());
        Assert.True(category.Json.GetProperty("read_audience").GetProperty("everyone").GetBoolean());
        Assert.Contains("How to get help", category.Json.GetProperty("json_content").GetString());

        var titles = new List<string>();
        await Walk(itHelp, titles, depth: 0);
        Assert.Equal(["Laptops", "Security", "Phishing"], titles);

        var leadership = await Api.Get($"{roots.Data[1].GetProperty("id").GetString()}?fields=read_audience");
        Assert.Equal("Leadership Team", leadership.Json.GetProperty("read_audience").GetProperty("groups")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Knowledge_library_needs_its_permission()
    {
        var error = Expect.GraphError(await Api.Get("community/knowledge_library_categories", Api.ReadOnly), 403, 200);
        Assert.Contains("read_knowledge_library", error.GetProperty("message").GetString());
        var reader = Emulator.AddIntegration("KL " + Api.Unique(), [EmulatorPermissions.ReadKnowledgeLibrary]);
        Expect.Ok(await Api.Get("community/knowledge_library_categories", reader.AccessToken));
        Expect.GraphError(await Api.Get("community/knowledge_library_categories?fields=author"), 400, 100);
    }

    [Theory]
    [InlineData("05-04-2025", 2025, 4, 5)]
    [InlineData("13-03-2025", 2025, 3, 13)]
    [InlineData("5.4.2025", 2025, 4, 5)]
    [InlineData("2025-04-05", 2025, 4, 5)]
    public async Task Since_reads_day_first_dates_and_iso_dates(string text, int year, int month, int day)
    {
        var expected = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        var feed = await Api.Get($"{GroupIdOf("All Company")}/feed?fields=created_time&since={text}");
        Expect.Ok(feed);
        var all = await AllPages($"{GroupIdOf("All Company")}/feed?fields=created_time&limit=100");
        var wanted = all.Count(p => DateTimeOffset.Parse(p.GetProperty("created_time").GetString()!, CultureInfo.InvariantCulture) >= expected);
        Assert.Equal(wanted, feed.Data.Length);
    }

    [Theory]
    [InlineData("05/04/2025")]
    [InlineData("31-02-2025")]
    [InlineData("13-13-2025")]
    [InlineData("next week")]
    public async Task Since_refuses_dates_it_would_have_to_guess(string text)
    {
        var error = Expect.GraphError(await Api.Get($"{GroupIdOf("All Company")}/feed?since={Uri.EscapeDataString(text)}"), 400, 100);
        Assert.Contains("DD-MM-YYYY", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Day_first_dates_work_in_modifiers_too()
    {
        var fresh = await Api.Get($"{GroupIdOf("All Company")}?fields=feed.since(05-04-2025){{message}}");
        Assert.StartsWith("Reminder", fresh.Json.GetProperty("feed").GetProperty("data").EnumerateArray().Single().GetProperty("message").GetString());
    }

    private async Task Walk(string id, List<string> titles, int depth)
    {
        Assert.True(depth < 5, "categories nest at most a few levels");
        foreach (var sub in await AllPages($"{id}/subcategories?fields={CategoryFields}"))
        {
            titles.Add(sub.GetProperty("title").GetString()!);
            await Walk(sub.GetProperty("id").GetString()!, titles, depth + 1);
        }
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class KnowledgeAndDatesInMemory(InMemoryFixture fixture) : KnowledgeAndDatesConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class KnowledgeAndDatesOverKestrel(KestrelFixture fixture) : KnowledgeAndDatesConformance(fixture);
