using System.Globalization;

namespace WorkplaceAdmin.Emulator.Server;

/// <summary>Reads durations written as <c>25ms</c>, <c>1.5s</c>, <c>2m</c>, or a bare number of milliseconds.</summary>
internal static class DurationParser
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        var value = text.Trim().ToLowerInvariant();
        var (number, unit) = value.EndsWith("ms", StringComparison.Ordinal) ? (value[..^2], 1.0)
            : value.EndsWith('s') ? (value[..^1], 1000.0)
            : value.EndsWith('m') ? (value[..^1], 60_000.0)
            : (value, 1.0);
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || amount < 0 || double.IsInfinity(amount) || amount * unit > TimeSpan.FromDays(1).TotalMilliseconds)
        {
            return false;
        }
        duration = TimeSpan.FromMilliseconds(amount * unit);
        return true;
    }
}
