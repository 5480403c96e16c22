using System.Text.Json;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>
/// <c>from{…}</c> on posts and comments expands the author's member fields, as Meta's DownloadGroupFeed
/// (<c>from{first_name, last_name, email}</c>) and export scripts ask; bots have only a name.
/// </summary>
public abstract class AuthorExpansionConformance(HostFixture fixture) : ScriptConformanceBase(fixture)
{
    [Fact]
    public async Task A_post_author_expands_like_a_member_node()
    {
        var postId = SeedPostId("All Company", "Welcome to Contoso");
        var fields = "first_name,last_name,title,department,primary_address,locale,email";
        var post = await Api.Get($"{postId}?fields=from{{{fields}}}");
        var member = await Api.Get($"{IdOf(AvaEmail)}?fields={fields}");
        Assert.Equal(member.Json.ToString(), post.Json.GetProperty("from").ToString());
        Assert.Equal("Chief Executive Officer", post.Json.GetProperty("from").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Spaces_in_sub_field_lists_are_accepted_and_comments_expand_too()
    {
        var feed = await Api.Get($"{GroupIdOf("All Company")}/feed/?fields=created_time,from{{first_name, last_name, email}},comments{{from{{first_name,department}}}}&sorting_setting=RECENT_ACTIVITY");
        Expect.Ok(feed);
        var byPerson = feed.Data.Where(p => p.GetProperty("from").TryGetProperty("email", out _)).ToArray();
        Assert.NotEmpty(byPerson);
        Assert.All(byPerson, p => Assert.False(string.IsNullOrEmpty(p.GetProperty("from").GetProperty("first_name").GetString())));
        var comment = feed.Data.First(p => p.TryGetProperty("comments", out _)).GetProperty("comments").GetProperty("data")[0];
        Assert.False(string.IsNullOrEmpty(comment.GetProperty("from").GetProperty("department").GetString()));
    }

    [Fact]
    public async Task A_batched_feed_export_embeds_comments_and_replies_with_author_fields_and_permalinks()
    {
        // The shape of GetAllGroupPostsCommentsAndSubcomments' batched request: spaces in field lists, Python datetimes.
        const string Author = "from{email, title, name, id, primary_address, department, locale, link}";
        var fields = $"id,{Author},message,permalink_url, created_time,comments{{id,{Author},message,comments{{id,{Author},message, permalink_url, created_time}} ,permalink_url, created_time}}";
        var relative = $"{GroupIdOf("All Company")}/feed?fields={fields}&since=2025-03-01 10:00:02.076580&until=2025-04-30 10:00:02.076580";
        var batch = JsonSerializer.Serialize(new[] { new { method = "GET", relative_url = relative } });
        var response = await Api.PostForm("", ("batch", batch), ("include_headers", "false"));
        Expect.Ok(response);
        var item = response.Json[0];
        Assert.Equal(200, item.GetProperty("code").GetInt32());
        var posts = JsonDocument.Parse(item.GetProperty("body").GetString()!).RootElement.GetProperty("data").EnumerateArray().ToArray();
        Assert.NotEmpty(posts);
        var comment = posts.First(p => p.TryGetProperty("comments", out _)).GetProperty("comments").GetProperty("data")[0];
        Assert.Contains("?comment_id=", comment.GetProperty("permalink_url").GetString());
        Assert.False(string.IsNullOrEmpty(comment.GetProperty("from").GetProperty("locale").GetString()));
    }

    [Fact]
    public async Task A_bot_author_has_a_name_and_no_member_fields()
    {
        var botPost = (await Api.Get($"{GroupIdOf("All Company")}/feed?fields=from{{name,email,first_name}}&limit=100")).Data
            .Single(p => p.GetProperty("from").GetProperty("id").GetString() == EmulatorDefaults.AdminBotPageId);
        var from = botPost.GetProperty("from");
        Assert.Equal(EmulatorDefaults.AdminIntegrationName, from.GetProperty("name").GetString());
        Assert.False(from.TryGetProperty("email", out _));
        Assert.False(from.TryGetProperty("first_name", out _));
    }

    [Fact]
    public async Task Author_email_needs_read_user_email_and_unknown_author_fields_are_refused()
    {
        var postId = SeedPostId("All Company", "Welcome to Contoso");
        var error = Expect.GraphError(await Api.Get($"{postId}?fields=from{{email}}", Api.ReadOnly), 403, 200);
        Assert.Contains("read_user_email", error.GetProperty("message").GetString());
        Expect.Ok(await Api.Get($"{postId}?fields=from{{first_name,department}}", Api.ReadOnly));
        Expect.GraphError(await Api.Get($"{postId}?fields=from{{shoe_size}}"), 400, 100);
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class AuthorExpansionInMemory(InMemoryFixture fixture) : AuthorExpansionConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class AuthorExpansionOverKestrel(KestrelFixture fixture) : AuthorExpansionConformance(fixture);
