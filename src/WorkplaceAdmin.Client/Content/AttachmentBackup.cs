using System.Text.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Content;

/// <summary>
/// Saves the attachment media of one group's export beside its JSON Lines: files named by media id in
/// "&lt;group-id&gt;.attachments/", and a manifest "&lt;group-id&gt;.attachments.jsonl" with one line per file (owner post or
/// comment, file name, content type, size, saved or failed and why).
/// <para>
/// Resumable like the feed: the manifest is cut back to the length the checkpoint recorded, and a file already at its
/// final name is complete (the downloader moves a file there only once verified), so it is kept, not fetched again.
/// Only the descriptors of one batch of media are in memory at a time, so 10,000 attachments cost no more memory than ten.
/// </para>
/// </summary>
internal sealed class AttachmentBackup : IAsyncDisposable
{
    private readonly MediaDownloader downloader;
    private readonly FileStream manifest;
    private readonly Utf8JsonWriter writer;
    private readonly int concurrency;
    private readonly SemaphoreSlim manifestLock = new(1, 1);

    private AttachmentBackup(MediaDownloader downloader, string folder, FileStream manifest, int concurrency)
    {
        this.downloader = downloader;
        Folder = folder;
        this.manifest = manifest;
        this.concurrency = Math.Max(1, concurrency);
        writer = new Utf8JsonWriter(manifest);
    }

    public string Folder { get; }

    /// <summary>Bytes of the manifest holding the media of complete posts; the checkpoint records it.</summary>
    public long ManifestBytes => manifest.Position;

    public Action<AttachmentFailure>? Failed { get; init; }

    public static string FolderFor(string outputPath) => Path.ChangeExtension(outputPath, ".attachments");

    public static string ManifestFor(string outputPath) => Path.ChangeExtension(outputPath, ".attachments.jsonl");

    /// <summary>Opens the group's media folder and manifest, the manifest cut back to <paramref name="committedBytes"/>.</summary>
    public static AttachmentBackup Open(WorkplaceClient client, string outputPath, long committedBytes, Action<AttachmentFailure>? failed)
    {
        var folder = FolderFor(outputPath);
        Directory.CreateDirectory(folder);
        var manifestPath = ManifestFor(outputPath);
        var stream = new FileStream(manifestPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        if (stream.Length < committedBytes)
        {
            stream.Dispose();
            throw new InvalidDataException($"'{manifestPath}' is shorter ({stream.Length} bytes) than its checkpoint records ({committedBytes}); it was changed after the export. Export again with -Force.");
        }
        stream.SetLength(committedBytes);
        stream.Position = committedBytes;
        return new AttachmentBackup(client.CreateMediaDownloader(), folder, stream, client.MaxConcurrency) { Failed = failed };
    }

    /// <summary>Saves the media of a few posts (and their comments), several at a time; returns the counts. A failed file is recorded, never thrown.</summary>
    public async Task<(long Saved, long Failed, long Bytes)> SaveAsync(IReadOnlyList<(string OwnerId, AttachmentMedia Media)> items, CancellationToken ct)
    {
        long saved = 0, failed = 0, bytes = 0;
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct }, async (item, token) =>
        {
            var path = Path.Combine(Folder, item.Media.FileName);
            string? error = null;
            long size = 0;
            string? contentType = null;
            if (File.Exists(path))
            {
                size = new FileInfo(path).Length; // complete: only verified downloads reach the final name
            }
            else
            {
                try
                {
                    (size, contentType) = await downloader.DownloadAsync(item.Media.Url, path, item.Media.ExpectedType, token).ConfigureAwait(false);
                }
                catch (Exception problem) when (problem is HttpRequestException or IOException or InvalidDataException or TimeoutException && !token.IsCancellationRequested)
                {
                    error = problem.Message;
                }
            }
            await WriteLineAsync(item.OwnerId, item.Media, error is null ? path : null, contentType, size, error, token).ConfigureAwait(false);
            if (error is null)
            {
                Interlocked.Increment(ref saved);
                Interlocked.Add(ref bytes, size);
            }
            else
            {
                Interlocked.Increment(ref failed);
                Failed?.Invoke(new AttachmentFailure { OwnerId = item.OwnerId, MediaId = item.Media.Id, Url = item.Media.Url.GetLeftPart(UriPartial.Path), Message = error });
            }
        }).ConfigureAwait(false);
        await manifest.FlushAsync(ct).ConfigureAwait(false);
        return (saved, failed, bytes);
    }

    public async ValueTask DisposeAsync()
    {
        await writer.DisposeAsync().ConfigureAwait(false);
        await manifest.DisposeAsync().ConfigureAwait(false);
        downloader.Dispose();
        manifestLock.Dispose();
    }

    private async Task WriteLineAsync(string ownerId, AttachmentMedia media, string? path, string? contentType, long size, string? error, CancellationToken ct)
    {
        await manifestLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            writer.Reset(manifest);
            writer.WriteStartObject();
            writer.WriteString("media_id", media.Id);
            writer.WriteString("owner_id", ownerId);
            writer.WriteString("kind", media.Kind);
            writer.WriteString("status", error is null ? "saved" : "failed");
            if (path is not null)
                writer.WriteString("file", Path.GetFileName(path));
            if (contentType is not null)
                writer.WriteString("content_type", contentType);
            writer.WriteNumber("bytes", size);
            // The link without its signature: signed links expire, and the path still says where the file came from.
            writer.WriteString("source", media.Url.GetLeftPart(UriPartial.Path));
            if (error is not null)
                writer.WriteString("error", error);
            writer.WriteEndObject();
            writer.Flush();
            manifest.WriteByte((byte)'\n');
        }
        finally
        {
            manifestLock.Release();
        }
    }
}
