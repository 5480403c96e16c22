using System.Globalization;
using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Http;
using WorkplaceAdmin.Emulator.Json;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph;

/// <summary>
/// One authenticated Graph call being answered: who calls, what path and parameters, and helpers to read
/// parameters, check permissions and build links back to the emulator.
/// </summary>
internal sealed class GraphCall
{
    private List<FieldSpec>? _fields;
    private bool _fieldsParsed;

    public GraphCall(EngineContext engine, string method, string baseUrl, string rawPath, string[] segments,
        ParameterBag parameters, EmulatorIntegration integration, bool isAppToken)
    {
        Engine = engine;
        Method = method;
        BaseUrl = baseUrl;
        RawPath = rawPath;
        Segments = segments;
        Params = parameters;
        Integration = integration;
        IsAppToken = isAppToken;
        Now = engine.Now;
    }

    public EngineContext Engine { get; }
    public Community Community => Engine.Community;
    public EmulatorOptions Options => Engine.Options;
    public string Method { get; }

    /// <summary>The Graph base URL the request came to, e.g. <c>http://127.0.0.1:5080/graph</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>The path below <see cref="BaseUrl"/> as sent (version prefix included).</summary>
    public string RawPath { get; }

    /// <summary>Decoded path segments without the version prefix.</summary>
    public string[] Segments { get; }
    public ParameterBag Params { get; }
    public EmulatorIntegration Integration { get; }
    public bool IsAppToken { get; }
    public DateTimeOffset Now { get; }
    public Author Bot => Community.BotAuthor(Integration);

    // ---- permissions ----

    public bool Has(string permission) => Integration.Has(permission);

    /// <summary>Passes when the integration holds any of <paramref name="anyOf"/>; otherwise code 200 naming the first.</summary>
    public void Require(params string[] anyOf)
    {
        foreach (var permission in anyOf)
        {
            if (Integration.Has(permission))
            {
                return;
            }
        }
        throw GraphErrors.MissingPermission(anyOf[0]);
    }

    // ---- fields ----

    /// <summary>The parsed <c>fields</c> parameter, or null when absent (defaults apply).</summary>
    public List<FieldSpec>? Fields
    {
        get
        {
            if (!_fieldsParsed)
            {
                var text = Params["fields"];
                _fields = string.IsNullOrWhiteSpace(text) ? null : FieldParser.Parse(text);
                _fieldsParsed = true;
            }
            return _fields;
        }
    }

    // ---- parameters ----

    public string? Param(string name) => Params.NonEmpty(name);

    public string RequiredParam(string name) =>
        Params.NonEmpty(name) ?? throw GraphErrors.InvalidParameter($"The parameter {name} is required");

    public bool? BoolParam(string name)
    {
        var text = Params[name];
        if (text is null)
        {
            return null;
        }
        return text.Trim().ToLowerInvariant() switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => throw GraphErrors.InvalidParameter($"Param {name} must be a boolean"),
        };
    }

    public string? EnumParam(string name, IReadOnlyCollection<string> allowed)
    {
        var text = Param(name);
        if (text is null)
        {
            return null;
        }
        foreach (var value in allowed)
        {
            if (string.Equals(value, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        throw GraphErrors.InvalidParameter($"Param {name} must be one of {{{string.Join(", ", allowed)}}}");
    }

    public DateTimeOffset? TimeParam(string name) => ReadTime(name, Param(name));

    /// <summary>Reads a <c>since</c>/<c>until</c> value (parameter or field modifier) the way Graph does.</summary>
    public static DateTimeOffset? ReadTime(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return WireTime.TryParseGraphDate(text, out var time, out var problem)
            ? time
            : throw GraphErrors.InvalidParameter($"Param {name} must be a unix timestamp, an ISO 8601 date or a day-first DD-MM-YYYY date{problem}");
    }

    public int? IntParam(string name, int min, int max)
    {
        var text = Param(name);
        if (text is null)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw GraphErrors.InvalidParameter($"Param {name} must be an integer of at least {min}");
        }
        return Math.Min(value, max);
    }

    /// <summary>Refuses a write when the community is read-only.</summary>
    public void EnsureWritable()
    {
        if (Engine.Controls.ReadOnly)
        {
            throw GraphErrors.ReadOnlyMode();
        }
    }

    // ---- links ----

    /// <summary>
    /// An absolute link to this same path with the query string rebuilt: the original parameters minus
    /// <paramref name="drop"/>, followed by <paramref name="add"/>.
    /// </summary>
    public string Link(ReadOnlySpan<string> drop, params KeyValuePair<string, string>[] add)
    {
        var pairs = new List<KeyValuePair<string, string>>(Params.Query.Count + add.Length);
        foreach (var pair in Params.Query)
        {
            if (!drop.Contains(pair.Key))
            {
                pairs.Add(pair);
            }
        }
        pairs.AddRange(add);
        var query = QueryString.Build(pairs);
        return query.Length == 0 ? BaseUrl + RawPath : BaseUrl + RawPath + "?" + query;
    }
}
