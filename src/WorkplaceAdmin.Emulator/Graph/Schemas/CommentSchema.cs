using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>The comment node (workplace-api.md §3.6); replies are comments on comments.</summary>
internal static class CommentSchema
{
    public static readonly NodeSchema<Comment> Comment = new("Comment", c => c.Id, "created_time", "from", "message");

    public static readonly Edge<Comment, Comment> Replies = new("comments", Comment, (c, _, _) => c.Replies)
    {
        Time = c => c.CreatedTime,
        SummaryOrder = "chronological",
    };

    public static readonly Edge<Comment, Reaction> Reactions = EngagementSchema.Reactions<Comment>(c => c.Reactions);
    public static readonly Edge<Comment, Reaction> Likes = EngagementSchema.Likes<Comment>(c => c.Reactions);

    static CommentSchema()
    {
        Comment
            .Field("message", Writes.Text<Comment>(c => c.Message))
            .Field("created_time", Writes.Time<Comment>(c => c.CreatedTime))
            .Field("message_tags", (w, c, f, _) => MessageTagWriter.Write(w, f.OutputName, c.MessageTags))
            .Field("comment_count", Writes.Number<Comment>(c => c.Replies.Count))
            .Field("like_count", Writes.Number<Comment>(c => c.Reactions.Count(r => r.Type == ReactionTypes.Like)))
            .Field("permalink_url", (w, c, f, call) => w.WriteString(f.OutputName, CommunityLinks.Comment(call.Community, c)))
            .Field("can_remove", Writes.Bool<Comment>(_ => true))
            .Field("can_comment", Writes.Bool<Comment>(c => c.Parent is null))
            .Field("from", (w, c, f, call) => AuthorSchema.Write(w, c.From, f, call), nested: AuthorSchema.Profile)
            .Field("attachment", (w, c, f, call) =>
            {
                if (c.Attachment is not null)
                {
                    w.WritePropertyName(f.OutputName);
                    AttachmentSchema.Attachment.Write(w, c.Attachment, f.Children, call);
                }
            }, nested: AttachmentSchema.Attachment)
            .Field("parent", (w, c, f, _) =>
            {
                if (c.Parent is not null)
                {
                    w.WriteStartObject(f.OutputName);
                    w.WriteString("id", c.Parent.Id);
                    w.WriteEndObject();
                }
            })
            .Field("object", (w, c, f, _) =>
            {
                w.WriteStartObject(f.OutputName);
                w.WriteString("id", c.Post.Id);
                w.WriteEndObject();
            });
        Replies.AddTo(Comment);
        Reactions.AddTo(Comment);
        Likes.AddTo(Comment);
    }
}
