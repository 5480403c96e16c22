using System.Text.Json;
using WorkplaceAdmin.Client.Json;

namespace WorkplaceAdmin.Client.Content;

/// <summary>One post of a backup with its comments and replies, in the order they were written (comment, then its replies).</summary>
public sealed class BackupThread
{
    public required BackupRecord Post { get; init; }
    public required IReadOnlyList<BackupRecord> Comments { get; init; }
}

/// <summary>A post, comment or reply of a backup: what a restore shows of it, and its JSON line.</summary>
public sealed class BackupRecord
{
    internal BackupRecord(JsonElement json)
    {
        Json = json;
        Id = json.String("id") ?? "";
        Kind = json.String("record") ?? "";
        FromName = json.Property("from")?.String("name");
        CreatedTime = json.DateTime("created_time");
    }

    public string Id { get; }

    /// <summary>post, comment or reply.</summary>
    public string Kind { get; }
    public string? FromName { get; }
    public DateTimeOffset? CreatedTime { get; }
    internal JsonElement Json { get; }
}

/// <summary>
/// Reads a backup written by <see cref="GroupFeedExporter"/> (newest post first) oldest post first, without holding the
/// file: a first pass keeps each post's byte offset and creation time, then each post's lines are read at its offset.
/// Only one thread is in memory at a time (plus 16 bytes per post of index).
/// </summary>
public static class FeedBackupReader
{
    /// <exception cref="InvalidDataException">A line is not a record of a feed backup; names the file and line.</exception>
    public static IEnumerable<BackupThread> OldestFirst(string path)
    {
        var index = new List<(long Offset, DateTimeOffset Created, int Order)>();
        foreach (var (offset, line, number) in Lines(path, 0))
        {
            using var json = Parse(line, path, number);
            if (json.RootElement.String("record") == "post")
                index.Add((offset, json.RootElement.DateTime("created_time") ?? DateTimeOffset.MinValue, index.Count));
        }
        // Oldest first; among posts of the same second, the one written later (older in the feed) first.
        foreach (var (offset, _, _) in index.OrderBy(p => p.Created).ThenByDescending(p => p.Order))
            yield return ReadThread(path, offset);
    }

    private static BackupThread ReadThread(string path, long offset)
    {
        BackupRecord? post = null;
        var comments = new List<BackupRecord>();
        foreach (var (_, line, number) in Lines(path, offset))
        {
            using var json = Parse(line, path, number);
            var record = json.RootElement.String("record");
            if (record == "post" && post is not null)
                break;
            if (record == "post")
                post = new BackupRecord(json.RootElement.Clone());
            else
                comments.Add(new BackupRecord(json.RootElement.Clone()));
        }
        return new BackupThread { Post = post!, Comments = comments };
    }

    private static IEnumerable<(long Offset, string Line, long Number)> Lines(string path, long start)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        stream.Position = start;
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        var offset = start;
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var lineOffset = offset;
            offset += System.Text.Encoding.UTF8.GetByteCount(line) + 1;
            if (line.Length > 0)
                yield return (lineOffset, line, number);
        }
    }

    private static JsonDocument Parse(string line, string path, long number)
    {
        try
        {
            var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object || json.RootElement.String("record") is not ("post" or "comment" or "reply"))
            {
                json.Dispose();
                throw new InvalidDataException($"'{path}' line {number} is not a post, comment or reply of a feed backup (Export-WorkplaceGroupFeed).");
            }
            return json;
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"'{path}' line {number} is not JSON ({error.Message}); expected a feed backup written by Export-WorkplaceGroupFeed.", error);
        }
    }
}
