namespace WorkplaceAdmin.Client;

/// <summary>The outcome of one input of a bulk run.</summary>
public sealed class BulkResult<TIn, TOut>
{
    /// <summary>0-based position of the input in the input sequence (results arrive in completion order).</summary>
    public required int Index { get; init; }
    public required TIn Input { get; init; }
    public required BulkStatus Status { get; init; }
    public TOut? Output { get; init; }

    /// <summary>Why the item failed or was skipped; null on success.</summary>
    public Exception? Error { get; init; }

    public override string ToString() => Error is null ? $"#{Index} {Status}" : $"#{Index} {Status}: {Error.Message}";
}
