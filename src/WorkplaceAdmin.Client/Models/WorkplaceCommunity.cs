namespace WorkplaceAdmin.Client.Models;

/// <summary>The community a token belongs to (<c>GET /community</c>).</summary>
public sealed class WorkplaceCommunity
{
    public string Id { get; init; } = "";
    public string? Name { get; init; }

    public override string ToString() => $"{Name} ({Id})";
}
