namespace WorkplaceAdmin.Client;

/// <summary>A post to publish in a group (workplace-api.md §3.5).</summary>
public sealed class WorkplacePostDraft
{
    public string? Message { get; init; }

    /// <summary>Send the message with formatting=MARKDOWN.</summary>
    public bool Markdown { get; init; }

    /// <summary>A URL shared with the post.</summary>
    public string? LinkUrl { get; init; }

    /// <summary>People to mention, by id or email; emails are looked up and every mention becomes @[id].</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];
}
