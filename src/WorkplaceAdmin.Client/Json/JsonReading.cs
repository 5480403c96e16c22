using System.Globalization;
using System.Text.Json;

namespace WorkplaceAdmin.Client.Json;

/// <summary>
/// Lenient readers for API JSON: a missing property or a value of an unexpected kind gives null instead
/// of an exception, numbers sent as strings (and ids sent as numbers) are accepted.
/// </summary>
internal static class JsonReading
{
    public static JsonElement? Property(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) &&
        value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    /// <summary>A string, or the literal text of a number (ids are sometimes sent as bare numbers).</summary>
    public static string? String(this JsonElement element, string name) =>
        element.Property(name) switch
        {
            { ValueKind: JsonValueKind.String } value => value.GetString(),
            { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
            _ => null,
        };

    public static int? Int(this JsonElement element, string name)
    {
        switch (element.Property(name))
        {
            case { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number):
                return number;
            case { ValueKind: JsonValueKind.String } value when int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            default:
                return null;
        }
    }

    /// <summary>true/false, "true"/"false" or 1/0.</summary>
    public static bool? Bool(this JsonElement element, string name) =>
        element.Property(name) switch
        {
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            { ValueKind: JsonValueKind.String } value when bool.TryParse(value.GetString(), out var parsed) => parsed,
            { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number) && number is 0 or 1 => number == 1,
            _ => null,
        };

    public static DateTimeOffset? DateTime(this JsonElement element, string name) =>
        element.Property(name) switch
        {
            { ValueKind: JsonValueKind.String } value => GraphDateTime.Parse(value.GetString()),
            { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var seconds) => GraphDateTime.FromUnixSeconds(seconds),
            _ => null,
        };
}
