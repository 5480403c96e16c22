using System.Globalization;
using System.Text.Json;

namespace WorkplaceAdmin.Client;

/// <summary>
/// The X-App-Usage header of the last response: each figure is a percentage of the app's rate limit.
/// At <see cref="HighThreshold"/> or more the client slows down before Graph starts rejecting calls.
/// </summary>
public sealed class WorkplaceAppUsage
{
    public const int HighThreshold = 90;

    public int CallCount { get; init; }
    public int TotalCpuTime { get; init; }
    public int TotalTime { get; init; }
    public DateTimeOffset ObservedAt { get; init; }

    public int Highest => Math.Max(CallCount, Math.Max(TotalCpuTime, TotalTime));
    public bool IsHigh => Highest >= HighThreshold;

    public override string ToString() =>
        $"call_count={CallCount}%, total_cputime={TotalCpuTime}%, total_time={TotalTime}% at {ObservedAt:u}";

    /// <summary>Reads the header's JSON; null when it is missing or unreadable (absence is not zero usage).</summary>
    internal static WorkplaceAppUsage? Parse(string? header, DateTimeOffset observedAt)
    {
        if (string.IsNullOrWhiteSpace(header))
            return null;
        try
        {
            using var document = JsonDocument.Parse(header);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return null;
            return new WorkplaceAppUsage
            {
                CallCount = Figure(root, "call_count"),
                TotalCpuTime = Figure(root, "total_cputime"),
                TotalTime = Figure(root, "total_time"),
                ObservedAt = observedAt,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int Figure(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
            return 0;
        double number;
        if (value.ValueKind == JsonValueKind.Number)
            number = value.GetDouble();
        else if (value.ValueKind != JsonValueKind.String ||
                 !double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
            return 0;
        return (int)Math.Clamp(Math.Ceiling(number), 0, 1000);
    }
}
