namespace WorkplaceAdmin.Client.Webhooks;

/// <summary>What to subscribe to: a topic, some of its fields, where to deliver, and the verify token of the handshake.</summary>
public sealed class WebhookSubscriptionRequest
{
    /// <summary>Validates everything before any request; throws <see cref="ArgumentException"/> naming the input.</summary>
    public WebhookSubscriptionRequest(string topic, IEnumerable<string> fields, string callbackUrl, string verifyToken, bool includeValues = true)
    {
        Object = WorkplaceWebhookTopics.CheckObject(topic, nameof(topic));
        Fields = WorkplaceWebhookTopics.CheckFields(Object, fields, nameof(fields));
        CallbackUrl = WebhookCallbackUrl.Check(callbackUrl, nameof(callbackUrl));
        if (string.IsNullOrEmpty(verifyToken) || verifyToken.Any(char.IsControl))
            throw new ArgumentException("The verify token is empty or has a control character; expected a string of your choice that the receiver checks.", nameof(verifyToken));
        VerifyToken = verifyToken;
        IncludeValues = includeValues;
    }

    public string Object { get; }
    public IReadOnlyList<string> Fields { get; }
    public Uri CallbackUrl { get; }

    /// <summary>Sent in the request body, never in a URL; the callback receives it in the handshake.</summary>
    internal string VerifyToken { get; }

    public bool IncludeValues { get; }

    public override string ToString() => $"{Object} ({string.Join(", ", Fields)}) → {CallbackUrl.GetLeftPart(UriPartial.Path)}";
}
