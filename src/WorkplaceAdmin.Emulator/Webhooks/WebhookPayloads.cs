using System.Text.Json;
using WorkplaceAdmin.Emulator.Json;

namespace WorkplaceAdmin.Emulator.Webhooks;

/// <summary>
/// The delivery envelope (workplace-api.md §7.4): <c>{"object", "entry":[{"id","time","changes":[…]}]}</c> for
/// changes, <c>"messaging":[…]</c> instead of changes for chat events. One entry per delivery.
/// </summary>
internal static class WebhookPayloads
{
    /// <param name="writeValue">Writes the change's value; null leaves the value out (include_values=false).</param>
    public static byte[] Change(string topic, string entryId, DateTimeOffset time, string field, Action<Utf8JsonWriter>? writeValue) =>
        Envelope(topic, entryId, time, w =>
        {
            w.WriteStartArray("changes");
            w.WriteStartObject();
            w.WriteString("field", field);
            if (writeValue is not null)
            {
                w.WritePropertyName("value");
                writeValue(w);
            }
            w.WriteEndObject();
            w.WriteEndArray();
        });

    public static byte[] Messaging(string topic, string entryId, DateTimeOffset time, Action<Utf8JsonWriter> writeItem) =>
        Envelope(topic, entryId, time, w =>
        {
            w.WriteStartArray("messaging");
            writeItem(w);
            w.WriteEndArray();
        });

    private static byte[] Envelope(string topic, string entryId, DateTimeOffset time, Action<Utf8JsonWriter> writeBody) =>
        JsonBody.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("object", topic);
            w.WriteStartArray("entry");
            w.WriteStartObject();
            w.WriteString("id", entryId);
            w.WriteNumber("time", WireTime.Unix(time));
            writeBody(w);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }).ToArray();
}
