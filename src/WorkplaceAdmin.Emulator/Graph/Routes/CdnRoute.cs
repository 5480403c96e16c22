using System.Text;
using WorkplaceAdmin.Emulator.Graph.Schemas;
using WorkplaceAdmin.Emulator.Http;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary>
/// Serves media bytes at the signed URLs of <see cref="CdnLinks"/>: <c>GET {graph base}/cdn/{media-id}/{name}?oh=</c>.
/// No token is needed (Meta's media download scripts send none); a wrong or missing signature is refused with
/// 403 and an unknown file with 404, in plain text, as a CDN answers.
/// </summary>
internal static class CdnRoute
{
    public static bool Matches(string[] segments) => segments.Length > 0 && segments[0] == CdnLinks.Segment;

    public static EmulatorResponse Serve(EngineContext engine, EmulatorRequest request, string[] segments)
    {
        if (request.Method != "GET")
        {
            return Text(405, "Method not allowed");
        }
        var signature = QueryString.Parse(request.Url.Query).LastOrDefault(p => p.Key == "oh").Value;
        MediaFile? media;
        using (engine.Community.Lock.Read())
        {
            media = segments.Length is 2 or 3 ? engine.Community.FindMedia(segments[1]) : null;
        }
        if (media is null)
        {
            return Text(404, "Not found");
        }
        if (!CdnLinks.IsValid(engine.Community, media.Id, signature))
        {
            return Text(403, "URL signature mismatch");
        }
        return new EmulatorResponse(200, media.Bytes, media.ContentType,
            [new("Content-Disposition", $"inline; filename=\"{media.FileName}\""), new("Cache-Control", "max-age=1209600")]);
    }

    private static EmulatorResponse Text(int status, string text) =>
        new(status, Encoding.UTF8.GetBytes(text), "text/plain; charset=UTF-8", []);
}
