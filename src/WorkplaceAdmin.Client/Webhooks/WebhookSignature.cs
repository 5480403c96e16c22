using System.Security.Cryptography;
using System.Text;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Webhooks;

/// <summary>
/// Verifies the signature Workplace puts on a webhook delivery (workplace-api.md §7.3): the HMAC of the raw body
/// keyed with the app secret, as "sha256=&lt;hex&gt;" in X-Hub-Signature-256 or, in older deliveries,
/// "sha1=&lt;hex&gt;" in X-Hub-Signature. When both are present only SHA-256 decides, so a weak legacy signature
/// cannot stand in for a failed strong one. Comparison is in constant time.
/// </summary>
public static class WebhookSignature
{
    public const string Sha256Header = "X-Hub-Signature-256";
    public const string Sha1Header = "X-Hub-Signature";

    /// <summary>The result names the delivery's topic and first entry when the body is a webhook envelope.</summary>
    /// <exception cref="ArgumentException">The app secret is empty.</exception>
    public static WebhookSignatureResult Verify(ReadOnlySpan<byte> body, string? signature256, string? signature1, string appSecret)
    {
        if (string.IsNullOrEmpty(appSecret))
            throw new ArgumentException("The app secret is empty; expected the integration's app secret to verify signatures with.", nameof(appSecret));
        var (topic, entryId) = WebhookEnvelope.Describe(body);
        (signature256, signature1) = ByPrefix(signature256, signature1);
        var (status, algorithm, reason) =
            !string.IsNullOrWhiteSpace(signature256) ? Check(body, signature256.Trim(), "sha256", SHA256.HashSizeInBytes, appSecret)
            : !string.IsNullOrWhiteSpace(signature1) ? Check(body, signature1.Trim(), "sha1", SHA1.HashSizeInBytes, appSecret)
            : (WebhookSignatureStatus.Missing, null, $"The delivery has no {Sha256Header} or {Sha1Header} header; an unsigned delivery cannot be trusted.");
        return new WebhookSignatureResult { Object = topic, EntryId = entryId, Status = status, Algorithm = algorithm, Reason = reason };
    }

    /// <summary>Finds the signature headers by name, ignoring case, as HTTP does.</summary>
    public static WebhookSignatureResult Verify(ReadOnlySpan<byte> body, IEnumerable<KeyValuePair<string, string?>> headers, string appSecret)
    {
        ArgumentNullException.ThrowIfNull(headers);
        string? sha256 = null, sha1 = null;
        foreach (var (name, value) in headers)
        {
            if (string.Equals(name, Sha256Header, StringComparison.OrdinalIgnoreCase))
                sha256 = value;
            else if (string.Equals(name, Sha1Header, StringComparison.OrdinalIgnoreCase))
                sha1 = value;
        }
        return Verify(body, sha256, sha1, appSecret);
    }

    /// <summary>"sha256=&lt;lower-case hex&gt;": the X-Hub-Signature-256 value of a body.</summary>
    public static string ComputeSha256(ReadOnlySpan<byte> body, string appSecret) =>
        "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Key(appSecret), body)).ToLowerInvariant();

    /// <summary>"sha1=&lt;lower-case hex&gt;": the legacy X-Hub-Signature value of a body.</summary>
    public static string ComputeSha1(ReadOnlySpan<byte> body, string appSecret) =>
        "sha1=" + Convert.ToHexString(HMACSHA1.HashData(Key(appSecret), body)).ToLowerInvariant();

    /// <summary>
    /// The prefix names the algorithm: "sha256=…" given as the legacy signature (say, Test-WorkplaceWebhookSignature
    /// -Signature) is checked as SHA-256 when there is no other SHA-256 signature. Never the reverse: a "sha1=…" value
    /// where SHA-256 is required stays malformed, so a weak signature cannot pass for a strong one.
    /// </summary>
    private static (string? Sha256, string? Sha1) ByPrefix(string? sha256, string? sha1) =>
        string.IsNullOrWhiteSpace(sha256) && HasPrefix(sha1, "sha256=") ? (sha1, null) : (sha256, sha1);

    private static bool HasPrefix(string? value, string prefix) =>
        value is not null && value.TrimStart().StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static (WebhookSignatureStatus Status, string? Algorithm, string Reason) Check(
        ReadOnlySpan<byte> body, string header, string algorithm, int hashBytes, string appSecret)
    {
        var prefix = algorithm + "=";
        var headerName = algorithm == "sha256" ? Sha256Header : Sha1Header;
        byte[]? given = null;
        if (header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && header.Length == prefix.Length + hashBytes * 2)
        {
            try
            {
                given = Convert.FromHexString(header.AsSpan(prefix.Length));
            }
            catch (FormatException)
            {
                given = null;
            }
        }
        if (given is null)
            return (WebhookSignatureStatus.Malformed, algorithm, $"{headerName} is not '{prefix}' followed by {hashBytes * 2} hex digits.");

        var expected = algorithm == "sha256" ? HMACSHA256.HashData(Key(appSecret), body) : HMACSHA1.HashData(Key(appSecret), body);
        return CryptographicOperations.FixedTimeEquals(expected, given)
            ? (WebhookSignatureStatus.Valid, algorithm, $"{headerName} matches the body.")
            : (WebhookSignatureStatus.Mismatch, algorithm,
                $"{headerName} does not match the body: the body was changed, the signature forged, or it was signed with another app secret.");
    }

    private static byte[] Key(string appSecret) => Encoding.UTF8.GetBytes(appSecret);
}
