namespace WorkplaceAdmin.Benchmarks.Harness;

/// <summary>
/// How one scenario appears in the report: which of its metrics are the module's path and which its sequential
/// baseline. Scenarios keep their own metric names; this maps them to the report's columns.
/// </summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Title">The row's title.</param>
/// <param name="IsBulk">A bulk scenario, for which the 10× speed goal holds; the others stream (memory goal only).</param>
/// <param name="Baseline">What the baseline does, in a few words.</param>
/// <param name="ModuleTime">Metric: seconds taken by the module's path.</param>
/// <param name="BaselineTime">Metric: seconds taken by the baseline.</param>
/// <param name="ModuleRequests">Metric: HTTP requests of the module's path.</param>
/// <param name="BaselineRequests">Metric: HTTP requests of the baseline.</param>
/// <param name="ModuleMemory">Metric: peak working set of the module's path alone, when the scenario measures it;
/// otherwise the harness process's peak over the whole scenario (both paths) is reported.</param>
public sealed record ReportLine(
    string Scenario, string Title, bool IsBulk, string Baseline,
    string ModuleTime, string BaselineTime, string ModuleRequests, string BaselineRequests, string? ModuleMemory)
{
    /// <summary>Issue 9's five scenarios, then the backup with attachments and the restore.</summary>
    public static IReadOnlyList<ReportLine> All { get; } =
    [
        new("list-people", "List 100,000 people (streamed, page 1000)", false, "page 25, every page kept in memory",
            "streamed time", "baseline time", "streamed requests", "baseline requests", "streamed peak working set"),
        new("import-people", "Import 2,000 people (bulk runner, 16 in flight)", true, "one create at a time",
            "import time", "sequential time", "import requests", "sequential requests", null),
        new("add-group-members", "Add 5,000 members to a group (Graph batches of 50)", true, "one POST per person, one at a time",
            "batched time", "baseline time", "batched requests", "baseline requests", null),
        new("message-many", "Message 1,000 people by email (bulk runner)", true, "one message at a time",
            "bulk elapsed", "sequential", "bulk requests", "sequential requests", null),
        new("export-group-feed", "Export a 20,000-post feed to JSON Lines (streamed)", false, "page 25, whole feed in memory, then written",
            "streamed time", "baseline time", "streamed requests", "baseline requests", "streamed peak working set"),
        new("backup-attachments", "Back up 1,000 posts with 1,300 attachments (Export-WorkplaceGroupFeed)", false, "feed pages of 25, one download at a time, each file read whole",
            "backup time", "baseline time", "backup requests", "baseline requests", "backup peak working set"),
        new("restore-feed", "Restore a 500-post backup (Import-WorkplaceGroupFeed)", false, "one POST per record, no idempotence check",
            "restore time", "baseline time", "restore requests", "baseline requests", "restore peak working set"),
    ];
}
