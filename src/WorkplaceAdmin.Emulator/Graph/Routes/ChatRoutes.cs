using WorkplaceAdmin.Emulator.Graph.Paging;
using WorkplaceAdmin.Emulator.Graph.Schemas;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary>
/// Reading and deleting Work Chat (workplace-api.md §4.2): <c>/{member}/conversations</c>, <c>/t_{thread}</c>,
/// <c>/t_{thread}/messages?user=</c>, <c>/{message-id}</c> and <c>DELETE /{message-id}?user=</c>. All reads need
/// Read all messages; deleting also needs Delete chat messages.
/// </summary>
internal static class ChatRoutes
{
    /// <summary><c>GET /{member}/conversations</c>: the threads the member takes part in, newest first.</summary>
    public static GraphResult ListConversations(GraphCall call, Person member)
    {
        call.Require(Access.ReadMessages);
        return MemberEdges.Conversations.Answer(call, member);
    }

    /// <summary><c>GET /{bot-page}/conversations</c>: the threads of an integration's bot, newest first.</summary>
    public static GraphResult ListConversations(GraphCall call, EmulatorIntegration bot)
    {
        call.Require(Access.ReadMessages);
        ChatSchema.Conversation.ValidateRequested(call);
        var views = call.Community.ThreadsOf(bot.BotPageId).Select(t => new ThreadView(t, bot.BotPageId)).ToList();
        var fields = call.Fields;
        return PagedList.Answer(call, views, descending: true, (w, v) => ChatSchema.Conversation.Write(w, v, fields, call));
    }

    public static GraphResult HandleThread(GraphCall call, ChatThread thread, string? edge, string? sub)
    {
        GraphRouter.NoSubPath(sub);
        if (call.Method != "GET")
        {
            throw GraphErrors.UnsupportedOperation(call.Method, thread.Id, "the emulator reads threads; send into them with POST /me/messages");
        }
        call.Require(Access.ReadMessages);
        var view = new ThreadView(thread, Viewer(call, thread));
        return edge switch
        {
            null => Read(call, view),
            "messages" => ChatSchema.Messages.Answer(call, view),
            _ => throw GraphRouter.UnknownEdge(call, edge, "UnifiedThread"),
        };
    }

    public static GraphResult HandleMessage(GraphCall call, ChatMessage message, string? edge, string? sub)
    {
        GraphRouter.NoSubPath(sub);
        call.Require(Access.ReadMessages);
        var thread = call.Community.FindThread(message.ThreadId)!;
        return (edge, call.Method) switch
        {
            (null, "GET") => ReadMessage(call, thread, message),
            (null, "DELETE") => DeleteFor(call, thread, message),
            _ => throw GraphRouter.UnknownEdge(call, edge ?? "", "Message"),
        };
    }

    private static GraphResult Read(GraphCall call, ThreadView view)
    {
        ChatSchema.Conversation.ValidateRequested(call);
        return GraphResult.Json((call, view), static (w, s) => ChatSchema.Conversation.Write(w, s.view, s.call.Fields, s.call));
    }

    private static GraphResult ReadMessage(GraphCall call, ChatThread thread, ChatMessage message)
    {
        var viewer = call.Param("user") is null ? null : Viewer(call, thread);
        // A message deleted for everyone is gone; one deleted for the asked user is gone for them.
        if ((viewer is not null && !message.IsVisibleTo(viewer)) || thread.Everyone.All(id => !message.IsVisibleTo(id)))
        {
            throw GraphErrors.UnknownObject(call.Method, message.Id);
        }
        ChatSchema.Message.ValidateRequested(call);
        return GraphResult.Json((call, message), static (w, s) => ChatSchema.Message.Write(w, s.message, s.call.Fields, s.call));
    }

    /// <summary>Deletes a message for one participant (<c>user=</c>, required); repeat per participant to delete it for all.</summary>
    private static GraphResult DeleteFor(GraphCall call, ChatThread thread, ChatMessage message)
    {
        call.Require(Access.DeleteMessages);
        if (call.Param("user") is null)
        {
            throw GraphErrors.InvalidParameter("The parameter user is required: a message is deleted for one participant at a time");
        }
        message.DeletedFor.Add(Viewer(call, thread));
        return GraphResult.Success();
    }

    /// <summary>
    /// Whose view of the thread is read: <c>user=</c> (a participant, by id or email), else the integration's bot,
    /// which must then be in the thread.
    /// </summary>
    private static string Viewer(GraphCall call, ChatThread thread)
    {
        if (call.Param("user") is { } user)
        {
            var id = call.Community.FindPerson(user.Trim())?.Id ?? user.Trim();
            return thread.Includes(id)
                ? id
                : throw GraphErrors.InvalidParameter($"User {user} is not a participant of thread {thread.Id}");
        }
        return thread.BotId == call.Integration.BotPageId
            ? thread.BotId
            : throw GraphErrors.InvalidParameter($"The parameter user is required to read thread {thread.Id}, which the integration's bot is not in");
    }
}
