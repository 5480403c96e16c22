using System.Net;
using System.Text.Json;
using Flurl.Http;
using WorkplaceAdmin.Client.Errors;
using WorkplaceAdmin.Client.Http;
using WorkplaceAdmin.Client.Json;

namespace WorkplaceAdmin.Client;

/// <summary>
/// One connection's HTTP client for the Workplace Graph and SCIM APIs. Every call is built and sent through
/// Flurl (<see cref="IFlurlClient"/>), whose HttpClient keeps the handler chain (failure redaction → log →
/// retry/throttle → auth → user agent → transport), and either returns parsed JSON or throws
/// <see cref="WorkplaceApiException"/>. Thread-safe; dispose it when the connection ends.
/// The calls are split by area into the other WorkplaceClient.*.cs files.
/// </summary>
public sealed partial class WorkplaceClient : IDisposable
{
    private readonly IFlurlClient flurl;
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
            MaxReadAttempts = options.Retry.MaxReadAttempts,
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
        flurl = WorkplaceFlurlClient.Create(HandlerPipeline.Build(options, retry, usage, redactor, clock), options.FlurlCallObserver);
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
            flurl.Dispose();
    }

    /// <summary>The Flurl client the calls go through (tests read its settings).</summary>
    internal IFlurlClient Flurl => flurl;

    /// <summary>A request to a Graph path (relative to the root and API version) with its query parameters.</summary>
    internal IFlurlRequest GraphRequest(string path, IReadOnlyDictionary<string, string?>? query) => flurl.Request(GraphUrl(path, query));

    /// <summary>A request to a SCIM path (relative to the SCIM root) with its query parameters.</summary>
    internal IFlurlRequest ScimRequest(string path, IReadOnlyDictionary<string, string?>? query) => flurl.Request(ScimUrl(path, query));

    /// <summary>
    /// Sends a request through Flurl and the handler chain and returns its JSON body, or throws
    /// <see cref="WorkplaceApiException"/>; a cancellation stays a cancellation.
    /// </summary>
    internal async Task<JsonElement> SendAsync(IFlurlRequest request, HttpMethod method, HttpContent? content, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        var uri = request.Url.ToUri();
        IFlurlResponse response;
        try
        {
            response = await request.SendAsync(method, content, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (FlurlHttpException failure)
        {
            throw await FlurlCallFailure.TranslateAsync(failure, errors, method, uri, cancellationToken).ConfigureAwait(false);
        }

        using var message = response.ResponseMessage;
        var body = await message.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var status = (int)message.StatusCode;
        var attempts = AttemptCount.Of(message.RequestMessage);
        // Flurl lets a 3xx through when redirects are off; for this API anything but 2xx is an error.
        if (status is < 200 or > 299)
            throw errors.FromResponse(method, uri, status, body, message.Content.Headers.ContentType?.MediaType, attempts);
        if (JsonBody.TryParse(body, out var json, out var problem))
            return json;
        throw errors.FromUnreadableSuccess(method, uri, status, problem!, body, attempts);
    }
}
