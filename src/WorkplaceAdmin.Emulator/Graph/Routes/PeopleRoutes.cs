using WorkplaceAdmin.Emulator.Graph.Paging;
using WorkplaceAdmin.Emulator.Graph.Schemas;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary>The member node <c>/{user-id}</c> or <c>/{email}</c>, its edges, and account creation (workplace-api.md §2.2–§2.3).</summary>
internal static class PeopleRoutes
{
    public static GraphResult Handle(GraphCall call, Person person, string? edge, string? sub)
    {
        GraphRouter.NoSubPath(sub);
        return (edge, call.Method) switch
        {
            (null, "GET") => Read(call, person),
            (null, "POST") => Update(call, person),
            (null, "DELETE") => Delete(call, person),
            ("managers", "GET") => ListPeople(call, person.ManagerId is { } m && call.Community.FindPerson(m) is { } manager ? [manager] : []),
            ("reports", "GET") => ListPeople(call, call.Community.People.Where(p => p.ManagerId == person.Id).ToList()),
            ("groups", "GET") => ListGroups(call, person),
            ("feed", "GET") => ListTimeline(call, person),
            ("conversations", "GET") => ChatRoutes.ListConversations(call, person),
            _ => throw GraphRouter.UnknownEdge(call, edge ?? "", "User"),
        };
    }

    public static void WritePerson(System.Text.Json.Utf8JsonWriter w, Person person, GraphCall call) =>
        PersonSchema.User.Write(w, person, call.Fields, call);

    private static GraphResult Read(GraphCall call, Person person)
    {
        call.Require(Access.ReadPeople);
        PersonSchema.User.ValidateRequested(call);
        return GraphResult.Json((call, person), static (w, s) => WritePerson(w, s.person, s.call));
    }

    private static GraphResult Update(GraphCall call, Person person)
    {
        call.Require(Access.EditPeople);
        PersonUpdate.Apply(call, person);
        return GraphResult.Success();
    }

    private static GraphResult Delete(GraphCall call, Person person)
    {
        call.Require(Access.ProvisionPeople);
        if (person.EverClaimed)
        {
            throw GraphErrors.InvalidParameter($"Account {person.Id} has been claimed; only unclaimed accounts can be deleted (deactivate it with active=false instead)");
        }
        call.Community.RemovePerson(person, call.Now);
        return GraphResult.Success();
    }

    private static GraphResult ListPeople(GraphCall call, IReadOnlyList<Person> people)
    {
        call.Require(Access.ReadOrgChart);
        PersonSchema.User.ValidateRequested(call);
        return PagedList.Answer(call, people, descending: false, (w, p) => WritePerson(w, p, call));
    }

    private static GraphResult ListGroups(GraphCall call, Person person)
    {
        call.Require(Access.ReadGroups);
        return MemberEdges.Groups.Answer(call, person);
    }

    /// <summary><c>GET /{member}/feed</c>: the posts the member wrote, newest first, bounded by since/until.</summary>
    private static GraphResult ListTimeline(GraphCall call, Person person)
    {
        call.Require(Access.ReadTimeline);
        return MemberEdges.Feed.Answer(call, person);
    }

    /// <summary><c>POST /community/accounts</c>: name plus email or external_id; returns the new id.</summary>
    public static GraphResult CreateAccount(GraphCall call)
    {
        call.Require(Access.ProvisionPeople);
        var name = call.RequiredParam("name");
        if (call.Param("email") is null && call.Param("external_id") is null)
        {
            throw GraphErrors.InvalidParameter("Either email or external_id is required");
        }
        var person = new Person(call.Community.Ids.Next()) { CreatedTime = call.Now };
        var space = name.Trim().IndexOf(' ');
        person.FirstName = space < 0 ? name.Trim() : name.Trim()[..space];
        person.LastName = space < 0 ? "" : name.Trim()[(space + 1)..];
        PersonUpdate.Apply(call, person);
        // Email-less accounts are always invited (they claim with an access code).
        var invited = call.Param("email") is null || (call.BoolParam("invited") ?? false);
        if (invited)
        {
            person.Invited = true;
            person.InviteTime = call.Now;
        }
        call.Community.AddPerson(person);
        return GraphResult.Id(person.Id);
    }
}
