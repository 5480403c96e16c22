using System.Text;
using System.Text.Json;
using WorkplaceAdmin.Client.Http;
using WorkplaceAdmin.Client.Json;

namespace WorkplaceAdmin.Client;

/// <summary>Graph batch requests: up to 50 operations in one POST, one result per operation.</summary>
public sealed partial class WorkplaceClient
{
    public const int MaxBatchSize = 50;

    /// <summary>
    /// Sends the operations as one batch. The call as a whole fails only when the batch itself fails;
    /// each operation's failure is reported in its <see cref="BatchResult.Error"/>. A batch made only of
    /// GETs is retried like a GET; otherwise like a POST.
    /// </summary>
    public Task<IReadOnlyList<BatchResult>> GraphBatchAsync(IReadOnlyList<BatchOperation> operations, CancellationToken ct = default) =>
        GraphBatchAsync(operations, idempotent: false, ct);

    /// <param name="idempotent">Every operation leaves the same state when repeated (membership changes), so the batch
    /// is retried after a transient failure like a GET.</param>
    public async Task<IReadOnlyList<BatchResult>> GraphBatchAsync(IReadOnlyList<BatchOperation> operations, bool idempotent, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (operations.Count > MaxBatchSize)
            throw new ArgumentException($"The batch has {operations.Count} operations; Graph accepts at most {MaxBatchSize} per batch.", nameof(operations));
        if (operations.Count == 0)
            return Array.Empty<BatchResult>();
        if (operations.Any(o => o is null))
            throw new ArgumentException("The batch contains a null operation.", nameof(operations));

        var parameters = new Dictionary<string, string?>
        {
            ["batch"] = SerializeBatch(operations),
            ["include_headers"] = "false",
        };
        var readOnly = operations.All(o => o.Method == HttpMethod.Get);
        var response = await GraphPostAsync("", parameters, ct, retrySafe: readOnly || idempotent).ConfigureAwait(false);
        var batchUri = GraphUriFor("", null);
        if (response.ValueKind != JsonValueKind.Array || response.GetArrayLength() != operations.Count)
            throw errors.FromProtocolViolation(HttpMethod.Post, batchUri,
                $"The batch response is not an array of {operations.Count} results.");

        var results = new List<BatchResult>(operations.Count);
        foreach (var (item, index) in response.EnumerateArray().Select((item, index) => (item, index)))
            results.Add(ReadBatchResult(item, index, operations[index]));
        return results;
    }

    private BatchResult ReadBatchResult(JsonElement item, int index, BatchOperation operation)
    {
        var path = "/" + operation.RelativeUrl.Split('?')[0];
        // Graph answers null for an operation it did not run (for example when the batch timed out).
        if (item.ValueKind != JsonValueKind.Object)
            return new BatchResult
            {
                Index = index,
                Operation = operation,
                Error = errors.FromProtocolViolation(operation.Method.Method, path, "Graph did not run this batch operation; it can be sent again.", isTransient: true),
            };
        var status = item.Int("code") ?? 0;
        var body = Encoding.UTF8.GetBytes(item.String("body") ?? "");
        if (status is >= 200 and <= 299 && JsonBody.TryParse(body, out var json, out _))
            return new BatchResult { Index = index, Operation = operation, Status = status, Body = json };
        return new BatchResult
        {
            Index = index,
            Operation = operation,
            Status = status,
            Error = errors.FromResponse(operation.Method.Method, path, status, body, null, attempts: 1),
        };
    }

    private static string SerializeBatch(IReadOnlyList<BatchOperation> operations)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var operation in operations)
            {
                writer.WriteStartObject();
                writer.WriteString("method", operation.Method.Method);
                writer.WriteString("relative_url", operation.RelativeUrl);
                if (operation.Name is not null)
                    writer.WriteString("name", operation.Name);
                if (operation.Body is not null)
                    writer.WriteString("body", RequestBodies.FormText(operation.Body));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
