using System.Globalization;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>
/// Sub-groups, edges requested as fields with modifiers (Meta's DownloadGroupFeed.py asks
/// <c>community/groups?fields=feed.since(T).limit(1),name</c>), ExportGroupLastActivityDate's group listing, and a
/// member's timeline.
/// </summary>
public abstract class GroupsAndTimelineConformance(HostFixture fixture) : ScriptConformanceBase(fixture)
{
    [Fact]
    public async Task A_group_lists_its_sub_groups_and_a_sub_group_names_its_parent()
    {
        var engineering = GroupIdOf("Engineering");
        var phoenix = GroupIdOf("Project Phoenix");
        var subGroups = await Api.Get($"{engineering}/groups?fields=id,name,privacy");
        Assert.Equal(phoenix, Assert.Single(subGroups.Data).GetProperty("id").GetString());
        var parent = (await Api.Get($"{phoenix}?fields=parent,name")).Json.GetProperty("parent");
        Assert.Equal(engineering, parent.GetProperty("id").GetString());
        Assert.Equal("Engineering", parent.GetProperty("name").GetString());
        Assert.False((await Api.Get($"{engineering}?fields=parent")).Json.TryGetProperty("parent", out _));
        Assert.Empty((await Api.Get($"{phoenix}/groups")).Data);
        var asField = await Api.Get($"{engineering}?fields=groups{{name}}");
        Assert.Equal("Project Phoenix", asField.Json.GetProperty("groups").GetProperty("data")[0].GetProperty("name").GetString());
        Expect.Ok(await Api.Get($"{engineering}/groups", Api.ReadOnly));
        var outsider = Emulator.AddIntegration("Emails only " + Api.Unique(), [EmulatorPermissions.ReadUserEmail]);
        Expect.GraphError(await Api.Get($"{engineering}/groups", outsider.AccessToken), 403, 200);
    }

