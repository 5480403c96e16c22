namespace WorkplaceAdmin.Client.Models;

/// <summary>A person of the community or of a group. Fields the integration may not read are null.</summary>
public sealed class WorkplaceMember
{
    public string Id { get; init; } = "";
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Title { get; init; }
    public string? Department { get; init; }
    public bool? Active { get; init; }

    /// <summary>Group admin flag; only group member listings carry it.</summary>
    public bool? Administrator { get; init; }

    public override string ToString() => Email is null ? $"{Name} ({Id})" : $"{Name} <{Email}> ({Id})";
}
