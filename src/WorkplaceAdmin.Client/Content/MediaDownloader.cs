using System.Net;
using WorkplaceAdmin.Client.Http;

namespace WorkplaceAdmin.Client.Content;

/// <summary>
/// Streams attachment media to files through the connection's transport: the body goes straight to disk (never
/// buffered whole), into "&lt;file&gt;.partial", and is moved into place only once its size matches Content-Length and its
/// content type is the one expected, so a file at its final name is always complete.
/// <para>
/// Media links are signed CDN URLs that need no token (workplace-api.md §3.6), and a CDN is another host: the chain is
/// log → user agent → transport, with no authentication handler, so the token never travels with them. The Graph retry
/// handler buffers bodies, so transient failures (5xx, 429, a dropped connection) are retried here, whole file again.
/// </para>
/// </summary>
internal sealed class MediaDownloader : IDisposable
{
    private readonly HttpClient http;
    private readonly RetryOptions retry;

    public MediaDownloader(WorkplaceClientOptions options)
    {
        HttpMessageHandler handler = TransportFactory.Create(options);
        handler = new UserAgentHandler(options.UserAgent) { InnerHandler = handler };
        if (options.Log is not null)
            handler = new RedactingLogHandler(options.Log, new SecretRedactor(options.AccessToken, options.AppSecret)) { InnerHandler = handler };
        http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        retry = options.Retry;
    }

    /// <summary>Downloads <paramref name="url"/> to <paramref name="path"/>; returns the size and content type.</summary>
    /// <param name="expectedType">"image/", "video/" or null (any type but an HTML page).</param>
    /// <exception cref="InvalidDataException">The server answered but the body is not the expected media.</exception>
    /// <exception cref="HttpRequestException">The download failed, after retries when transient.</exception>
    public async Task<(long Bytes, string ContentType)> DownloadAsync(Uri url, string path, string? expectedType, CancellationToken ct)
    {
        if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            throw new InvalidDataException($"The media link '{url.GetLeftPart(UriPartial.Path)}' is not an http(s) URL.");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AttemptAsync(url, path, expectedType, ct).ConfigureAwait(false);
            }
            catch (Exception error) when (IsTransient(error) && attempt < retry.MaxAttempts && !ct.IsCancellationRequested)
            {
                await Task.Delay(Backoff.Delay(attempt, retry, Random.Shared.NextDouble()), ct).ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => http.Dispose();

    private async Task<(long Bytes, string ContentType)> AttemptAsync(Uri url, string path, string? expectedType, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            // Graph throttles with HTTP 400 and a transient error envelope; such an answer is retried like a 429.
            var transient = await TransientEnvelope.IsTransientAsync(response, ct).ConfigureAwait(false);
            throw new HttpRequestException($"GET {url.GetLeftPart(UriPartial.Path)} answered HTTP {(int)response.StatusCode} ({response.ReasonPhrase}).", null,
                transient ? HttpStatusCode.TooManyRequests : response.StatusCode);
        }
        var contentType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (contentType.Length == 0 || contentType == "text/html" || (expectedType is not null && !contentType.StartsWith(expectedType, StringComparison.OrdinalIgnoreCase)))
            throw new InvalidDataException($"GET {url.GetLeftPart(UriPartial.Path)} answered '{(contentType.Length == 0 ? "no content type" : contentType)}', not {expectedType ?? "a media file"}.");

        var partial = path + ".partial";
        long written;
        await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await using var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            await body.CopyToAsync(file, ct).ConfigureAwait(false);
            written = file.Length;
        }
        var expected = response.Content.Headers.ContentLength;
        if (expected is not null && expected != written)
        {
            File.Delete(partial);
            // A short body is a dropped transfer: worth another attempt.
            throw new IOException($"GET {url.GetLeftPart(UriPartial.Path)} announced {expected} bytes but sent {written}.");
        }
        File.Move(partial, path, overwrite: true);
        return (written, contentType);
    }

    private static bool IsTransient(Exception error) => error switch
    {
        HttpRequestException { StatusCode: null } => true,
        HttpRequestException { StatusCode: { } status } => status == HttpStatusCode.TooManyRequests || (int)status >= 500,
        IOException => true,
        TimeoutException => true,
        _ => false,
    };
}
