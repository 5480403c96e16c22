using System.Net;
using System.Text;
using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Client.Tests.Webhooks;

public sealed class WebhookReceiverTests : IDisposable
{
    private const string Secret = "receiver-test-app-secret";
    private const string VerifyToken = "receiver-verify-token";
    private static readonly TimeSpan Short = TimeSpan.FromSeconds(5);

    private readonly WebhookReceiver receiver = WebhookReceiver.Start(new WebhookReceiverOptions { VerifyToken = VerifyToken, AppSecret = Secret });
    private readonly HttpClient http = LoopbackHttp.Create();

    public void Dispose()
    {
        http.Dispose();
        receiver.Dispose();
    }

    private const string Envelope =
        "{\"object\":\"group\",\"entry\":[{\"id\":\"1001\",\"time\":1530000512,\"changes\":[" +
        "{\"field\":\"posts\",\"value\":{\"from\":{\"id\":\"7\",\"name\":\"Alex Wilson\"},\"post_id\":\"1001_55\",\"verb\":\"add\",\"created_time\":\"2018-08-04T22:58:29+0000\",\"message\":\"Hello\"}}," +
        "{\"field\":\"membership\",\"value\":{\"verb\":\"remove\",\"member\":{\"id\":\"8\",\"name\":\"Bo\"}}}]}]}";

    [Fact]
    public async Task Answers_the_handshake_with_the_challenge_when_the_verify_token_matches()
    {
        using var response = await http.GetAsync(Url($"?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token={VerifyToken}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1158201444", await response.Content.ReadAsStringAsync());
        var activity = await FirstActivity();
        Assert.Equal(WebhookReceiverActivityKind.HandshakeAnswered, activity.Kind);
    }

    [Theory]
    [InlineData("?hub.mode=subscribe&hub.challenge=42&hub.verify_token=wrong-token")]
    [InlineData("?hub.mode=subscribe&hub.challenge=42")]
    [InlineData("?hub.mode=unsubscribe&hub.challenge=42&hub.verify_token=" + VerifyToken)]
    [InlineData("?hub.mode=subscribe&hub.verify_token=" + VerifyToken)]
    [InlineData("")]
    public async Task Refuses_a_handshake_with_the_wrong_verify_token_or_no_challenge(string query)
    {
        using var response = await http.GetAsync(Url(query));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("42", await response.Content.ReadAsStringAsync());
        Assert.Equal(WebhookReceiverActivityKind.HandshakeRefused, (await FirstActivity()).Kind);
    }

    [Fact]
    public async Task Acknowledges_a_signed_delivery_and_yields_its_events_in_order()
    {
        using var response = await Post(Envelope, sha256: WebhookSignature.ComputeSha256(Encoding.UTF8.GetBytes(Envelope), Secret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = await ToList(receiver.ReceiveEventsAsync(2, Short));
        Assert.Equal(["posts", "membership"], events.Select(e => e.Field));
        Assert.Equal("1001_55", events[0].PostId);
        Assert.Equal("Hello", events[0].Message);
        Assert.Equal("Alex Wilson", events[0].SenderName);
        Assert.Equal(new DateTimeOffset(2018, 8, 4, 22, 58, 29, TimeSpan.Zero), events[0].Time);
        Assert.Equal("8", events[1].MemberId);
        Assert.Equal("remove", events[1].Verb);
        Assert.All(events, e => Assert.Equal("1001", e.EntryId));
    }

    [Fact]
    public async Task Accepts_the_legacy_sha1_signature_alone()
    {
        using var response = await Post(Envelope, sha1: WebhookSignature.ComputeSha1(Encoding.UTF8.GetBytes(Envelope), Secret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await ToList(receiver.ReceiveEventsAsync(2, Short))).Count);
    }

    public static TheoryData<string, string?, string?> BadDeliveries()
    {
        var body = Encoding.UTF8.GetBytes(Envelope);
        return new()
        {
            { "unsigned", null, null },
            { "signed with another secret", WebhookSignature.ComputeSha256(body, "not-the-secret"), null },
            { "tampered signature", "sha256=" + new string('0', 64), null },
            { "wrong prefix", "md5=" + WebhookSignature.ComputeSha256(body, Secret)[7..], null },
            { "signature of another body", WebhookSignature.ComputeSha256(Encoding.UTF8.GetBytes(Envelope + " "), Secret), null },
        };
    }

    [Theory]
    [MemberData(nameof(BadDeliveries))]
    public async Task Refuses_unsigned_or_wrongly_signed_deliveries_with_403(string name, string? sha256, string? sha1)
    {
        using var response = await Post(Envelope, sha256, sha1);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{name}: {response.StatusCode}");
        var activity = await FirstActivity();
        Assert.Equal(WebhookReceiverActivityKind.DeliveryRefused, activity.Kind);
        Assert.DoesNotContain(Secret, activity.Description, StringComparison.Ordinal);
        Assert.Empty(await ToList(receiver.ReceiveEventsAsync(null, TimeSpan.FromMilliseconds(100))));
    }

    [Fact]
    public async Task Refuses_a_signed_body_that_is_not_an_envelope_with_400()
    {
        const string body = "[1,2,3]";
        using var response = await Post(body, WebhookSignature.ComputeSha256(Encoding.UTF8.GetBytes(body), Secret));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(WebhookReceiverActivityKind.DeliveryRefused, (await FirstActivity()).Kind);
    }

    [Fact]
    public async Task Stops_after_count_events_and_ends_quietly_at_the_timeout()
    {
        var body = Encoding.UTF8.GetBytes(Envelope);
        using (await Post(Envelope, WebhookSignature.ComputeSha256(body, Secret))) { }
        using (await Post(Envelope, WebhookSignature.ComputeSha256(body, Secret))) { }

        Assert.Single(await ToList(receiver.ReceiveEventsAsync(1, Short)));
        var started = DateTime.UtcNow;
        var rest = await ToList(receiver.ReceiveEventsAsync(10, TimeSpan.FromMilliseconds(300)));
        Assert.Equal(3, rest.Count);
        Assert.True(DateTime.UtcNow - started < Short);
    }

    [Fact]
    public async Task Cancellation_stops_reading()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToList(receiver.ReceiveEventsAsync(null, null, cancel.Token)));
    }

    [Fact]
    public async Task Refuses_other_methods_and_stops_listening_when_disposed()
    {
        using (var response = await http.PutAsync(Url(""), new StringContent("x")))
        {
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        }
        var url = Url("?hub.mode=subscribe&hub.challenge=1&hub.verify_token=" + VerifyToken);
        receiver.Dispose();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync(url));
    }

