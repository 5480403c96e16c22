using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Graph.Paging;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>The comment node (workplace-api.md §3.6); replies are comments on comments.</summary>
internal static class CommentSchema
{
    public static readonly NodeSchema<Comment> Comment = Build();

    private static NodeSchema<Comment> Build()
    {
        var schema = new NodeSchema<Comment>("Comment", c => c.Id, "created_time", "from", "message")
            .Field("message", Writes.Text<Comment>(c => c.Message))
            .Field("created_time", Writes.Time<Comment>(c => c.CreatedTime))
            .Field("message_tags", (w, c, f, _) => MessageTagWriter.Write(w, f.OutputName, c.MessageTags))
            .Field("comment_count", Writes.Number<Comment>(c => c.Replies.Count))
            .Field("like_count", Writes.Number<Comment>(_ => 0))
            .Field("can_remove", Writes.Bool<Comment>(_ => true))
            .Field("can_comment", Writes.Bool<Comment>(c => c.Parent is null))
            .Field("from", (w, c, f, call) =>
            {
                w.WritePropertyName(f.OutputName);
                AuthorSchema.Profile.Write(w, c.From, f.Children, call);
            }, nested: AuthorSchema.Profile)
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
        schema.Field("comments", (w, c, f, call) =>
            PagedList.WriteEdgeField(w, f, call, c.Replies, descending: false,
                (writer, reply) => schema.Write(writer, reply, f.Children, call), summaryOrder: "chronological"),
            nested: schema);
        return schema;
    }
}
