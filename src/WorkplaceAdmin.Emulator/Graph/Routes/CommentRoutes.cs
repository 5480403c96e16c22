using WorkplaceAdmin.Emulator.Graph.Paging;
using WorkplaceAdmin.Emulator.Graph.Schemas;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary><c>/{post-or-comment}/comments</c> and the comment node (workplace-api.md §3.6).</summary>
internal static class CommentRoutes
{
    private static readonly string[] Orders = ["chronological", "reverse_chronological"];

    /// <param name="parent">The comment replied to; null when listing or adding comments of the post.</param>
    public static GraphResult HandleList(GraphCall call, Post post, Comment? parent, string? sub)
    {
        GraphRouter.NoSubPath(sub);
        return call.Method switch
        {
            "GET" => List(call, parent?.Replies ?? post.Comments, call.TimeParam("since"), call.TimeParam("until")),
            "POST" => Add(call, post, parent),
            _ => throw GraphErrors.UnknownPath("/comments"),
        };
    }

    public static GraphResult HandleComment(GraphCall call, Comment comment, string? edge, string? sub)
    {
        GraphRouter.NoSubPath(sub);
        if (edge is not null && call.Method == "GET")
        {
            call.Require(Access.ReadContent);
        }
        return (edge, call.Method) switch
        {
            (null, "GET") => Read(call, comment),
            ("reactions", "GET") => CommentSchema.Reactions.Answer(call, comment),
            ("likes", "GET") => CommentSchema.Likes.Answer(call, comment),
            (null, "POST") => Edit(call, comment),
            (null, "DELETE") => Delete(call, comment),
            _ => throw GraphRouter.UnknownEdge(call, edge ?? "", "Comment"),
        };
    }

    /// <summary>Comments in the asked order; <c>since</c>/<c>until</c> bound <c>created_time</c> (Meta's export scripts use since).</summary>
    private static GraphResult List(GraphCall call, KeyedList<Comment> all, DateTimeOffset? since, DateTimeOffset? until)
    {
        call.Require(Access.ReadContent);
        CommentSchema.Comment.ValidateRequested(call);
        IReadOnlyList<Comment> comments = since is null && until is null
            ? all
            : all.Where(c => (since is null || c.CreatedTime >= since) && (until is null || c.CreatedTime <= until)).ToList();
        var order = call.EnumParam("order", Orders) ?? "chronological";
        var fields = call.Fields;
        return PagedList.Answer(call, comments, descending: order != "chronological",
            (w, c) => CommentSchema.Comment.Write(w, c, fields, call), summaryOrder: order);
    }

    private static GraphResult Add(GraphCall call, Post post, Comment? parent)
    {
        call.Require(Access.WriteContent);
        var message = call.Param("message");
        var attachment = call.Param("attachment_url") ?? call.Param("attachment_id");
        if (message is null && attachment is null)
        {
            throw GraphErrors.InvalidParameter("A comment needs a message or an attachment");
        }
        ContentLimits.CheckLength(message, ContentLimits.MaxCommentLength, "comment");
        ContentLimits.CheckNotArchived(post.Group);
        // Replies nest one level, as in Workplace: a reply to a reply joins its top-level comment.
        var topLevel = parent?.Parent ?? parent;
        var (text, tags) = message is null ? (null, []) : Mentions.Render(call.Community, message);
        var comment = new Comment(call.Community.Ids.Next(), post, topLevel)
        {
            From = call.Bot,
            Message = text ?? attachment,
            MessageTags = tags,
            CreatedTime = call.Now,
        };
        call.Community.AddComment(comment);
        post.UpdatedTime = call.Now;
        return GraphResult.Id(comment.Id);
    }

    private static GraphResult Read(GraphCall call, Comment comment)
    {
        call.Require(Access.ReadContent);
        CommentSchema.Comment.ValidateRequested(call);
        return GraphResult.Json((call, comment), static (w, s) => CommentSchema.Comment.Write(w, s.comment, s.call.Fields, s.call));
    }

    private static GraphResult Edit(GraphCall call, Comment comment)
    {
        call.Require(Access.WriteContent);
        var message = call.RequiredParam("message");
        ContentLimits.CheckLength(message, ContentLimits.MaxCommentLength, "comment");
        ContentLimits.CheckNotArchived(comment.Post.Group);
        var (text, tags) = Mentions.Render(call.Community, message);
        comment.Message = text;
        comment.MessageTags = tags;
        return GraphResult.Success();
    }

    private static GraphResult Delete(GraphCall call, Comment comment)
    {
        call.Require(Access.WriteContent);
        call.Community.RemoveComment(comment);
        return GraphResult.Success();
    }
}
