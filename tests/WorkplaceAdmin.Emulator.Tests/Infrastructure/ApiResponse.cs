using System.Net.Http.Headers;
using System.Text.Json;

namespace WorkplaceAdmin.Emulator.Tests.Infrastructure;

/// <summary>A response read in full: status, body, headers, and the body as JSON.</summary>
public sealed class ApiResponse
{
    public ApiResponse(int status, string body, HttpResponseHeaders headers, HttpContentHeaders content)
    {
        Status = status;
        Body = body;
        Headers = headers;
        ContentHeaders = content;
    }

    public int Status { get; }
    public string Body { get; }
    public HttpResponseHeaders Headers { get; }
    public HttpContentHeaders ContentHeaders { get; }

    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }

    public string? Header(string name) =>
        Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : ContentHeaders.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues) : null;

    /// <summary>The <c>data</c> array of a Graph list.</summary>
    public JsonElement[] Data => Json.GetProperty("data").EnumerateArray().ToArray();

    public string? Next => Json.TryGetProperty("paging", out var paging) && paging.TryGetProperty("next", out var next) ? next.GetString() : null;

    public override string ToString() => $"{Status} {Body}";
}