    [Fact]
    public void Options_are_checked_and_never_print_secrets()
    {
        Assert.Throws<ArgumentException>(() => WebhookReceiver.Start(new WebhookReceiverOptions { VerifyToken = "", AppSecret = Secret }));
        Assert.Throws<ArgumentException>(() => WebhookReceiver.Start(new WebhookReceiverOptions { VerifyToken = VerifyToken, AppSecret = "" }));
        Assert.Throws<ArgumentException>(() => WebhookReceiver.Start(new WebhookReceiverOptions { Port = 70000, VerifyToken = VerifyToken, AppSecret = Secret }));
        var text = new WebhookReceiverOptions { VerifyToken = VerifyToken, AppSecret = Secret }.ToString();
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(VerifyToken, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Listens_on_a_loopback_address()
    {
        Assert.Equal("127.0.0.1", receiver.CallbackUri.Host);
        Assert.Equal(receiver.Port, receiver.CallbackUri.Port);
        Assert.InRange(receiver.Port, 1, 65535);
    }

    [Fact]
    public async Task Disposing_right_after_the_last_event_still_acknowledges_its_delivery()
    {
        var body = Encoding.UTF8.GetBytes(Envelope);
        var posting = Post(Envelope, WebhookSignature.ComputeSha256(body, Secret));
        await foreach (var _ in receiver.ReceiveEventsAsync(1, Short))
        {
        }
        receiver.Dispose();

        using var response = await posting;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Answers_requests_addressed_to_localhost_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url($"?hub.mode=subscribe&hub.challenge=77&hub.verify_token={VerifyToken}"));
        request.Headers.Host = $"localhost:{receiver.Port}";
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("77", await response.Content.ReadAsStringAsync());
    }

    private Uri Url(string query) => new(receiver.CallbackUri, query);

    private async Task<HttpResponseMessage> Post(string body, string? sha256 = null, string? sha1 = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, receiver.CallbackUri) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (sha256 is not null)
            request.Headers.TryAddWithoutValidation(WebhookSignature.Sha256Header, sha256);
        if (sha1 is not null)
            request.Headers.TryAddWithoutValidation(WebhookSignature.Sha1Header, sha1);
        return await http.SendAsync(request);
    }

    private async Task<WebhookReceiverActivity> FirstActivity()
    {
        await foreach (var item in receiver.ReadAsync(null, Short))
            return item;
        throw new TimeoutException("The receiver reported nothing.");
    }

    private static async Task<List<T>> ToList<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
            list.Add(item);
        return list;
    }
}
