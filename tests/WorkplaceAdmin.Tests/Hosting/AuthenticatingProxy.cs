using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WorkplaceAdmin.Tests.Hosting;

/// <summary>
/// A tiny HTTP forward proxy on 127.0.0.1 for plain-http targets on loopback. A request without the expected
/// Proxy-Authorization (Basic) gets 407 with a Basic challenge; an authenticated one is forwarded and its answer relayed.
/// It records every Proxy-Authorization it saw, so tests can check what a client sent.
/// </summary>
public sealed class AuthenticatingProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _expected;
    private readonly HttpClient _upstream = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CancellationTokenSource _stopping = new();
    private int _challenged;
    private int _forwarded;

    public AuthenticatingProxy(string user, string password)
    {
        _expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        _listener.Start();
        _ = AcceptAsync();
    }

    public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>Requests answered with 407.</summary>
    public int Challenged => Volatile.Read(ref _challenged);

    /// <summary>Requests that carried the right credentials and were forwarded.</summary>
    public int Forwarded => Volatile.Read(ref _forwarded);

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Stop();
        _upstream.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    /// <summary>Keep-alive: one request after the other on a connection, until the client closes it (at most 1,000).</summary>
    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        try
        {
            for (var served = 0; served < 1_000 && !_stopping.IsCancellationRequested; served++)
            {
                var head = await ReadHeadAsync(stream);
                if (head is null)
                    return;
                var lines = head.Split("\r\n");
                var parts = lines[0].Split(' ');
                var headers = lines.Skip(1).Where(line => line.Contains(':', StringComparison.Ordinal))
                    .Select(line => (Name: line[..line.IndexOf(':', StringComparison.Ordinal)].Trim(), Value: line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
                    .ToList();
                var length = int.TryParse(headers.FirstOrDefault(h => h.Name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Value, out var declared) ? declared : 0;
                var body = new byte[length];
                await stream.ReadExactlyAsync(body, _stopping.Token);

                if (headers.FirstOrDefault(h => h.Name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase)).Value != _expected)
                {
                    Interlocked.Increment(ref _challenged);
                    await WriteAsync(stream, "407 Proxy Authentication Required", [("Proxy-Authenticate", "Basic realm=\"test proxy\"")], []);
                    continue;
                }

                Interlocked.Increment(ref _forwarded);
                using var request = new HttpRequestMessage(new HttpMethod(parts[0]), new Uri(parts[1]));
                if (length > 0)
                    request.Content = new ByteArrayContent(body);
                foreach (var (name, value) in headers.Where(h => !h.Name.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase) && !h.Name.Equals("Host", StringComparison.OrdinalIgnoreCase)))
                {
                    if (!request.Headers.TryAddWithoutValidation(name, value))
                        request.Content?.Headers.TryAddWithoutValidation(name, value);
                }

                using var response = await _upstream.SendAsync(request, _stopping.Token);
                var answer = await response.Content.ReadAsByteArrayAsync(_stopping.Token);
                var relayed = response.Headers.Concat(response.Content.Headers)
                    .Where(h => h.Key is not ("Content-Length" or "Transfer-Encoding" or "Connection"))
                    .Select(h => (h.Key, string.Join(", ", h.Value))).ToList();
                await WriteAsync(stream, $"{(int)response.StatusCode} {response.ReasonPhrase}", relayed, answer);
            }
        }
        catch (Exception error) when (error is IOException or OperationCanceledException or SocketException or EndOfStreamException)
        {
            // The client or the test went away.
        }
    }

    private async Task<string?> ReadHeadAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 64 * 1024)
        {
            if (await stream.ReadAsync(one, _stopping.Token) == 0)
                return null;
            head.Add(one[0]);
            if (head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n')
                return Encoding.ASCII.GetString(head.ToArray(), 0, head.Count - 4);
        }
        return null;
    }

    private async Task WriteAsync(NetworkStream stream, string status, IEnumerable<(string Name, string Value)> headers, byte[] body)
    {
        var head = new StringBuilder($"HTTP/1.1 {status}\r\n");
        foreach (var (name, value) in headers)
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        head.Append("Content-Length: ").Append(body.Length).Append("\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stopping.Token);
        await stream.WriteAsync(body, _stopping.Token);
    }
}
