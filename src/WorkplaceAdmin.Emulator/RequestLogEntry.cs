namespace WorkplaceAdmin.Emulator;

/// <summary>
/// One call the emulator answered. <see cref="Path"/> never holds a token or proof: those are replaced by
/// "[redacted]"; <see cref="SecretInUrl"/> records that the client had put one in the URL.
/// </summary>
/// <param name="Time">When the call was answered (emulator clock).</param>
/// <param name="Method">HTTP method (batch operations carry their own).</param>
/// <param name="Path">Path and query relative to the host, secrets redacted, e.g. <c>/graph/community?fields=id</c>.</param>
/// <param name="Status">HTTP status answered; 0 when the connection was dropped.</param>
/// <param name="SecretInUrl">True when an access token, an app secret or token text appeared in the URL (an app secret
/// proof is redacted from <paramref name="Path"/> but is no secret: Graph takes it only in the query string).</param>
/// <param name="Integration">Name of the integration whose token authenticated the call, if any.</param>
/// <param name="IsBatchOperation">True for an operation inside a Graph batch.</param>
public sealed record RequestLogEntry(
    DateTimeOffset Time,
    string Method,
    string Path,
    int Status,
    bool SecretInUrl,
    string? Integration,
    bool IsBatchOperation);
