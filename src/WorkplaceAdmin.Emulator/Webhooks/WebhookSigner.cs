using System.Security.Cryptography;
using System.Text;

namespace WorkplaceAdmin.Emulator.Webhooks;

/// <summary>
/// The signature headers Workplace puts on a delivery (workplace-api.md §7.3): HMAC of the raw body keyed with the
/// app secret, as lower-case hex — SHA-256 in X-Hub-Signature-256 and the legacy SHA-1 in X-Hub-Signature.
/// </summary>
internal static class WebhookSigner
{
    public const string Sha256Header = "X-Hub-Signature-256";
    public const string Sha1Header = "X-Hub-Signature";

    public static string Sha256(string appSecret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body)).ToLowerInvariant();

    public static string Sha1(string appSecret, ReadOnlySpan<byte> body) =>
        "sha1=" + Convert.ToHexString(HMACSHA1.HashData(Encoding.UTF8.GetBytes(appSecret), body)).ToLowerInvariant();
}
