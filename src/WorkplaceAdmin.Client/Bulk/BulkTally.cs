namespace WorkplaceAdmin.Client.Bulk;

/// <summary>Running counts of a bulk run, turned into a <see cref="BulkProgress"/> after each item.</summary>
internal sealed class BulkTally
{
    private readonly long? total;
    private long succeeded;
    private long failed;
    private long skipped;

    public BulkTally(long? total) => this.total = total;

    public BulkProgress Add(BulkStatus status, int concurrency)
    {
        switch (status)
        {
            case BulkStatus.Succeeded: succeeded++; break;
            case BulkStatus.Failed: failed++; break;
            default: skipped++; break;
        }
        return new BulkProgress
        {
            Completed = succeeded + failed + skipped,
            Succeeded = succeeded,
            Failed = failed,
            Skipped = skipped,
            Total = total,
            Concurrency = concurrency,
        };
    }
}
