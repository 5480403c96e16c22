using System.Text;
using System.Text.RegularExpressions;

namespace WorkplaceAdmin.Client.Selection;

/// <summary>
/// A name filter with PowerShell's wildcard rules (<c>*</c>, <c>?</c>, <c>[a-c]</c>, backtick escapes), case-insensitive.
/// It lives below the cmdlets so it can be tested without a PowerShell runtime.
/// </summary>
public sealed class NamePattern
{
    private readonly Regex? _regex;
    private readonly string _literal;

    private NamePattern(string pattern)
    {
        Pattern = pattern;
        HasWildcards = ContainsWildcards(pattern);
        _literal = Unescape(pattern);
        _regex = HasWildcards ? new Regex(ToRegex(pattern), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline) : null;
    }

    public string Pattern { get; }

    /// <summary>False for a plain name: a plain name that matches nothing is an error, a wildcard that matches nothing is not.</summary>
    public bool HasWildcards { get; }

    public static NamePattern Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        // A blank name never means "every name" (listing everything takes no -Name at all); no invisible characters.
        IdentityInput.Require("Name", pattern, IdentityKind.Name);

        try
        {
            return new NamePattern(pattern);
        }
        catch (ArgumentException error)
        {
            throw new ArgumentException($"'{pattern}' is not a valid wildcard pattern: {error.Message}", nameof(pattern), error);
        }
    }

    public bool IsMatch(string? name) =>
        name is not null && (_regex?.IsMatch(name) ?? string.Equals(name, _literal, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Pattern;

    private static bool ContainsWildcards(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '`':
                    i++;
                    break;
                case '*' or '?' or '[':
                    return true;
            }
        }

        return false;
    }

    private static string Unescape(string pattern)
    {
        var text = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '`' && i + 1 < pattern.Length)
            {
                i++;
            }

            text.Append(pattern[i]);
        }

        return text.ToString();
    }

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '`' when i + 1 < pattern.Length:
                    regex.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                case '*':
                    regex.Append(".*");
                    break;
                case '?':
                    regex.Append('.');
                    break;
                case '[':
                    var end = pattern.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        throw new ArgumentException("a '[' range has no closing ']'.");
                    }

                    var range = pattern[(i + 1)..end];
                    regex.Append('[').Append(range.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("^", "\\^", StringComparison.Ordinal)).Append(']');
                    i = end;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return regex.Append('$').ToString();
    }
}
