namespace WorkplaceAdmin.Client;

public enum BulkStatus
{
    Succeeded,
    Failed,
    /// <summary>Not done: the operation declined it (<see cref="BulkItemSkippedException"/>) or the run was canceled while it was in flight.</summary>
    Skipped,
}
