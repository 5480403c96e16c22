namespace WorkplaceAdmin.Emulator.Http;

/// <summary>Recognises the body formats the APIs accept.</summary>
internal static class MediaTypes
{
    public static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/scim+json", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("text/json", StringComparison.OrdinalIgnoreCase));

    public static bool IsForm(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
