using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flurl;
using WorkplaceAdmin.Client.Http;
using WorkplaceAdmin.Client.Json;

namespace WorkplaceAdmin.Client;

/// <summary>Low-level SCIM 2.0 calls (Account Management API): GET, JSON sends and paged lists.</summary>
public sealed partial class WorkplaceClient
{
    /// <param name="path">Relative to the SCIM root, e.g. "Users" or "Users/" + an escaped id.</param>
    public Task<JsonElement> ScimGetAsync(string path, IReadOnlyDictionary<string, string?>? query = null, CancellationToken ct = default) =>
        SendAsync(ScimRequest(path, query), HttpMethod.Get, null, ct);

    /// <summary>Sends a JSON body (POST, PUT, PATCH, DELETE); a null body sends none.</summary>
    public Task<JsonElement> ScimSendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken ct = default, bool retrySafe = false) =>
        ScimSendAsync(method, path, body is null ? ReadOnlyMemory<byte>.Empty : JsonSerializer.SerializeToUtf8Bytes(body), ct, retrySafe);

    /// <summary>Sends a body that is already UTF-8 JSON; an empty body sends none.</summary>
    public Task<JsonElement> ScimSendAsync(HttpMethod method, string path, ReadOnlyMemory<byte> body, CancellationToken ct = default, bool retrySafe = false)
    {
        ArgumentNullException.ThrowIfNull(method);
        return SendAsync(ScimRequest(path, null).RetrySafe(retrySafe), method, RequestBodies.Json(body), ct);
    }

    /// <summary>
    /// Streams the resources of a SCIM list using 1-based startIndex and count, until totalResults is
    /// reached or a page comes back empty. Only one page is held at a time.
    /// </summary>
    /// <param name="filter">A SCIM filter such as <c>userName eq "a@x.com"</c>, or null for all.</param>
    public async IAsyncEnumerable<JsonElement> ScimPagesAsync(
        string path, string? filter, int pageSize = 100, [EnumeratorCancellation] CancellationToken ct = default)
    {
        if (pageSize is < 1 or > 1000)
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "Expected a SCIM page size from 1 to 1000.");
        var startIndex = 1;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var query = new Dictionary<string, string?>
            {
                ["startIndex"] = startIndex.ToString(CultureInfo.InvariantCulture),
                ["count"] = pageSize.ToString(CultureInfo.InvariantCulture),
                ["filter"] = filter,
            };
            var page = await ScimGetAsync(path, query, ct).ConfigureAwait(false);
            var uri = ScimUriFor(path, query);
            var received = 0;
            foreach (var resource in ExpectScimList(page, uri))
            {
                ct.ThrowIfCancellationRequested();
                received++;
                yield return ExpectListItem(resource, uri, "Resources");
            }
            if (received == 0)
                yield break;
            // Never move backwards, whatever startIndex the server echoes: that could loop forever.
            startIndex = Math.Max(startIndex, page.Int("startIndex") ?? startIndex) + received;
            var total = page.Int("totalResults");
            if (total is not null ? startIndex > total : received < pageSize)
                yield break;
        }
    }

    internal Url ScimUrl(string path, IReadOnlyDictionary<string, string?>? query) => ApiPath.Resolve(ScimUri, path, query);

    /// <summary>The URI of a SCIM path, as error messages describe it.</summary>
    internal Uri ScimUriFor(string path, IReadOnlyDictionary<string, string?>? query) => ScimUrl(path, query).ToUri();
}
