using static WorkplaceAdmin.Emulator.EmulatorPermissions;

namespace WorkplaceAdmin.Emulator.Graph;

/// <summary>
/// The permissions each kind of Graph call needs (any one of a set suffices; a refusal names the first).
/// The one place that maps endpoints to workplace-api.md §1.5.
/// </summary>
internal static class Access
{
    /// <summary>/community, /community/groups, /{group-id}, a person's /groups.</summary>
    public static readonly string[] ReadGroups = [ReadGroup, ManageGroup];

    /// <summary>Create and update groups; add, remove, promote and demote members.</summary>
    public static readonly string[] ManageGroups = [ManageGroup];

    /// <summary>/{group-id}/members, /admins, /moderators.</summary>
    public static readonly string[] ReadMembers = [ReadGroupMembership, ManageGroup];

    /// <summary>/community/members, /{user-id}, multi-get of people.</summary>
    public static readonly string[] ReadPeople = [ReadUserWorkProfile, ManageWorkProfiles, ManageAccounts];

    /// <summary>/{user-id}/managers and /reports.</summary>
    public static readonly string[] ReadOrgChart = [EmulatorPermissions.ReadOrgChart, ReadUserWorkProfile, ManageAccounts];

    /// <summary>POST /{user-id}: profile fields, email, active.</summary>
    public static readonly string[] EditPeople = [ManageWorkProfiles, ManageAccounts];

    /// <summary>POST /community/accounts, DELETE /{user-id}.</summary>
    public static readonly string[] ProvisionPeople = [ProvisionUserAccounts, ManageAccounts];

    /// <summary>Looking people up by email, and the <c>email</c> field.</summary>
    public static readonly string[] LookUpByEmail = [ReadUserEmail];

    /// <summary>Feeds, posts and comments.</summary>
    public static readonly string[] ReadContent = [ReadGroup];

    /// <summary>Posting, commenting, editing and deleting posts and comments.</summary>
    public static readonly string[] WriteContent = [WriteGroup];

    /// <summary>POST /me/messages.</summary>
    public static readonly string[] SendMessages = [MessageAnyMember];

    /// <summary>Reading conversations, threads and messages of members.</summary>
    public static readonly string[] ReadMessages = [ReadAllMessages];

    /// <summary>DELETE /{message-id}?user= (on top of <see cref="ReadMessages"/>).</summary>
    public static readonly string[] DeleteMessages = [DeleteChatMessages];

    /// <summary>A member's timeline, GET /{user-id}/feed.</summary>
    public static readonly string[] ReadTimeline = [ReadUserFeed, ReadGroup];

    /// <summary>POST /community/export_employee_data and reading the job.</summary>
    public static readonly string[] ExportData = [ExportEmployeeData];

    /// <summary>Knowledge Library categories and their content.</summary>
    public static readonly string[] ReadKnowledge = [ReadKnowledgeLibrary];

    /// <summary>Group threads (recipient.ids, or thread_key of a group thread).</summary>
    public static readonly string[] GroupChats = [BotGroupChat];
}
