namespace WorkplaceAdmin.Emulator.Webhooks;

/// <summary>
/// The webhook topics (subscription objects) and their fields (workplace-api.md §7.5), with the permission an
/// integration needs to subscribe to each.
/// </summary>
public static class WebhookTopics
{
    public const string Page = "page";
    public const string Group = "group";
    public const string User = "user";
    public const string WorkplaceSecurity = "workplace_security";
    public const string Link = "link";

    private static readonly Dictionary<string, (string[] Fields, string[] Permissions)> Topics = new(StringComparer.Ordinal)
    {
        [Page] = (["messages", "messaging_postbacks", "message_deliveries", "message_reads", "messaging_optins", "mention"],
            [EmulatorPermissions.MessageAnyMember, EmulatorPermissions.BotMention]),
        [Group] = (["posts", "comments", "membership", "mention"], [EmulatorPermissions.ReadGroup]),
        [User] = (["status", "posts", "comments"], [EmulatorPermissions.ReadUserFeed]),
        [WorkplaceSecurity] = (["admin_activity", "sessions", "passwords", "two_factor"], [EmulatorPermissions.ReadSecurityLogs]),
        [Link] = (["preview"], [EmulatorPermissions.CreateLinkPreviews]),
    };

    /// <summary>page, group, user, workplace_security and link.</summary>
    public static IReadOnlyCollection<string> Objects => Topics.Keys;

    public static bool IsObject(string name) => Topics.ContainsKey(name);

    /// <summary>The fields a topic offers; empty for an unknown topic.</summary>
    public static IReadOnlyList<string> FieldsOf(string topic) => Topics.TryGetValue(topic, out var t) ? t.Fields : [];

    /// <summary>Any one of these permissions allows subscribing to the topic.</summary>
    internal static string[] PermissionsFor(string topic) => Topics[topic].Permissions;
}
