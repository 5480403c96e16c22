using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>
/// Receive-WorkplaceWebhook under hostile and heavy traffic: an oversized body is refused with 413 before it is read
/// and the receiver goes on answering every later delivery; Ctrl+C during a flood returns within 1 s.
/// </summary>
public class WebhookReceiverLoadTests
{
    private const string Secret = "load-test-secret";
    private const string Envelope = "{\"object\":\"group\",\"entry\":[{\"id\":\"1001\",\"time\":1530000512,\"changes\":[{\"field\":\"posts\",\"value\":{\"post_id\":\"1001_55\",\"verb\":\"add\"}}]}]}";

    private static readonly string Signature =
        "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(Envelope))).ToLowerInvariant();

    [Fact]
    public async Task After_oversized_bodies_every_later_delivery_is_answered_and_written()
    {
        using var session = new ModuleSession();
        var port = FreePort();
        using var receiving = Receive(session, port, "-Count 2000 -Timeout 120");
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };
        await WaitUntilListeningAsync(http, port);

        Assert.Equal(413, await SendOversizedAsync(port, 50L * 1024 * 1024, chunked: false));
        Assert.Equal(413, await SendOversizedAsync(port, 2L * 1024 * 1024, chunked: true));
        var answers = await DeliverAsync(http, port, 2_000, CancellationToken.None);

        Assert.Equal(2_000, answers[HttpStatusCode.OK]);
        Assert.True(receiving.WaitForOutput(2_000, TimeSpan.FromSeconds(30)), $"Wrote {receiving.OutputCount} of 2000 events.");
    }

    [Fact]
    public async Task Ctrl_C_during_a_flood_returns_within_1_second()
    {
        using var session = new ModuleSession();
        var port = FreePort();
        using var receiving = Receive(session, port, "");
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };
        await WaitUntilListeningAsync(http, port);
        using var flood = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var flooding = DeliverAsync(http, port, 20_000, flood.Token);
        Assert.True(receiving.WaitForOutput(200, TimeSpan.FromSeconds(30)), "The flood did not get going.");

        var watch = Stopwatch.StartNew();
        var stopped = receiving.Stop();
        watch.Stop();
        await flood.CancelAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => flooding);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"Ctrl+C took {watch.Elapsed.TotalMilliseconds:0} ms.");
        Assert.Empty(stopped.Errors);
    }

    private static RunningPipeline Receive(ModuleSession session, int port, string limits) => session.Start($"""
        $token = ConvertTo-SecureString 'load-verify' -AsPlainText -Force
        $secret = ConvertTo-SecureString '{Secret}' -AsPlainText -Force
        Receive-WorkplaceWebhook -Port {port} -VerifyToken $token -AppSecret $secret {limits}
        """);

    private static async Task WaitUntilListeningAsync(HttpClient http, int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{port}/?hub.mode=subscribe&hub.challenge=1&hub.verify_token=load-verify");
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The receiver did not start listening.");
    }

    /// <summary>Eight senders at a time until <paramref name="count"/> deliveries are answered; the answers by status.</summary>
    private static async Task<Dictionary<HttpStatusCode, int>> DeliverAsync(HttpClient http, int port, int count, CancellationToken cancellationToken)
    {
        var answers = new System.Collections.Concurrent.ConcurrentDictionary<HttpStatusCode, int>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/") { Content = new StringContent(Envelope) };
                request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", Signature);
                using var response = await http.SendAsync(request, cancellationToken);
                answers.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
            }
        }));
        return new Dictionary<HttpStatusCode, int>(answers);
    }

    /// <summary>Declares <paramref name="size"/> bytes but sends at most 1.5 MB: a receiver that read it all would never answer.</summary>
    private static async Task<int> SendOversizedAsync(int port, long size, bool chunked)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        using var answer = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var framing = chunked ? "Transfer-Encoding: chunked" : $"Content-Length: {size}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{framing}\r\n\r\n"), answer.Token);
        var reading = ReadStatusAsync(stream, answer.Token);
        var chunk = new byte[64 * 1024];
        try
        {
            for (var sent = 0; sent < 1536 * 1024 && !reading.IsCompleted; sent += chunk.Length)
                await stream.WriteAsync(chunked ? [.. Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n"), .. chunk, .. "\r\n"u8.ToArray()] : chunk, answer.Token);
        }
        catch (IOException)
        {
            // Closed by the receiver after its answer.
        }
        return await reading;
    }

    private static async Task<int> ReadStatusAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[512];
        var read = await stream.ReadAsync(buffer, cancellationToken);
        return read == 0 ? 0 : int.Parse(Encoding.ASCII.GetString(buffer, 0, read).Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
