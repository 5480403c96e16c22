namespace WorkplaceAdmin.Emulator.Model;

/// <summary>
/// Bytes the emulator serves at a signed CDN URL: an attached photo or file, a chat attachment, or a data export.
/// Photos have pixel dimensions; other files have zero width and height.
/// </summary>
internal sealed class MediaFile : IKeyed
{
    public MediaFile(long key, string fileName, string contentType, byte[] bytes, int width = 0, int height = 0)
    {
        Key = key;
        Id = key.ToString(System.Globalization.CultureInfo.InvariantCulture);
        FileName = fileName;
        ContentType = contentType;
        Bytes = bytes;
        Width = width;
        Height = height;
    }

    public long Key { get; }
    public string Id { get; }
    public string FileName { get; }
    public string ContentType { get; }
    public byte[] Bytes { get; }
    public int Width { get; }
    public int Height { get; }
    /// <summary>A video's poster frame: Graph gives videos an <c>image</c> as well as a <c>source</c>.</summary>
    public MediaFile? Poster { get; init; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
    public bool IsVideo => ContentType.StartsWith("video/", StringComparison.Ordinal);
}
