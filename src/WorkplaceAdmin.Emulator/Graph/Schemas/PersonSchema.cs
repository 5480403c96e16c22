using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Graph.Paging;
using WorkplaceAdmin.Emulator.Json;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>A person seen through a group listing: the person plus their membership (for administrator/joined).</summary>
internal readonly record struct MemberView(Person Person, Membership Membership);

/// <summary>The member node (<c>/{user-id}</c>, <c>/{email}</c>) and its group-member variant (workplace-api.md §2.2).</summary>
internal static class PersonSchema
{
    public static readonly NodeSchema<Person> User = BuildUser();

    /// <summary>A user inside <c>/{group-id}/members</c> or <c>/admins</c>: adds <c>administrator</c> and <c>joined</c>.</summary>
    public static readonly NodeSchema<MemberView> GroupMember = BuildGroupMember();

    private static NodeSchema<Person> BuildUser()
    {
        var schema = new NodeSchema<Person>("User", p => p.Id, "name", "email");
        schema
            .Field("name", Writes.Text<Person>(p => p.Name))
            .Field("first_name", Writes.Text<Person>(p => p.FirstName))
            .Field("last_name", Writes.Text<Person>(p => p.LastName))
            .Field("name_format", Writes.Text<Person>(_ => "{first} {last}"))
            .Field("email", Writes.Text<Person>(p => p.Email), permission: EmulatorPermissions.ReadUserEmail)
            .Field("title", Writes.Text<Person>(p => p.Title))
            .Field("organization", Writes.Text<Person>(p => p.Organization))
            .Field("division", Writes.Text<Person>(p => p.Division))
            .Field("department", Writes.Text<Person>(p => p.Department))
            .Field("cost_center", Writes.Text<Person>(p => p.CostCenter))
            .Field("employee_number", Writes.Text<Person>(p => p.EmployeeNumber))
            .Field("primary_phone", Writes.Text<Person>(p => p.PrimaryPhone))
            .Field("primary_address", Writes.Text<Person>(p => p.PrimaryAddress))
            .Field("locale", Writes.Text<Person>(p => p.Locale))
            .Field("external_id", Writes.Text<Person>(p => p.ExternalId))
            .Field("auth_method", Writes.Text<Person>(p => p.AuthMethod))
            .Field("active", Writes.Bool<Person>(p => p.Active))
            .Field("updated_time", Writes.Time<Person>(p => p.UpdatedTime))
            .Field("account_invite_time", Writes.Time<Person>(p => p.Invited ? p.InviteTime : null))
            .Field("account_claim_time", Writes.Time<Person>(p => p.Claimed ? p.ClaimTime : null))
            .Field("account_deactivate_time", Writes.Time<Person>(p => p.Active ? null : p.DeactivateTime))
            .Field("link", (w, p, f, c) => w.WriteString(f.OutputName, CommunityLinks.Profile(c.Community, p.Id)))
            .Field("picture", (w, p, f, _) =>
            {
                w.WriteStartObject(f.OutputName);
                w.WriteStartObject("data");
                w.WriteNumber("height", 50);
                w.WriteNumber("width", 50);
                w.WriteBoolean("is_silhouette", true);
                w.WriteString("url", "https://static.workplace.invalid/silhouette.png");
                w.WriteEndObject();
                w.WriteEndObject();
            })
            .Field("frontline", (w, p, f, _) =>
            {
                w.WriteStartObject(f.OutputName);
                w.WriteBoolean("is_frontline", p.IsFrontline);
                w.WriteBoolean("has_access", p.FrontlineHasAccess);
                w.WriteEndObject();
            })
            .Field("skills", (w, p, f, _) =>
            {
                w.WriteStartObject(f.OutputName);
                w.WriteStartArray("data");
                foreach (var skill in p.Skills)
                {
                    w.WriteStartObject();
                    w.WriteString("name", skill);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            });
        schema.Field("managers", (w, p, f, c) =>
        {
            w.WriteStartObject(f.OutputName);
            w.WriteStartArray("data");
            if (p.ManagerId is not null && c.Community.FindPerson(p.ManagerId) is { } manager)
            {
                schema.Write(w, manager, f.Children ?? NameOnly, c);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }, nested: schema);
        AddMemberEdges(schema);
        return schema;
    }

    /// <summary>
    /// The member's edges as fields, each readable with the permission its path needs. <see cref="MemberEdges"/> is
    /// reached only inside the writers, never while this schema is being built.
    /// </summary>
    private static void AddMemberEdges(NodeSchema<Person> member) => member
        .Field("groups", (w, p, f, c) => MemberEdges.Groups.WriteField(w, p, f, c),
            new LazySchema("Group", () => GroupSchema.Group), EmulatorPermissions.ReadGroup)
        .Field("feed", (w, p, f, c) => MemberEdges.Feed.WriteField(w, p, f, c),
            new LazySchema("Post", () => PostSchema.Post), EmulatorPermissions.ReadGroup)
        .Field("conversations", (w, p, f, c) => MemberEdges.Conversations.WriteField(w, p, f, c),
            new LazySchema("UnifiedThread", () => ChatSchema.Conversation), EmulatorPermissions.ReadAllMessages);

    private static NodeSchema<MemberView> BuildGroupMember() =>
        User.Derive<MemberView>("User", m => m.Person, m => m.Person.Id, "name", "email", "administrator")
            .Field("administrator", Writes.Bool<MemberView>(m => m.Membership.Administrator))
            .Field("joined", Writes.Number<MemberView>(m => WireTime.Unix(m.Membership.Joined)));

    /// <summary>Writes a group's members (or only its admins) as an edge requested through <c>fields</c>.</summary>
    public static void WriteMembersField(System.Text.Json.Utf8JsonWriter w, FieldSpec field, GraphCall call, Group group, bool adminsOnly)
    {
        IReadOnlyList<Membership> members = adminsOnly ? group.Members.Where(m => m.Administrator).ToList() : group.Members;
        PagedList.WriteEdgeField(w, field, call, members, descending: false,
            (writer, membership) => GroupMember.Write(writer, new MemberView(membership.Person, membership), field.Children, call));
    }

    public static readonly List<FieldSpec> NameOnly = [new FieldSpec("name")];
}
