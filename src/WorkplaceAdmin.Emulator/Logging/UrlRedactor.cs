using System.Text;

namespace WorkplaceAdmin.Emulator.Logging;

/// <summary>
/// Makes a URL safe to keep: drops the values of secret query parameters and any known token text,
/// and tells whether there was anything to drop.
/// </summary>
internal static class UrlRedactor
{
    public const string Redacted = "[redacted]";

    // Credentials: their presence in a URL is a leak. The app secret proof is masked too, but is no leak: Graph takes it
    // only in the query string, and it reveals neither the token nor the secret.
    private static readonly string[] SecretParameters = ["access_token", "client_secret"];
    private static readonly string[] MaskedParameters = ["appsecret_proof"];

    /// <param name="pathAndQuery">The raw (still percent-encoded) path and query.</param>
    /// <param name="secretTexts">Texts that must not survive: known tokens in raw and percent-encoded form.</param>
    public static string Redact(string pathAndQuery, IReadOnlyList<string> secretTexts, out bool hadSecret)
    {
        hadSecret = false;
        var result = pathAndQuery;
        var queryStart = result.IndexOf('?');
        if (queryStart >= 0)
        {
            result = result[..(queryStart + 1)] + RedactQuery(result[(queryStart + 1)..], ref hadSecret);
        }
        foreach (var secret in secretTexts)
        {
            if (secret.Length > 0 && result.Contains(secret, StringComparison.Ordinal))
            {
                hadSecret = true;
                result = result.Replace(secret, Redacted, StringComparison.Ordinal);
            }
        }
        return result;
    }

    /// <summary>The forms in which a token can appear in a URL.</summary>
    public static IEnumerable<string> FormsOf(string token)
    {
        yield return token;
        var escaped = Uri.EscapeDataString(token);
        if (escaped != token)
        {
            yield return escaped;
        }
    }

    private static string RedactQuery(string query, ref bool hadSecret)
    {
        if (query.Length == 0)
        {
            return query;
        }
        var builder = new StringBuilder(query.Length);
        foreach (var pair in query.Split('&'))
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }
            var equals = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var isSecret = IsOneOf(name, SecretParameters);
            if (isSecret || IsOneOf(name, MaskedParameters))
            {
                hadSecret |= isSecret;
                builder.Append(pair.AsSpan(0, equals < 0 ? pair.Length : equals)).Append('=').Append(Redacted);
            }
            else
            {
                builder.Append(pair);
            }
        }
        return builder.ToString();
    }

    private static bool IsOneOf(string name, string[] parameters)
    {
        foreach (var parameter in parameters)
        {
            if (string.Equals(name, parameter, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
