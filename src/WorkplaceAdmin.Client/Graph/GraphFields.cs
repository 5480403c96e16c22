using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WorkplaceAdmin.Client;

/// <summary>
/// Builds the value of a Graph <c>fields=</c> parameter, with nested selections and edge modifiers:
/// <c>GraphFields.Of("id","name").With("owner","name","email").With("members", limit: 0, summary: true)</c>
/// gives <c>id,name,owner{name,email},members.limit(0).summary(true)</c>. Immutable: each call returns a
/// new instance. Names are checked, so user input cannot inject syntax.
/// </summary>
public sealed class GraphFields
{
    private static readonly Regex NamePattern = new("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);
    private readonly IReadOnlyList<string> parts;

    private GraphFields(IReadOnlyList<string> parts) => this.parts = parts;

    public static GraphFields Of(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return new GraphFields(names.Select(n => CheckedName(n, nameof(names))).Distinct(StringComparer.Ordinal).ToArray());
    }

    /// <summary>A nested selection of plain fields: <c>owner{name,email}</c>.</summary>
    public GraphFields With(string edge, params string[] fields) => With(edge, Of(fields));

    /// <summary>A nested selection: <c>owner{…}</c>.</summary>
    public GraphFields With(string edge, GraphFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return With(edge, limit: null, summary: null, fields: fields);
    }

    /// <summary>
    /// An edge with modifiers and an optional nested selection:
    /// <c>reactions.type(LOVE).limit(0).summary(true).as(love){id}</c> — each part only when given.
    /// </summary>
    public GraphFields With(string edge, int? limit = null, bool? summary = null, GraphFields? fields = null, string? type = null, string? alias = null)
    {
        var text = new StringBuilder(CheckedName(edge, nameof(edge)));
        if (type is not null)
            text.Append(".type(").Append(CheckedName(type, nameof(type))).Append(')');
        if (limit is not null)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(limit.Value, nameof(limit));
            text.Append(".limit(").Append(limit.Value.ToString(CultureInfo.InvariantCulture)).Append(')');
        }
        if (summary is not null)
            text.Append(".summary(").Append(summary.Value ? "true" : "false").Append(')');
        if (alias is not null)
            text.Append(".as(").Append(CheckedName(alias, nameof(alias))).Append(')');
        if (fields is not null && fields.parts.Count > 0)
            text.Append('{').Append(fields).Append('}');
        return new GraphFields(parts.Append(text.ToString()).ToArray());
    }

    public override string ToString() => string.Join(',', parts);

    public static implicit operator string(GraphFields fields) => fields.ToString();

    private static string CheckedName(string name, string parameterName)
    {
        if (name is null || !NamePattern.IsMatch(name))
            throw new ArgumentException($"'{name}' is not a Graph field name; expected letters, digits and underscores.", parameterName);
        return name;
    }
}
