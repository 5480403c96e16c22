using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WorkplaceAdmin.Emulator.Tests.Webhooks;

/// <summary>A request the stub received: method, query, headers and raw body.</summary>
public sealed record StubRequest(string Method, string Query, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? QueryValue(string name) =>
        Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(parts => Uri.UnescapeDataString(parts[0]) == name)
            .Select(parts => parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "")
            .FirstOrDefault();

    public string Text => Encoding.UTF8.GetString(Body);
}

/// <summary>
/// A webhook callback on 127.0.0.1 for emulator tests: records every request and answers with
/// <see cref="Answer"/>, which by default echoes the handshake challenge and acknowledges deliveries.
/// </summary>
public sealed class CallbackStub : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();

    public CallbackStub()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                _listener.Start();
                Url = new Uri($"http://127.0.0.1:{port}/hook");
                break;
            }
            catch (HttpListenerException) when (attempt < 4)
            {
            }
        }
        _ = Task.Run(LoopAsync);
    }

    public Uri Url { get; } = null!;

    public ConcurrentQueue<StubRequest> Requests { get; } = new();

    public IEnumerable<StubRequest> Deliveries => Requests.Where(r => r.Method == "POST");

    /// <summary>Status and body for a request; defaults to echoing hub.challenge and acknowledging posts.</summary>
    public Func<StubRequest, (int Status, string Body)> Answer { get; set; } = EchoChallenge;

    /// <summary>Delay before answering a POST.</summary>
    public TimeSpan DeliveryDelay { get; set; }

    public static (int, string) EchoChallenge(StubRequest request) =>
        request.Method == "GET" ? (200, request.QueryValue("hub.challenge") ?? "") : (200, "ok");

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
                .ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            var request = new StubRequest(context.Request.HttpMethod, context.Request.Url!.Query, headers, body.ToArray());
            Requests.Enqueue(request);
            if (request.Method == "POST" && DeliveryDelay > TimeSpan.Zero)
            {
                await Task.Delay(DeliveryDelay);
            }
            var (status, text) = Answer(request);
            var bytes = Encoding.UTF8.GetBytes(text);
            context.Response.StatusCode = status;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
    }
}
