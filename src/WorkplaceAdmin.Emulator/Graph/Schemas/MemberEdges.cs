using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>
/// A member's edges: <c>groups</c>, <c>feed</c> (their timeline: the group posts they wrote, newest first) and
/// <c>conversations</c> (their Work Chat threads as they see them). Kept apart from <see cref="PersonSchema"/>, which
/// reaches them only when writing (and validates through <see cref="LazySchema"/>), because their item schemas expand
/// members in turn: touching this class while the member schema is being built would build it twice.
/// </summary>
internal static class MemberEdges
{
    public static readonly Edge<Person, Group> Groups =
        new("groups", GroupSchema.Group, (person, call, _) => call.Community.Groups.Where(g => g.Members.Find(person.Key) is not null).ToList());

    public static readonly Edge<Person, Post> Feed = new("feed", PostSchema.Post, (person, call, _) => call.Community.PostsBy(person.Id))
    {
        Descending = true,
        Time = p => p.CreatedTime,
    };

    public static readonly Edge<Person, ThreadView> Conversations = new("conversations", ChatSchema.Conversation,
        (person, call, _) => call.Community.ThreadsOf(person.Id).Select(t => new ThreadView(t, person.Id)).ToList())
    {
        Descending = true,
    };
}
