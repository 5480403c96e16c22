using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>The <c>from</c> of posts, comments and messages: a person or a bot page.</summary>
internal static class AuthorSchema
{
    public static readonly NodeSchema<Author> Profile = new NodeSchema<Author>("Profile", a => a.Id, "name")
        .Field("name", Writes.Text<Author>(a => a.Name))
        .Field("email", Writes.Text<Author>(a => a.Email), permission: EmulatorPermissions.ReadUserEmail)
        .Field("link", (w, a, f, c) => w.WriteString(f.OutputName, CommunityLinks.Profile(c.Community, a.Id)));
}
