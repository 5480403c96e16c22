using WorkplaceAdmin.Emulator.Graph.Schemas;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary><c>/{group-id}/feed</c> and the post node <c>/{group-id}_{post-id}</c> (workplace-api.md §3.5).</summary>
internal static class FeedRoutes
{
    private static readonly string[] Formattings = ["PLAINTEXT", "MARKDOWN"];

    public static GraphResult HandleFeed(GraphCall call, Group group, string? sub)
    {
        GraphRouter.NoSubPath(sub);
        return call.Method switch
        {
            "GET" => ListFeed(call, group),
            "POST" => Publish(call, group),
            _ => throw GraphErrors.UnknownPath("/feed"),
        };
    }

    public static GraphResult HandlePost(GraphCall call, Post post, string? edge, string? sub)
    {
        GraphRouter.NoSubPath(sub);
        if (edge is not null && call.Method == "GET")
        {
            call.Require(Access.ReadContent);
        }
        return (edge, call.Method) switch
        {
            (null, "GET") => Read(call, post),
            (null, "POST") => Edit(call, post),
            (null, "DELETE") => Delete(call, post),
            ("reactions", "GET") => PostSchema.Reactions.Answer(call, post),
            ("likes", "GET") => PostSchema.Likes.Answer(call, post),
            ("seen", "GET") => EngagementSchema.Seen.Answer(call, post),
            ("sharedposts", "GET") => PostSchema.SharedPosts.Answer(call, post),
            ("attachments", "GET") => ListAttachments(call, post),
            _ => throw GraphRouter.UnknownEdge(call, edge ?? "", "Post"),
        };
    }

    /// <summary>Newest first; <c>since</c>/<c>until</c> bound <c>created_time</c>.</summary>
    private static GraphResult ListFeed(GraphCall call, Group group)
    {
        call.Require(Access.ReadContent);
        return GroupSchema.Feed.Answer(call, group);
    }

    /// <summary><c>GET /{post}/attachments</c>: <c>{"data":[…]}</c>, a short list Graph does not page.</summary>
    private static GraphResult ListAttachments(GraphCall call, Post post)
    {
        AttachmentSchema.Attachment.ValidateRequested(call);
        return GraphResult.Json((call, post), static (w, s) =>
        {
            w.WriteStartObject();
            AttachmentSchema.WriteData(w, s.post.Attachments, s.call.Fields, s.call);
            w.WriteEndObject();
        });
    }

    private static GraphResult Publish(GraphCall call, Group group)
    {
        call.Require(Access.WriteContent);
        var message = call.Param("message");
        var link = call.Param("link");
        if (message is null && link is null)
        {
            throw GraphErrors.InvalidParameter("A post needs a message or a link");
        }
        if (link is not null && !Uri.TryCreate(link, UriKind.Absolute, out _))
        {
            throw GraphErrors.InvalidParameter("Param link must be an absolute URL");
        }
        var formatting = call.EnumParam("formatting", Formattings) ?? "PLAINTEXT";
        ContentLimits.CheckLength(message, ContentLimits.MaxPostLength, "post");
        ContentLimits.CheckNotArchived(group);
        var (text, tags) = message is null ? (null, []) : Mentions.Render(call.Community, message);
        var post = new Post(call.Community.Ids.Next(), group)
        {
            From = call.Bot,
            Message = text,
            Link = link,
            Formatting = formatting,
            MessageTags = tags,
            CreatedTime = call.Now,
            UpdatedTime = call.Now,
        };
        call.Community.AddPost(post);
        group.UpdatedTime = call.Now;
        return GraphResult.Id(post.Id);
    }

    private static GraphResult Read(GraphCall call, Post post)
    {
        call.Require(Access.ReadContent);
        PostSchema.Post.ValidateRequested(call);
        return GraphResult.Json((call, post), static (w, s) => PostSchema.Post.Write(w, s.post, s.call.Fields, s.call));
    }

    private static GraphResult Edit(GraphCall call, Post post)
    {
        call.Require(Access.WriteContent);
        var message = call.RequiredParam("message");
        ContentLimits.CheckLength(message, ContentLimits.MaxPostLength, "post");
        ContentLimits.CheckNotArchived(post.Group);
        var (text, tags) = Mentions.Render(call.Community, message);
        post.Message = text;
        post.MessageTags = tags;
        post.Formatting = call.EnumParam("formatting", Formattings) ?? post.Formatting;
        post.UpdatedTime = call.Now;
        return GraphResult.Success();
    }

    private static GraphResult Delete(GraphCall call, Post post)
    {
        call.Require(Access.WriteContent);
        call.Community.RemovePost(post);
        return GraphResult.Success();
    }
}
