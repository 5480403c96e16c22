namespace WorkplaceAdmin.Client.Models;

/// <summary>An app's subscription to one webhook topic.</summary>
public sealed class WorkplaceWebhookSubscription
{
    public string AppId { get; init; } = "";

    /// <summary>page, group, user, workplace_security or link.</summary>
    public string Object { get; init; } = "";

    public IReadOnlyList<string> Fields { get; init; } = [];
    public string? CallbackUrl { get; init; }
    public bool Active { get; init; }

    /// <summary>Whether changes carry their values; null when the API does not say.</summary>
    public bool? IncludeValues { get; init; }

    public override string ToString() => $"{Object} ({string.Join(", ", Fields)})";
}
