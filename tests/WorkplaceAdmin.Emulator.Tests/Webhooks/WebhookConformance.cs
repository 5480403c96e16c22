using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;
using WorkplaceAdmin.Emulator.Webhooks;

namespace WorkplaceAdmin.Emulator.Tests.Webhooks;

/// <summary>
/// Webhooks (workplace-api.md §7): app subscriptions with the app token, the handshake on subscribe, and signed
/// background deliveries of posts, comments, membership changes and chat messages, retried a bounded number of times.
/// Each fact has its own emulator, so deliveries of one never reach another's callback.
/// </summary>
public sealed class WebhookConformance : IAsyncLifetime
{
    private const string AppToken = EmulatorDefaults.AdminAppId + "|" + EmulatorDefaults.AdminAppSecret;
    private const string VerifyToken = "conformance-verify-token";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly HttpClient _loopback = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CallbackStub _callback = new();
    private EmulatorHost _host = null!;
    private Api _api = null!;

    private WorkplaceEmulator Emulator => _host.Emulator;

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(HostKind.InMemory, new EmulatorOptions
        {
            RandomSeed = 7,
            Webhooks = new EmulatorWebhookOptions { HttpClient = _loopback, Timeout = TimeSpan.FromSeconds(3), RetryDelay = TimeSpan.FromMilliseconds(10) },
        });
        _api = new Api(_host);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _callback.Dispose();
        _loopback.Dispose();
    }

    private Task<ApiResponse> Subscribe(string topic, string fields, string? token = AppToken, Uri? callback = null, string verifyToken = VerifyToken, string? includeValues = "true", string path = "app/subscriptions")
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("object", topic), new("fields", fields), new("callback_url", (callback ?? _callback.Url).AbsoluteUri), new("verify_token", verifyToken),
        };
        if (includeValues is not null)
        {
            form.Add(new("include_values", includeValues));
        }
        return _api.PostForm(path, form, token);
    }

    private async Task Settle()
    {
        using var bounded = new CancellationTokenSource(Bound);
        await Emulator.Webhooks.WhenIdleAsync(bounded.Token);
    }

    private string GroupId(string name) => Emulator.State.FindGroupByName(name)!.Id;

    [Fact]
    public async Task Subscribing_performs_the_handshake_with_the_verify_token_and_a_fresh_challenge()
    {
        Expect.Success(await Subscribe("group", "posts,comments"));
        Expect.Success(await Subscribe("group", "membership", path: EmulatorDefaults.AdminAppId + "/subscriptions"));

        var handshakes = _callback.Requests.Where(r => r.Method == "GET").ToList();
        Assert.Equal(2, handshakes.Count);
        Assert.All(handshakes, h =>
        {
            Assert.Equal("subscribe", h.QueryValue("hub.mode"));
            Assert.Equal(VerifyToken, h.QueryValue("hub.verify_token"));
            Assert.Matches("^[0-9a-f]{24}$", h.QueryValue("hub.challenge"));
        });
        Assert.NotEqual(handshakes[0].QueryValue("hub.challenge"), handshakes[1].QueryValue("hub.challenge"));

        // The second call added fields to the same subscription.
        var listed = (await _api.Get("app/subscriptions", AppToken)).Data;
        var group = Assert.Single(listed);
        Assert.Equal("group", group.GetProperty("object").GetString());
        Assert.Equal(_callback.Url.AbsoluteUri, group.GetProperty("callback_url").GetString());
        Assert.True(group.GetProperty("active").GetBoolean());
        Assert.Equal(["posts", "comments", "membership"], group.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.DoesNotContain(VerifyToken, (await _api.Get("app/subscriptions", AppToken)).Body);
    }

    [Theory]
    [InlineData(200, "not-the-challenge", "does not match challenge")]
    [InlineData(403, "", "HTTP 403")]
    [InlineData(500, "", "HTTP 500")]
    public async Task A_callback_that_fails_the_handshake_is_refused_with_code_2200(int status, string body, string reason)
    {
        _callback.Answer = request => request.Method == "GET" ? (status, body) : (200, "ok");

        var error = Expect.GraphError(await Subscribe("group", "posts"), 400, 2200);

        Assert.Contains("callback verification failed", error.GetProperty("message").GetString());
        Assert.Contains(reason, error.GetProperty("message").GetString());
        Assert.Empty(Emulator.Webhooks.Subscriptions);
    }

    [Fact]
    public async Task An_unreachable_callback_fails_the_handshake()
    {
        var closed = new Uri("http://127.0.0.1:1/hook");
        var error = Expect.GraphError(await Subscribe("group", "posts", callback: closed), 400, 2200);
        Assert.Contains("could not be reached", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Subscriptions_need_the_app_token()
    {
        Expect.GraphError(await Subscribe("group", "posts", token: EmulatorDefaults.AdminToken), 400, WebhookErrors.AppTokenRequiredCode);
        Expect.GraphError(await _api.Get("app/subscriptions", EmulatorDefaults.AdminToken), 400, WebhookErrors.AppTokenRequiredCode);
        Expect.GraphError(await _api.Get("app/subscriptions", EmulatorDefaults.AdminAppId + "|wrong-secret"), 400, EmulatorErrorCodes.InvalidToken);
        Assert.Empty(_callback.Requests);
    }

    [Theory]
    [InlineData("groups", "posts", "https://hooks.example/", "Param object must be one of")]
    [InlineData("group", "feed", "https://hooks.example/", "'feed' is not a field of group")]
    [InlineData("group", "", "https://hooks.example/", "fields is required")]
    [InlineData("group", "posts", "http://hooks.example/", "must be an https URL")]
    [InlineData("group", "posts", "not a url", "valid absolute URL")]
    public async Task Bad_parameters_are_refused_before_any_handshake(string topic, string fields, string callback, string message)
    {
        var form = new[] { ("object", topic), ("fields", fields), ("callback_url", callback), ("verify_token", VerifyToken) }
            .Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2));
        var error = Expect.GraphError(await _api.PostForm("app/subscriptions", form, AppToken), 400, EmulatorErrorCodes.InvalidParameter);
        Assert.Contains(message, error.GetProperty("message").GetString());
        Assert.Empty(_callback.Requests);
    }

    [Fact]
    public async Task Each_topic_needs_its_permission()
    {
        const string readOnlyApp = EmulatorDefaults.ReadOnlyGroupsAppId + "|" + EmulatorDefaults.ReadOnlyGroupsAppSecret;
        Expect.GraphError(await Subscribe("page", "messages", token: readOnlyApp), 403, EmulatorErrorCodes.PermissionDenied);
        Expect.GraphError(await Subscribe("workplace_security", "admin_activity", token: readOnlyApp), 403, EmulatorErrorCodes.PermissionDenied);
        Expect.Success(await Subscribe("group", "posts", token: readOnlyApp));
        Assert.Equal(EmulatorDefaults.ReadOnlyGroupsAppId, Assert.Single(Emulator.Webhooks.Subscriptions).AppId);
    }

    [Fact]
    public async Task A_new_post_is_delivered_signed_with_both_headers()
    {
        Expect.Success(await Subscribe("group", "posts"));
        var groupId = GroupId("Engineering");
        var post = await _api.PostForm($"{groupId}/feed", ("message", "Hello webhooks"));
        Expect.Ok(post);
        await Settle();

        var delivery = Assert.Single(_callback.Deliveries);
        var key = Encoding.UTF8.GetBytes(EmulatorDefaults.AdminAppSecret);
        Assert.Equal("sha256=" + Convert.ToHexString(HMACSHA256.HashData(key, delivery.Body)).ToLowerInvariant(), delivery.Headers["X-Hub-Signature-256"]);
        Assert.Equal("sha1=" + Convert.ToHexString(HMACSHA1.HashData(key, delivery.Body)).ToLowerInvariant(), delivery.Headers["X-Hub-Signature"]);
        Assert.StartsWith("application/json", delivery.Headers["Content-Type"]);

        var envelope = JsonDocument.Parse(delivery.Body).RootElement;
        Assert.Equal("group", envelope.GetProperty("object").GetString());
        var entry = Assert.Single(envelope.GetProperty("entry").EnumerateArray().ToArray());
        Assert.Equal(groupId, entry.GetProperty("id").GetString());
        Assert.True(entry.GetProperty("time").GetInt64() > 1_500_000_000);
        var change = Assert.Single(entry.GetProperty("changes").EnumerateArray().ToArray());
        Assert.Equal("posts", change.GetProperty("field").GetString());
        var value = change.GetProperty("value");
        Assert.Equal(post.Json.GetProperty("id").GetString(), value.GetProperty("post_id").GetString());
        Assert.Equal(("add", "Hello webhooks", "group"), (value.GetProperty("verb").GetString(), value.GetProperty("message").GetString(), value.GetProperty("target_type").GetString()));
        Assert.Equal(EmulatorDefaults.AdminBotPageId, value.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(EmulatorDefaults.CommunityId, value.GetProperty("community").GetProperty("id").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$", value.GetProperty("created_time").GetString());
    }

    [Fact]
    public async Task Only_subscribed_fields_are_delivered_and_include_values_false_leaves_values_out()
    {
        Expect.Success(await Subscribe("group", "membership", includeValues: "false"));
        var groupId = GroupId("Engineering");
        var group = Emulator.State.FindGroup(groupId)!;
        var outsider = Emulator.State.People().First(p => p.Active && !group.MemberIds.Contains(p.Id));
        Expect.Ok(await _api.PostForm($"{groupId}/feed", ("message", "not subscribed")));
        Expect.Success(await _api.PostForm($"{groupId}/members/{outsider.Id}"));
        Expect.Success(await _api.Delete($"{groupId}/members/{outsider.Id}"));
        await Settle();

        var changes = _callback.Deliveries
            .Select(d => JsonDocument.Parse(d.Body).RootElement.GetProperty("entry")[0].GetProperty("changes")[0])
            .ToList();
        Assert.Equal(2, changes.Count);
        Assert.All(changes, c =>
        {
            Assert.Equal("membership", c.GetProperty("field").GetString());
            Assert.False(c.TryGetProperty("value", out _));
        });
    }

    [Fact]
    public async Task Membership_changes_and_comments_carry_their_ids()
    {
        Expect.Success(await Subscribe("group", "membership,comments"));
        var groupId = GroupId("Engineering");
        var group = Emulator.State.FindGroup(groupId)!;
        var outsider = Emulator.State.People().First(p => p.Active && !group.MemberIds.Contains(p.Id));
        var postId = Emulator.State.Posts(groupId)[0].Id;
        Expect.Success(await _api.PostForm($"{groupId}/members/{outsider.Id}"));
        var comment = await _api.PostForm($"{postId}/comments", ("message", "Welcome"));
        Expect.Success(await _api.Delete($"{groupId}/members/{outsider.Id}"));
        await Settle();

        var values = _callback.Deliveries.Select(d => JsonDocument.Parse(d.Body).RootElement.GetProperty("entry")[0].GetProperty("changes")[0]).ToList();
        Assert.Equal(["membership", "comments", "membership"], values.Select(v => v.GetProperty("field").GetString()));
        Assert.Equal("add", values[0].GetProperty("value").GetProperty("verb").GetString());
        Assert.Equal(outsider.Id, values[0].GetProperty("value").GetProperty("member").GetProperty("id").GetString());
        Assert.Equal(comment.Json.GetProperty("id").GetString(), values[1].GetProperty("value").GetProperty("comment_id").GetString());
        Assert.Equal(postId, values[1].GetProperty("value").GetProperty("post_id").GetString());
        Assert.Equal("remove", values[2].GetProperty("value").GetProperty("verb").GetString());
    }

    [Fact]
    public async Task Chat_messages_go_to_the_bots_own_app_only()
    {
        var other = Emulator.AddIntegration("Other Bot", [EmulatorPermissions.MessageAnyMember]);
        using var otherCallback = new CallbackStub();
        Expect.Success(await Subscribe("page", "messages"));
        Expect.Success(await Subscribe("page", "messages", token: other.AppToken, callback: otherCallback.Url));
        var person = Emulator.State.People().First(p => p.Active);
        var sent = await _api.PostJson("me/messages", JsonSerializer.Serialize(new { recipient = new { id = person.Id }, message = new { text = "Ping" } }));
        Expect.Ok(sent);
        await Settle();

        var delivery = Assert.Single(_callback.Deliveries);
        Assert.Empty(otherCallback.Deliveries);
        var envelope = JsonDocument.Parse(delivery.Body).RootElement;
        Assert.Equal("page", envelope.GetProperty("object").GetString());
        var entry = envelope.GetProperty("entry")[0];
        Assert.Equal(EmulatorDefaults.AdminBotPageId, entry.GetProperty("id").GetString());
        var messaging = Assert.Single(entry.GetProperty("messaging").EnumerateArray().ToArray());
        Assert.Equal(EmulatorDefaults.AdminBotPageId, messaging.GetProperty("sender").GetProperty("id").GetString());
        Assert.Equal(person.Id, messaging.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(sent.Json.GetProperty("message_id").GetString(), messaging.GetProperty("message").GetProperty("mid").GetString());
        Assert.Equal("Ping", messaging.GetProperty("message").GetProperty("text").GetString());
        Assert.True(messaging.GetProperty("timestamp").GetInt64() > 1_500_000_000_000);
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_a_bounded_number_of_times()
    {
        Expect.Success(await Subscribe("group", "posts"));
        var posts = 0;
        _callback.Answer = request => request.Method == "GET" ? CallbackStub.EchoChallenge(request) : Interlocked.Increment(ref posts) < 3 ? (503, "busy") : (200, "ok");
        Expect.Ok(await _api.PostForm($"{GroupId("Engineering")}/feed", ("message", "third time lucky")));
        await Settle();

        var delivery = Assert.Single(Emulator.Webhooks.Deliveries);
        Assert.Equal((true, 3, 200), (delivery.Succeeded, delivery.Attempts, delivery.LastStatus));
        // The same signed body each time.
        Assert.Single(_callback.Deliveries.Select(d => d.Text).Distinct());

        _callback.Answer = request => request.Method == "GET" ? CallbackStub.EchoChallenge(request) : (500, "down");
        Expect.Ok(await _api.PostForm($"{GroupId("Engineering")}/feed", ("message", "never acknowledged")));
        await Settle();
        var failed = Emulator.Webhooks.Deliveries[^1];
        Assert.Equal((false, 3, 500), (failed.Succeeded, failed.Attempts, failed.LastStatus));
        Assert.Equal(6, _callback.Deliveries.Count());
    }

    [Fact]
    public async Task Delivery_never_blocks_the_request_that_caused_it()
    {
        Expect.Success(await Subscribe("group", "posts"));
        _callback.DeliveryDelay = TimeSpan.FromMilliseconds(800);

        var watch = Stopwatch.StartNew();
        Expect.Ok(await _api.PostForm($"{GroupId("Engineering")}/feed", ("message", "slow receiver")));
        var requestTime = watch.Elapsed;
        await Settle();

        Assert.True(requestTime < TimeSpan.FromMilliseconds(500), $"The post took {requestTime.TotalMilliseconds} ms");
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(800));
        Assert.True(Assert.Single(Emulator.Webhooks.Deliveries).Succeeded);
    }

    [Fact]
    public async Task Unsubscribing_stops_deliveries()
    {
        Expect.Success(await Subscribe("group", "posts,comments"));
        Expect.Success(await _api.Delete("app/subscriptions?object=group&fields=posts", AppToken));
        Assert.Equal(["comments"], Assert.Single(Emulator.Webhooks.Subscriptions).Fields);
        Expect.Ok(await _api.PostForm($"{GroupId("Engineering")}/feed", ("message", "nobody listens")));
        Expect.Success(await _api.Delete("app/subscriptions", AppToken));
        Assert.Empty(Emulator.Webhooks.Subscriptions);
        await Settle();
        Assert.Empty(_callback.Deliveries);
        Assert.Empty(Emulator.Webhooks.Deliveries);
    }

    [Fact]
    public void Options_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkplaceEmulator(new EmulatorOptions { Webhooks = new EmulatorWebhookOptions { MaxAttempts = 0 } }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkplaceEmulator(new EmulatorOptions { Webhooks = new EmulatorWebhookOptions { Timeout = TimeSpan.Zero } }));
        Assert.Contains("group", WebhookTopics.Objects);
        Assert.Contains("membership", WebhookTopics.FieldsOf("group"));
    }
}
