using WorkplaceAdmin.Emulator.Graph.Paging;
using WorkplaceAdmin.Emulator.Graph.Schemas;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary><c>/community</c> (alias <c>/company</c>, <c>/{community-id}</c>) and its edges (workplace-api.md §2.1).</summary>
internal static class CommunityRoutes
{
    public static GraphResult Handle(GraphCall call, string? edge, string? sub)
    {
        GraphRouter.NoSubPath(sub);
        return (edge, call.Method) switch
        {
            (null, "GET") => Read(call),
            (null, _) => throw GraphErrors.UnsupportedOperation(call.Method, call.Community.Id, "the community cannot be changed through the API"),
            ("members", "GET") => ListPeople(call, ActiveFilter.Any),
            ("organization_members", "GET") => ListPeople(call, call.BoolParam("inactive") == true ? ActiveFilter.Inactive : ActiveFilter.Active),
            ("former_members", "GET") => ListPeople(call, ActiveFilter.Inactive),
            ("groups", "GET") => ListGroups(call),
            ("groups", "POST") => GroupRoutes.Create(call),
            ("accounts", "POST") => PeopleRoutes.CreateAccount(call),
            ("export_employee_data", "POST") => ExportRoutes.Start(call),
            ("knowledge_library_categories", "GET") => KnowledgeLibraryRoutes.List(call),
            _ => throw GraphRouter.UnknownEdge(call, edge!, "Group"),
        };
    }

    private static GraphResult Read(GraphCall call)
    {
        call.Require(Access.ReadGroups);
        CommunitySchema.Community.ValidateRequested(call);
        return GraphResult.Json(call, static (w, c) => CommunitySchema.Community.Write(w, c.Community, c.Fields, c));
    }

    private enum ActiveFilter
    {
        Any,
        Active,
        Inactive,
    }

    private static GraphResult ListPeople(GraphCall call, ActiveFilter filter)
    {
        call.Require(Access.ReadPeople);
        PersonSchema.User.ValidateRequested(call);
        IReadOnlyList<Person> people = call.Community.People;
        if (call.Param("external_ids") is { } externalIds)
        {
            var wanted = new HashSet<string>(externalIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
            people = people.Where(p => p.ExternalId is not null && wanted.Contains(p.ExternalId)).ToList();
        }
        if (filter != ActiveFilter.Any)
        {
            var active = filter == ActiveFilter.Active;
            people = people.Where(p => p.Active == active).ToList();
        }
        var fields = call.Fields;
        return PagedList.Answer(call, people, descending: false, (w, person) => PersonSchema.User.Write(w, person, fields, call));
    }

    private static GraphResult ListGroups(GraphCall call)
    {
        call.Require(Access.ReadGroups);
        return CommunitySchema.Groups.Answer(call, call.Community);
    }
}
