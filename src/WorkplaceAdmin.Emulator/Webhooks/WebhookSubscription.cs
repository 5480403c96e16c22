namespace WorkplaceAdmin.Emulator.Webhooks;

/// <summary>
/// One app's subscription to one topic: where to deliver, which fields, and whether changes carry their values.
/// The verify token is kept only to show that the handshake used it; it is never written to a response.
/// </summary>
public sealed record WebhookSubscription(
    string AppId,
    string Object,
    Uri CallbackUrl,
    IReadOnlyList<string> Fields,
    bool IncludeValues,
    DateTimeOffset CreatedTime)
{
    public bool Has(string field) => Fields.Contains(field, StringComparer.Ordinal);
}
