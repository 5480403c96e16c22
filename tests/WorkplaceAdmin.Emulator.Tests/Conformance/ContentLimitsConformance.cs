using WorkplaceAdmin.Emulator.Tests.Infrastructure;
using Xunit;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>Message length limits of posts and comments, and archived groups refusing comments and edits.</summary>
public abstract class ContentLimitsConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    [Fact]
    public async Task A_post_at_the_limit_is_accepted_and_one_character_more_is_refused()
    {
        var group = await CreateGroupAsync();
        Expect.Ok(await Api.PostForm($"{group}/feed", ("message", new string('a', 63_206))));

        var error = Expect.GraphError(await Api.PostForm($"{group}/feed", ("message", new string('a', 63_207))), 400, 100);

        Assert.Contains("too long", error.GetProperty("message").GetString());
        Assert.Single((await Api.Get($"{group}/feed")).Data);
    }

    [Fact]
    public async Task A_comment_over_8000_characters_is_refused_and_an_edit_too()
    {
        var group = await CreateGroupAsync();
        var postId = (await Api.PostForm($"{group}/feed", ("message", "discuss"))).Json.GetProperty("id").GetString()!;
        var commentId = (await Api.PostForm($"{postId}/comments", ("message", new string('c', 8_000)))).Json.GetProperty("id").GetString()!;

        Expect.GraphError(await Api.PostForm($"{postId}/comments", ("message", new string('c', 8_001))), 400, 100);
        Expect.GraphError(await Api.PostForm(commentId, ("message", new string('c', 8_001))), 400, 100);
        Expect.GraphError(await Api.PostForm(postId, ("message", new string('p', 63_207))), 400, 100);

        Assert.Single((await Api.Get($"{postId}/comments")).Data);
    }

    [Fact]
    public async Task An_archived_group_refuses_comments_and_post_edits_until_unarchived()
    {
        var group = await CreateGroupAsync();
        var postId = (await Api.PostForm($"{group}/feed", ("message", "before archiving"))).Json.GetProperty("id").GetString()!;
        Expect.Success(await Api.PostForm(group, ("archive", "true")));

        var comment = Expect.GraphError(await Api.PostForm($"{postId}/comments", ("message", "too late")), 400, 100);
        Expect.GraphError(await Api.PostForm(postId, ("message", "edited")), 400, 100);
        Assert.Contains("archived", comment.GetProperty("message").GetString());

        Expect.Success(await Api.PostForm(group, ("archive", "false")));
        Expect.Ok(await Api.PostForm($"{postId}/comments", ("message", "back again")));
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class ContentLimitsInMemory(InMemoryFixture fixture) : ContentLimitsConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class ContentLimitsOverKestrel(KestrelFixture fixture) : ContentLimitsConformance(fixture);
