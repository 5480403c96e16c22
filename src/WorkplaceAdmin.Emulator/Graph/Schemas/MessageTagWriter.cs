using System.Text.Json;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>Writes <c>message_tags</c> (mentions) of posts and comments.</summary>
internal static class MessageTagWriter
{
    public static void Write(Utf8JsonWriter w, string propertyName, IReadOnlyList<MessageTag> tags)
    {
        w.WriteStartArray(propertyName);
        foreach (var tag in tags)
        {
            w.WriteStartObject();
            w.WriteString("id", tag.Id);
            w.WriteString("name", tag.Name);
            w.WriteString("type", tag.Type);
            w.WriteNumber("offset", tag.Offset);
            w.WriteNumber("length", tag.Length);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
