namespace WorkplaceAdmin.Client.Models;

public enum AccountMatchStatus
{
    /// <summary>One Workplace person matches (by email, external id, or both agreeing).</summary>
    Matched,

    /// <summary>No Workplace person has the email or the external id.</summary>
    NotFound,

    /// <summary>The email and the external id match two different people.</summary>
    Conflict,

    /// <summary>The lookup failed (permission, throttling, transport); see Error.</summary>
    Failed,
}
