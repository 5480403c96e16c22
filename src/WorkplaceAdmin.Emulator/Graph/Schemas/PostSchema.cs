using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Graph.Paging;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>The post node (workplace-api.md §3.5), with <c>comments</c> usable as a field.</summary>
internal static class PostSchema
{
    public static readonly NodeSchema<Post> Post = new NodeSchema<Post>("Post", p => p.Id, "message", "created_time")
        .Field("message", Writes.Text<Post>(p => p.Message))
        .Field("created_time", Writes.Time<Post>(p => p.CreatedTime))
        .Field("updated_time", Writes.Time<Post>(p => p.UpdatedTime))
        .Field("formatting", Writes.Text<Post>(p => p.Formatting))
        .Field("link", Writes.Text<Post>(p => p.Link))
        .Field("type", Writes.Text<Post>(p => p.Type))
        .Field("status_type", Writes.Text<Post>(p => p.Link is null ? "mobile_status_update" : "shared_story"))
        .Field("is_hidden", Writes.Bool<Post>(_ => false))
        .Field("object_id", Writes.Text<Post>(p => p.BareId))
        .Field("permalink_url", (w, p, f, c) => w.WriteString(f.OutputName, CommunityLinks.Post(c.Community, p)))
        .Field("message_tags", (w, p, f, _) => MessageTagWriter.Write(w, f.OutputName, p.MessageTags))
        .Field("from", (w, p, f, c) =>
        {
            w.WritePropertyName(f.OutputName);
            AuthorSchema.Profile.Write(w, p.From, f.Children, c);
        }, nested: AuthorSchema.Profile)
        .Field("to", (w, p, f, _) =>
        {
            w.WriteStartObject(f.OutputName);
            w.WriteStartArray("data");
            w.WriteStartObject();
            w.WriteString("id", p.Group.Id);
            w.WriteString("name", p.Group.Name);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        })
        .Field("comments", (w, p, f, c) =>
            PagedList.WriteEdgeField(w, f, c, p.Comments, descending: false,
                (writer, comment) => CommentSchema.Comment.Write(writer, comment, f.Children, c), summaryOrder: "chronological"),
            nested: CommentSchema.Comment);
}
