using WorkplaceAdmin.Emulator.Http;

namespace WorkplaceAdmin.Emulator.Graph;

/// <summary>A Graph call to execute: a whole HTTP request, or one operation of a batch.</summary>
/// <param name="BaseUrl">The Graph base the call came to (paging links point back here).</param>
/// <param name="RawPath">The path below the base, as sent (still percent-encoded).</param>
/// <param name="LogPath">Host-relative path and query to log (redacted before it is stored).</param>
internal sealed record GraphOperation(
    string Method,
    string BaseUrl,
    string RawPath,
    ParameterBag Params,
    string? AuthorizationHeader,
    string LogPath,
    bool IsBatchOperation);

/// <summary>The answer to a <see cref="GraphOperation"/>.</summary>
internal readonly record struct GraphOutcome(int Status, ReadOnlyMemory<byte> Body, IReadOnlyList<KeyValuePair<string, string>> Headers);
