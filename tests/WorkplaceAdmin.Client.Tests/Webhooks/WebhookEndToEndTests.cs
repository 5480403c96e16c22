using System.Text.Json;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Tests.Integration;
using WorkplaceAdmin.Client.Webhooks;
using WorkplaceAdmin.Emulator;
using WorkplaceAdmin.Emulator.Webhooks;

namespace WorkplaceAdmin.Client.Tests.Webhooks;

/// <summary>
/// The acceptance test: a receiver on 127.0.0.1 subscribes through the client to the emulator, changes made
/// through the client come back as exactly those events, signed; a wrong verify token fails the subscription.
/// </summary>
public sealed class WebhookEndToEndTests : IDisposable
{
    private const string VerifyToken = "e2e-verify-token";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly HttpClient loopback = LoopbackHttp.Create();
    private readonly WorkplaceEmulator emulator;
    private readonly WorkplaceClient client;
    private readonly List<string> log = new();
    private readonly WebhookReceiver receiver;

    public WebhookEndToEndTests()
    {
        emulator = new WorkplaceEmulator(new EmulatorOptions
        {
            Webhooks = new EmulatorWebhookOptions { HttpClient = loopback, Timeout = TimeSpan.FromSeconds(5), RetryDelay = TimeSpan.FromMilliseconds(20) },
        });
        client = EmulatorClients.InMemory(emulator, configure: o => o.Log = line => { lock (log) log.Add(line); });
        receiver = WebhookReceiver.Start(new WebhookReceiverOptions { VerifyToken = VerifyToken, AppSecret = EmulatorDefaults.AdminAppSecret });
    }

    public void Dispose()
    {
        receiver.Dispose();
        client.Dispose();
        loopback.Dispose();
    }

    [Fact]
    public async Task Changes_made_through_the_client_arrive_as_exactly_those_signed_events()
    {
        var app = await client.ResolveAppCredentialAsync(null, EmulatorDefaults.AdminAppSecret);
        Assert.Equal(EmulatorDefaults.AdminAppId, app.AppId);
        var groupSubscription = await client.NewWebhookSubscriptionAsync(app,
            new WebhookSubscriptionRequest("group", ["posts", "comments", "membership"], receiver.CallbackUri.AbsoluteUri, VerifyToken));
        await client.NewWebhookSubscriptionAsync(app, new WebhookSubscriptionRequest("page", ["messages"], receiver.CallbackUri.AbsoluteUri, VerifyToken));
        Assert.Equal(["posts", "comments", "membership"], groupSubscription.Fields);
        Assert.Equal(receiver.CallbackUri.AbsoluteUri, groupSubscription.CallbackUrl);

        var group = emulator.State.FindGroupByName("Engineering")!;
        var newcomer = emulator.State.People().First(p => p.Active && !group.MemberIds.Contains(p.Id));
        var postId = (await client.GraphPostAsync(WorkplacePath.Of(group.Id, "feed"), new Dictionary<string, string?> { ["message"] = "Release 2.0 is out" })).GetProperty("id").GetString()!;
        var commentId = (await client.GraphPostAsync(WorkplacePath.Of(postId, "comments"), new Dictionary<string, string?> { ["message"] = "Congratulations" })).GetProperty("id").GetString()!;
        await client.GraphPostAsync(WorkplacePath.Of(group.Id, "members", newcomer.Id), new Dictionary<string, string?>());
        var sent = await client.GraphPostAsync("me/messages", new Dictionary<string, string?>
        {
            ["recipient"] = JsonSerializer.Serialize(new { id = newcomer.Id }),
            ["message"] = JsonSerializer.Serialize(new { text = "Welcome to Engineering" }),
        });
        var messageId = sent.GetProperty("message_id").GetString()!;

        using var bounded = new CancellationTokenSource(Bound);
        await emulator.Webhooks.WhenIdleAsync(bounded.Token);
        var activity = await ToList(receiver.ReadAsync(null, TimeSpan.FromMilliseconds(300)));

        Assert.Equal(2, activity.Count(a => a.Kind == WebhookReceiverActivityKind.HandshakeAnswered));
        Assert.DoesNotContain(activity, a => a.Kind is WebhookReceiverActivityKind.DeliveryRefused or WebhookReceiverActivityKind.HandshakeRefused);
        var events = activity.Where(a => a.Event is not null).Select(a => a.Event!).ToList();
        Assert.Equal(4, events.Count);

        AssertEvent(events[0], "group", group.Id, "posts", "add");
        Assert.Equal((postId, "Release 2.0 is out", EmulatorDefaults.AdminBotPageId), (events[0].PostId, events[0].Message, events[0].SenderId));
        AssertEvent(events[1], "group", group.Id, "comments", "add");
        Assert.Equal((postId, commentId, "Congratulations"), (events[1].PostId, events[1].CommentId, events[1].Message));
        AssertEvent(events[2], "group", group.Id, "membership", "add");
        Assert.Equal((newcomer.Id, newcomer.Name), (events[2].MemberId, JsonDocument.Parse(events[2].RawValue!).RootElement.GetProperty("member").GetProperty("name").GetString()));
        AssertEvent(events[3], "page", EmulatorDefaults.AdminBotPageId, "messages", null);
        Assert.Equal((messageId, "Welcome to Engineering", EmulatorDefaults.AdminBotPageId), (events[3].MessageId, events[3].Message, events[3].SenderId));
        Assert.StartsWith("t_", events[3].ThreadId);
        Assert.All(events, e => Assert.InRange(e.Time!.Value, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1)));

