namespace WorkplaceAdmin.Emulator.Webhooks;

/// <summary>
/// The emulator's webhooks: the apps' subscriptions, the handshake that guards them, and the background delivery
/// of signed events. Tests read <see cref="Subscriptions"/> and <see cref="Deliveries"/> and await
/// <see cref="WhenIdleAsync"/> after a change to know its deliveries are done.
/// </summary>
public sealed class EmulatorWebhooks
{
    private static readonly Lazy<HttpClient> DefaultHttp = new(() => new HttpClient(new SocketsHttpHandler
    {
        // Callbacks are called directly: a handshake must reach the URL given, not a redirect target or a proxy.
        AllowAutoRedirect = false,
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    });

    private readonly object _gate = new();
    private readonly List<(EmulatorIntegration App, WebhookSubscription Subscription)> _subscriptions = new();
    private readonly EmulatorWebhookOptions _options;
    private readonly WebhookDispatcher _dispatcher;

    internal EmulatorWebhooks(EmulatorWebhookOptions options)
    {
        _options = options;
        _dispatcher = new WebhookDispatcher(options, () => Http);
    }

    /// <summary>Every app's subscriptions, one per app and topic.</summary>
    public IReadOnlyList<WebhookSubscription> Subscriptions
    {
        get
        {
            lock (_gate)
            {
                return _subscriptions.Select(s => s.Subscription).ToArray();
            }
        }
    }

    /// <summary>The finished deliveries, oldest first (the last 1000).</summary>
    public IReadOnlyList<WebhookDelivery> Deliveries => _dispatcher.Deliveries;

    /// <summary>Completes when every delivery queued so far has succeeded or used up its attempts.</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken = default) => _dispatcher.WhenIdleAsync(cancellationToken);

    private HttpClient Http => _options.HttpClient ?? DefaultHttp.Value;

    internal IReadOnlyList<WebhookSubscription> SubscriptionsOf(string appId)
    {
        lock (_gate)
        {
            return _subscriptions.Where(s => s.App.AppId == appId).Select(s => s.Subscription).ToArray();
        }
    }

    /// <summary>
    /// Runs the handshake and waits for it, as Graph answers a subscription request only once its callback is verified.
    /// Blocks the calling request (not the community, whose lock is not held here) for at most the webhook timeout.
    /// </summary>
    /// <returns>Null when the callback answered the challenge; otherwise why it did not.</returns>
    internal string? VerifyCallback(Uri callback, string verifyToken) =>
        Task.Run(() => CallbackVerifier.VerifyAsync(Http, callback, verifyToken, _options.Timeout)).GetAwaiter().GetResult();

    /// <summary>Adds or updates the app's subscription to a topic: new fields join the existing ones, the rest is replaced.</summary>
    internal WebhookSubscription Subscribe(EmulatorIntegration app, string topic, Uri callback, IReadOnlyList<string> fields, bool includeValues, DateTimeOffset now)
    {
        lock (_gate)
        {
            var index = _subscriptions.FindIndex(s => s.App.AppId == app.AppId && s.Subscription.Object == topic);
            var existing = index < 0 ? null : _subscriptions[index].Subscription;
            var merged = (existing?.Fields ?? []).Concat(fields).Distinct(StringComparer.Ordinal).ToArray();
            var subscription = new WebhookSubscription(app.AppId, topic, callback, merged, includeValues, existing?.CreatedTime ?? now);
            if (index < 0)
            {
                _subscriptions.Add((app, subscription));
            }
            else
            {
                _subscriptions[index] = (app, subscription);
            }
            return subscription;
        }
    }

    /// <summary>
    /// Removes the app's subscription to <paramref name="topic"/> (every topic when null), or only some of its
    /// fields; a subscription left with no field is removed.
    /// </summary>
    internal void Unsubscribe(string appId, string? topic, IReadOnlyList<string>? fields)
    {
        lock (_gate)
        {
            for (var i = _subscriptions.Count - 1; i >= 0; i--)
            {
                var (app, subscription) = _subscriptions[i];
                if (app.AppId != appId || (topic is not null && subscription.Object != topic))
                {
                    continue;
                }
                var kept = fields is null or { Count: 0 } ? [] : subscription.Fields.Except(fields, StringComparer.Ordinal).ToArray();
                if (kept.Length == 0)
                {
                    _subscriptions.RemoveAt(i);
                }
                else
                {
                    _subscriptions[i] = (app, subscription with { Fields = kept });
                }
            }
        }
    }

    /// <summary>
    /// Queues one payload per subscription to <paramref name="topic"/>/<paramref name="field"/>; called under the
    /// community lock, so the payload is written now and only the sending happens later.
    /// </summary>
    /// <param name="onlyApp">Set for page events, which go to the bot's own app only.</param>
    internal void Publish(string topic, string field, Func<bool, byte[]> payload, EmulatorIntegration? onlyApp = null)
    {
        List<(EmulatorIntegration App, WebhookSubscription Subscription)> targets;
        lock (_gate)
        {
            targets = _subscriptions
                .Where(s => s.Subscription.Object == topic && s.Subscription.Has(field) && (onlyApp is null || s.App.AppId == onlyApp.AppId))
                .ToList();
        }
        foreach (var (app, subscription) in targets)
        {
            _dispatcher.Enqueue(new PendingDelivery(app, topic, field, subscription.CallbackUrl, payload(subscription.IncludeValues)));
        }
    }
}
