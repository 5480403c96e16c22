using System.Text.Json;
using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>
/// Story attachments of posts and comments (workplace-api.md §3.6): photos and albums with
/// <c>media{image{src,width,height}}</c>, videos with <c>media{source}</c>, files and links with a <c>url</c>.
/// Attachments are values, not nodes, so they carry no id unless <c>id</c> is asked for (Meta's Postman collection
/// lists it): then the media's id, as in <c>target.id</c>.
/// </summary>
internal static class AttachmentSchema
{
    private static readonly OpenSchema Value = new("StoryAttachmentValue");

    public static readonly NodeSchema<Attachment> Attachment = Build();

    private static NodeSchema<Attachment> Build()
    {
        var schema = new NodeSchema<Attachment>("StoryAttachment", null, "description", "media", "target", "title", "type", "url", "subattachments")
            .Field("id", Writes.Text<Attachment>(a => a.Media?.Id))
            .Field("type", Writes.Text<Attachment>(a => a.Type))
            .Field("media_type", Writes.Text<Attachment>(a => a.Type switch
            {
                Model.Attachment.Photo or Model.Attachment.Album => "photo",
                Model.Attachment.Video => "video",
                Model.Attachment.File => "file",
                _ => "link",
            }))
            .Field("title", Writes.Text<Attachment>(a => a.Title))
            .Field("description", Writes.Text<Attachment>(a => a.Description))
            .Field("url", (w, a, f, c) => WriteText(w, f, Url(a, c)))
            .Field("unshimmed_url", (w, a, f, c) => WriteText(w, f, Url(a, c)))
            .Field("target", (w, a, f, c) =>
            {
                if (a.Media is null && a.LinkUrl is null)
                {
                    return;
                }
                w.WriteStartObject(f.OutputName);
                if (a.Media is not null)
                {
                    w.WriteString("id", a.Media.Id);
                }
                w.WriteString("url", a.LinkUrl ?? (a.Media!.IsImage ? CdnLinks.PhotoPage(c.Community, a.Media) : CdnLinks.For(c, a.Media)));
                w.WriteEndObject();
            }, nested: Value)
            .Field("media", (w, a, f, c) =>
            {
                if (a.Media is { } media && (media.IsImage || media.IsVideo))
                {
                    w.WritePropertyName(f.OutputName);
                    WriteMedia(w, media, c);
                }
            }, nested: Value);
        schema.Field("subattachments", (w, a, f, c) =>
        {
            if (a.Subattachments.Count == 0)
            {
                return;
            }
            w.WriteStartObject(f.OutputName);
            w.WriteStartArray("data");
            foreach (var sub in a.Subattachments)
            {
                schema.Write(w, sub, f.Children, c);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }, nested: schema);
        return schema;
    }

    /// <summary>Writes <c>{"data":[…]}</c> of attachments under the field's name (nothing when there are none).</summary>
    public static void WriteList(Utf8JsonWriter w, string propertyName, IReadOnlyList<Attachment> attachments, IReadOnlyList<FieldSpec>? fields, GraphCall call)
    {
        if (attachments.Count == 0)
        {
            return;
        }
        w.WriteStartObject(propertyName);
        WriteData(w, attachments, fields, call);
        w.WriteEndObject();
    }

    public static void WriteData(Utf8JsonWriter w, IReadOnlyList<Attachment> attachments, IReadOnlyList<FieldSpec>? fields, GraphCall call)
    {
        w.WriteStartArray("data");
        foreach (var attachment in attachments)
        {
            Attachment.Write(w, attachment, fields, call);
        }
        w.WriteEndArray();
    }

    /// <summary>The media's <c>image</c> (a photo, or a video's poster frame) and, for videos, its <c>source</c>.</summary>
    public static void WriteMedia(Utf8JsonWriter w, MediaFile media, GraphCall call)
    {
        w.WriteStartObject();
        if ((media.IsImage ? media : media.Poster) is { } image)
        {
            w.WriteStartObject("image");
            w.WriteNumber("height", image.Height);
            w.WriteString("src", CdnLinks.For(call, image));
            w.WriteNumber("width", image.Width);
            w.WriteEndObject();
        }
        if (media.IsVideo)
        {
            w.WriteString("source", CdnLinks.For(call, media));
        }
        w.WriteEndObject();
    }

    private static string? Url(Attachment a, GraphCall call) =>
        a.LinkUrl ?? (a.Media is null ? null : a.Media.IsImage ? CdnLinks.PhotoPage(call.Community, a.Media) : CdnLinks.For(call, a.Media));

    private static void WriteText(Utf8JsonWriter w, FieldSpec f, string? value)
    {
        if (value is not null)
        {
            w.WriteString(f.OutputName, value);
        }
    }
}
