using System.Text.Json;

namespace WorkplaceAdmin.Client.Json;

/// <summary>Parses response bodies into <see cref="JsonElement"/>s that own their memory and outlive the call.</summary>
internal static class JsonBody
{
    public static readonly JsonElement EmptyObject = Parse("{}"u8.ToArray());

    /// <summary>An empty body becomes an empty object (SCIM answers some calls with 204 or a bare 200).</summary>
    public static bool TryParse(byte[] body, out JsonElement element, out string? problem)
    {
        problem = null;
        if (body.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            element = EmptyObject;
            return true;
        }
        try
        {
            element = Parse(body);
            return true;
        }
        catch (JsonException exception)
        {
            element = default;
            problem = $"The response body is not valid JSON ({exception.Message.Split(" Path:")[0].TrimEnd('.')}).";
            return false;
        }
    }

    private static JsonElement Parse(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        // Clone detaches the element from the document's pooled buffers, so it survives Dispose.
        return document.RootElement.Clone();
    }
}
