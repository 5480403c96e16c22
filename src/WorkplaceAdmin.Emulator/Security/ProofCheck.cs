namespace WorkplaceAdmin.Emulator.Security;

/// <summary>The outcome of checking <c>appsecret_proof</c>.</summary>
internal enum ProofCheck
{
    Valid,
    NotRequired,
    Missing,
    Invalid,
    TimeOutOfRange,
}
