using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>Web URLs of people, groups and posts on the community's instance (workplace-api.md §3.1).</summary>
internal static class CommunityLinks
{
    public static string Profile(Community community, string personId) => community.InstanceUrl + "/profile.php?id=" + personId;

    public static string Group(Community community, string groupId) => community.InstanceUrl + "/groups/" + groupId + "/";

    public static string Post(Community community, Post post) =>
        community.InstanceUrl + "/groups/" + post.Group.Id + "/permalink/" + post.BareId + "/";

    /// <summary>A comment's link: its post's permalink with <c>comment_id</c>, as Workplace links comments.</summary>
    public static string Comment(Community community, Comment comment) =>
        Post(community, comment.Post) + "?comment_id=" + comment.Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
