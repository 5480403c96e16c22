using System.Net;
using System.Net.Http.Headers;

namespace WorkplaceAdmin.Emulator;

/// <summary>
/// Hosts a <see cref="WorkplaceEmulator"/> in-process: <c>new HttpClient(new EmulatorHttpHandler(emulator))</c>.
/// Any absolute URL works; <see cref="GraphBaseUri"/> and <see cref="ScimBaseUri"/> are the conventional ones.
/// A dropped-connection fault throws <see cref="HttpRequestException"/>, as a real drop would.
/// </summary>
public sealed class EmulatorHttpHandler : HttpMessageHandler
{
    public const string BaseUrl = "https://emulator.workplace.invalid/";
    public const string GraphBaseUrl = BaseUrl + "graph/";
    public const string ScimBaseUrl = BaseUrl + "scim/";

    /// <summary>The base every in-process URL is built on (relative request URIs resolve against it).</summary>
    public static readonly Uri BaseUri = new(BaseUrl);

    /// <summary>Graph base: <c>https://emulator.workplace.invalid/graph/</c>.</summary>
    public static readonly Uri GraphBaseUri = new(GraphBaseUrl);

    /// <summary>SCIM base: <c>https://emulator.workplace.invalid/scim/</c>.</summary>
    public static readonly Uri ScimBaseUri = new(ScimBaseUrl);

    public EmulatorHttpHandler(WorkplaceEmulator emulator) => Emulator = emulator ?? throw new ArgumentNullException(nameof(emulator));

    public WorkplaceEmulator Emulator { get; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A real transport sends nothing once the caller has given up; neither does the in-memory one.
        cancellationToken.ThrowIfCancellationRequested();
        var url = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        if (!url.IsAbsoluteUri)
        {
            url = new Uri(BaseUri, url);
        }
        byte[] body = [];
        string? contentType = null;
        if (request.Content is not null)
        {
            body = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            contentType = request.Content.Headers.ContentType?.ToString();
        }
        var emulatorRequest = new EmulatorRequest(request.Method.Method, url) { Body = body, ContentType = contentType };
        foreach (var header in request.Headers)
        {
            emulatorRequest.Headers[header.Key] = string.Join(header.Key.Equals("User-Agent", StringComparison.OrdinalIgnoreCase) ? " " : ", ", header.Value);
        }
        if (contentType is not null)
        {
            emulatorRequest.Headers["Content-Type"] = contentType;
        }

        var answer = await Emulator.HandleAsync(emulatorRequest, cancellationToken).ConfigureAwait(false);
        if (answer.DropConnection)
        {
            throw new HttpRequestException("The emulator dropped the connection (injected fault).",
                new IOException("The response ended prematurely."), statusCode: null);
        }
        var response = new HttpResponseMessage((HttpStatusCode)answer.StatusCode)
        {
            RequestMessage = request,
            Content = new ReadOnlyMemoryContent(answer.Body),
        };
        if (answer.ContentType is not null)
        {
            response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(answer.ContentType);
        }
        foreach (var (name, value) in answer.Headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return response;
    }
}
