using System.Globalization;
using System.Text.Json;
using WorkplaceAdmin.Client.Json;

namespace WorkplaceAdmin.Client;

/// <summary>
/// Checks that a successful answer has the shape the operation reads before the lenient mappers see it. Without
/// this, an empty body, a proxy's JSON, or JSON of another shape would become an object with an empty id (a
/// "created" account with no id) or an empty list (no accounts at all, so a sync would create everyone again).
/// </summary>
public sealed partial class WorkplaceClient
{
    /// <summary>GET of one Graph object that must carry an id.</summary>
    /// <param name="what">What the answer should be, for the error: "a group", "a post"…</param>
    internal async Task<JsonElement> GraphGetEntityAsync(string path, IReadOnlyDictionary<string, string?>? query, string what, CancellationToken ct)
    {
        var request = GraphRequest(path, query);
        var json = await SendAsync(request, HttpMethod.Get, null, ct).ConfigureAwait(false);
        return ExpectEntity(json, HttpMethod.Get, request.Url.ToUri(), what);
    }

    /// <summary>The answer when it is a JSON object with a non-empty "id"; otherwise an error saying what came instead.</summary>
    internal JsonElement ExpectEntity(JsonElement json, HttpMethod method, Uri uri, string what)
    {
        if (json.ValueKind == JsonValueKind.Object && !string.IsNullOrEmpty(json.String("id")))
            return json;
        var problem = json.ValueKind == JsonValueKind.Object && json.EnumerateObject().Any() ? "it has no 'id'" : Describe(json);
        throw UnusableAnswer(method, uri, $"The response is not {what}: {problem}.");
    }

    /// <summary>
    /// A SCIM ListResponse (RFC 7644 §3.4.2): an object whose "Resources", when present, is an array, and which has
    /// "Resources" or a "totalResults" of 0. Returns its resources (empty for an empty list).
    /// </summary>
    internal JsonElement.ArrayEnumerator ExpectScimList(JsonElement page, Uri uri)
    {
        string problem;
        if (page.ValueKind != JsonValueKind.Object)
        {
            problem = Describe(page);
        }
        else if (page.TryGetProperty("Resources", out var resources))
        {
            if (resources.ValueKind == JsonValueKind.Array)
                return resources.EnumerateArray();
            problem = "its 'Resources' is not an array";
        }
        else if (page.Int("totalResults") is { } total)
        {
            if (total == 0)
                return EmptyArray.EnumerateArray();
            problem = string.Create(CultureInfo.InvariantCulture, $"it has no 'Resources' although 'totalResults' is {total}");
        }
        else
        {
            problem = "it has neither 'Resources' nor 'totalResults'";
        }
        throw UnusableAnswer(HttpMethod.Get, uri, $"The response is not a SCIM list: {problem}.");
    }

    /// <summary>An item of a list that must be an object (a member, a group, a user…).</summary>
    internal JsonElement ExpectListItem(JsonElement item, Uri uri, string list)
    {
        if (item.ValueKind == JsonValueKind.Object)
            return item;
        throw UnusableAnswer(HttpMethod.Get, uri, $"An item of the response's '{list}' array is not an object: {Describe(item)}.");
    }

    /// <summary>A successful answer the operation cannot use; <paramref name="problem"/> says what was expected and what came.</summary>
    internal WorkplaceApiException UnusableAnswer(HttpMethod method, Uri uri, string problem) =>
        errors.FromUnreadableSuccess(method, uri, 200, problem, ReadOnlySpan<byte>.Empty, 1);

    private static readonly JsonElement EmptyArray = JsonDocument.Parse("[]").RootElement.Clone();

    internal static string Describe(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object when !json.EnumerateObject().Any() => "it is empty",
        JsonValueKind.Object => "it is an object of another shape",
        JsonValueKind.Array => "it is a JSON array",
        JsonValueKind.String => "it is a JSON string",
        JsonValueKind.Number => "it is a JSON number",
        JsonValueKind.True or JsonValueKind.False => "it is a JSON boolean",
        _ => "it is JSON null",
    };
}
