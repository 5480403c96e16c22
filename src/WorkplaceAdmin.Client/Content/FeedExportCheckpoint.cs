using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkplaceAdmin.Client.Content;

/// <summary>
/// The state file next to an export (<c>&lt;output&gt;.checkpoint.json</c>): how many bytes of the output hold
/// complete posts, the counts so far, and where the feed stands (the creation second of the last post written
/// and the ids of the posts written at that second). Written to a temporary file, then moved over the old
/// one, so it is never half written.
/// </summary>
internal sealed class FeedExportCheckpoint
{
    public const int CurrentVersion = 1;

    [JsonPropertyName("version")] public int Version { get; set; } = CurrentVersion;
    [JsonPropertyName("group_id")] public string GroupId { get; set; } = "";
    [JsonPropertyName("committed_bytes")] public long CommittedBytes { get; set; }
    [JsonPropertyName("posts")] public long Posts { get; set; }
    [JsonPropertyName("comments")] public long Comments { get; set; }
    [JsonPropertyName("replies")] public long Replies { get; set; }

    // Attachments of the posts written so far; the manifest holds their lines up to ManifestBytes.
    [JsonPropertyName("attachments")] public long Attachments { get; set; }
    [JsonPropertyName("attachments_failed")] public long AttachmentsFailed { get; set; }
    [JsonPropertyName("attachment_bytes")] public long AttachmentBytes { get; set; }
    [JsonPropertyName("manifest_bytes")] public long ManifestBytes { get; set; }

    /// <summary>Unix seconds of the creation of the last post written; null before the first.</summary>
    [JsonPropertyName("boundary_time")] public long? BoundaryTime { get; set; }

    /// <summary>Posts written whose creation second is <see cref="BoundaryTime"/> (several posts can share a second).</summary>
    [JsonPropertyName("boundary_post_ids")] public List<string> BoundaryPostIds { get; set; } = new();

    [JsonPropertyName("complete")] public bool Complete { get; set; }
    [JsonPropertyName("started")] public DateTimeOffset Started { get; set; }

    public static string PathFor(string outputPath) => outputPath + ".checkpoint.json";

    /// <exception cref="InvalidDataException">The file is not a checkpoint of this exporter.</exception>
    public static FeedExportCheckpoint? Read(string path)
    {
        if (!File.Exists(path))
            return null;
        try
        {
            var checkpoint = JsonSerializer.Deserialize<FeedExportCheckpoint>(File.ReadAllBytes(path));
            if (checkpoint is null || checkpoint.Version != CurrentVersion || checkpoint.CommittedBytes < 0)
                throw new InvalidDataException($"The checkpoint '{path}' is not one this version of the exporter wrote.");
            return checkpoint;
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"The checkpoint '{path}' is not readable ({error.Message}). Delete it and the export, or export again with -Force.", error);
        }
    }

    public void Write(string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(this));
        File.Move(temporary, path, overwrite: true);
    }
}
