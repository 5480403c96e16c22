using System.Text.Json;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Mapping;

/// <summary>Which Graph fields make a <see cref="WorkplaceMember"/>, and how to read them.</summary>
internal static class MemberJson
{
    public static readonly GraphFields CommunityFields = GraphFields.Of("id", "name", "email", "title", "department", "active");

    public static WorkplaceMember Read(JsonElement json) => new()
    {
        Id = json.String("id") ?? "",
        Name = json.String("name"),
        Email = json.String("email"),
        Title = json.String("title"),
        Department = json.String("department"),
        Active = json.Bool("active"),
        Administrator = json.Bool("administrator"),
    };
}
