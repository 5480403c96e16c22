using System.Runtime.CompilerServices;
using System.Text.Json;
using Flurl;
using Flurl.Http;
using WorkplaceAdmin.Client.Http;

namespace WorkplaceAdmin.Client;

/// <summary>Low-level Graph calls: GET, POST (form-encoded), DELETE and paged lists.</summary>
public sealed partial class WorkplaceClient
{
    /// <param name="path">Relative to the Graph root (and API version), e.g. "community" or an escaped id.</param>
    public Task<JsonElement> GraphGetAsync(string path, IReadOnlyDictionary<string, string?>? query = null, CancellationToken ct = default) =>
        SendAsync(GraphRequest(path, query), HttpMethod.Get, null, ct);

    /// <summary>POST with a form-encoded body (parameters with null values are left out).</summary>
    /// <param name="retrySafe">True when repeating the call cannot do harm, so transient failures are retried.</param>
    public Task<JsonElement> GraphPostAsync(string path, IReadOnlyDictionary<string, string?> parameters, CancellationToken ct = default, bool retrySafe = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return SendAsync(GraphRequest(path, null).RetrySafe(retrySafe), HttpMethod.Post, RequestBodies.Form(parameters), ct);
    }

    /// <summary>DELETE; parameters travel in the query string, as Graph expects for DELETE.</summary>
    public Task<JsonElement> GraphDeleteAsync(string path, IReadOnlyDictionary<string, string?>? parameters = null, CancellationToken ct = default) =>
        SendAsync(GraphRequest(path, parameters), HttpMethod.Delete, null, ct);

    /// <summary>
    /// Streams the items of a Graph list, page by page, following <c>paging.next</c> until it is absent or
    /// empty (a short or even empty page does not end the list). Only one page is held at a time.
    /// </summary>
    public async IAsyncEnumerable<T> GraphPagesAsync<T>(
        string path, IReadOnlyDictionary<string, string?>? query, Func<JsonElement, T> map,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        Url? pageUrl = GraphUrl(path, query);
        while (pageUrl is not null)
        {
            ct.ThrowIfCancellationRequested();
            var pageUri = pageUrl.ToUri();
            var page = await SendAsync(flurl.Request(pageUrl), HttpMethod.Get, null, ct).ConfigureAwait(false);
            if (page.ValueKind != JsonValueKind.Object || !page.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
                throw errors.FromUnreadableSuccess(HttpMethod.Get, pageUri, 200, "The response is not a Graph list: it has no 'data' array.", ReadOnlySpan<byte>.Empty, 1);
            var nextUrl = NextPageUrl(page, pageUri);
            foreach (var item in data.EnumerateArray())
            {
                ct.ThrowIfCancellationRequested();
                yield return map(ExpectListItem(item, pageUri, "data"));
            }
            pageUrl = nextUrl;
        }
    }

    internal Url GraphUrl(string path, IReadOnlyDictionary<string, string?>? query) => ApiPath.Resolve(graphRoot, path, query);

    /// <summary>The URI of a Graph path, as error messages describe it.</summary>
    internal Uri GraphUriFor(string path, IReadOnlyDictionary<string, string?>? query) => GraphUrl(path, query).ToUri();

    /// <summary>
    /// The next page's URL, or null at the end. The link must stay under the Graph root the client was
    /// configured with: following it elsewhere would hand the token to another host. Credentials a link may
    /// carry (Graph puts the access_token in some) are dropped before the URL reaches Flurl, whose call records
    /// and exception messages show URLs; the auth handler sends the token in the Authorization header.
    /// </summary>
    private Url? NextPageUrl(JsonElement page, Uri currentUri)
    {
        if (!page.TryGetProperty("paging", out var paging) || paging.ValueKind != JsonValueKind.Object ||
            !paging.TryGetProperty("next", out var next) || next.ValueKind != JsonValueKind.String)
            return null;
        var link = next.GetString();
        if (string.IsNullOrWhiteSpace(link))
            return null;
        if (!Uri.TryCreate(link, UriKind.Absolute, out var nextUri) || !IsUnder(nextUri, GraphUri))
            throw errors.FromProtocolViolation(HttpMethod.Get, currentUri,
                $"The paging link points outside {GraphUri} ('{nextUri?.GetLeftPart(UriPartial.Path) ?? "not a URL"}'); it was not followed.");
        if (nextUri.AbsoluteUri == currentUri.AbsoluteUri)
            throw errors.FromProtocolViolation(HttpMethod.Get, currentUri, "The paging link points back to the same page; stopping to avoid an endless loop.");
        return new Url(nextUri).RemoveQueryParams(CredentialParameters);
    }

    private static readonly string[] CredentialParameters = ["access_token", "appsecret_proof", "appsecret_time"];

    private static bool IsUnder(Uri candidate, Uri root) =>
        string.Equals(candidate.Scheme, root.Scheme, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(candidate.IdnHost, root.IdnHost, StringComparison.OrdinalIgnoreCase) &&
        candidate.Port == root.Port &&
        candidate.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal);
}