    [Fact]
    public async Task Feed_as_a_field_takes_since_and_limit_and_is_left_out_when_empty()
    {
        var since = new DateTimeOffset(2025, 4, 4, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var groups = await AllPages($"community/groups?fields=feed.since({since}).limit(1),name,updated_time&limit=100");
        var fresh = groups.Where(g => g.TryGetProperty("feed", out _)).Select(g => g.GetProperty("name").GetString()).Order().ToArray();
        // Posts after 4 April 2025 in the demo seed: All Company (7 April), Social Club (8 April), Frontline Operations (5 April).
        Assert.Superset(new HashSet<string?> { "All Company", "Frontline Operations", "Social Club" }, fresh.ToHashSet());
        Assert.Contains("All Company", fresh);
        Assert.DoesNotContain("Office Move 2020", fresh);
        var allCompany = groups.Single(g => g.GetProperty("name").GetString() == "All Company");
        Assert.Single(allCompany.GetProperty("feed").GetProperty("data").EnumerateArray());

        var until = await Api.Get($"{GroupIdOf("All Company")}?fields=feed.until(1741651200).limit(5){{message}}");
        Assert.StartsWith("Welcome", until.Json.GetProperty("feed").GetProperty("data").EnumerateArray().Single().GetProperty("message").GetString());
        Expect.GraphError(await Api.Get($"{GroupIdOf("All Company")}?fields=feed.since(soon)"), 400, 100);
    }

    [Fact]
    public async Task A_members_edges_are_fields_too()
    {
        var ava = IdOf(AvaEmail);
        var member = await Api.Get($"{ava}?fields=name,groups.limit(100){{name}},feed.limit(1){{message}},conversations{{messages.limit(1){{message}}}}");
        Expect.Ok(member);
        var groups = member.Json.GetProperty("groups").GetProperty("data").EnumerateArray().Select(g => g.GetProperty("name").GetString()).ToArray();
        Assert.Equal((await AllPages($"{ava}/groups?fields=name")).Select(g => g.GetProperty("name").GetString()).ToArray(), groups);
        Assert.Equal((await Api.Get($"{ava}/feed?limit=1")).Data[0].GetProperty("id").GetString(),
            member.Json.GetProperty("feed").GetProperty("data")[0].GetProperty("id").GetString());
        var thread = member.Json.GetProperty("conversations").GetProperty("data").EnumerateArray()
            .Single(t => t.GetProperty("messages").GetProperty("data")[0].GetProperty("message").GetString()!.StartsWith("Here is the venue", StringComparison.Ordinal));
        Assert.StartsWith("t_", thread.GetProperty("id").GetString());

        Expect.GraphError(await Api.Get($"{ava}?fields=conversations", Api.ReadOnly), 403, 200);
        var profiles = Emulator.AddIntegration("Profiles " + Api.Unique(), [EmulatorPermissions.ReadUserWorkProfile]);
        Expect.GraphError(await Api.Get($"{ava}?fields=feed", profiles.AccessToken), 403, 200);
        Expect.GraphError(await Api.Get($"{ava}?fields=groups{{shoe_size}}"), 400, 100);
        // Authors expand the same way: a post's author lists their groups.
        var post = await Api.Get($"{SeedPostId("All Company", "Welcome to Contoso")}?fields=from{{groups.limit(0).summary(true)}}");
        Assert.Equal(groups.Length, post.Json.GetProperty("from").GetProperty("groups").GetProperty("summary").GetProperty("total_count").GetInt32());
    }

    [Fact]
    public async Task The_community_lists_its_groups_as_a_field_too()
    {
        var community = await Api.Get("community?fields=name,groups.limit(2).summary(true){name,privacy}");
        Expect.Ok(community);
        var groups = community.Json.GetProperty("groups");
        Assert.Equal(2, groups.GetProperty("data").GetArrayLength());
        Assert.Equal(Emulator.State.GroupCount, groups.GetProperty("summary").GetProperty("total_count").GetInt32());
        Assert.True(groups.GetProperty("data")[0].TryGetProperty("privacy", out _));
    }

    [Fact]
    public async Task Group_listing_gives_owner_fields_updated_time_and_archived()
    {
        var groups = await AllPages("community/groups/?fields=id,name,owner{first_name, last_name, email},privacy,updated_time,archived");
        var archived = groups.Single(g => g.GetProperty("name").GetString() == "Office Move 2020");
        Assert.True(archived.GetProperty("archived").GetBoolean());
        Assert.Equal("Grace", archived.GetProperty("owner").GetProperty("first_name").GetString());
        var updated = DateTimeOffset.Parse(archived.GetProperty("updated_time").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(new DateTimeOffset(2020, 9, 30, 16, 0, 0, TimeSpan.Zero), updated);
    }

    [Fact]
    public async Task A_members_timeline_lists_the_posts_they_wrote_newest_first()
    {
        var ava = IdOf(AvaEmail);
        var feed = await AllPages($"{ava}/feed?fields=message,created_time,to,from");
        Assert.NotEmpty(feed);
        Assert.All(feed, p => Assert.Equal(ava, p.GetProperty("from").GetProperty("id").GetString()));
        var times = feed.Select(p => p.GetProperty("created_time").GetString()).ToArray();
        Assert.Equal(times.OrderDescending().ToArray(), times);
        Assert.Contains(feed, p => p.GetProperty("message").GetString()!.StartsWith("Welcome", StringComparison.Ordinal));

        var group = await CreateGroupAsync();
        var newer = await Api.PostForm($"{group}/feed", ("message", "Bot news"));
        Assert.DoesNotContain(await AllPages($"{ava}/feed"), p => p.GetProperty("id").GetString() == newer.Json.GetProperty("id").GetString());
        var outsider = Emulator.AddIntegration("Profiles only " + Api.Unique(), [EmulatorPermissions.ReadUserWorkProfile]);
        Expect.GraphError(await Api.Get($"{ava}/feed", outsider.AccessToken), 403, 200);
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class GroupsAndTimelineInMemory(InMemoryFixture fixture) : GroupsAndTimelineConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class GroupsAndTimelineOverKestrel(KestrelFixture fixture) : GroupsAndTimelineConformance(fixture);
