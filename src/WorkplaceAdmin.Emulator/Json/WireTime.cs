using System.Globalization;

namespace WorkplaceAdmin.Emulator.Json;

/// <summary>Time formats on the wire: Graph's "2018-08-04T22:58:29+0000", SCIM's ISO 8601 and unix seconds.</summary>
internal static partial class WireTime
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

    /// <summary>
    /// Reads a time the way Graph reads <c>since</c>/<c>until</c>: unix seconds, ISO 8601, or a dashed or dotted
    /// day-first date (<c>05-04-2025</c> is 5 April 2025, as PHP's strtotime reads it). Slashed dates such as
    /// <c>05/04/2025</c> are refused, since strtotime would read them month-first: nothing is silently read so.
    /// </summary>
    public static bool TryParseGraphDate(string text, out DateTimeOffset time, out string problem)
    {
        problem = "";
        text = text.Trim();
        if (DayFirstDate().Match(text) is { Success: true } dayFirst)
        {
            var day = int.Parse(dayFirst.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(dayFirst.Groups[2].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(dayFirst.Groups[3].Value, CultureInfo.InvariantCulture);
            time = default;
            if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                problem = $" ('{text}' is read day-first, and is no such day)";
                return false;
            }
            time = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
            return true;
        }
        if (text.Contains('/'))
        {
            time = default;
            problem = $" ('{text}' would be read month-first; write it as DD-MM-YYYY or YYYY-MM-DD)";
            return false;
        }
        return TryParse(text, out time);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$")]
    private static partial System.Text.RegularExpressions.Regex DayFirstDate();
}
