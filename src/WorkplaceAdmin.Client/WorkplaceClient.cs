using System.Net;
using System.Text.Json;
using WorkplaceAdmin.Client.Errors;
using WorkplaceAdmin.Client.Http;
using WorkplaceAdmin.Client.Json;

namespace WorkplaceAdmin.Client;

/// <summary>
/// One connection's HTTP client for the Workplace Graph and SCIM APIs. Every call goes through the
/// handler chain (log → retry/throttle → auth → user agent → transport) and either returns parsed JSON or
/// throws <see cref="WorkplaceApiException"/>. Thread-safe; dispose it when the connection ends.
/// The calls are split by area into the other WorkplaceClient.*.cs files.
/// </summary>
public sealed partial class WorkplaceClient : IDisposable
{
    private readonly HttpClient http;
    private readonly ApiExceptionFactory errors;
    private readonly AppUsageMonitor usage;
    private readonly Uri graphRoot;
    // What the client was built from, to derive the app-token client of webhook subscriptions.
    private readonly WorkplaceClientOptions settings;
    private int disposed;

    /// <summary>Validates the options (throws <see cref="ArgumentException"/>) and builds the handler chain.</summary>
    public WorkplaceClient(WorkplaceClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        settings = options.Clone();
        var clock = options.Clock ?? (() => DateTimeOffset.UtcNow);
        // Snapshot: later changes to the caller's options object do not alter a live client.
        var retry = new RetryOptions
        {
            MaxAttempts = options.Retry.MaxAttempts,
            BaseDelay = options.Retry.BaseDelay,
            MaxDelay = options.Retry.MaxDelay,
            TotalBudget = options.Retry.TotalBudget,
        };
        // The proxy password too: a proxy's error page or a transport message could echo it.
        var redactor = new SecretRedactor(options.AccessToken, options.AppSecret, (options.Proxy?.Credentials as NetworkCredential)?.Password);

        GraphUri = ApiPath.AsRoot(options.GraphUri);
        ScimUri = ApiPath.AsRoot(options.ScimUri);
        ApiVersion = options.ApiVersion;
        MaxConcurrency = options.MaxConcurrency;
        graphRoot = ApiVersion is null ? GraphUri : new Uri(GraphUri.AbsoluteUri + ApiVersion + "/");
        usage = new AppUsageMonitor(retry, clock);
        errors = new ApiExceptionFactory(redactor, graphRoot, GraphUri, ScimUri);
        http = new HttpClient(HandlerPipeline.Build(options, retry, usage, redactor, clock), disposeHandler: true)
        {
            // Time limits are per attempt, enforced by the retry handler.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public Uri GraphUri { get; }
    public Uri ScimUri { get; }
    public string? ApiVersion { get; }

    /// <summary>Upper bound of concurrent calls for bulk work (<see cref="BulkRunner"/>).</summary>
    public int MaxConcurrency { get; }

    /// <summary>The X-App-Usage of the most recent response that carried one; null before that.</summary>
    public WorkplaceAppUsage? LastAppUsage => usage.Last;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
            http.Dispose();
    }

    /// <summary>Sends a request through the chain and returns its JSON body, or throws <see cref="WorkplaceApiException"/>.</summary>
    internal async Task<JsonElement> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException or TimeoutException &&
                                              !cancellationToken.IsCancellationRequested)
            {
                throw errors.FromTransportFailure(request.Method, request.RequestUri, exception, AttemptsOf(request));
            }

            using (response)
            {
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is < 200 or > 299)
                    throw errors.FromResponse(request.Method, request.RequestUri, status, body,
                        response.Content.Headers.ContentType?.MediaType, AttemptsOf(request));
                if (JsonBody.TryParse(body, out var json, out var problem))
                    return json;
                throw errors.FromUnreadableSuccess(request.Method, request.RequestUri, status, problem!, body, AttemptsOf(request));
            }
        }
    }

    internal static HttpRequestMessage CreateRequest(HttpMethod method, Uri uri, HttpContent? content, bool retrySafe)
    {
        var request = new HttpRequestMessage(method, uri) { Content = content };
        if (retrySafe)
            request.Options.Set(WorkplaceRequestOptions.RetrySafe, true);
        return request;
    }

    private static int AttemptsOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(WorkplaceRequestOptions.Attempt, out var attempts) ? attempts : 1;
}
