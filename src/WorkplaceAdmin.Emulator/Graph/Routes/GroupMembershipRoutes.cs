using WorkplaceAdmin.Emulator.Graph.Paging;
using WorkplaceAdmin.Emulator.Graph.Schemas;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary><c>/{group-id}/members</c> and <c>/{group-id}/admins</c> (workplace-api.md §3.4).</summary>
internal static class GroupMembershipRoutes
{
    public static GraphResult Handle(GraphCall call, Group group, string edge, string? sub)
    {
        var admins = edge == "admins";
        return call.Method switch
        {
            "GET" => List(call, group, admins, sub),
            "POST" => admins ? Promote(call, group, sub) : Add(call, group, sub),
            _ => admins ? Demote(call, group, sub) : Remove(call, group, sub),
        };
    }

    private static GraphResult List(GraphCall call, Group group, bool adminsOnly, string? sub)
    {
        GraphRouter.NoSubPath(sub);
        call.Require(Access.ReadMembers);
        PersonSchema.GroupMember.ValidateRequested(call);
        IReadOnlyList<Membership> members = adminsOnly ? group.Members.Where(m => m.Administrator).ToList() : group.Members;
        var fields = call.Fields;
        return PagedList.Answer(call, members, descending: false,
            (w, m) => PersonSchema.GroupMember.Write(w, new MemberView(m.Person, m), fields, call));
    }

    private static GraphResult Add(GraphCall call, Group group, string? sub)
    {
        call.Require(Access.ManageGroups);
        var person = Target(call, sub, "member");
        if (!person.Active)
        {
            throw GraphErrors.InvalidParameter($"Account {person.Id} is deactivated and cannot join a group");
        }
        call.Community.AddMember(group, person, administrator: false, call.Now);
        return GraphResult.Success();
    }

    private static GraphResult Remove(GraphCall call, Group group, string? sub)
    {
        call.Require(Access.ManageGroups);
        call.Community.RemoveMember(group, Target(call, sub, "member"), call.Now);
        return GraphResult.Success();
    }

    private static GraphResult Promote(GraphCall call, Group group, string? sub)
    {
        call.Require(Access.ManageGroups);
        var person = Target(call, sub, "uid");
        if (!person.Active)
        {
            throw GraphErrors.InvalidParameter($"Account {person.Id} is deactivated and cannot administer a group");
        }
        call.Community.AddMember(group, person, administrator: true, call.Now);
        return GraphResult.Success();
    }

    private static GraphResult Demote(GraphCall call, Group group, string? sub)
    {
        call.Require(Access.ManageGroups);
        var person = Target(call, sub, "uid");
        if (group.Members.Find(person.Key) is { Administrator: true } membership)
        {
            membership.Administrator = false;
            group.UpdatedTime = call.Now;
        }
        return GraphResult.Success();
    }

    /// <summary>
    /// The person a membership call is about: the path's <c>/{user-id}</c>, or exactly one of
    /// <paramref name="idParam"/>/<c>member</c>/<c>uid</c> (an id) and <c>email</c> — never both an id and an email.
    /// </summary>
    private static Person Target(GraphCall call, string? pathId, string idParam)
    {
        var id = pathId ?? call.Param(idParam) ?? call.Param("member") ?? call.Param("uid");
        var email = call.Param("email");
        if (id is not null && email is not null)
        {
            throw GraphErrors.InvalidParameter("Specify either a member id or an email, not both");
        }
        if (id is null && email is null)
        {
            throw GraphErrors.InvalidParameter($"The parameter {idParam} or email is required");
        }
        if (email is not null)
        {
            return call.Community.FindPersonByEmail(email.Trim())
                ?? throw GraphErrors.InvalidParameter($"No account has the email {email.Trim()}");
        }
        return call.Community.FindPerson(id!.Trim()) ?? throw GraphErrors.UnknownObject(call.Method, id.Trim());
    }
}
