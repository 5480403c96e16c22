using System.Text.RegularExpressions;

namespace WorkplaceAdmin.Emulator.Scim;

/// <summary>
/// The only filters Workplace supports: <c>attribute eq "value"</c> on a few attributes
/// (<c>userName</c>, <c>externalId</c> for users). Anything else is a 400 with scimType invalidFilter.
/// </summary>
internal static partial class ScimFilter
{
    public static (string Attribute, string Value) Parse(string filter, IReadOnlyCollection<string> attributes)
    {
        var match = EqualityPattern().Match(filter);
        if (!match.Success)
        {
            throw ScimErrors.InvalidFilter($"Unsupported filter '{filter}': only 'attribute eq \"value\"' is supported.");
        }
        var attribute = attributes.FirstOrDefault(a => string.Equals(a, match.Groups["attr"].Value, StringComparison.OrdinalIgnoreCase))
            ?? throw ScimErrors.InvalidFilter($"Filtering on '{match.Groups["attr"].Value}' is not supported; use {string.Join(" or ", attributes)}.");
        var value = match.Groups["value"].Value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        return (attribute, value);
    }

    [GeneratedRegex("""^\s*(?<attr>[A-Za-z][A-Za-z0-9._:-]*)\s+[eE][qQ]\s+"(?<value>(?:[^"\\]|\\.)*)"\s*$""")]
    private static partial Regex EqualityPattern();
}
