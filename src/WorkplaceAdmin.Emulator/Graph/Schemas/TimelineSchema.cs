using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>
/// A member's timeline, <c>GET /{member}/feed</c>: the group posts they wrote, newest first. (Kept apart from the
/// member schema, which posts' authors expand into, so the two static schemas do not build each other.)
/// </summary>
internal static class TimelineSchema
{
    public static readonly Edge<Person, Post> Feed = new("feed", PostSchema.Post, (person, call, _) => call.Community.PostsBy(person.Id))
    {
        Descending = true,
        Time = p => p.CreatedTime,
    };
}
