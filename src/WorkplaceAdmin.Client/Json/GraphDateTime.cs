using System.Globalization;

namespace WorkplaceAdmin.Client.Json;

/// <summary>
/// Reads Graph datetimes ("2018-08-04T22:58:29+0000", an offset without a colon), ISO 8601 variants and
/// unix seconds (SCIM dates). Unreadable text gives null rather than an exception.
/// </summary>
internal static class GraphDateTime
{
    private static readonly string[] Formats =
    {
        "yyyy-MM-dd'T'HH:mm:sszzzz", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
    };

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        text = text.Trim();
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            return FromUnixSeconds(seconds);
        text = WithColonInOffset(text);
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact))
            return exact;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose) ? loose : null;
    }

    public static DateTimeOffset? FromUnixSeconds(long seconds) =>
        seconds is > 0 and < 253402300799 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    // "+0000" → "+00:00", which every .NET offset pattern understands.
    private static string WithColonInOffset(string text)
    {
        if (text.Length < 5)
            return text;
        var sign = text[^5];
        if ((sign == '+' || sign == '-') && text[^4..].All(char.IsAsciiDigit))
            return text[..^2] + ":" + text[^2..];
        return text;
    }
}
