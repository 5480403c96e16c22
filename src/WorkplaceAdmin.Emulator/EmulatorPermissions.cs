namespace WorkplaceAdmin.Emulator;

/// <summary>
/// Stable identifiers of integration permissions (workplace-api.md §1.5). The first group are Workplace's own
/// code names; the others have only display names in Workplace, so the emulator names them in the same style.
/// </summary>
public static class EmulatorPermissions
{
    public const string ReadGroup = "read_group";
    public const string WriteGroup = "write_group";
    public const string ReportContent = "report_content";
    public const string ReadUserFeed = "read_user_feed";
    public const string WriteUserFeed = "write_user_feed";
    public const string BotMention = "bot_mention";
    public const string ManageGroup = "manage_group";
    public const string ManageAccounts = "manage_accounts";
    public const string ManageBadges = "manage_badges";
    public const string ReadUserEmail = "read_user_email";
    public const string ReadUserWorkProfile = "read_user_work_profile";

    public const string ReadOrgChart = "read_org_chart";
    public const string MessageAnyMember = "message_any_member";
    public const string BotGroupChat = "bot_group_chat";
    public const string ReadGroupMembership = "read_group_membership";
    public const string ReadAllMessages = "read_all_messages";
    public const string DeleteChatMessages = "delete_chat_messages";
    public const string ManageWorkProfiles = "manage_work_profiles";
    public const string ProvisionUserAccounts = "provision_user_accounts";
    public const string ReadSecurityLogs = "read_security_logs";
    public const string ExportEmployeeData = "export_employee_data";
    public const string CreateLinkPreviews = "create_link_previews";
    public const string ReadKnowledgeLibrary = "read_knowledge_library";

    private static readonly Dictionary<string, string> DisplayNames = new(StringComparer.Ordinal)
    {
        [ReadGroup] = "Read group content",
        [WriteGroup] = "Manage group content",
        [ReportContent] = "Report content",
        [ReadUserFeed] = "Read user timeline",
        [WriteUserFeed] = "Manage user timeline",
        [BotMention] = "Mention bot",
        [ManageGroup] = "Manage groups",
        [ManageAccounts] = "Manage accounts",
        [ManageBadges] = "Manage badges",
        [ReadUserEmail] = "Read user email addresses",
        [ReadUserWorkProfile] = "Read work profile",
        [ReadOrgChart] = "Read org chart",
        [MessageAnyMember] = "Message any member",
        [BotGroupChat] = "Bot group chat",
        [ReadGroupMembership] = "Read group membership",
        [ReadAllMessages] = "Read all messages",
        [DeleteChatMessages] = "Delete chat messages",
        [ManageWorkProfiles] = "Manage work profiles",
        [ProvisionUserAccounts] = "Provision user accounts",
        [ReadSecurityLogs] = "Read security logs",
        [ExportEmployeeData] = "Export employee data",
        [CreateLinkPreviews] = "Create link previews",
        [ReadKnowledgeLibrary] = "Read Knowledge Library content",
    };

    /// <summary>Every permission identifier, in catalogue order.</summary>
    public static IReadOnlyList<string> All { get; } = DisplayNames.Keys.ToArray();

    /// <summary>The name the integration editor shows for a permission, or the identifier itself when unknown.</summary>
    public static string DisplayName(string permission) =>
        DisplayNames.TryGetValue(permission, out var name) ? name : permission;

    public static bool IsKnown(string permission) => DisplayNames.ContainsKey(permission);
}
