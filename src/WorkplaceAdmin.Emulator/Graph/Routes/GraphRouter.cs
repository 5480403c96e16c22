namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary>
/// Resolves the first path segment to a node (community, bot, person by id or email, group, post, comment)
/// and hands the call to that resource's routes. Runs under the community lock.
/// </summary>
internal static class GraphRouter
{
    public static GraphResult Route(GraphCall call)
    {
        var segments = call.Segments;
        if (segments.Length == 0)
        {
            return call.Method == "GET"
                ? MultiGetRoute.Handle(call)
                : throw GraphErrors.InvalidParameter("A request to the root needs ids= (GET) or batch= (POST)");
        }
        if (segments.Length > 3)
        {
            throw GraphErrors.UnknownPath("/" + string.Join("/", segments.Skip(3)));
        }
        if (call.Method is not ("GET" or "POST" or "DELETE"))
        {
            throw GraphErrors.InvalidParameter($"Unsupported {call.Method.ToLowerInvariant()} request");
        }

        var head = segments[0];
        var edge = segments.Length > 1 ? segments[1] : null;
        var sub = segments.Length > 2 ? segments[2] : null;
        var community = call.Community;

        if (head is "community" or "company" || head == community.Id)
        {
            return CommunityRoutes.Handle(call, edge, sub);
        }
        if (head == "me")
        {
            return BotRoutes.Me(call, edge, sub);
        }
        if (head == "app" || head == call.Integration.AppId)
        {
            return BotRoutes.App(call, edge, sub);
        }
        if (head.Contains('@'))
        {
            call.Require(Access.LookUpByEmail);
        }
        if (community.FindPerson(head) is { } person)
        {
            return PeopleRoutes.Handle(call, person, edge, sub);
        }
        if (community.FindGroup(head) is { } group)
        {
            return edge switch
            {
                "members" or "admins" => GroupMembershipRoutes.Handle(call, group, edge, sub),
                "feed" => FeedRoutes.HandleFeed(call, group, sub),
                _ => GroupRoutes.Handle(call, group, edge, sub),
            };
        }
        if (community.FindPost(head) is { } post)
        {
            return edge == "comments" ? CommentRoutes.HandleList(call, post, null, sub) : FeedRoutes.HandlePost(call, post, edge, sub);
        }
        if (community.FindComment(head) is { } comment)
        {
            return edge == "comments" ? CommentRoutes.HandleList(call, comment.Post, comment, sub) : CommentRoutes.HandleComment(call, comment, edge, sub);
        }
        if (head.StartsWith("t_", StringComparison.Ordinal) && community.FindThread(head) is { } thread)
        {
            return ChatRoutes.HandleThread(call, thread, edge, sub);
        }
        if (community.FindMessage(head) is { } message)
        {
            return ChatRoutes.HandleMessage(call, message, edge, sub);
        }
        if (community.FindExportJob(head) is { } job)
        {
            return ExportRoutes.Read(call, job, edge, sub);
        }
        if (community.FindCategory(head) is { } category)
        {
            return KnowledgeLibraryRoutes.Handle(call, category, edge, sub);
        }
        if (community.FindIntegrationByBotId(head) is { } bot)
        {
            return BotRoutes.Page(call, bot, edge, sub);
        }
        throw GraphErrors.UnknownObject(call.Method, head);
    }

    /// <summary>The error for an edge a node does not have: an unknown field on GET, unknown path otherwise.</summary>
    public static GraphException UnknownEdge(GraphCall call, string edge, string nodeType) =>
        call.Method == "GET" ? GraphErrors.UnknownField(edge, nodeType) : GraphErrors.UnknownPath("/" + edge);

    /// <summary>Refuses a trailing path segment where the route takes none.</summary>
    public static void NoSubPath(string? sub)
    {
        if (sub is not null)
        {
            throw GraphErrors.UnknownPath("/" + sub);
        }
    }
}
