using System.Text;

namespace WorkplaceAdmin.Emulator.Http;

/// <summary>Parses and writes <c>application/x-www-form-urlencoded</c> text (query strings and form bodies).</summary>
internal static class QueryString
{
    public static List<KeyValuePair<string, string>> Parse(ReadOnlySpan<char> text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (text.Length > 0 && text[0] == '?')
        {
            text = text[1..];
        }
        while (text.Length > 0)
        {
            var amp = text.IndexOf('&');
            var pair = amp < 0 ? text : text[..amp];
            text = amp < 0 ? ReadOnlySpan<char>.Empty : text[(amp + 1)..];
            if (pair.Length == 0)
            {
                continue;
            }
            var equals = pair.IndexOf('=');
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            if (name.Length > 0)
            {
                pairs.Add(new(name, value));
            }
        }
        return pairs;
    }

    public static string Build(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var builder = new StringBuilder();
        foreach (var (name, value) in pairs)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }
            builder.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }
        return builder.ToString();
    }

    private static string Decode(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('%', '+') < 0)
        {
            return text.ToString();
        }
        var plusFree = text.ToString().Replace('+', ' ');
        try
        {
            return Uri.UnescapeDataString(plusFree);
        }
        catch (UriFormatException)
        {
            return plusFree;
        }
    }
}
