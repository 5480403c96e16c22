namespace WorkplaceAdmin.Client;

/// <summary>A snapshot of a bulk run, reported after each completed item.</summary>
public sealed class BulkProgress
{
    public long Completed { get; init; }
    public long Succeeded { get; init; }
    public long Failed { get; init; }
    public long Skipped { get; init; }

    /// <summary>Number of inputs, when known up front.</summary>
    public long? Total { get; init; }

    /// <summary>Current concurrency limit (lowered under throttling).</summary>
    public int Concurrency { get; init; }

    /// <summary>0–100 when <see cref="Total"/> is known; otherwise null.</summary>
    public int? PercentComplete => Total is > 0 ? (int)Math.Min(100, Completed * 100 / Total.Value) : null;

    public override string ToString() =>
        $"{Completed}{(Total is null ? "" : "/" + Total)} done ({Succeeded} succeeded, {Failed} failed, {Skipped} skipped), concurrency {Concurrency}";
}
