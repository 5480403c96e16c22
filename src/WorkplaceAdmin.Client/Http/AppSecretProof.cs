using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// The Workplace, time-bound form of appsecret_proof:
/// hex(HMAC-SHA256(key = app secret, message = access token + "|" + unix time)).
/// </summary>
internal static class AppSecretProof
{
    public static string Compute(string appSecret, string accessToken, long unixTimeSeconds)
    {
        var message = accessToken + "|" + unixTimeSeconds.ToString(CultureInfo.InvariantCulture);
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(message));
        return Convert.ToHexString(hash).ToLowerInvariant();
    }
}
