using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>
/// Signed media URLs, <c>{graph base}/cdn/{media-id}/{file name}?oh={signature}</c>. Like Workplace's CDN links
/// they need no token (Meta's media download scripts fetch them bare), so the signature is what guards them.
/// </summary>
internal static class CdnLinks
{
    public const string Segment = "cdn";

    public static string For(GraphCall call, MediaFile media) => For(call.BaseUrl, call.Community, media);

    public static string For(string baseUrl, Community community, MediaFile media) =>
        $"{baseUrl}/{Segment}/{media.Id}/{Uri.EscapeDataString(media.FileName)}?oh={Signature(community, media.Id)}";

    public static string Signature(Community community, string mediaId) =>
        Convert.ToHexString(HMACSHA256.HashData(community.MediaSigningKey, Encoding.ASCII.GetBytes(mediaId))).ToLowerInvariant()[..32];

    public static bool IsValid(Community community, string mediaId, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Signature(community, mediaId)), Encoding.ASCII.GetBytes(signature));

    public static string PhotoPage(Community community, MediaFile media) =>
        community.InstanceUrl + "/photo.php?fbid=" + media.Id.ToString(CultureInfo.InvariantCulture);
}
