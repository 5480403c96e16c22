using System.Text.Json;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Mapping;

/// <summary>Which Graph fields make a <see cref="WorkplaceCommunity"/>, and how to read them.</summary>
internal static class CommunityJson
{
    public static readonly GraphFields Fields = GraphFields.Of("id", "name");

    public static WorkplaceCommunity Read(JsonElement json) => new()
    {
        Id = json.String("id") ?? "",
        Name = json.String("name"),
    };
}
