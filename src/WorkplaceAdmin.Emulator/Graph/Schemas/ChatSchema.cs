using System.Text.Json;
using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>
/// Work Chat as admins read it (workplace-api.md §4.2): conversations (<c>/{member}/conversations</c>,
/// <c>/t_{thread}</c>), their <c>messages</c> edge (newest first) and the message node.
/// </summary>
internal static class ChatSchema
{
    public static readonly NodeSchema<ChatMessage> Message = new("Message", m => m.Id, "created_time");

    public static readonly NodeSchema<ThreadView> Conversation = new("UnifiedThread", v => v.Thread.Id, "updated_time");

    /// <summary>A thread's messages as the viewer sees them, newest first.</summary>
    public static readonly Edge<ThreadView, ChatMessage> Messages = new("messages", Message, (v, _, _) => v.Messages)
    {
        Descending = true,
        Time = m => m.CreatedTime,
    };

    static ChatSchema()
    {
        Message
            .Field("message", (w, m, f, _) => w.WriteString(f.OutputName, m.Text ?? ""))
            .Field("created_time", Writes.Time<ChatMessage>(m => m.CreatedTime))
            .Field("from", (w, m, f, c) =>
            {
                w.WritePropertyName(f.OutputName);
                AuthorSchema.Participant.Write(w, AuthorSchema.Resolve(c.Community, m.FromId), f.Children, c);
            }, nested: AuthorSchema.Participant)
            .Field("to", (w, m, f, c) => WriteParticipants(w, f, c, ThreadOf(c, m).Everyone.Where(id => id != m.FromId)),
                nested: AuthorSchema.Participant)
            .Field("thread_id", (w, m, f, _) => w.WriteString(f.OutputName, m.ThreadId))
            .Field("tags", (w, m, f, c) =>
            {
                w.WriteStartObject(f.OutputName);
                w.WriteStartArray("data");
                foreach (var tag in new[] { "inbox", "read", "source:chat", ThreadOf(c, m).IsGroup ? "group" : "source:titan:web" })
                {
                    w.WriteStartObject();
                    w.WriteString("name", tag);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            })
            .Field("attachments", (w, m, f, c) => WriteMessageAttachments(w, f, m, c));

        Conversation
            .Field("name", Writes.Text<ThreadView>(v => v.Thread.Name))
            .Field("updated_time", Writes.Time<ThreadView>(v => v.Thread.Messages.Count > 0 ? v.Thread.Messages[^1].CreatedTime : null))
            .Field("message_count", Writes.Number<ThreadView>(v => v.Messages.Count))
            .Field("unread_count", Writes.Number<ThreadView>(_ => 0))
            .Field("can_reply", Writes.Bool<ThreadView>(_ => true))
            .Field("is_group", Writes.Bool<ThreadView>(v => v.Thread.IsGroup))
            .Field("link", (w, v, f, c) => w.WriteString(f.OutputName, c.Community.InstanceUrl + "/chat/t/" + v.Thread.Key))
            .Field("participants", (w, v, f, c) => WriteParticipants(w, f, c, v.Thread.Everyone), nested: AuthorSchema.Participant);
        Messages.AddTo(Conversation);
    }

    private static ChatThread ThreadOf(GraphCall call, ChatMessage message) => call.Community.FindThread(message.ThreadId)!;

    private static void WriteParticipants(Utf8JsonWriter w, FieldSpec f, GraphCall call, IEnumerable<string> ids)
    {
        w.WriteStartObject(f.OutputName);
        w.WriteStartArray("data");
        foreach (var id in ids)
        {
            AuthorSchema.Participant.Write(w, AuthorSchema.Resolve(call.Community, id), f.Children, call);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Chat attachments: <c>{id,mime_type,name,size}</c> plus <c>image_data{url,…}</c> for images or <c>file_url</c>.</summary>
    private static void WriteMessageAttachments(Utf8JsonWriter w, FieldSpec f, ChatMessage message, GraphCall call)
    {
        var media = message.Attachments.Select(a => a.Media).OfType<MediaFile>().ToList();
        if (media.Count == 0)
        {
            return;
        }
        w.WriteStartObject(f.OutputName);
        w.WriteStartArray("data");
        foreach (var file in media)
        {
            var url = CdnLinks.For(call, file);
            w.WriteStartObject();
            w.WriteString("id", file.Id);
            w.WriteString("mime_type", file.ContentType);
            w.WriteString("name", file.FileName);
            w.WriteNumber("size", file.Bytes.Length);
            if (file.IsImage)
            {
                w.WriteStartObject("image_data");
                w.WriteNumber("width", file.Width);
                w.WriteNumber("height", file.Height);
                w.WriteString("url", url);
                w.WriteString("preview_url", url);
                w.WriteEndObject();
            }
            else
            {
                w.WriteString("file_url", url);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
