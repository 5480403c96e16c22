using System.Text.Json;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>
/// Post engagement as Meta's ExportPostActivity, ExportCampaignActivity, DownloadGroupFeed, GetPostViewers and
/// GetGroupFeedWithDetails scripts read it: seen, reactions per type (CARE included), likes, shares, comments
/// with counts, and the summaries on each (workplace-api.md §3.6).
/// </summary>
public abstract class PostEngagementConformance(HostFixture fixture) : ScriptConformanceBase(fixture)
{
    [Fact]
    public async Task Post_stats_answer_a_count_per_reaction_type_and_the_seen_count()
    {
        var postId = SeedPostId("All Company", "Welcome to Contoso");
        var stats = await Api.Get($"{postId}/?fields={StatsFields("comments.limit(0).summary(total_count)", "shares")}");
        Expect.Ok(stats);
        var json = stats.Json;
        var perType = ReactionTypes.ToDictionary(t => t, t => TotalCount(json, "reactions_" + t.ToLowerInvariant()));
        foreach (var type in ReactionTypes)
        {
            Assert.Empty(json.GetProperty("reactions_" + type.ToLowerInvariant()).GetProperty("data").EnumerateArray());
        }
        var all = await AllPages($"{postId}/reactions?limit=7");
        Assert.Equal(all.Count, perType.Values.Sum());
        Assert.True(perType["LIKE"] > 0, "the demo seed gives the welcome post likes");
        Assert.All(all, r => Assert.Contains(r.GetProperty("type").GetString(), ReactionTypes));
        foreach (var type in ReactionTypes)
        {
            Assert.Equal(perType[type], all.Count(r => r.GetProperty("type").GetString() == type));
        }

        var seen = TotalCount(json, "seen");
        Assert.True(seen > all.Count, "more people see a post than react to it");
        Assert.Equal(seen, (await AllPages($"{postId}/seen?limit=10")).Count);
        Assert.Equal(Emulator.State.FindPost(postId)!.Comments.Count, TotalCount(json, "comments"));
        Assert.False(json.TryGetProperty("shares", out _), "Graph leaves shares out when nobody shared the post");
    }

    [Fact]
    public async Task A_hashtag_campaign_reads_as_ExportCampaignActivity_reads_it()
    {
        var since = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var campaign = new List<(JsonElement Post, int Members)>();
        foreach (var group in new[] { GroupIdOf("All Company"), GroupIdOf("Social Club") })
        {
            var members = TotalCount((await Api.Get($"{group}/?fields=members.limit(0).summary(true)")).Json, "members");
            var posts = await AllPages($"{group}/feed?fields=id,message,created_time&since={since}");
            campaign.AddRange(posts.Where(p => p.TryGetProperty("message", out var m) && m.GetString()!.Contains("#wellbeing", StringComparison.Ordinal))
                .Select(p => (p, members)));
        }
        Assert.Equal(2, campaign.Count);
        foreach (var (post, members) in campaign)
        {
            var stats = (await Api.Get($"{post.GetProperty("id").GetString()}/?fields={StatsFields("shares")}")).Json;
            var seen = TotalCount(stats, "seen");
            Assert.InRange(seen / (double)members, 0.3, 1.0); // the script's "reach"
            Assert.True(ReactionTypes.Sum(t => TotalCount(stats, "reactions_" + t.ToLowerInvariant())) > 0);
        }
    }

    [Fact]
    public async Task Every_reaction_type_occurs_somewhere_in_the_demo_seed()
    {
        var counts = new Dictionary<string, int>();
        foreach (var group in Emulator.State.Groups())
        {
            foreach (var post in await AllPages($"{group.Id}/feed?fields=reactions.limit(1000){{type}}&limit=100"))
            {
                if (post.TryGetProperty("reactions", out var reactions))
                {
                    foreach (var r in reactions.GetProperty("data").EnumerateArray())
                    {
                        var type = r.GetProperty("type").GetString()!;
                        counts[type] = counts.GetValueOrDefault(type) + 1;
                    }
                }
            }
        }
        Assert.All(ReactionTypes, t => Assert.True(counts.GetValueOrDefault(t) > 0, $"no {t} reaction in the seed"));
        Assert.Equal("LIKE", counts.MaxBy(c => c.Value).Key);
    }

    [Fact]
    public async Task Reactions_edge_filters_by_type_and_refuses_unknown_types()
    {
        var postId = SeedPostId("All Company", "Welcome to Contoso");
        var likes = await Api.Get($"{postId}/reactions?type=LIKE&summary=true&fields=id,name,type");
        Expect.Ok(likes);
        Assert.All(likes.Data, r => Assert.Equal("LIKE", r.GetProperty("type").GetString()));
        Assert.Equal("NONE", likes.Json.GetProperty("summary").GetProperty("viewer_reaction").GetString());
        var likesEdge = await Api.Get($"{postId}/likes?summary=true&limit=100");
        Assert.Equal(likes.Json.GetProperty("summary").GetProperty("total_count").GetInt32(), likesEdge.Data.Length);
        Assert.True(likesEdge.Json.GetProperty("summary").GetProperty("can_like").GetBoolean());

        var error = Expect.GraphError(await Api.Get($"{postId}/reactions?type=CONFUSED"), 400, 100);
        Assert.Contains("CARE", error.GetProperty("message").GetString());
        Expect.GraphError(await Api.Get($"{postId}?fields=reactions.type(CONFUSED).limit(0).summary(total_count)"), 400, 100);
    }

