using System.Text.Json;
using WorkplaceAdmin.Client.Json;

namespace WorkplaceAdmin.Client.Content;

/// <summary>Whether a failed media response carries a Graph error envelope that says "try again" (throttling, a transient fault).</summary>
internal static class TransientEnvelope
{
    // Graph's throttling and temporary-error codes (workplace-api.md §6.4).
    private static readonly int[] TransientCodes = [1, 2, 4, 17, 32, 341, 613];

    public static async Task<bool> IsTransientAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.Content.Headers.ContentType?.MediaType is not ("application/json" or "text/javascript"))
            return false;
        try
        {
            // Error envelopes are small; a media body is never read here.
            var body = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
            using var json = JsonDocument.Parse(body);
            var error = json.RootElement.Property("error");
            return error?.Bool("is_transient") == true || (error?.Int("code") is { } code && TransientCodes.Contains(code));
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
