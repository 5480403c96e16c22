namespace WorkplaceAdmin.Client.Accounts;

/// <summary>A Workplace person found by a lookup, with the fields matching needs.</summary>
public sealed record FoundPerson(string Id, string? Name, string? Email, string? ExternalId, bool? Active);
