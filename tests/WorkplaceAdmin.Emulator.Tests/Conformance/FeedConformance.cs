using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>Group feeds, posts and comments (workplace-api.md §3.5–§3.6, A4).</summary>
public abstract class FeedConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    [Fact]
    public async Task A4_markdown_post_with_a_mention()
    {
        var group = await CreateGroupAsync();
        var benId = IdOf(BenEmail);
        var response = await Api.PostForm($"{group}/feed", ("formatting", "MARKDOWN"), ("message", $"**Hi** @[{benId}]"));
        Expect.Ok(response);
        var postId = response.Json.GetProperty("id").GetString()!;
        Assert.Matches($@"^{group}_\d{{15}}$", postId);

        var post = await Api.Get($"{postId}?fields=message,formatting,message_tags,from,created_time,permalink_url,to");
        Expect.Ok(post);
        var message = post.Json.GetProperty("message").GetString()!;
        Assert.Equal("**Hi** Ben Carter", message);
        Assert.Equal("MARKDOWN", post.Json.GetProperty("formatting").GetString());
        var tag = Assert.Single(post.Json.GetProperty("message_tags").EnumerateArray());
        Assert.Equal(benId, tag.GetProperty("id").GetString());
        Assert.Equal("Ben Carter", message.Substring(tag.GetProperty("offset").GetInt32(), tag.GetProperty("length").GetInt32()));
        Assert.Equal(EmulatorDefaults.AdminBotPageId, post.Json.GetProperty("from").GetProperty("id").GetString());
        Assert.Contains($"/groups/{group}/permalink/", post.Json.GetProperty("permalink_url").GetString());
        Assert.Equal([benId], Emulator.State.FindPost(postId)!.MentionedIds);
    }

    [Fact]
    public async Task Feed_is_newest_first()
    {
        var group = await CreateGroupAsync();
        var ids = new List<string>();
        foreach (var text in new[] { "one", "two", "three" })
        {
            ids.Add((await Api.PostForm($"{group}/feed", ("message", text))).Json.GetProperty("id").GetString()!);
        }
        var feed = await Api.Get($"{group}/feed?fields=id,message");
        Assert.Equal(Enumerable.Reverse(ids).ToArray(), feed.Data.Select(p => p.GetProperty("id").GetString()!).ToArray());
        Assert.Equal("three", feed.Data[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Feed_since_and_until_bound_the_creation_time()
    {
        var since = new DateTimeOffset(2025, 3, 15, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var until = new DateTimeOffset(2025, 4, 3, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var feed = await Api.Get($"{GroupIdOf("All Company")}/feed?since={since}&until={until}&fields=message,created_time", Api.ReadOnly);
        Expect.Ok(feed);
        var messages = feed.Data.Select(p => p.GetProperty("message").GetString()!).ToArray();
        Assert.Equal(2, messages.Length);
        Assert.StartsWith("Our new brand guidelines", messages[0]);
        Assert.StartsWith("## Benefits enrolment", messages[1]);
        Expect.GraphError(await Api.Get($"{GroupIdOf("All Company")}/feed?since=yesterday"), 400, 100);
    }

    [Fact]
    public async Task Posting_needs_a_message_or_link_and_write_group()
    {
        var group = await CreateGroupAsync();
        Expect.GraphError(await Api.PostForm($"{group}/feed", ("formatting", "MARKDOWN")), 400, 100);
        Expect.GraphError(await Api.PostForm($"{group}/feed", ("message", "x"), ("formatting", "HTML")), 400, 100);
        var error = Expect.GraphError(await Api.PostForm($"{group}/feed", [new("message", "x")], Api.ReadOnly), 403, 200);
        Assert.Contains("write_group", error.GetProperty("message").GetString());

        var link = await Api.PostForm($"{group}/feed", ("link", "https://contoso.example/news"));
        var read = await Api.Get($"{link.Json.GetProperty("id").GetString()}?fields=link,type");
        Assert.Equal("link", read.Json.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Archived_groups_refuse_new_posts()
    {
        Expect.GraphError(await Api.PostForm($"{GroupIdOf("Office Move 2020")}/feed", ("message", "Hello?")), 400, 100);
    }

    [Fact]
    public async Task Posts_can_be_read_and_deleted()
    {
        var group = await CreateGroupAsync();
        var postId = (await Api.PostForm($"{group}/feed", ("message", "to delete"))).Json.GetProperty("id").GetString()!;
        Expect.Ok(await Api.Get(postId, Api.ReadOnly));
        Expect.GraphError(await Api.Delete(postId, Api.ReadOnly), 403, 200);
        Expect.Success(await Api.Delete(postId));
        Expect.GraphError(await Api.Get(postId), 400, 100, 33);
        Assert.Empty((await Api.Get($"{group}/feed")).Data);
    }

    [Fact]
    public async Task Comments_and_replies()
    {
        var group = await CreateGroupAsync();
        var postId = (await Api.PostForm($"{group}/feed", ("message", "discuss"))).Json.GetProperty("id").GetString()!;
        var commentId = (await Api.PostForm($"{postId}/comments", ("message", "first"))).Json.GetProperty("id").GetString()!;
        var replyId = (await Api.PostForm($"{commentId}/comments", ("message", $"reply to @[{IdOf(AvaEmail)}]"))).Json.GetProperty("id").GetString()!;

        var comments = await Api.Get($"{postId}/comments?fields=id,message,comment_count,from&summary=true");
        var comment = Assert.Single(comments.Data);
        Assert.Equal(commentId, comment.GetProperty("id").GetString());
        Assert.Equal(1, comment.GetProperty("comment_count").GetInt32());
        Assert.Equal(1, comments.Json.GetProperty("summary").GetProperty("total_count").GetInt32());

        var replies = await Api.Get($"{commentId}/comments?fields=message,message_tags,parent");
        var reply = Assert.Single(replies.Data);
        Assert.Equal(replyId, reply.GetProperty("id").GetString());
        Assert.Equal("reply to Ava Ross", reply.GetProperty("message").GetString());
        Assert.Equal(commentId, reply.GetProperty("parent").GetProperty("id").GetString());

        Expect.GraphError(await Api.PostForm($"{postId}/comments"), 400, 100);
        Expect.Success(await Api.Delete(replyId));
        Assert.Empty((await Api.Get($"{commentId}/comments")).Data);
        Expect.Success(await Api.Delete(commentId));
        Expect.GraphError(await Api.Get(commentId), 400, 100, 33);
    }

    [Fact]
    public async Task Seeded_feed_has_comments_replies_and_markdown()
    {
        var feed = await Api.Get($"{GroupIdOf("All Company")}/feed?fields=formatting,comments{{message,comments{{message}}}}&limit=10");
        Assert.Contains(feed.Data, p => p.GetProperty("formatting").GetString() == "MARKDOWN");
        Assert.Contains(feed.Data, p => p.TryGetProperty("comments", out var comments) && comments.GetProperty("data").EnumerateArray()
            .Any(c => c.TryGetProperty("comments", out var replies) && replies.GetProperty("data").GetArrayLength() > 0));
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class FeedInMemory(InMemoryFixture fixture) : FeedConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class FeedOverKestrel(KestrelFixture fixture) : FeedConformance(fixture);
