namespace WorkplaceAdmin.Client;

/// <summary>Thrown by a bulk operation to report its item as <see cref="BulkStatus.Skipped"/> (e.g. "already a member").</summary>
public sealed class BulkItemSkippedException : Exception
{
    public BulkItemSkippedException(string reason) : base(reason)
    {
    }
}
