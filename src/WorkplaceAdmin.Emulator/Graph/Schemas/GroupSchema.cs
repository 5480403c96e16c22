using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>
/// The group node (workplace-api.md §3.2), with <c>members</c>/<c>admins</c>, <c>feed</c> and its sub-groups
/// (<c>groups</c>) usable as fields with modifiers, e.g. <c>feed.since(T).limit(1)</c>.
/// </summary>
internal static class GroupSchema
{
    public static readonly NodeSchema<Group> Group = Build();

    /// <summary>The group's posts, newest first; since/until bound <c>created_time</c>.</summary>
    public static readonly Edge<Group, Post> Feed = new("feed", PostSchema.Post, (g, _, _) => g.Posts)
    {
        Descending = true,
        Time = p => p.CreatedTime,
    };

    /// <summary>The group's sub-groups.</summary>
    public static readonly Edge<Group, Group> SubGroups = new("groups", Group, (g, call, _) => call.Community.SubGroupsOf(g));

    static GroupSchema()
    {
        Feed.AddTo(Group);
        SubGroups.AddTo(Group);
    }

    private static NodeSchema<Group> Build() => new NodeSchema<Group>("Group", g => g.Id, "name", "privacy")
        .Field("name", Writes.Text<Group>(g => g.Name))
        .Field("description", Writes.Text<Group>(g => g.Description))
        .Field("privacy", Writes.Text<Group>(g => g.Privacy))
        .Field("purpose", Writes.Text<Group>(g => g.Purpose))
        .Field("post_permissions", Writes.Text<Group>(g => g.PostPermissions))
        .Field("post_requires_admin_approval", Writes.Bool<Group>(g => g.PostRequiresAdminApproval))
        .Field("join_setting", Writes.Text<Group>(g => g.JoinSetting))
        .Field("archived", Writes.Bool<Group>(g => g.Archived))
        .Field("is_workplace_default", Writes.Bool<Group>(g => g.IsWorkplaceDefault))
        .Field("is_community", Writes.Bool<Group>(_ => false))
        .Field("cover_url", Writes.Text<Group>(g => g.CoverUrl))
        .Field("cover", (w, g, f, _) =>
        {
            if (g.CoverUrl is not null)
            {
                w.WriteStartObject(f.OutputName);
                w.WriteString("source", g.CoverUrl);
                w.WriteEndObject();
            }
        })
        .Field("icon", Writes.Text<Group>(_ => "https://static.workplace.invalid/group-icon.png"))
        .Field("created_time", Writes.Time<Group>(g => g.CreatedTime))
        .Field("updated_time", Writes.Time<Group>(g => g.UpdatedTime))
        .Field("permalink_url", (w, g, f, c) => w.WriteString(f.OutputName, CommunityLinks.Group(c.Community, g.Id)))
        .Field("owner", (w, g, f, c) =>
        {
            if (g.OwnerId is not null && c.Community.FindPerson(g.OwnerId) is { } owner)
            {
                w.WritePropertyName(f.OutputName);
                PersonSchema.User.Write(w, owner, f.Children ?? PersonSchema.NameOnly, c);
            }
        }, nested: PersonSchema.User)
        .Field("parent", (w, g, f, c) =>
        {
            if (g.ParentId is not null && c.Community.FindGroup(g.ParentId) is { } parent)
            {
                w.WriteStartObject(f.OutputName);
                w.WriteString("id", parent.Id);
                w.WriteString("name", parent.Name);
                w.WriteEndObject();
            }
        })
        .Field("members", (w, g, f, c) => PersonSchema.WriteMembersField(w, f, c, g, adminsOnly: false), nested: PersonSchema.GroupMember)
        .Field("admins", (w, g, f, c) => PersonSchema.WriteMembersField(w, f, c, g, adminsOnly: true), nested: PersonSchema.GroupMember)
        .Field("moderators", (w, g, f, c) =>
        {
            w.WriteStartObject(f.OutputName);
            w.WriteStartArray("data");
            w.WriteEndArray();
            w.WriteEndObject();
        }, nested: PersonSchema.GroupMember);
}
