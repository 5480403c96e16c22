using System.Text.Json;
using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>
/// A Knowledge Library category (<c>/{category-id}</c>): title, HTML <c>content</c>, <c>json_content</c>, status,
/// <c>read_audience</c>, <c>last_editor</c>, <c>last_updated</c>, and its <c>subcategories</c> edge.
/// </summary>
internal static class KnowledgeSchema
{
    public static readonly NodeSchema<KnowledgeCategory> Category = new("KnowledgeLibraryCategory", c => c.Id, "title");

    public static readonly Edge<KnowledgeCategory, KnowledgeCategory> Subcategories =
        new("subcategories", Category, (c, _, _) => c.Subcategories);

    static KnowledgeSchema()
    {
        Category
            .Field("title", Writes.Text<KnowledgeCategory>(c => c.Title))
            .Field("content", Writes.Text<KnowledgeCategory>(c => c.Content))
            .Field("json_content", Writes.Text<KnowledgeCategory>(JsonContent))
            .Field("status", Writes.Text<KnowledgeCategory>(c => c.Status))
            .Field("color", Writes.Text<KnowledgeCategory>(_ => "LIGHT_GRAY"))
            .Field("icon", Writes.Text<KnowledgeCategory>(_ => "DOCUMENTS"))
            .Field("last_updated", Writes.Time<KnowledgeCategory>(c => c.LastUpdated))
            .Field("last_editor", (w, c, f, call) =>
            {
                if (c.LastEditorId is not null && call.Community.FindPerson(c.LastEditorId) is { } editor)
                {
                    w.WritePropertyName(f.OutputName);
                    PersonSchema.User.Write(w, editor, f.Children ?? PersonSchema.NameOnly, call);
                }
            }, nested: PersonSchema.User)
            .Field("read_audience", (w, c, f, call) =>
            {
                // Meta documents read_audience only as "JSON"; the emulator names the groups that may read it.
                w.WriteStartObject(f.OutputName);
                w.WriteBoolean("everyone", c.ReadAudienceGroupIds.Count == 0);
                w.WriteStartArray("groups");
                foreach (var id in c.ReadAudienceGroupIds)
                {
                    w.WriteStartObject();
                    w.WriteString("id", id);
                    w.WriteString("name", call.Community.FindGroup(id)?.Name ?? "");
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            });
        Subcategories.AddTo(Category);
    }

    /// <summary>The content as a JSON document of blocks (Meta documents no schema; see the README).</summary>
    private static string JsonContent(KnowledgeCategory category) => JsonSerializer.Serialize(new
    {
        blocks = new[] { new { type = "html", text = category.Content ?? "" } },
    });
}
