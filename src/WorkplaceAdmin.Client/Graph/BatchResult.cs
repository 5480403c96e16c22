using System.Text.Json;

namespace WorkplaceAdmin.Client;

/// <summary>The outcome of one operation of a Graph batch: its parsed body, or the error it met.</summary>
public sealed class BatchResult
{
    public required int Index { get; init; }
    public required BatchOperation Operation { get; init; }

    /// <summary>HTTP status of the operation; 0 when Graph did not run it.</summary>
    public int Status { get; init; }

    /// <summary>The operation's JSON body on success.</summary>
    public JsonElement? Body { get; init; }

    public WorkplaceApiException? Error { get; init; }

    public bool IsSuccess => Error is null;

    public override string ToString() => $"#{Index} {Operation}: {(IsSuccess ? Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : Error!.Message)}";
}
