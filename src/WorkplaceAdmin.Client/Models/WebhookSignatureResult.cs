using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Client.Models;

/// <summary>Whether a webhook delivery's signature holds, which header was checked, and why it failed.</summary>
public sealed class WebhookSignatureResult
{
    /// <summary>The id of the delivery's first entry (group, page, user…) when the body is a webhook envelope.</summary>
    public string? EntryId { get; init; }

    /// <summary>The delivery's topic when the body is a webhook envelope.</summary>
    public string? Object { get; init; }

    public bool IsValid => Status == WebhookSignatureStatus.Valid;
    public WebhookSignatureStatus Status { get; init; }

    /// <summary>sha256 or sha1: the header that was checked; null when none was given.</summary>
    public string? Algorithm { get; init; }

    public string Reason { get; init; } = "";

    public override string ToString() => $"{Status}: {Reason}";
}
