namespace WorkplaceAdmin.Client.Models;

/// <summary>One person who saw a post, and when (Graph's seen edge).</summary>
public sealed class WorkplacePostViewer
{
    public string PostId { get; init; } = "";
    public string Id { get; init; } = "";
    public string? Name { get; init; }
    public DateTimeOffset? SeenTime { get; init; }

    public override string ToString() => $"{Name} ({Id}) saw {PostId} at {SeenTime:u}";
}
