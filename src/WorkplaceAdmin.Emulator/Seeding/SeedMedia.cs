using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Seeding;

/// <summary>Turns seeded attachments into attachments with generated, deterministic media bytes.</summary>
internal static class SeedMedia
{
    public static Attachment Build(Community community, SeedAttachment seed)
    {
        var type = seed.Type.ToLowerInvariant();
        switch (type)
        {
            case "photo":
                var photo = Photo(community, seed);
                return new Attachment { Type = Attachment.Photo, Title = seed.Title, Description = seed.Description, Media = photo };
            case "album":
                var photos = seed.Photos.Select(p => Build(community, p)).ToList();
                return new Attachment
                {
                    Type = Attachment.Album,
                    Title = seed.Title,
                    Description = seed.Description,
                    Media = photos.FirstOrDefault()?.Media,
                    Subattachments = photos,
                };
            case "file":
            case "video":
                var fileName = seed.FileName ?? throw new InvalidDataException($"Seed {type} attachment needs a fileName.");
                var contentType = seed.ContentType ?? ContentTypeOf(fileName);
                var poster = type == "video"
                    ? community.AddMedia(Path.GetFileNameWithoutExtension(fileName) + "-poster.png", "image/png", MediaBytes.Png(seed.Width, seed.Height, fileName.Length), seed.Width, seed.Height)
                    : null;
                var media = community.AddMedia(fileName, contentType, MediaBytes.Document(fileName, contentType, seed.Size), poster: poster);
                return new Attachment
                {
                    Type = type == "video" ? Attachment.Video : Attachment.File,
                    Title = seed.Title ?? fileName,
                    Description = seed.Description,
                    Media = media,
                };
            case "link":
                return new Attachment
                {
                    Type = Attachment.Share,
                    Title = seed.Title,
                    Description = seed.Description,
                    LinkUrl = seed.Url ?? throw new InvalidDataException("Seed link attachment needs a url."),
                };
            default:
                throw new InvalidDataException($"Seed attachment type '{seed.Type}' is not one of photo, album, file, video, link.");
        }
    }

    private static MediaFile Photo(Community community, SeedAttachment seed)
    {
        if (seed.Width is < 1 or > 4096 || seed.Height is < 1 or > 4096)
        {
            throw new InvalidDataException("Seed photo sizes must be between 1 and 4096 pixels.");
        }
        var fileName = seed.FileName ?? "photo.png";
        var seedNumber = fileName.Aggregate(17, (hash, c) => hash * 31 + c);
        return community.AddMedia(fileName, "image/png", MediaBytes.Png(seed.Width, seed.Height, Math.Abs(seedNumber)), seed.Width, seed.Height);
    }

    private static string ContentTypeOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ".mp4" => "video/mp4",
        ".csv" => "text/csv",
        _ => "text/plain",
    };
}
