using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Graph.Paging;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>The community node (<c>/community</c>, a Group-typed object; workplace-api.md §2.1), with <c>members</c> and <c>groups</c> usable as fields.</summary>
internal static class CommunitySchema
{
    public static readonly NodeSchema<Community> Community = new NodeSchema<Community>("Group", c => c.Id, "name")
        .Field("name", Writes.Text<Community>(c => c.Name))
        .Field("description", Writes.Text<Community>(c => c.Description))
        .Field("privacy", Writes.Text<Community>(_ => GroupValues.Closed))
        .Field("is_community", Writes.Bool<Community>(_ => true))
        .Field("permalink_url", Writes.Text<Community>(c => c.InstanceUrl + "/"))
        .Field("members", (w, community, f, call) =>
            PagedList.WriteEdgeField(w, f, call, community.People, descending: false,
                (writer, person) => PersonSchema.User.Write(writer, person, f.Children, call)),
            nested: PersonSchema.User);

    /// <summary>The community's groups, as <c>community?fields=groups.limit(5){name}</c>.</summary>
    public static readonly Edge<Community, Group> Groups = new("groups", GroupSchema.Group, (c, _, _) => c.Groups);

    static CommunitySchema() => Groups.AddTo(Community);
}
