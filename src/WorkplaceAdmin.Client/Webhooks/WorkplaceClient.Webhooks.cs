using System.Runtime.CompilerServices;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Mapping;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Client;

/// <summary>
/// Webhook subscriptions (workplace-api.md §7.1), made with the app token "app_id|app_secret". Each call goes
/// through a short-lived client derived from this one (same hosts, transport, retries and log) whose credential is
/// the app token, so the token travels only in the Authorization header and its redactor masks the app secret too.
/// </summary>
public sealed partial class WorkplaceClient
{
    /// <summary>Whether this client was given an app secret (Connect-Workplace -AppSecret), which webhooks can use.</summary>
    public bool HasAppSecret => settings.AppSecret is not null;

    /// <summary>
    /// The app credential from the parts given, else from this client: its app secret, and the app id read with
    /// <c>GET /app</c>. Throws <see cref="ArgumentException"/> before any request when no app secret is known.
    /// </summary>
    public async Task<WorkplaceAppCredential> ResolveAppCredentialAsync(string? appId, string? appSecret, CancellationToken ct = default)
    {
        var secret = appSecret ?? settings.AppSecret ?? throw new ArgumentException(
            "No app secret is known: pass the integration's app secret, or connect with one (Connect-Workplace -AppSecret).", nameof(appSecret));
        if (appId is null)
        {
            var app = await GraphGetAsync("app", FieldsQuery(GraphFields.Of("id")), ct).ConfigureAwait(false);
            appId = app.String("id") ?? throw errors.FromProtocolViolation("GET", "/app", "The app's id is missing from the response.");
        }
        return new WorkplaceAppCredential(appId, secret);
    }

    /// <summary>The app's subscriptions, one per topic.</summary>
    public async IAsyncEnumerable<WorkplaceWebhookSubscription> GetWebhookSubscriptionsAsync(
        WorkplaceAppCredential app, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var appClient = ForApp(app);
        await foreach (var subscription in appClient.GraphPagesAsync(SubscriptionsPath(app), null, json => WebhookSubscriptionJson.Read(app.AppId, json), ct).ConfigureAwait(false))
            yield return subscription;
    }

    /// <summary>
    /// Subscribes (or adds fields to the subscription of) a topic. Workplace first calls the callback with the
    /// verify token and a challenge, and answers only once the callback has echoed it, so a callback that is down
    /// or checks another token makes this fail (Graph code 2200). Returns the subscription as it now stands.
    /// </summary>
    public async Task<WorkplaceWebhookSubscription> NewWebhookSubscriptionAsync(WorkplaceAppCredential app, WebhookSubscriptionRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(request);
        using var appClient = ForApp(app);
        await appClient.GraphPostAsync(SubscriptionsPath(app), new Dictionary<string, string?>
        {
            ["object"] = request.Object,
            ["fields"] = string.Join(',', request.Fields),
            ["callback_url"] = request.CallbackUrl.AbsoluteUri,
            ["verify_token"] = request.VerifyToken,
            ["include_values"] = request.IncludeValues ? "true" : "false",
        }, ct, retrySafe: true).ConfigureAwait(false);

        await foreach (var subscription in appClient.GraphPagesAsync(SubscriptionsPath(app), null, json => WebhookSubscriptionJson.Read(app.AppId, json), ct).ConfigureAwait(false))
        {
            if (subscription.Object == request.Object)
                return subscription;
        }
        // Accepted but not listed yet: report what was asked for.
        return new WorkplaceWebhookSubscription
        {
            AppId = app.AppId,
            Object = request.Object,
            Fields = request.Fields,
            CallbackUrl = request.CallbackUrl.AbsoluteUri,
            Active = true,
            IncludeValues = request.IncludeValues,
        };
    }

    /// <summary>
    /// Removes the app's subscription to <paramref name="topic"/>, or only the <paramref name="fields"/> given;
    /// with no topic, every subscription of the app.
    /// </summary>
    public async Task RemoveWebhookSubscriptionAsync(WorkplaceAppCredential app, string? topic, IReadOnlyList<string>? fields = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var parameters = new Dictionary<string, string?>();
        if (topic is not null)
        {
            parameters["object"] = WorkplaceWebhookTopics.CheckObject(topic, nameof(topic));
            if (fields is { Count: > 0 })
                parameters["fields"] = string.Join(',', WorkplaceWebhookTopics.CheckFields(parameters["object"]!, fields, nameof(fields)));
        }
        else if (fields is { Count: > 0 })
        {
            throw new ArgumentException("Fields are removed from one topic's subscription; name the topic too.", nameof(fields));
        }
        using var appClient = ForApp(app);
        await appClient.GraphDeleteAsync(SubscriptionsPath(app), parameters, ct).ConfigureAwait(false);
    }

    /// <summary>Verifies a delivery with this client's app secret, which never leaves the client.</summary>
    public WebhookSignatureResult VerifyWebhookSignature(ReadOnlySpan<byte> body, string? signature256, string? signature1) =>
        WebhookSignature.Verify(body, signature256, signature1, settings.AppSecret ?? throw NoAppSecret());

    /// <summary>Starts a receiver that verifies deliveries with this client's app secret.</summary>
    public WebhookReceiver StartWebhookReceiver(int port, string verifyToken) =>
        WebhookReceiver.Start(new WebhookReceiverOptions
        {
            Port = port,
            VerifyToken = verifyToken,
            AppSecret = settings.AppSecret ?? throw NoAppSecret(),
        });

    private static ArgumentException NoAppSecret() =>
        new("This connection has no app secret: pass the integration's app secret, or connect with one (Connect-Workplace -AppSecret).", "appSecret");

    private static string SubscriptionsPath(WorkplaceAppCredential app) => WorkplacePath.Of(app.AppId, "subscriptions");

    private WorkplaceClient ForApp(WorkplaceAppCredential app)
    {
        var options = settings.Clone();
        options.AccessToken = app.AppToken;
        // App tokens carry the secret themselves; Graph wants no appsecret_proof with them.
        options.AppSecret = null;
        return new WorkplaceClient(options);
    }
}
