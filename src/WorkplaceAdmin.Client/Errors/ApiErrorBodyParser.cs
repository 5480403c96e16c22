using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using WorkplaceAdmin.Client.Json;

namespace WorkplaceAdmin.Client.Errors;

/// <summary>
/// Reads an error body of any shape: the Graph envelope, both SCIM error shapes, an HTML page from a proxy,
/// an empty or truncated body. It never throws; what it cannot read becomes an excerpt.
/// </summary>
internal static class ApiErrorBodyParser
{
    private const string ScimErrorSchema = "urn:ietf:params:scim:api:messages:2.0:Error";
    private static readonly Regex HtmlTitle = new("<title[^>]*>(?<title>.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex HtmlTag = new("<[^>]*>", RegexOptions.CultureInvariant);
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);

    public static ApiErrorBody Parse(ReadOnlySpan<byte> body)
    {
        if (IsBlank(body))
            return ApiErrorBody.None;
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            return FromJson(document.RootElement);
        }
        catch (JsonException)
        {
            return new ApiErrorBody { Shape = ApiErrorBodyShape.NotJson, Excerpt = Excerpt(body) };
        }
    }

    private static ApiErrorBody FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return new ApiErrorBody { Shape = ApiErrorBodyShape.OtherJson, Excerpt = CollapseWhitespace(root.GetRawText()) };
        if (root.TryGetProperty("error", out var error))
            return FromEnvelope(root, error);
        if (IsScimError(root))
            return FromScimError(root);
        return new ApiErrorBody { Shape = ApiErrorBodyShape.OtherJson, Excerpt = CollapseWhitespace(root.GetRawText()) };
    }

    private static ApiErrorBody FromEnvelope(JsonElement root, JsonElement error)
    {
        if (error.ValueKind == JsonValueKind.String)
        {
            // OAuth style: {"error":"invalid_request","error_description":"…"}
            var description = root.String("error_description");
            return new ApiErrorBody
            {
                Shape = ApiErrorBodyShape.GraphEnvelope,
                Type = error.GetString(),
                Message = description ?? error.GetString(),
            };
        }
        if (error.ValueKind != JsonValueKind.Object)
            return new ApiErrorBody { Shape = ApiErrorBodyShape.OtherJson, Excerpt = CollapseWhitespace(root.GetRawText()) };
        return new ApiErrorBody
        {
            Shape = ApiErrorBodyShape.GraphEnvelope,
            Message = error.String("message"),
            Code = error.Int("code"),
            Subcode = error.Int("error_subcode"),
            Type = error.String("type"),
            FbTraceId = error.String("fbtrace_id"),
            IsTransient = error.Bool("is_transient") == true,
            ScimType = error.String("scimType"),
            UserTitle = error.String("error_user_title"),
            UserMessage = error.String("error_user_msg"),
        };
    }

    private static bool IsScimError(JsonElement root)
    {
        if (root.TryGetProperty("schemas", out var schemas) && schemas.ValueKind == JsonValueKind.Array &&
            schemas.EnumerateArray().Any(s => s.ValueKind == JsonValueKind.String && s.GetString() == ScimErrorSchema))
            return true;
        return root.TryGetProperty("detail", out _) || root.TryGetProperty("scimType", out _);
    }

    private static ApiErrorBody FromScimError(JsonElement root) => new()
    {
        Shape = ApiErrorBodyShape.ScimError,
        Message = root.String("detail"),
        ScimType = root.String("scimType"),
    };

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                return false;
        return true;
    }

    private static string Excerpt(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body);
        var title = HtmlTitle.Match(text);
        if (title.Success && title.Groups["title"].Value.Trim().Length > 0)
            return CollapseWhitespace(title.Groups["title"].Value);
        return CollapseWhitespace(HtmlTag.Replace(text, " "));
    }

    private static string CollapseWhitespace(string text) => Whitespace.Replace(text, " ").Trim();
}
