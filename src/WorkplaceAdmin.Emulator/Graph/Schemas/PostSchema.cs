using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>
/// The post node (workplace-api.md §3.5) and its edges, each usable as a path or as a field with modifiers:
/// comments, reactions, likes, seen, sharedposts, attachments.
/// </summary>
internal static class PostSchema
{
    public static readonly NodeSchema<Post> Post = new("Post", p => p.Id, "message", "created_time");

    public static readonly Edge<Post, Comment> Comments = new("comments", CommentSchema.Comment, (p, _, _) => p.Comments)
    {
        Time = c => c.CreatedTime,
        SummaryOrder = "chronological",
    };

    public static readonly Edge<Post, Reaction> Reactions = EngagementSchema.Reactions<Post>(p => p.Reactions);
    public static readonly Edge<Post, Reaction> Likes = EngagementSchema.Likes<Post>(p => p.Reactions);
    public static readonly Edge<Post, Post> SharedPosts = new("sharedposts", Post, (p, _, _) => p.SharedBy) { Time = p => p.CreatedTime };

    static PostSchema()
    {
        Post
            .Field("message", Writes.Text<Post>(p => p.Message))
            .Field("created_time", Writes.Time<Post>(p => p.CreatedTime))
            .Field("updated_time", Writes.Time<Post>(p => p.UpdatedTime))
            .Field("formatting", Writes.Text<Post>(p => p.Formatting))
            .Field("type", Writes.Text<Post>(p => p.Type))
            .Field("status_type", Writes.Text<Post>(StatusType))
            .Field("story", Writes.Text<Post>(p => p.Story))
            .Field("is_hidden", Writes.Bool<Post>(_ => false))
            .Field("object_id", Writes.Text<Post>(p => FirstMedia(p)?.Id ?? p.BareId))
            .Field("link", (w, p, f, c) => WriteText(w, f, Link(p, c)))
            .Field("name", Writes.Text<Post>(p => p.Attachments.FirstOrDefault()?.Title))
            .Field("picture", (w, p, f, c) => WriteText(w, f, FirstMedia(p) is { } media && (media.IsImage ? media : media.Poster) is { } image
                ? CdnLinks.For(c, image) : null))
            .Field("source", (w, p, f, c) => WriteText(w, f, FirstMedia(p) is { IsVideo: true } video ? CdnLinks.For(c, video) : null))
            .Field("icon", Writes.Text<Post>(p => $"https://static.workplace.invalid/icons/{p.Type}.png"))
            .Field("properties", (w, p, f, _) =>
            {
                // Graph lists properties (a video's length) only when there are some.
                if (FirstMedia(p) is { IsVideo: true } video)
                {
                    w.WriteStartArray(f.OutputName);
                    w.WriteStartObject();
                    w.WriteString("name", "Length");
                    w.WriteString("text", "0:" + (video.Bytes.Length % 50 + 10).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    w.WriteEndObject();
                    w.WriteEndArray();
                }
            })
            .Field("permalink_url", (w, p, f, c) => w.WriteString(f.OutputName, CommunityLinks.Post(c.Community, p)))
            .Field("message_tags", (w, p, f, _) => MessageTagWriter.Write(w, f.OutputName, p.MessageTags))
            .Field("from", (w, p, f, c) => AuthorSchema.Write(w, p.From, f, c), nested: AuthorSchema.Profile)
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
            .Field("shares", (w, p, f, _) => EngagementSchema.WriteShares(w, p, f))
            .Field("attachments", (w, p, f, c) => AttachmentSchema.WriteList(w, f.OutputName, p.Attachments, f.Children, c),
                nested: AttachmentSchema.Attachment);
        Comments.AddTo(Post);
        Reactions.AddTo(Post);
        Likes.AddTo(Post);
        EngagementSchema.Seen.AddTo(Post);
        SharedPosts.AddTo(Post);
    }

    private static string StatusType(Post p) => p.SharedPost is not null ? "shared_story" : p.Type switch
    {
        "photo" => "added_photos",
        "video" => "added_video",
        "link" => "shared_story",
        _ => "mobile_status_update",
    };

    private static MediaFile? FirstMedia(Post p) => p.Attachments.FirstOrDefault() is { } first
        ? first.Media ?? first.Subattachments.FirstOrDefault()?.Media
        : null;

    private static string? Link(Post p, GraphCall call) =>
        p.Link ?? p.Attachments.FirstOrDefault()?.LinkUrl ?? (FirstMedia(p) is { IsImage: true } photo ? CdnLinks.PhotoPage(call.Community, photo) : null);

    private static void WriteText(System.Text.Json.Utf8JsonWriter w, FieldSpec f, string? value)
    {
        if (value is not null)
        {
            w.WriteString(f.OutputName, value);
        }
    }
}
