using System.Text;
using System.Text.Json;

namespace WorkplaceAdmin.Emulator.Http;

/// <summary>
/// Graph's view of a request's parameters: the query string, a form body and a JSON body merged into one
/// name → text map (body wins). JSON objects and arrays are kept as JSON text, as Graph reads a form field
/// holding JSON. The query string alone is also kept, in order, to rebuild paging links.
/// </summary>
internal sealed class ParameterBag
{
    private readonly Dictionary<string, string> _values;

    private ParameterBag(List<KeyValuePair<string, string>> query, Dictionary<string, string> values)
    {
        Query = query;
        _values = values;
    }

    /// <summary>The query-string parameters in request order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    public IEnumerable<string> Names => _values.Keys;

    /// <exception cref="FormatException">The body is not valid for its content type.</exception>
    public static ParameterBag From(string? query, ReadOnlyMemory<byte> body, string? contentType)
    {
        var queryPairs = QueryString.Parse(query);
        var values = new Dictionary<string, string>(queryPairs.Count + 4, StringComparer.Ordinal);
        foreach (var (name, value) in queryPairs)
        {
            values[name] = value;
        }
        if (!body.IsEmpty)
        {
            if (MediaTypes.IsJson(contentType) || (contentType is null && LooksLikeJson(body.Span)))
            {
                MergeJson(body, values);
            }
            else if (MediaTypes.IsForm(contentType) || contentType is null)
            {
                foreach (var (name, value) in QueryString.Parse(Encoding.UTF8.GetString(body.Span)))
                {
                    values[name] = value;
                }
            }
            else
            {
                throw new FormatException($"Unsupported body content type '{contentType}'; send JSON or form-encoded parameters.");
            }
        }
        return new ParameterBag(queryPairs, values);
    }

    /// <summary>A bag of already-decoded parameters (used by batch operations).</summary>
    public static ParameterBag FromPairs(List<KeyValuePair<string, string>> query, IEnumerable<KeyValuePair<string, string>> body)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in query)
        {
            values[name] = value;
        }
        foreach (var (name, value) in body)
        {
            values[name] = value;
        }
        return new ParameterBag(query, values);
    }

    public string? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>The value, or null when absent or blank.</summary>
    public string? NonEmpty(string name) =>
        _values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static bool LooksLikeJson(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }
            return b == (byte)'{';
        }
        return false;
    }

    private static void MergeJson(ReadOnlyMemory<byte> body, Dictionary<string, string> values)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new FormatException("The JSON body could not be parsed: " + e.Message, e);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("The JSON body must be an object of parameters.");
            }
            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.Null:
                        break;
                    case JsonValueKind.String:
                        values[property.Name] = property.Value.GetString()!;
                        break;
                    case JsonValueKind.True:
                        values[property.Name] = "true";
                        break;
                    case JsonValueKind.False:
                        values[property.Name] = "false";
                        break;
                    default:
                        values[property.Name] = property.Value.GetRawText();
                        break;
                }
            }
        }
    }
}
