namespace WorkplaceAdmin.Emulator.Model;

/// <summary>The enumerated values groups accept (workplace-api.md §3.2–§3.3).</summary>
internal static class GroupValues
{
    public const string Open = "OPEN";
    public const string Closed = "CLOSED";
    public const string Secret = "SECRET";

    public static readonly string[] Privacies = [Open, Closed, Secret];
    public static readonly string[] Purposes =
        ["WORK_TEAMWORK", "WORK_FEEDBACK", "WORK_ANNOUNCEMENT", "WORK_SOCIAL", "WORK_FOR_SALE", "WORK_MULTI_COMPANY", "WORK_TEAM"];
    public static readonly string[] PostPermissions = ["NONE", "ADMIN_ONLY"];
    public static readonly string[] JoinSettings = ["NONE", "ANYONE", "ADMIN_ONLY"];
}
