using System.Diagnostics;
using System.Globalization;

namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// Writes one line per call (all its attempts): method, URL with credentials masked, status or failure,
/// elapsed milliseconds and the number of attempts. The line passes through the redactor as a whole, so
/// no part of it (not even a server's exception text) can carry the token or the app secret.
/// </summary>
internal sealed class RedactingLogHandler : DelegatingHandler
{
    private readonly Action<string> log;
    private readonly SecretRedactor redactor;

    public RedactingLogHandler(Action<string> log, SecretRedactor redactor)
    {
        this.log = log;
        this.redactor = redactor;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            Write(request, $"{(int)response.StatusCode} {response.ReasonPhrase}", started);
            return response;
        }
        catch (Exception exception)
        {
            var outcome = exception is OperationCanceledException ? "canceled" : $"failed: {exception.GetType().Name}: {exception.Message}";
            Write(request, outcome, started);
            throw;
        }
    }

    private void Write(HttpRequestMessage request, string outcome, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var attempt = request.Options.TryGetValue(WorkplaceRequestOptions.Attempt, out var value) ? value : 1;
        var line = $"{request.Method} {redactor.RedactUrl(request.RequestUri)} -> {outcome} in {elapsed} ms (attempt {attempt})";
        try
        {
            log(redactor.Redact(line));
        }
        catch (Exception)
        {
            // A failing log sink must not change the outcome of the call it describes.
        }
    }
}
