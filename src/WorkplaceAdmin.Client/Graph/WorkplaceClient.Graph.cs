using System.Runtime.CompilerServices;
using System.Text.Json;
using WorkplaceAdmin.Client.Http;

namespace WorkplaceAdmin.Client;

/// <summary>Low-level Graph calls: GET, POST (form-encoded), DELETE and paged lists.</summary>
public sealed partial class WorkplaceClient
{
    /// <param name="path">Relative to the Graph root (and API version), e.g. "community" or an escaped id.</param>
    public Task<JsonElement> GraphGetAsync(string path, IReadOnlyDictionary<string, string?>? query = null, CancellationToken ct = default) =>
        SendAsync(CreateRequest(HttpMethod.Get, GraphUriFor(path, query), null, retrySafe: false), ct);

    /// <summary>POST with a form-encoded body (parameters with null values are left out).</summary>
    /// <param name="retrySafe">True when repeating the call cannot do harm, so transient failures are retried.</param>
    public Task<JsonElement> GraphPostAsync(string path, IReadOnlyDictionary<string, string?> parameters, CancellationToken ct = default, bool retrySafe = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var content = new FormUrlEncodedContent(parameters
            .Where(p => p.Value is not null)
            .Select(p => new KeyValuePair<string, string>(p.Key, p.Value!)));
        return SendAsync(CreateRequest(HttpMethod.Post, GraphUriFor(path, null), content, retrySafe), ct);
    }

    /// <summary>DELETE; parameters travel in the query string, as Graph expects for DELETE.</summary>
    public Task<JsonElement> GraphDeleteAsync(string path, IReadOnlyDictionary<string, string?>? parameters = null, CancellationToken ct = default) =>
        SendAsync(CreateRequest(HttpMethod.Delete, GraphUriFor(path, parameters), null, retrySafe: false), ct);

    /// <summary>
    /// Streams the items of a Graph list, page by page, following <c>paging.next</c> until it is absent or
    /// empty (a short or even empty page does not end the list). Only one page is held at a time.
    /// </summary>
    public async IAsyncEnumerable<T> GraphPagesAsync<T>(
        string path, IReadOnlyDictionary<string, string?>? query, Func<JsonElement, T> map,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        var pageUri = GraphUriFor(path, query);
        while (pageUri is not null)
        {
            ct.ThrowIfCancellationRequested();
            var page = await SendAsync(CreateRequest(HttpMethod.Get, pageUri, null, retrySafe: false), ct).ConfigureAwait(false);
            if (page.ValueKind != JsonValueKind.Object || !page.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
                throw errors.FromUnreadableSuccess(HttpMethod.Get, pageUri, 200, "The response is not a Graph list: it has no 'data' array.", ReadOnlySpan<byte>.Empty, 1);
            var nextUri = NextPageUri(page, pageUri);
            foreach (var item in data.EnumerateArray())
            {
                ct.ThrowIfCancellationRequested();
                yield return map(ExpectListItem(item, pageUri, "data"));
            }
            pageUri = nextUri;
        }
    }

    internal Uri GraphUriFor(string path, IReadOnlyDictionary<string, string?>? query) => ApiPath.Resolve(graphRoot, path, query);

    /// <summary>
    /// The next page's URI, or null at the end. The link must stay under the Graph root the client was
    /// configured with: following it elsewhere would hand the token to another host.
    /// </summary>
    private Uri? NextPageUri(JsonElement page, Uri currentUri)
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
        return nextUri;
    }

    private static bool IsUnder(Uri candidate, Uri root) =>
        string.Equals(candidate.Scheme, root.Scheme, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(candidate.IdnHost, root.IdnHost, StringComparison.OrdinalIgnoreCase) &&
        candidate.Port == root.Port &&
        candidate.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal);
}
