using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;

namespace WorkplaceAdmin.Client.Webhooks;

/// <summary>
/// A webhook callback on a loopback port (http://127.0.0.1:PORT/), built on the BCL's HttpListener. It answers the
/// hub.challenge handshake when the verify token matches (403 otherwise), refuses unsigned or wrongly signed
/// deliveries with 403, and acknowledges good ones with 200 once their events are queued. Callers read the queue
/// with <see cref="ReadAsync"/>, on their own thread. Dispose it to stop listening.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private const int PortAttempts = 5;
    private static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(2);

    private readonly WebhookReceiverOptions options;
    private readonly HttpListener listener;
    private readonly Channel<WebhookReceiverActivity> activity = Channel.CreateUnbounded<WebhookReceiverActivity>();
    private readonly CancellationTokenSource stopping = new();
    private readonly byte[] verifyToken;
    private readonly Task loop;
    private readonly object acknowledgements = new();
    private int disposed;
    private bool closing;
    private int unacknowledged;

    private WebhookReceiver(WebhookReceiverOptions options, HttpListener listener, int port)
    {
        this.options = options;
        this.listener = listener;
        Port = port;
        CallbackUri = new Uri($"http://127.0.0.1:{port}/");
        verifyToken = Encoding.UTF8.GetBytes(options.VerifyToken);
        loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    /// <summary>The URL to subscribe with (behind a tunnel or reverse proxy, subscribe with its https address).</summary>
    public Uri CallbackUri { get; }

    /// <summary>Starts listening; throws <see cref="ArgumentException"/> for bad options and <see cref="HttpListenerException"/> when the port is taken.</summary>
    public static WebhookReceiver Start(WebhookReceiverOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var snapshot = new WebhookReceiverOptions
        {
            Port = options.Port,
            VerifyToken = options.VerifyToken,
            AppSecret = options.AppSecret,
            MaxBodyBytes = options.MaxBodyBytes,
        };
        for (var attempt = 1; ; attempt++)
        {
            var port = snapshot.Port == 0 ? FreePort() : snapshot.Port;
            var listener = new HttpListener { IgnoreWriteExceptions = true };
            // HttpListener matches the Host header against its prefixes: accept both loopback spellings.
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            listener.Prefixes.Add($"http://localhost:{port}/");
            try
            {
                listener.Start();
                return new WebhookReceiver(snapshot, listener, port);
            }
            catch (HttpListenerException) when (snapshot.Port == 0 && attempt < PortAttempts)
            {
                // Another process took the free port between the probe and the bind: probe again.
                listener.Close();
            }
            catch
            {
                listener.Close();
                throw;
            }
        }
    }

    /// <summary>
    /// What happens at the receiver, as it happens, until <paramref name="count"/> events have arrived, the
    /// <paramref name="timeout"/> has passed (the sequence just ends), or <paramref name="cancellationToken"/> is
    /// cancelled (OperationCanceledException). Handshakes and refusals are reported between events.
    /// </summary>
    public async IAsyncEnumerable<WebhookReceiverActivity> ReadAsync(int? count, TimeSpan? timeout, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (count is <= 0)
            yield break;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } duration)
            limit.CancelAfter(duration);
        var events = 0;
        while (true)
        {
            WebhookReceiverActivity item;
            try
            {
                if (!await activity.Reader.WaitToReadAsync(limit.Token).ConfigureAwait(false))
                    yield break;
                if (!activity.Reader.TryRead(out item!))
                    continue;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                yield break;
            }
            yield return item;
            if (item.Kind == WebhookReceiverActivityKind.Event && count is not null && ++events >= count)
                yield break;
        }
    }

    /// <summary>The events only, as <see cref="ReadAsync"/> delivers them.</summary>
    public async IAsyncEnumerable<Models.WorkplaceWebhookEvent> ReceiveEventsAsync(int? count, TimeSpan? timeout, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in ReadAsync(count, timeout, cancellationToken).ConfigureAwait(false))
            if (item.Event is not null)
                yield return item.Event;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
            return;
        // A caller that stops after the last event it wanted must not cut off the 200 its sender is waiting for. Only
        // deliveries whose events are already queued are waited for (a write of a few bytes each): requests still
        // arriving are refused from now on, so neither a flood nor a slow upload holds up Ctrl+C.
        lock (acknowledgements)
            closing = true;
        var deadline = DateTime.UtcNow + DrainTime;
        while (Volatile.Read(ref unacknowledged) > 0 && DateTime.UtcNow < deadline)
            Thread.Sleep(5);
        stopping.Cancel();
        listener.Close();
        activity.Writer.TryComplete();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends by the listener being closed; how it noticed does not matter.
        }
        stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                continue;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        var request = context.Request;
        var acknowledging = false;
        try
        {
            var (status, body) = request.HttpMethod switch
            {
                "GET" => Handshake(request),
                "POST" => await DeliveryAsync(request).ConfigureAwait(false),
                _ => (405, "Only GET (handshake) and POST (deliveries) are accepted."),
            };
            acknowledging = status == 200 && request.HttpMethod == "POST";
            // A body left unread (refused as too large, or by method) must not be drained by HttpListener before it
            // reuses the connection: it reads the rest synchronously, 2 KB at a time, holding a thread for as long as
            // the sender sends. Closing the connection after the answer ends it at once.
            if (request.HasEntityBody && status is 413 or 405 or 503)
                response.KeepAlive = false;
            await WriteAsync(response, status, body).ConfigureAwait(false);
        }
        catch (Exception) when (stopping.IsCancellationRequested)
        {
            response.Abort();
        }
        catch (Exception error) when (error is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The sender went away; nothing to answer.
            response.Abort();
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // A request this receiver could not handle must still get an answer, or its sender waits until it times out.
            Report(new WebhookReceiverActivity(WebhookReceiverActivityKind.DeliveryRefused, null, $"Failed to handle a request: {error.Message}"));
            try
            {
                response.StatusCode = 500;
                response.Close();
            }
            catch (InvalidOperationException)
            {
                // Headers already sent: all that is left is to drop the connection.
                response.Abort();
            }
        }
        finally
        {
            if (acknowledging)
                Interlocked.Decrement(ref unacknowledged);
        }
    }

    private (int Status, string Body) Handshake(HttpListenerRequest request)
    {
        var mode = request.QueryString["hub.mode"];
        var token = request.QueryString["hub.verify_token"];
        var challenge = request.QueryString["hub.challenge"];
        if (mode == "subscribe" && !string.IsNullOrEmpty(challenge) && token is not null &&
            CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), verifyToken))
        {
            Report(new WebhookReceiverActivity(WebhookReceiverActivityKind.HandshakeAnswered, null, "Answered the subscription handshake."));
            return (200, challenge);
        }
        var why = mode != "subscribe" || string.IsNullOrEmpty(challenge)
            ? "it is not a subscription handshake (hub.mode=subscribe with a hub.challenge)"
            : "its hub.verify_token is not the verify token of this receiver";
        Report(new WebhookReceiverActivity(WebhookReceiverActivityKind.HandshakeRefused, null, $"Refused a GET request: {why}."));
        return (403, "Forbidden");
    }

    private async Task<(int Status, string Body)> DeliveryAsync(HttpListenerRequest request)
    {
        if (request.ContentLength64 > options.MaxBodyBytes)
            return Refuse(413, $"a body of {request.ContentLength64} bytes is over the limit of {options.MaxBodyBytes}");
        var body = await ReadBodyAsync(request).ConfigureAwait(false);
        if (body is null)
            return Refuse(413, $"the body is over the limit of {options.MaxBodyBytes} bytes");

        var signature = WebhookSignature.Verify(body, request.Headers[WebhookSignature.Sha256Header], request.Headers[WebhookSignature.Sha1Header], options.AppSecret);
        if (!signature.IsValid)
            return Refuse(403, signature.Reason);

        IReadOnlyList<Models.WorkplaceWebhookEvent> events;
        try
        {
            events = WebhookEnvelope.Parse(body);
        }
        catch (FormatException error)
        {
            return Refuse(400, error.Message);
        }
        lock (acknowledgements)
        {
            // Closing: the sender is told to come back (Workplace retries), rather than queued past the last read.
            if (closing)
                return (503, "The receiver is stopping.");
            Interlocked.Increment(ref unacknowledged);
        }
        // Queued before the 200 goes out: a sender that waits for it before the next delivery keeps the order.
        foreach (var e in events)
            Report(WebhookReceiverActivity.Of(e));
        return (200, "EVENT_RECEIVED");
    }

    private (int Status, string Body) Refuse(int status, string reason)
    {
        Report(new WebhookReceiverActivity(WebhookReceiverActivityKind.DeliveryRefused, null, $"Refused a delivery with HTTP {status}: {reason}"));
        return (status, status == 403 ? "Forbidden" : reason);
    }

    private async Task<byte[]?> ReadBodyAsync(HttpListenerRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.InputStream.ReadAsync(chunk, stopping.Token).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        response.Close();
    }

    private void Report(WebhookReceiverActivity item) => activity.Writer.TryWrite(item);

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        try
        {
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        finally
        {
            probe.Stop();
        }
    }
}
