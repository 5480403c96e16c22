using System.Globalization;

namespace WorkplaceAdmin.Emulator.Json;

/// <summary>Time formats on the wire: Graph's "2018-08-04T22:58:29+0000", SCIM's ISO 8601 and unix seconds.</summary>
internal static class WireTime
{
    public static string Graph(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static long Unix(DateTimeOffset time) => time.ToUnixTimeSeconds();

    /// <summary>Reads unix seconds or an ISO 8601 date/time.</summary>
    public static bool TryParse(string? text, out DateTimeOffset time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
        {
            if (seconds < -62135596800 || seconds > 253402300799)
            {
                return false;
            }
            time = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }
        var normalized = text.EndsWith("+0000", StringComparison.Ordinal) ? text[..^5] + "Z" : text;
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }
}
