using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>
/// The <c>from</c> of posts, comments and messages: a person, whose member fields expand as on the member node
/// (<c>from{first_name,department,primary_address}</c>), or a bot page, which has only a name and a link.
/// </summary>
internal static class AuthorSchema
{
    public static readonly NodeSchema<Author> Profile = Build("name");

    /// <summary>A chat participant (a message's <c>from</c> and <c>to</c>): id, name and, for people, email.</summary>
    public static readonly NodeSchema<Author> Participant = Build("name", "email");

    private static NodeSchema<Author> Build(params string[] defaults) => PersonSchema.User
        .Derive<Author>("Profile", (a, call) => a.IsBot ? null : call.Community.FindPerson(a.Id), a => a.Id, defaults)
        // The author's name as written at the time: a deleted person's posts keep it.
        .Field("name", Writes.Text<Author>(a => a.Name))
        .Field("link", (w, a, f, c) => w.WriteString(f.OutputName, CommunityLinks.Profile(c.Community, a.Id)));

    /// <summary>The author behind a person or bot id (a deleted person becomes a nameless author).</summary>
    public static Author Resolve(Community community, string id) =>
        community.FindPerson(id) is { } person ? Author.Of(person)
        : community.FindIntegrationByBotId(id) is { } bot ? Community.BotAuthor(bot)
        : new Author(id, "", null, IsBot: false);

    /// <summary>Writes an author under <paramref name="field"/>'s name (id and name when no sub-fields are asked).</summary>
    public static void Write(System.Text.Json.Utf8JsonWriter w, Author author, FieldSpec field, GraphCall call)
    {
        w.WritePropertyName(field.OutputName);
        Profile.Write(w, author, field.Children, call);
    }
}
