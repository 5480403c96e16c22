namespace WorkplaceAdmin.Client.Models;

/// <summary>
/// An external account (email and/or external id) and the Workplace person it matches, or why none does: the
/// check a service runs before linking its users to Workplace people.
/// </summary>
public sealed class WorkplaceAccountMatch
{
    /// <summary>The external account's id as given (Workplace's external_id).</summary>
    public string? ExternalId { get; init; }

    /// <summary>The external account's email as given.</summary>
    public string? Email { get; init; }
    public AccountMatchStatus Status { get; init; }

    /// <summary>Email, ExternalId, or "Email, ExternalId" when both point at the person; null when nothing matched.</summary>
    public string? MatchedBy { get; init; }

    public string? PersonId { get; init; }
    public string? PersonName { get; init; }
    public string? PersonEmail { get; init; }

    /// <summary>Whether the matched account is active; null when nothing matched or Workplace did not say.</summary>
    public bool? PersonActive { get; init; }

    /// <summary>What went wrong for Conflict and Failed; null otherwise.</summary>
    public string? Error { get; init; }

    public override string ToString() => $"{Email ?? ExternalId}: {Status}{(PersonId is null ? "" : " → " + PersonId)}";
}
