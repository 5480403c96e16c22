using System.Net;
using System.Net.Sockets;
using WorkplaceAdmin.Client.Errors;

namespace WorkplaceAdmin.Client.Http;

/// <summary>A retry handler's verdict on one attempt.</summary>
internal readonly record struct RetryDecision(bool ShouldRetry, TimeSpan? ServerDelay, string Reason)
{
    public static readonly RetryDecision Stop = new(false, null, "");
}

/// <summary>
/// Decides whether an attempt may be repeated. Anything is repeated when the server provably did not act
/// (connection never established, 429, a Graph throttle code, 503 with Retry-After). Other transient
/// failures (5xx, codes 1 and 2, is_transient, a dropped connection, a timeout) are repeated only for
/// requests that are safe to repeat: GET, HEAD, OPTIONS, PUT, or any request marked
/// <see cref="WorkplaceRequestOptions.RetrySafe"/>.
/// </summary>
internal static class RetryPolicy
{
    /// <summary>The pause between attempts at a loopback port that refused the connection.</summary>
    public static readonly TimeSpan RefusedOnLoopbackDelay = TimeSpan.FromMilliseconds(150);

    public static bool MayRepeat(HttpRequestMessage request)
    {
        if (request.Options.TryGetValue(WorkplaceRequestOptions.RetrySafe, out var safe) && safe)
            return true;
        var method = request.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options ||
               method == HttpMethod.Put || method == HttpMethod.Trace;
    }

    public static RetryDecision ForResponse(HttpResponseMessage response, ApiErrorBody error, bool mayRepeat, DateTimeOffset now)
    {
        var status = (int)response.StatusCode;
        if (status < 400)
            return RetryDecision.Stop;
        var serverDelay = RetryAfter(response, now);
        if (status == 429)
            return new RetryDecision(true, serverDelay, "HTTP 429");
        if (ErrorKindClassifier.IsThrottleCode(error.Code))
            return new RetryDecision(true, serverDelay, $"throttled (code {error.Code})");
        if (status == 503 && serverDelay is not null)
            return new RetryDecision(true, serverDelay, "HTTP 503 with Retry-After");
        if (!mayRepeat)
            return RetryDecision.Stop;
        if (status >= 500 && status != 501 && status != 505)
            return new RetryDecision(true, serverDelay, $"HTTP {status}");
        if (ErrorKindClassifier.IsTransientServiceCode(error.Code))
            return new RetryDecision(true, serverDelay, $"transient (code {error.Code})");
        if (error.IsTransient)
            return new RetryDecision(true, serverDelay, "is_transient");
        return RetryDecision.Stop;
    }

    public static RetryDecision ForFailure(Exception failure, bool mayRepeat, Uri? requestUri = null)
    {
        // This machine answered at once that nothing listens on the port: a wrong port, or a local server (the
        // emulator) that is not running or just restarting. Waiting out the backoff fixes neither, so the few
        // attempts come quickly and the caller learns within a second, not after 10 s.
        if (requestUri is { IsAbsoluteUri: true, IsLoopback: true } && ConnectionRefusal.IsIn(failure))
            return new RetryDecision(true, RefusedOnLoopbackDelay, "connection refused on this machine");
        if (NeverReachedServer(failure))
            return new RetryDecision(true, null, "connection failed");
        if (mayRepeat && failure is HttpRequestException or IOException or TimeoutException)
            return new RetryDecision(true, null, failure is TimeoutException || failure.InnerException is TimeoutException ? "timeout" : "connection dropped");
        return RetryDecision.Stop;
    }

    /// <summary>True when the request cannot have reached the server: no connection was ever established.</summary>
    public static bool NeverReachedServer(Exception failure)
    {
        if (failure is HttpRequestException http &&
            http.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError)
            return true;
        for (var current = failure; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket &&
                socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound
                    or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.TryAgain)
                return true;
        }
        return false;
    }

    /// <summary>Retry-After as seconds or an HTTP date; null when absent.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header is null)
            return null;
        if (header.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header.Date is { } date)
            return date > now ? date - now : TimeSpan.Zero;
        return null;
    }
}
