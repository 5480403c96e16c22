using System.Net;
using System.Text;
using WorkplaceAdmin.Client.Tests.Support;

namespace WorkplaceAdmin.Client.Tests.BadInput;

/// <summary>
/// Malformed answers a server (or a proxy in front of it) can give, each with the words a clear error about it
/// should contain. Every answer is built fresh per request, since the client reads and disposes it.
/// </summary>
public static class BadResponses
{
    public sealed record Case(string Name, Func<HttpResponseMessage> Make, params string[] ExpectedInMessage)
    {
        public override string ToString() => Name;
    }

    // How an error about JSON of the wrong shape says what was expected: "not a Graph list", "has no 'id'", "carries no post id"…
    private static readonly string[] Shape = ["is not ", "has no ", "carries no", "is missing", "neither"];

    private const string HtmlPage = "<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body><h1>Oops</h1></body></html>";

    public static readonly Case[] All =
    [
        new("truncated JSON", () => Respond.Json("""{"id":"100200300","name":"Sales","data":[{"id":"1","na"""), "not valid JSON"),
        new("HTML page with 200", () => Respond.Text(HtmlPage, HttpStatusCode.OK), "not valid JSON"),
        new("HTML page with 500", () => Respond.Text(HtmlPage, HttpStatusCode.InternalServerError), "500"),
        new("binary body with a wrong content type", () => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]) { Headers = { ContentType = new("image/png") } },
        }, "not valid JSON"),
        new("plain text with a wrong content type", () => Respond.Text("OK", HttpStatusCode.OK, "text/plain"), "not valid JSON"),
        new("empty body with 200", () => Respond.Empty(HttpStatusCode.OK), Shape),
        new("JSON array instead of an object", () => Respond.Json("[1,2,3]"), Shape),
        new("JSON object of another shape", () => Respond.Json("""{"unexpected":{"nested":[true,false]},"data":"not a list","id":{"x":1},"Resources":7}"""), Shape),
        new("JSON string", () => Respond.Json("\"ok\""), Shape),
        new("huge HTML body with 200", () => Respond.Text("<html><body>" + new string('x', 8 * 1024 * 1024) + "</body></html>", HttpStatusCode.OK), "not valid JSON"),
        new("huge JSON of another shape", () => Respond.Json("{\"padding\":\"" + new string('x', 8 * 1024 * 1024) + "\"}"), Shape),
    ];
}
