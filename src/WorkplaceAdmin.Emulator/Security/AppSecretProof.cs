using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WorkplaceAdmin.Emulator.Security;

/// <summary>
/// Checks <c>appsecret_proof</c> (workplace-api.md §1.4). With <c>appsecret_time</c> the Workplace form
/// <c>hex(HMAC-SHA256(app_secret, token + "|" + time))</c> is expected and the time must be within the allowed skew;
/// without it the classic Graph form <c>hex(HMAC-SHA256(app_secret, token))</c>. A proof that is sent is always
/// checked, even when the integration does not require one; app tokens carry the secret and need none.
/// </summary>
internal static class AppSecretProof
{
    public static ProofCheck Check(Caller caller, string? proof, string? time, DateTimeOffset now, TimeSpan skew)
    {
        if (caller.IsAppToken)
        {
            return ProofCheck.NotRequired;
        }
        if (string.IsNullOrWhiteSpace(proof))
        {
            return caller.Integration.RequireAppSecretProof ? ProofCheck.Missing : ProofCheck.NotRequired;
        }
        string message;
        if (!string.IsNullOrWhiteSpace(time))
        {
            if (!long.TryParse(time, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                || Math.Abs(now.ToUnixTimeSeconds() - seconds) > skew.TotalSeconds)
            {
                return ProofCheck.TimeOutOfRange;
            }
            message = caller.Token + "|" + time;
        }
        else
        {
            message = caller.Token;
        }
        var expected = Compute(caller.Integration.AppSecret, message);
        var given = Encoding.ASCII.GetBytes(proof.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), given) ? ProofCheck.Valid : ProofCheck.Invalid;
    }

    /// <summary>Lower-case hex HMAC-SHA256 of <paramref name="message"/> keyed with the app secret.</summary>
    public static string Compute(string appSecret, string message) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(message))).ToLowerInvariant();
}
