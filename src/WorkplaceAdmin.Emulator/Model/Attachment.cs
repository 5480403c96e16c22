namespace WorkplaceAdmin.Emulator.Model;

/// <summary>
/// What a post, comment or chat message carries besides text: a photo, a file, a video, a shared link, or an
/// album of photos (<see cref="Subattachments"/>). Media bytes live in <see cref="Media"/>.
/// </summary>
internal sealed class Attachment
{
    public const string Photo = "photo";
    public const string File = "file_upload";
    public const string Video = "video_inline";
    public const string Share = "share";
    public const string Album = "album";

    public required string Type { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }

    /// <summary>The link's address for shares; null for media (their URL is the CDN's).</summary>
    public string? LinkUrl { get; init; }
    public MediaFile? Media { get; init; }
    public IReadOnlyList<Attachment> Subattachments { get; init; } = [];
}