    [Fact]
    public async Task Seen_lists_viewers_with_member_fields_and_seen_time_paging_by_next()
    {
        var postId = SeedPostId("All Company", "Welcome to Contoso");
        var viewers = await AllPages($"{postId}/seen?fields=id,name,email,department,division,organization,title&limit=5");
        Assert.NotEmpty(viewers);
        Assert.Equal(viewers.Count, viewers.Select(v => v.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(viewers, v =>
        {
            Assert.EndsWith("@contoso.example", v.GetProperty("email").GetString());
            Assert.False(string.IsNullOrEmpty(v.GetProperty("title").GetString()));
        });

        var plain = await Api.Get($"{postId}/seen");
        var first = plain.Data[0];
        Assert.True(first.TryGetProperty("name", out _));
        var seenTime = DateTimeOffset.Parse(first.GetProperty("seen_time").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var created = Emulator.State.FindPost(postId)!.CreatedTime;
        Assert.True(seenTime > created);

        var after = (seenTime.ToUnixTimeSeconds() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var later = await AllPages($"{postId}/seen?since={after}&fields=seen_time");
        Assert.All(later, v => Assert.True(DateTimeOffset.Parse(v.GetProperty("seen_time").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > seenTime));
    }

    [Fact]
    public async Task A_shared_post_counts_its_shares_and_lists_them()
    {
        var postId = SeedPostId("IT Announcements", "Phishing alert");
        var post = await Api.Get($"{postId}?fields={StatsFields("shares")}");
        Assert.Equal(1, post.Json.GetProperty("shares").GetProperty("count").GetInt32());
        var shares = await Api.Get($"{postId}/sharedposts?fields=id,created_time,message,story,from");
        var share = Assert.Single(shares.Data);
        Assert.Equal("David Kim shared a post.", share.GetProperty("story").GetString());
        Assert.StartsWith(GroupIdOf("Social Club") + "_", share.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Comments_carry_author_fields_reaction_counts_and_reply_counts_and_since_bounds_them()
    {
        var postId = SeedPostId("All Company", "Welcome to Contoso");
        var fields = "created_time,from{name,id,email,primary_address,department},message,id," + string.Join(",",
            ReactionTypes.Select(t => $"reactions.type({t}).limit(0).summary(total_count).as(reactions_{t.ToLowerInvariant()})"))
            + ",comments.limit(0).summary(total_count)";
        var comments = await Api.Get($"{postId}/comments/?fields={fields}&order=chronological");
        Expect.Ok(comments);
        Assert.NotEmpty(comments.Data);
        foreach (var comment in comments.Data)
        {
            var from = comment.GetProperty("from");
            Assert.EndsWith("@contoso.example", from.GetProperty("email").GetString());
            Assert.False(string.IsNullOrEmpty(from.GetProperty("department").GetString()));
            Assert.All(ReactionTypes, t => Assert.True(TotalCount(comment, "reactions_" + t.ToLowerInvariant()) >= 0));
            Assert.True(TotalCount(comment, "comments") >= 0);
        }
        var times = comments.Data.Select(c => DateTimeOffset.Parse(c.GetProperty("created_time").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(times.Order().ToArray(), times);

        var since = times[^1].ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var recent = await Api.Get($"{postId}/comments/?fields=id&order=chronological&since={since}");
        Assert.Single(recent.Data);
    }

    [Fact]
    public async Task A_new_post_has_no_engagement_and_empty_connections_are_left_out()
    {
        var group = await CreateGroupAsync();
        var postId = (await Api.PostForm($"{group}/feed", ("message", "Nobody saw this yet"))).Json.GetProperty("id").GetString()!;
        var post = await Api.Get($"{postId}?fields={StatsFields("comments.limit(0).summary(total_count)", "reactions", "seen", "comments")}");
        Expect.Ok(post);
        Assert.All(ReactionTypes, t => Assert.Equal(0, TotalCount(post.Json, "reactions_" + t.ToLowerInvariant())));
        Assert.Equal(0, TotalCount(post.Json, "seen"));
        Assert.False(post.Json.TryGetProperty("reactions", out _));
        Assert.False(post.Json.TryGetProperty("shares", out _));
        Assert.Empty((await Api.Get($"{postId}/reactions")).Data);
    }

    [Fact]
    public async Task Engagement_needs_read_group_content()
    {
        var postId = SeedPostId("All Company", "Welcome to Contoso");
        Expect.Ok(await Api.Get($"{postId}/seen", Api.ReadOnly));
        var outsider = Emulator.AddIntegration("No content " + Api.Unique(), [EmulatorPermissions.ReadUserEmail]);
        foreach (var edge in new[] { "seen", "reactions", "likes", "sharedposts", "attachments" })
        {
            var error = Expect.GraphError(await Api.Get($"{postId}/{edge}", outsider.AccessToken), 403, 200);
            Assert.Contains("read_group", error.GetProperty("message").GetString());
        }
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class PostEngagementInMemory(InMemoryFixture fixture) : PostEngagementConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class PostEngagementOverKestrel(KestrelFixture fixture) : PostEngagementConformance(fixture);
