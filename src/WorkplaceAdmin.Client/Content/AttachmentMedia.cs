using System.Text.Json;
using WorkplaceAdmin.Client.Json;

namespace WorkplaceAdmin.Client.Content;

/// <summary>
/// One media file of a post or comment attachment, as a backup saves it: its id (the attachment's <c>target.id</c>),
/// the link that serves its bytes, and the family of content type it must have.
/// </summary>
internal sealed record AttachmentMedia(string Id, Uri Url, string Kind, string? ExpectedType)
{
    /// <summary>
    /// The media files of an <c>attachments</c> edge (<c>{data:[…]}</c>) or of a single <c>attachment</c>: a photo's image,
    /// each photo of an album, a video's source and a file; links (type share) have no bytes of their own. Each id once.
    /// </summary>
    public static IEnumerable<AttachmentMedia> Of(JsonElement? attachments)
    {
        if (attachments is not { ValueKind: JsonValueKind.Object } value)
            return [];
        var items = value.Property("data") is { ValueKind: JsonValueKind.Array } data ? data.EnumerateArray().ToArray() : [value];
        return items.SelectMany(FilesOf).DistinctBy(media => media.Id);
    }

    private static IEnumerable<AttachmentMedia> FilesOf(JsonElement attachment)
    {
        if (attachment.Property("subattachments")?.Property("data") is { ValueKind: JsonValueKind.Array } subs)
        {
            foreach (var sub in subs.EnumerateArray())
                foreach (var media in FilesOf(sub))
                    yield return media;
        }
        var id = attachment.Property("target")?.String("id");
        if (string.IsNullOrEmpty(id))
            yield break;
        var mediaNode = attachment.Property("media");
        var found = attachment.String("type") switch
        {
            "photo" => Make(id, mediaNode?.Property("image")?.String("src"), "photo", "image/"),
            "video_inline" or "video_autoplay" or "video" => Make(id, mediaNode?.String("source"), "video", "video/"),
            "file_upload" or "file" => Make(id, attachment.String("url") ?? attachment.Property("target")?.String("url"), "file", null),
            _ => null,
        };
        if (found is not null)
            yield return found;
    }

    private static AttachmentMedia? Make(string id, string? url, string kind, string? expectedType) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? new AttachmentMedia(id, uri, kind, expectedType) : null;

    /// <summary>"&lt;id&gt;&lt;.ext&gt;": the id names the file; the extension comes from the link's file name, when it has a plausible one.</summary>
    public string FileName
    {
        get
        {
            var extension = Path.GetExtension(Url.AbsolutePath);
            var safe = extension.Length is > 1 and <= 6 && extension.Skip(1).All(char.IsAsciiLetterOrDigit);
            return WorkplacePath.Escape(Id) + (safe ? extension.ToLowerInvariant() : "");
        }
    }
}
