using WorkplaceAdmin.Client.Content;

namespace WorkplaceAdmin.Client;

/// <summary>Attachment media (workplace-api.md §3.6): signed CDN links fetched to files.</summary>
public sealed partial class WorkplaceClient
{
    /// <summary>A downloader over this connection's transport (proxy, emulator), without the token; dispose it when done.</summary>
    internal MediaDownloader CreateMediaDownloader() => new(settings);
}
