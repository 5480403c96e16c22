using System.Text.Json;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Groups;

/// <summary>Which Graph fields make a <see cref="WorkplaceGroupMember"/>, and how to read them.</summary>
internal static class GroupMemberJson
{
    public static readonly GraphFields Fields = GraphFields.Of("id", "name", "email", "title", "department", "administrator", "joined");

    public static readonly GraphFields FieldsWithoutEmail = GraphFields.Of("id", "name", "title", "department", "administrator", "joined");

    /// <summary>What a membership check needs; <c>email</c> needs "Read user email addresses".</summary>
    public static readonly GraphFields IdentityFields = GraphFields.Of("id", "email", "administrator");

    public static readonly GraphFields IdentityFieldsWithoutEmail = GraphFields.Of("id", "administrator");

    public static WorkplaceGroupMember Read(JsonElement json, string groupId) => new()
    {
        Id = json.String("id") ?? "",
        GroupId = groupId,
        Name = json.String("name"),
        Email = json.String("email"),
        Title = json.String("title"),
        Department = json.String("department"),
        Administrator = json.Bool("administrator") ?? false,
        Joined = json.DateTime("joined"),
    };
}
