namespace WorkplaceAdmin.Emulator.Faults;

/// <summary>The transport-level fault (if any) picked for one request.</summary>
internal enum FaultKind
{
    None,
    Drop,
    ServerError,
    ServiceUnavailable,
    Throttle,
    Throttle429,
    /// <summary>The request is carried out, then its connection dropped: the client never learns the outcome.</summary>
    LoseResponse,
}
