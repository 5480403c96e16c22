namespace WorkplaceAdmin.Client.Models;

public enum LinkCheckStatus
{
    Passed,
    Failed,

    /// <summary>Not run, because an earlier check it depends on failed (a refused token leaves nothing to probe).</summary>
    Skipped,
}
