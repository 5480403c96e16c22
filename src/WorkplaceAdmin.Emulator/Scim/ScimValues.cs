using System.Globalization;
using System.Text.Json;

namespace WorkplaceAdmin.Emulator.Scim;

/// <summary>Reads typed values out of SCIM JSON, answering wrong types with 400 invalidValue.</summary>
internal static class ScimValues
{
    public static string? Text(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        JsonValueKind.Number => value.GetRawText(),
        _ => throw ScimErrors.InvalidValue($"'{path}' must be a string."),
    };

    /// <summary>Booleans, also as "true"/"false" strings (Entra ID sends "False" in PATCH values).</summary>
    public static bool Bool(JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed):
                return parsed;
            default:
                throw ScimErrors.InvalidValue($"'{path}' must be a boolean.");
        }
    }

    /// <summary>Unix seconds (number or numeric string); 0 or null means "none".</summary>
    public static DateTimeOffset? UnixDate(JsonElement value, string path)
    {
        long seconds;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number when value.TryGetInt64(out seconds):
                break;
            case JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seconds):
                break;
            default:
                throw ScimErrors.InvalidValue($"'{path}' must be unix seconds.");
        }
        if (seconds < 0 || seconds > 253402300799)
        {
            throw ScimErrors.InvalidValue($"'{path}' is out of range.");
        }
        return seconds == 0 ? null : DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    /// <summary>The primary (else first) element of a multi-valued attribute, and one of its sub-attributes.</summary>
    public static string? PrimaryOf(JsonElement array, string subAttribute, string path)
    {
        if (array.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw ScimErrors.InvalidValue($"'{path}' must be an array.");
        }
        JsonElement? chosen = null;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw ScimErrors.InvalidValue($"'{path}' must be an array of objects.");
            }
            chosen ??= item;
            if (item.TryGetProperty("primary", out var primary) && primary.ValueKind == JsonValueKind.True)
            {
                chosen = item;
                break;
            }
        }
        return chosen is { } element && element.TryGetProperty(subAttribute, out var sub) ? Text(sub, path + "." + subAttribute) : null;
    }
}
