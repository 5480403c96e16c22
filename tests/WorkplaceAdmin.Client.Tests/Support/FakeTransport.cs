using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace WorkplaceAdmin.Client.Tests.Support;

/// <summary>What a fake transport saw of one request (copied, since the message is reused on retries).</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, HttpRequestHeaders Headers, string? Body, string? AuthorizationHeader, string? UserAgent);

/// <summary>
/// An in-process transport for unit tests: records every request and answers with a scripted responder.
/// </summary>
public sealed class FakeTransport : HttpMessageHandler
{
    private readonly Func<RecordedRequest, int, CancellationToken, Task<HttpResponseMessage>> respond;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private int count;

    public FakeTransport(Func<RecordedRequest, int, CancellationToken, Task<HttpResponseMessage>> respond) => this.respond = respond;

    public FakeTransport(Func<RecordedRequest, int, HttpResponseMessage> respond)
        : this((request, n, _) => Task.FromResult(respond(request, n)))
    {
    }

    /// <summary>Answers each request with the next response of the list (the last one repeats).</summary>
    public static FakeTransport Sequence(params Func<HttpResponseMessage>[] responses) =>
        new((_, n) => responses[Math.Min(n, responses.Length - 1)]());

    public static FakeTransport Always(Func<HttpResponseMessage> response) => new((_, _) => response());

    public IReadOnlyList<RecordedRequest> Requests => requests.ToArray();
    public int Count => Volatile.Read(ref count);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Headers, body,
            request.Headers.Authorization?.ToString(), request.Headers.UserAgent.ToString());
        requests.Enqueue(recorded);
        var n = Interlocked.Increment(ref count) - 1;
        var response = await respond(recorded, n, cancellationToken);
        response.RequestMessage ??= request;
        return response;
    }
}

/// <summary>Builders of canned responses.</summary>
public static class Respond
{
    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK, Action<HttpResponseMessage>? configure = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        configure?.Invoke(response);
        return response;
    }

    public static HttpResponseMessage Text(string text, HttpStatusCode status, string mediaType = "text/html") =>
        new(status) { Content = new StringContent(text, Encoding.UTF8, mediaType) };

    public static HttpResponseMessage Empty(HttpStatusCode status) => new(status) { Content = new ByteArrayContent(Array.Empty<byte>()) };

    public static HttpResponseMessage GraphError(int code, HttpStatusCode status = HttpStatusCode.BadRequest, bool transient = false, string message = "failure", int? subcode = null)
    {
        var subcodeMember = subcode is null ? "" : $",\"error_subcode\":{subcode}";
        var transientText = transient ? "true" : "false";
        return Json($$$"""{"error":{"message":"{{{message}}}","type":"OAuthException","code":{{{code}}}{{{subcodeMember}}},"is_transient":{{{transientText}}},"fbtrace_id":"TRACE{{{code}}}"}}""", status);
    }

    public static HttpResponseMessage Ok() => Json("""{"success":true}""");

    public static HttpResponseMessage WithRetryAfter(HttpResponseMessage response, TimeSpan delay)
    {
        response.Headers.RetryAfter = new RetryConditionHeaderValue(delay);
        return response;
    }

    public static HttpResponseMessage WithAppUsage(HttpResponseMessage response, int callCount, int cpu = 1, int time = 1)
    {
        response.Headers.TryAddWithoutValidation("X-App-Usage", $$"""{"call_count":{{callCount}},"total_cputime":{{cpu}},"total_time":{{time}}}""");
        return response;
    }
}
