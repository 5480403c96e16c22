using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Client.Tests.Webhooks;

/// <summary>
/// The receiver under hostile or heavy traffic: oversized bodies (declared or chunked) are refused with 413 before they
/// are read, and it goes on answering; floods of unsigned and signed deliveries are each answered, with memory flat.
/// </summary>
public sealed class WebhookReceiverLoadTests : IDisposable
{
    private const string Secret = "load-test-app-secret";
    private const string Envelope = "{\"object\":\"group\",\"entry\":[{\"id\":\"1001\",\"time\":1530000512,\"changes\":[{\"field\":\"posts\",\"value\":{\"post_id\":\"1001_55\",\"verb\":\"add\"}}]}]}";
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(5);

    private readonly WebhookReceiver receiver = WebhookReceiver.Start(new WebhookReceiverOptions { VerifyToken = "load-verify", AppSecret = Secret });
    private readonly HttpClient http = LoopbackHttp.Create();

    public void Dispose()
    {
        http.Dispose();
        receiver.Dispose();
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(50, false)]
    [InlineData(2, true)]
    [InlineData(50, true)]
    public async Task An_oversized_body_is_refused_with_413_before_it_is_read_and_later_deliveries_are_answered(int megabytes, bool chunked)
    {
        // Only the first 1.5 MB is sent: a receiver that waited for the whole body would never answer.
        var status = await SendOversizedAsync(megabytes * 1024L * 1024, chunked, sent: 1536 * 1024);

        Assert.Equal(413, status);
        var (accepted, _) = await DeliverAsync(2_000, signed: true, parallel: 8);
        Assert.Equal(2_000, accepted);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(50, false)]
    [InlineData(2, true)]
    [InlineData(50, true)]
    public async Task An_oversized_body_sent_whole_by_an_http_client_is_refused_and_later_deliveries_are_answered(int megabytes, bool chunked)
    {
        var body = new byte[megabytes * 1024 * 1024];
        HttpContent content = chunked ? new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, receiver.CallbackUri) { Content = content };
        if (chunked)
            request.Headers.TransferEncodingChunked = true;
        try
        {
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }
        catch (HttpRequestException)
        {
            // The receiver may close the connection while the client is still sending: refused either way.
        }

        var (accepted, _) = await DeliverAsync(2_000, signed: true, parallel: 8);
        Assert.Equal(2_000, accepted);
    }

    [Fact]
    public async Task A_flood_of_unsigned_then_signed_deliveries_is_answered_one_by_one_with_memory_flat()
    {
        var reading = CountEventsAsync(2_000);
        await DeliverAsync(200, signed: true, parallel: 8); // Warm up: connection pools, JIT, buffers.
        await DrainAsync();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var (accepted, refused) = await DeliverAsync(2_000, signed: false, parallel: 8);
        Assert.Equal((0, 2_000), (accepted, refused));
        (accepted, refused) = await DeliverAsync(2_000, signed: true, parallel: 8);
        Assert.Equal((2_000, 0), (accepted, refused));
        Assert.Equal(2_200, await reading);

        var growth = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.True(growth < 8 * 1024 * 1024, $"The managed heap grew by {growth / 1024} KB over 4,000 requests.");
    }

    /// <summary>Sends headers declaring <paramref name="size"/> bytes and then only <paramref name="sent"/> of them; returns the status answered.</summary>
    private async Task<int> SendOversizedAsync(long size, bool chunked, int sent)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, receiver.Port);
        var stream = client.GetStream();
        var framing = chunked ? "Transfer-Encoding: chunked" : $"Content-Length: {size}";
        var head = $"POST / HTTP/1.1\r\nHost: 127.0.0.1:{receiver.Port}\r\nContent-Type: application/json\r\n{framing}\r\n\r\n";
        using var answer = new CancellationTokenSource(AnswerWithin);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), answer.Token);
        var reading = ReadStatusAsync(stream, answer.Token);
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'x');
        try
        {
            for (var written = 0; written < sent && !reading.IsCompleted; written += chunk.Length)
            {
                if (chunked)
                    await stream.WriteAsync(Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n"), answer.Token);
                await stream.WriteAsync(chunk, answer.Token);
                if (chunked)
                    await stream.WriteAsync("\r\n"u8.ToArray(), answer.Token);
            }
        }
        catch (IOException)
        {
            // The receiver closed the connection after answering: the answer is what counts.
        }
        return await reading;
    }

    private static async Task<int> ReadStatusAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[256];
        var line = new StringBuilder();
        while (!line.ToString().Contains("\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
                return 0;
            line.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        return int.Parse(line.ToString().Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<(int Accepted, int Refused)> DeliverAsync(int count, bool signed, int parallel)
    {
        var body = Encoding.UTF8.GetBytes(Envelope);
        var signature = WebhookSignature.ComputeSha256(body, Secret);
        int accepted = 0, refused = 0, next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, receiver.CallbackUri) { Content = new ByteArrayContent(body) };
                if (signed)
                    request.Headers.TryAddWithoutValidation(WebhookSignature.Sha256Header, signature);
                using var response = await http.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.OK)
                    Interlocked.Increment(ref accepted);
                else if (response.StatusCode == HttpStatusCode.Forbidden)
                    Interlocked.Increment(ref refused);
            }
        }));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"{count} deliveries took {watch.Elapsed}.");
        return (accepted, refused);
    }

    private async Task<int> CountEventsAsync(int afterWarmUp)
    {
        var events = 0;
        await foreach (var item in receiver.ReadAsync(null, TimeSpan.FromSeconds(90)))
        {
            if (item.Kind == WebhookReceiverActivityKind.Event && ++events == 200 + afterWarmUp)
                break;
        }
        return events;
    }

    private static async Task DrainAsync() => await Task.Delay(100);
}
