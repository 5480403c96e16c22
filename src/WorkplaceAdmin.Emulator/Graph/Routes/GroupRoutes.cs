using WorkplaceAdmin.Emulator.Graph.Schemas;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary>The group node: read, create, update, archive; groups cannot be deleted (workplace-api.md §3.2–§3.3).</summary>
internal static class GroupRoutes
{
    public static GraphResult Handle(GraphCall call, Group group, string? edge, string? sub)
    {
        GraphRouter.NoSubPath(sub);
        return (edge, call.Method) switch
        {
            (null, "GET") => Read(call, group),
            (null, "POST") => Update(call, group),
            (null, "DELETE") => throw GraphErrors.UnsupportedOperation("DELETE", group.Id,
                "groups cannot be deleted through the API; a group disappears when its last member is removed"),
            ("moderators", "GET") => ReadModerators(call),
            ("groups", "GET") => ListSubGroups(call, group),
            _ => throw GraphRouter.UnknownEdge(call, edge ?? "", "Group"),
        };
    }

    private static GraphResult Read(GraphCall call, Group group)
    {
        call.Require(Access.ReadGroups);
        GroupSchema.Group.ValidateRequested(call);
        return GraphResult.Json((call, group), static (w, s) => GroupSchema.Group.Write(w, s.group, s.call.Fields, s.call));
    }

    private static GraphResult ListSubGroups(GraphCall call, Group group)
    {
        call.Require(Access.ReadGroups);
        return GroupSchema.SubGroups.Answer(call, group);
    }

    private static GraphResult ReadModerators(GraphCall call)
    {
        call.Require(Access.ReadMembers);
        return GraphResult.Json(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary><c>POST /community/groups</c>: returns <c>{"id"}</c>. <c>admin=</c> makes that person the first admin and owner.</summary>
    public static GraphResult Create(GraphCall call)
    {
        call.Require(Access.ManageGroups);
        var name = call.RequiredParam("name");
        Person? admin = null;
        if (call.Param("admin") is { } adminId)
        {
            admin = call.Community.FindPerson(adminId.Trim()) ?? throw GraphErrors.InvalidParameter($"Param admin must be the id of an existing member ({adminId})");
            if (!admin.Active)
            {
                throw GraphErrors.InvalidParameter($"Account {admin.Id} is deactivated and cannot administer a group");
            }
        }
        var group = new Group(call.Community.Ids.Next())
        {
            Name = name.Trim(),
            CreatedTime = call.Now,
            UpdatedTime = call.Now,
        };
        ApplySettings(call, group);
        group.Privacy = call.EnumParam("privacy", GroupValues.Privacies) ?? GroupValues.Closed;
        call.Community.AddGroup(group);
        if (admin is not null)
        {
            call.Community.AddMember(group, admin, administrator: true, call.Now);
            group.OwnerId = admin.Id;
        }
        return GraphResult.Id(group.Id);
    }

    private static GraphResult Update(GraphCall call, Group group)
    {
        call.Require(Access.ManageGroups);
        var archive = call.BoolParam("archive");
        Person? owner = null;
        if (call.Param("owner") is { } ownerId)
        {
            owner = call.Community.FindPerson(ownerId.Trim());
            if (owner is null || group.Members.Find(owner.Key) is null)
            {
                throw GraphErrors.InvalidParameter("Param owner must be the id of a member of the group");
            }
        }
        var privacy = call.EnumParam("privacy", GroupValues.Privacies);
        var name = call.Params.Has("name") ? call.RequiredParam("name").Trim() : null;
        ApplySettings(call, group);
        if (name is not null)
        {
            group.Name = name;
        }
        if (privacy is not null)
        {
            group.Privacy = privacy;
        }
        if (archive is { } archived)
        {
            group.Archived = archived;
        }
        if (owner is not null)
        {
            group.OwnerId = owner.Id;
        }
        group.UpdatedTime = call.Now;
        return GraphResult.Success();
    }

    /// <summary>The settings shared by create and update; validates every value before setting any.</summary>
    private static void ApplySettings(GraphCall call, Group group)
    {
        var purpose = call.EnumParam("purpose", GroupValues.Purposes) ?? call.EnumParam("group_type", GroupValues.Purposes);
        var postPermissions = call.EnumParam("post_permissions", GroupValues.PostPermissions);
        var joinSetting = call.EnumParam("join_setting", GroupValues.JoinSettings);
        var approval = call.BoolParam("post_requires_admin_approval");
        if (call.Params.Has("description"))
        {
            group.Description = call.Param("description");
        }
        if (call.Params.Has("cover_url"))
        {
            group.CoverUrl = call.Param("cover_url");
        }
        group.Purpose = purpose ?? group.Purpose;
        group.PostPermissions = postPermissions ?? group.PostPermissions;
        group.JoinSetting = joinSetting ?? group.JoinSetting;
        group.PostRequiresAdminApproval = approval ?? group.PostRequiresAdminApproval;
    }
}
