using System.Text.Json;
using WorkplaceAdmin.Emulator.Http;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Scim;

/// <summary>One authenticated SCIM call being answered.</summary>
internal sealed class ScimCall
{
    public ScimCall(EngineContext engine, string method, string baseUrl, string[] segments,
        List<KeyValuePair<string, string>> query, ReadOnlyMemory<byte> body)
    {
        Engine = engine;
        Method = method;
        BaseUrl = baseUrl;
        Segments = segments;
        Query = query;
        Body = body;
        Now = engine.Now;
    }

    public EngineContext Engine { get; }
    public Community Community => Engine.Community;
    public string Method { get; }

    /// <summary>The SCIM base the request came to, e.g. <c>http://127.0.0.1:5080/scim</c>.</summary>
    public string BaseUrl { get; }
    public string[] Segments { get; }
    public List<KeyValuePair<string, string>> Query { get; }
    public ReadOnlyMemory<byte> Body { get; }
    public DateTimeOffset Now { get; }

    public string? QueryValue(string name)
    {
        foreach (var (key, value) in Query)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>The JSON body; 400 invalidSyntax when absent or malformed. Dispose the document.</summary>
    public JsonDocument ParseBody()
    {
        if (Body.IsEmpty)
        {
            throw ScimErrors.InvalidSyntax("A JSON body is required.");
        }
        try
        {
            return JsonDocument.Parse(Body);
        }
        catch (JsonException e)
        {
            throw ScimErrors.InvalidSyntax("The body is not valid JSON: " + e.Message);
        }
    }

    /// <summary>1-based <c>startIndex</c> and <c>count</c> (default and cap from the options; below 1 / negative are clamped).</summary>
    public (int StartIndex, int Count) Paging()
    {
        var startIndex = ReadInt("startIndex") is { } s ? Math.Max(1, s) : 1;
        var count = ReadInt("count") is { } c ? Math.Clamp(c, 0, Engine.Options.MaxPageLimit) : Engine.Options.ScimDefaultCount;
        return (startIndex, count);
    }

    private int? ReadInt(string name)
    {
        var text = QueryValue(name);
        if (text is null)
        {
            return null;
        }
        return int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ScimErrors.InvalidValue($"{name} must be an integer.");
    }
}
