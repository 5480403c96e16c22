using System.Globalization;

namespace WorkplaceAdmin.Emulator.Graph;

/// <summary>
/// The <c>X-App-Usage</c> header: the share (percent) of the rate budget used; 0 when there is no budget.
/// Values are cached since only 101 exist.
/// </summary>
internal static class AppUsageHeader
{
    public const string Name = "X-App-Usage";

    private static readonly string[] Values = Enumerable.Range(0, 101)
        .Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{{\"call_count\":{p},\"total_cputime\":{p / 4},\"total_time\":{p / 2}}}"))
        .ToArray();

    public static KeyValuePair<string, string> For(int percentUsed) => new(Name, Values[Math.Clamp(percentUsed, 0, 100)]);
}