        // The receiver accepted only valid signatures; the emulator saw each delivery acknowledged at the first attempt.
        var deliveries = emulator.Webhooks.Deliveries;
        Assert.Equal(4, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal((true, 1), (d.Succeeded, d.Attempts)));

        // The app secret never reached a log line.
        lock (log)
        {
            Assert.Contains(log, line => line.Contains("/subscriptions", StringComparison.Ordinal));
            Assert.DoesNotContain(log, line => line.Contains(EmulatorDefaults.AdminAppSecret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_wrong_verify_token_fails_the_handshake_and_subscribes_nothing()
    {
        var app = new WorkplaceAppCredential(EmulatorDefaults.AdminAppId, EmulatorDefaults.AdminAppSecret);

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.NewWebhookSubscriptionAsync(app,
            new WebhookSubscriptionRequest("group", ["posts"], receiver.CallbackUri.AbsoluteUri, "not-the-receivers-token")));

        Assert.Equal(2200, error.Code);
        Assert.Contains("callback verification failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("403", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EmulatorDefaults.AdminAppSecret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-receivers-token", error.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Webhooks.Subscriptions);
        Assert.Empty(await ToList(client.GetWebhookSubscriptionsAsync(app)));
        var refused = await ToList(receiver.ReadAsync(null, TimeSpan.FromMilliseconds(200)));
        Assert.Contains(refused, a => a.Kind == WebhookReceiverActivityKind.HandshakeRefused);
    }

    [Fact]
    public async Task A_tampered_delivery_is_refused_and_retried_a_bounded_number_of_times()
    {
        // A receiver that checks with another secret refuses every delivery: the emulator retries, then gives up.
        using var wrongSecret = WebhookReceiver.Start(new WebhookReceiverOptions { VerifyToken = VerifyToken, AppSecret = "some-other-secret" });
        var app = new WorkplaceAppCredential(EmulatorDefaults.AdminAppId, EmulatorDefaults.AdminAppSecret);
        await client.NewWebhookSubscriptionAsync(app, new WebhookSubscriptionRequest("group", ["posts"], wrongSecret.CallbackUri.AbsoluteUri, VerifyToken));

        var group = emulator.State.FindGroupByName("Engineering")!;
        await client.GraphPostAsync(WorkplacePath.Of(group.Id, "feed"), new Dictionary<string, string?> { ["message"] = "signed for someone else" });
        using var bounded = new CancellationTokenSource(Bound);
        await emulator.Webhooks.WhenIdleAsync(bounded.Token);

        var delivery = Assert.Single(emulator.Webhooks.Deliveries);
        Assert.Equal((false, 3, 403), (delivery.Succeeded, delivery.Attempts, delivery.LastStatus));
        var activity = await ToList(wrongSecret.ReadAsync(null, TimeSpan.FromMilliseconds(200)));
        Assert.Equal(3, activity.Count(a => a.Kind == WebhookReceiverActivityKind.DeliveryRefused));
        Assert.DoesNotContain(activity, a => a.Kind == WebhookReceiverActivityKind.Event);
    }

    [Fact]
    public async Task Lists_and_removes_subscriptions_with_the_app_token()
    {
        var app = new WorkplaceAppCredential(EmulatorDefaults.AdminAppId, EmulatorDefaults.AdminAppSecret);
        await client.NewWebhookSubscriptionAsync(app, new WebhookSubscriptionRequest("group", ["posts", "comments"], receiver.CallbackUri.AbsoluteUri, VerifyToken, includeValues: false));
        await client.NewWebhookSubscriptionAsync(app, new WebhookSubscriptionRequest("page", ["messages"], receiver.CallbackUri.AbsoluteUri, VerifyToken));

        var listed = await ToList(client.GetWebhookSubscriptionsAsync(app));
        Assert.Equal(["group", "page"], listed.Select(s => s.Object).Order());
        Assert.All(listed, s => Assert.Equal(EmulatorDefaults.AdminAppId, s.AppId));
        Assert.False(listed.Single(s => s.Object == "group").IncludeValues);

        await client.RemoveWebhookSubscriptionAsync(app, "group", ["comments"]);
        Assert.Equal(["posts"], (await ToList(client.GetWebhookSubscriptionsAsync(app))).Single(s => s.Object == "group").Fields);
        await client.RemoveWebhookSubscriptionAsync(app, "page");
        Assert.Equal(["group"], (await ToList(client.GetWebhookSubscriptionsAsync(app))).Select(s => s.Object));
        await client.RemoveWebhookSubscriptionAsync(app, null);
        Assert.Empty(await ToList(client.GetWebhookSubscriptionsAsync(app)));
    }

    [Fact]
    public async Task The_integration_token_cannot_manage_subscriptions_and_the_secret_must_be_known()
    {
        var wrongSecret = new WorkplaceAppCredential(EmulatorDefaults.AdminAppId, "not-the-app-secret");
        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => ToList(client.GetWebhookSubscriptionsAsync(wrongSecret)));
        Assert.Equal(WorkplaceErrorKind.Authentication, error.Kind);
        Assert.DoesNotContain("not-the-app-secret", error.ToString(), StringComparison.Ordinal);

        var noSecret = await Assert.ThrowsAsync<ArgumentException>(() => client.ResolveAppCredentialAsync(null, null));
        Assert.Contains("Connect-Workplace -AppSecret", noSecret.Message, StringComparison.Ordinal);
        Assert.False(client.HasAppSecret);
    }

    private static void AssertEvent(WorkplaceWebhookEvent e, string topic, string entryId, string field, string? verb) =>
        Assert.Equal((topic, entryId, field, verb), (e.Object, e.EntryId, e.Field, e.Verb));

    private static async Task<List<T>> ToList<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
            list.Add(item);
        return list;
    }
}
