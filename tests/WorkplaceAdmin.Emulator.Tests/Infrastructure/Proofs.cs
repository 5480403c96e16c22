using System.Security.Cryptography;
using System.Text;

namespace WorkplaceAdmin.Emulator.Tests.Infrastructure;

/// <summary>appsecret_proof computed independently of the emulator (workplace-api.md §1.4).</summary>
public static class Proofs
{
    public static string Hmac(string secret, string message) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message))).ToLowerInvariant();

    /// <summary>The Workplace (time-bound) form as query parameters.</summary>
    public static string TimeForm(string token, string secret, DateTimeOffset time)
    {
        var seconds = time.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"appsecret_proof={Hmac(secret, token + "|" + seconds)}&appsecret_time={seconds}";
    }
}
