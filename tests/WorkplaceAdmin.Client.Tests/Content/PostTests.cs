using WorkplaceAdmin.Client.Tests.Integration;
using WorkplaceAdmin.Client.Tests.Support;

namespace WorkplaceAdmin.Client.Tests.Content;

/// <summary>Publishing, listing, reading and deleting posts against the emulator.</summary>
public class PostTests
{
    [Fact]
    public async Task Publishes_markdown_with_a_link_and_mentions_by_email_and_id()
    {
        using var bed = new EmulatorBed();
        var groupId = await bed.NewGroupAsync();

        var post = await bed.Client.CreatePostAsync(groupId, new WorkplacePostDraft
        {
            Message = $"**Welcome** @[{EmulatorBed.Chloe}]!",
            Markdown = true,
            LinkUrl = "https://contoso.example/onboarding",
            Mentions = [EmulatorBed.Ben, bed.IdOf(EmulatorBed.Ava), EmulatorBed.Chloe],
        });

        var stored = bed.Emulator.State.FindPost(post.Id)!;
        Assert.Equal(new[] { bed.IdOf(EmulatorBed.Chloe), bed.IdOf(EmulatorBed.Ben), bed.IdOf(EmulatorBed.Ava) }, stored.MentionedIds);
        Assert.Equal(stored.MentionedIds, post.MentionIds);
        Assert.Equal(("MARKDOWN", "https://contoso.example/onboarding", groupId), (post.Formatting, post.LinkUrl, post.GroupId));
        Assert.StartsWith(groupId + "_", post.Id);
        Assert.DoesNotContain("@[", post.Message);
        Assert.NotNull(post.CreatedTime);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task An_empty_message_without_a_link_sends_nothing(string? message)
    {
        using var bed = new EmulatorBed();
        var groupId = bed.GroupNamed("Engineering").Id;
        bed.ForgetRequests();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => bed.Client.CreatePostAsync(groupId, new WorkplacePostDraft { Message = message }));

        Assert.Contains("empty", error.Message);
        Assert.Equal(0, bed.HttpRequests);
    }

    [Fact]
    public async Task A_message_over_the_limit_sends_nothing_and_says_how_long_it_is()
    {
        using var bed = new EmulatorBed();
        var groupId = bed.GroupNamed("Engineering").Id;
        bed.ForgetRequests();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            bed.Client.CreatePostAsync(groupId, new WorkplacePostDraft { Message = "Release notes " + new string('x', MessageRules.MaxPostLength) }));

        Assert.Contains("63,220", error.Message);
        Assert.Contains("'Release notes xxx", error.Message);
        Assert.Equal(0, bed.HttpRequests);
    }

    [Fact]
    public async Task An_unknown_mention_posts_nothing_and_names_the_email()
    {
        using var bed = new EmulatorBed();
        var groupId = await bed.NewGroupAsync();

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => bed.Client.CreatePostAsync(groupId,
            new WorkplacePostDraft { Message = "hello", Mentions = ["ghost@contoso.example"] }));
        var malformed = await Assert.ThrowsAsync<ArgumentException>(() => bed.Client.CreatePostAsync(groupId,
            new WorkplacePostDraft { Message = "hello", Mentions = ["Ghost Person"] }));

        Assert.Contains("ghost@contoso.example", error.Message);
        Assert.Contains("'Ghost Person'", malformed.Message);
        Assert.Empty(bed.Emulator.State.Posts(groupId));
    }

    [Fact]
    public async Task Lists_newest_first_between_since_and_until_and_reads_by_id_and_permalink()
    {
        var clock = new SteppingClock(new DateTimeOffset(2025, 5, 1, 8, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(1));
        using var bed = new EmulatorBed(new Emulator.EmulatorOptions { TimeProvider = clock });
        var groupId = await bed.NewGroupAsync();
        var posts = new List<Models.WorkplacePost>();
        for (var i = 0; i < 5; i++)
            posts.Add(await bed.Client.CreatePostAsync(groupId, new WorkplacePostDraft { Message = $"post {i}" }));

        var all = await EmulatorClients.ToList(bed.Client.GetPostsAsync(groupId, pageSize: 2));
        var middle = await EmulatorClients.ToList(bed.Client.GetPostsAsync(groupId, since: posts[1].CreatedTime, until: posts[3].CreatedTime));
        var byPermalink = await bed.Client.GetPostAsync($"https://contoso.workplace.com/groups/{groupId}/permalink/{posts[2].Id.Split('_')[1]}/");

        Assert.Equal(posts.Select(p => p.Id).Reverse(), all.Select(p => p.Id));
        Assert.Equal(new[] { "post 3", "post 2", "post 1" }, middle.Select(p => p.Message));
        Assert.Equal(posts[2].Id, byPermalink.Id);
        Assert.All(all, p => Assert.Equal(0, p.CommentCount));
        await Assert.ThrowsAsync<ArgumentException>(() => EmulatorClients.ToList(bed.Client.GetPostsAsync(groupId, since: posts[3].CreatedTime, until: posts[1].CreatedTime)));
    }

    [Fact]
    public async Task Deletes_a_post_and_refuses_a_group_url_as_a_post_id()
    {
        using var bed = new EmulatorBed();
        var groupId = await bed.NewGroupAsync();
        var post = await bed.Client.CreatePostAsync(groupId, new WorkplacePostDraft { Message = "short-lived" });

        await bed.Client.DeletePostAsync(post.Id);
        var groupUrl = await Assert.ThrowsAsync<ArgumentException>(() => bed.Client.DeletePostAsync($"https://contoso.workplace.com/groups/{groupId}/"));
        var gone = await Assert.ThrowsAsync<WorkplaceApiException>(() => bed.Client.GetPostAsync(post.Id));

        Assert.Empty(bed.Emulator.State.Posts(groupId));
        Assert.Contains("URL of a group, not of a post", groupUrl.Message);
        Assert.Equal(WorkplaceErrorKind.NotFound, gone.Kind);
    }

    [Fact]
    public async Task The_emulator_refuses_a_post_in_an_archived_group()
    {
        using var bed = new EmulatorBed();

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() =>
            bed.Client.CreatePostAsync(bed.GroupNamed("Office Move 2020").Id, new WorkplacePostDraft { Message = "anyone?" }));

        Assert.Contains("archived", error.Message);
    }
}
