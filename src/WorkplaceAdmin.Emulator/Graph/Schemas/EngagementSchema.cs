using System.Text.Json;
using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>
/// Who engaged with a post or comment (workplace-api.md §3.6): <c>reactions</c> (with <c>type</c>, filtered by
/// <c>type=</c> or <c>.type(LOVE)</c>), <c>likes</c>, and, on posts, <c>seen</c> (with <c>seen_time</c>, bounded by
/// since/until). Items are people, so member fields expand on them.
/// </summary>
internal static class EngagementSchema
{
    public static readonly NodeSchema<Reaction> Reactor =
        PersonSchema.User.Derive<Reaction>("User", r => r.Person, r => r.Person.Id, "name", "type")
            .Field("type", Writes.Text<Reaction>(r => r.Type));

    public static readonly NodeSchema<Reaction> Liker =
        PersonSchema.User.Derive<Reaction>("User", r => r.Person, r => r.Person.Id, "name");

    public static readonly NodeSchema<PostView> Viewer =
        PersonSchema.User.Derive<PostView>("User", v => v.Person, v => v.Person.Id, "name", "seen_time")
            .Field("seen_time", Writes.Time<PostView>(v => v.SeenTime));

    /// <summary>A <c>reactions</c> edge over the reactions <paramref name="of"/> an owner.</summary>
    public static Edge<T, Reaction> Reactions<T>(Func<T, KeyedList<Reaction>> of) =>
        new("reactions", Reactor, (owner, _, args) => OfType(of(owner), args("type")))
        {
            Time = r => r.Time,
            SummaryExtras = (w, _, _) => w.WriteString("viewer_reaction", "NONE"),
        };

    /// <summary>A <c>likes</c> edge: the people whose reaction is LIKE.</summary>
    public static Edge<T, Reaction> Likes<T>(Func<T, KeyedList<Reaction>> of) =>
        new("likes", Liker, (owner, _, _) => OfType(of(owner), ReactionTypes.Like))
        {
            SummaryExtras = (w, _, _) =>
            {
                w.WriteBoolean("can_like", true);
                w.WriteBoolean("has_liked", false);
            },
        };

    public static readonly Edge<Post, PostView> Seen = new("seen", Viewer, (post, _, _) => post.Seen) { Time = v => v.SeenTime };

    /// <summary>The reactions of one type (all of them when <paramref name="type"/> is absent); an unknown type is code 100.</summary>
    private static IReadOnlyList<Reaction> OfType(KeyedList<Reaction> reactions, string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return reactions;
        }
        var wanted = ReactionTypes.Normalize(type)
            ?? throw GraphErrors.InvalidParameter($"Param type must be one of {{{string.Join(", ", ReactionTypes.All)}}}; got '{type}'");
        return reactions.Where(r => r.Type == wanted).ToList();
    }

    /// <summary>Writes the <c>shares</c> field, <c>{"count":N}</c>; Graph leaves it out when nobody shared the post.</summary>
    public static void WriteShares(Utf8JsonWriter w, Post post, FieldSpec field)
    {
        if (post.SharedBy.Count == 0)
        {
            return;
        }
        w.WriteStartObject(field.OutputName);
        w.WriteNumber("count", post.SharedBy.Count);
        w.WriteEndObject();
    }
}
