using System.Net;
using System.Text.Json;

namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// Removes the client's secrets from any text that may leave the process: log lines, exception messages,
/// URLs. It masks the known secret values wherever they occur, in any letter case and in every form a server may
/// echo them (raw, URL-encoded, JSON-escaped), and the values of query parameters that carry credentials whatever
/// their value.
/// </summary>
internal sealed class SecretRedactor
{
    public const string Mask = "***";

    private static readonly HashSet<string> SensitiveParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "access_token", "appsecret_proof", "client_secret", "input_token", "fb_exchange_token", "code", "password",
    };

    private readonly string[] secrets;

    public SecretRedactor(params string?[] secrets)
    {
        // Longest first, so a secret that contains another is masked whole.
        this.secrets = secrets
            .Where(s => !string.IsNullOrEmpty(s))
            .SelectMany(s => new[] { s, AppSecretOf(s!) })
            .Where(s => !string.IsNullOrEmpty(s))
            .SelectMany(s => FormsOf(s!))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(s => s.Length)
            .ToArray();
    }

    /// <summary>
    /// How a secret can appear in text a server sends back: raw, percent-encoded (RFC 3986 or form encoding) and as
    /// written inside a JSON string (System.Text.Json escapes '+' as \u002B; Graph's own JSON escapes '/' as \/).
    /// Letter case is handled by the comparison, so lower-case hex digits are covered too.
    /// </summary>
    internal static IEnumerable<string> FormsOf(string secret)
    {
        var json = JsonSerializer.Serialize(secret)[1..^1];
        return [secret, Uri.EscapeDataString(secret), WebUtility.UrlEncode(secret), json, secret.Replace("/", "\\/"), json.Replace("/", "\\/")];
    }

    /// <summary>The secret half of an app token "app_id|app_secret", so it is masked even when it appears alone.</summary>
    private static string? AppSecretOf(string secret)
    {
        var bar = secret.IndexOf('|');
        return bar > 0 && bar < secret.Length - 1 ? secret[(bar + 1)..] : null;
    }

    public static bool IsSensitiveParameter(string name) => SensitiveParameters.Contains(name);

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text ?? "";
        foreach (var secret in secrets)
            text = text.Replace(secret, Mask, StringComparison.OrdinalIgnoreCase);
        return text;
    }

    /// <summary>
    /// The failure itself when no message of its chain holds a secret; otherwise a stand-in of the same kind (timeout,
    /// I/O, HTTP request error) whose message is the chain's text, redacted. Callers print whole exception chains, and
    /// Flurl puts the inner message in its own exception's.
    /// </summary>
    public Exception Scrub(Exception failure)
    {
        var leaks = false;
        for (var current = failure; current is not null && !leaks; current = current.InnerException)
            leaks = Redact(current.Message) != current.Message;
        if (!leaks)
            return failure;
        var text = Redact(TransportFailureText.Of(failure));
        return failure switch
        {
            TimeoutException => new TimeoutException(text),
            IOException => new IOException(text),
            HttpRequestException http => new HttpRequestException(http.HttpRequestError, text, null, http.StatusCode),
            _ => new HttpRequestException(text),
        };
    }

    /// <summary>The URL as it may be shown: credential parameters masked and known secrets removed.</summary>
    public string RedactUrl(Uri? uri)
    {
        if (uri is null)
            return "";
        if (!uri.IsAbsoluteUri)
            return Redact(uri.OriginalString);
        var withoutQuery = uri.GetLeftPart(UriPartial.Path);
        var query = uri.Query.Length > 1
            ? "?" + QueryString.MaskValues(uri.Query, IsSensitiveParameter, Mask)
            : "";
        return Redact(withoutQuery + query);
    }
}
