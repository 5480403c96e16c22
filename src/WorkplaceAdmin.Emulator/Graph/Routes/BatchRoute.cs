using System.Text;
using System.Text.Json;
using WorkplaceAdmin.Emulator.Http;

namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary>
/// <c>POST /</c> with <c>batch=[…]</c> (workplace-api.md §6.3): up to 50 operations, each executed, permission
/// checked and logged like a request of its own, answered in order as <c>{code, headers, body}</c> where the body
/// is a JSON string. Operations inherit the batch's token and proof unless they carry their own.
/// </summary>
internal static class BatchRoute
{
    public const int MaxOperations = 50;
    private static readonly string[] InheritedParameters = ["access_token", "appsecret_proof", "appsecret_time"];

    public static GraphResult Handle(GraphCall call, GraphEngine engine, GraphOperation envelope)
    {
        var operations = Parse(call.RequiredParam("batch"));
        var includeHeaders = call.BoolParam("include_headers") ?? true;
        var basePath = new Uri(envelope.BaseUrl).AbsolutePath.TrimEnd('/');
        var results = new List<GraphOutcome>(operations.Count);
        foreach (var operation in operations)
        {
            results.Add(engine.Execute(ToOperation(operation, call, envelope, basePath)));
        }
        return GraphResult.Json((results, includeHeaders), static (w, s) =>
        {
            w.WriteStartArray();
            foreach (var result in s.results)
            {
                w.WriteStartObject();
                w.WriteNumber("code", result.Status);
                if (s.includeHeaders)
                {
                    w.WriteStartArray("headers");
                    WriteHeader(w, "Content-Type", EmulatorResponse.JsonContentType);
                    foreach (var (name, value) in result.Headers)
                    {
                        WriteHeader(w, name, value);
                    }
                    w.WriteEndArray();
                }
                w.WriteString("body", Encoding.UTF8.GetString(result.Body.Span));
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }, sizeHint: 4096);
    }

    private sealed record BatchItem(string Method, string RelativeUrl, string? Body);

    private static List<BatchItem> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            throw GraphErrors.InvalidParameter("The batch parameter must be a JSON array of operations");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0)
            {
                throw GraphErrors.InvalidParameter("The batch parameter must be a non-empty JSON array of operations");
            }
            if (root.GetArrayLength() > MaxOperations)
            {
                throw GraphErrors.InvalidParameter($"Too many requests in batch message. Maximum batch size is {MaxOperations}");
            }
            var items = new List<BatchItem>(root.GetArrayLength());
            foreach (var element in root.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Object
                    || !element.TryGetProperty("relative_url", out var url) || url.ValueKind != JsonValueKind.String)
                {
                    throw GraphErrors.InvalidParameter("Each batch operation must be an object with a relative_url string");
                }
                var method = element.TryGetProperty("method", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()!.ToUpperInvariant() : "GET";
                string? body = null;
                if (element.TryGetProperty("body", out var b))
                {
                    body = b.ValueKind switch
                    {
                        JsonValueKind.String => b.GetString(),
                        JsonValueKind.Object => FormFromObject(b),
                        JsonValueKind.Null => null,
                        _ => throw GraphErrors.InvalidParameter("A batch operation's body must be a form-encoded string"),
                    };
                }
                items.Add(new BatchItem(method, url.GetString()!, body));
            }
            return items;
        }
    }

    private static GraphOperation ToOperation(BatchItem item, GraphCall call, GraphOperation envelope, string basePath)
    {
        var relative = item.RelativeUrl.Trim();
        var queryStart = relative.IndexOf('?');
        var path = "/" + (queryStart < 0 ? relative : relative[..queryStart]).TrimStart('/');
        var query = queryStart < 0 ? "" : relative[(queryStart + 1)..];
        var queryPairs = QueryString.Parse(query);
        var bodyPairs = item.Body is null ? [] : QueryString.Parse(item.Body);
        var parameters = ParameterBag.FromPairs(queryPairs, bodyPairs);
        var inherited = new List<KeyValuePair<string, string>>();
        if (!parameters.Has("access_token"))
        {
            foreach (var name in InheritedParameters)
            {
                if (call.Params[name] is { } value)
                {
                    inherited.Add(new(name, value));
                }
            }
        }
        if (inherited.Count > 0)
        {
            parameters = ParameterBag.FromPairs(queryPairs, bodyPairs.Concat(inherited));
        }
        var authorization = parameters.Has("access_token") ? null : envelope.AuthorizationHeader;
        var logPath = basePath + path + (query.Length > 0 ? "?" + query : "");
        return new GraphOperation(item.Method, envelope.BaseUrl, path, parameters, authorization, logPath, IsBatchOperation: true);
    }

    private static string FormFromObject(JsonElement body) =>
        QueryString.Build(body.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name,
            p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText())));

    private static void WriteHeader(Utf8JsonWriter w, string name, string value)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("value", value);
        w.WriteEndObject();
    }
}
