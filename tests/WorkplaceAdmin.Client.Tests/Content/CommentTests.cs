using WorkplaceAdmin.Client.Tests.Integration;
using WorkplaceAdmin.Client.Tests.Support;

namespace WorkplaceAdmin.Client.Tests.Content;

/// <summary>Comments and replies against the emulator.</summary>
public class CommentTests
{
    [Fact]
    public async Task Lists_comments_each_followed_by_its_replies()
    {
        using var bed = new EmulatorBed();
        var groupId = await bed.NewGroupAsync();
        var post = await bed.Client.CreatePostAsync(groupId, new WorkplacePostDraft { Message = "Lunch options?" });

        var first = await bed.Client.CreateCommentAsync(post.Id, "Tacos");
        var second = await bed.Client.CreateCommentAsync(post.Id, "Ramen");
        var reply = await bed.Client.CreateCommentAsync(first.Id, "Agreed", mentions: [EmulatorBed.Ben]);

        var all = await EmulatorClients.ToList(bed.Client.GetCommentsAsync(post.Id, pageSize: 1));
        var topLevel = await EmulatorClients.ToList(bed.Client.GetCommentsAsync(post.Id, includeReplies: false));

        Assert.Equal(new[] { first.Id, reply.Id, second.Id }, all.Select(c => c.Id));
        Assert.Equal(new string?[] { null, first.Id, null }, all.Select(c => c.ParentId));
        Assert.All(all, c => Assert.Equal(post.Id, c.PostId));
        Assert.Equal(new[] { first.Id, second.Id }, topLevel.Select(c => c.Id));
        Assert.Equal(first.Id, reply.ParentId);
        Assert.Equal(new[] { bed.IdOf(EmulatorBed.Ben) }, reply.MentionIds);
        Assert.Equal(1, all[0].ReplyCount);
    }

    [Fact]
    public async Task Deletes_a_comment_with_its_replies()
    {
        using var bed = new EmulatorBed();
        var post = await bed.Client.CreatePostAsync(await bed.NewGroupAsync(), new WorkplacePostDraft { Message = "x" });
        var comment = await bed.Client.CreateCommentAsync(post.Id, "to remove");
        await bed.Client.CreateCommentAsync(comment.Id, "reply");

        await bed.Client.DeleteCommentAsync(comment.Id);

        Assert.Empty(await EmulatorClients.ToList(bed.Client.GetCommentsAsync(post.Id)));
    }

    [Fact]
    public async Task An_empty_or_too_long_comment_and_a_malformed_id_send_nothing()
    {
        using var bed = new EmulatorBed();
        var postId = bed.Emulator.State.Posts(bed.GroupNamed("All Company").Id)[0].Id;
        bed.ForgetRequests();

        var empty = await Assert.ThrowsAsync<ArgumentException>(() => bed.Client.CreateCommentAsync(postId, " "));
        var tooLong = await Assert.ThrowsAsync<ArgumentException>(() => bed.Client.CreateCommentAsync(postId, new string('x', MessageRules.MaxCommentLength + 1)));
        var badId = await Assert.ThrowsAsync<ArgumentException>(() => bed.Client.DeleteCommentAsync("comment-12"));

        Assert.Contains("empty", empty.Message);
        Assert.Contains("8,000", tooLong.Message);
        Assert.Contains("'comment-12'", badId.Message);
        Assert.Equal(0, bed.HttpRequests);
    }

    [Fact]
    public async Task The_emulator_refuses_a_comment_in_an_archived_group()
    {
        using var bed = new EmulatorBed();
        var postId = bed.Emulator.State.Posts(bed.GroupNamed("Office Move 2020").Id)[0].Id;

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => bed.Client.CreateCommentAsync(postId, "late"));

        Assert.Contains("archived", error.Message);
    }
}
