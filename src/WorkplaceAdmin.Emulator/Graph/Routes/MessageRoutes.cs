using System.Text.Json;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary>
/// The Send API, <c>POST /me/messages</c> (workplace-api.md §4.1): to one person (<c>recipient.id</c>), to a new
/// group thread (<c>recipient.ids</c>) or into an existing thread (<c>recipient.thread_key</c>).
/// </summary>
internal static class MessageRoutes
{
    public const int MaxTextLength = 2000;
    private const int NoMatchingUserSubcode = 2018001;
    private static readonly string[] SenderActions = ["mark_seen", "typing_on", "typing_off"];
    private static readonly string[] MessagingTypes = ["RESPONSE", "UPDATE", "MESSAGE_TAG"];

    public static GraphResult Send(GraphCall call)
    {
        call.Require(Access.SendMessages);
        using var recipient = ParseObject(call.RequiredParam("recipient"), "recipient");
        var messageText = call.Param("message");
        using var message = messageText is null ? null : ParseObject(messageText, "message");
        var senderAction = call.EnumParam("sender_action", SenderActions);
        call.EnumParam("messaging_type", MessagingTypes);
        if (message is null && senderAction is null)
        {
            throw GraphErrors.InvalidParameter("Must send either message or sender_action");
        }
        var text = message is null ? null : ReadText(message.RootElement);

        var (thread, recipientId) = ResolveThread(call, recipient.RootElement);
        string? messageId = null;
        if (message is not null)
        {
            messageId = call.Community.AddMessage(thread, call.Integration.BotPageId, text, messageText!, call.Now).Id;
        }
        return GraphResult.Json((thread, recipientId, messageId), static (w, s) =>
        {
            w.WriteStartObject();
            if (s.recipientId is not null)
            {
                w.WriteString("recipient_id", s.recipientId);
            }
            else
            {
                w.WriteString("thread_key", s.thread.Id);
            }
            if (s.messageId is not null)
            {
                w.WriteString("message_id", s.messageId);
            }
            w.WriteEndObject();
        });
    }

    /// <returns>The thread to post into, and the recipient id when it is a one-to-one message.</returns>
    private static (ChatThread Thread, string? RecipientId) ResolveThread(GraphCall call, JsonElement recipient)
    {
        var forms = new[] { "id", "ids", "thread_key" }.Count(name => recipient.TryGetProperty(name, out _));
        if (forms != 1)
        {
            throw GraphErrors.InvalidParameter(recipient.TryGetProperty("email", out _)
                ? "recipient.email is not supported; look the person up with GET /{email} and send to recipient.id"
                : "recipient needs exactly one of id, ids or thread_key");
        }
        var botId = call.Integration.BotPageId;
        if (recipient.TryGetProperty("id", out var id))
        {
            var person = Recipient(call, id);
            return (call.Community.DirectThread(botId, person.Id), person.Id);
        }
        call.Require(Access.GroupChats);
        if (recipient.TryGetProperty("ids", out var ids))
        {
            if (ids.ValueKind != JsonValueKind.Array || ids.GetArrayLength() == 0)
            {
                throw GraphErrors.InvalidParameter("recipient.ids must be a non-empty array of user ids");
            }
            var people = ids.EnumerateArray().Select(e => Recipient(call, e).Id).Distinct().ToArray();
            return (call.Community.NewThread(botId, people, isGroup: true), null);
        }
        var key = recipient.GetProperty("thread_key");
        var thread = key.ValueKind == JsonValueKind.String ? call.Community.FindThread(key.GetString()!) : null;
        if (thread is null || thread.BotId != botId)
        {
            throw GraphErrors.InvalidParameter("No matching thread found for recipient.thread_key");
        }
        return (thread, null);
    }

    private static Person Recipient(GraphCall call, JsonElement idElement)
    {
        var id = idElement.ValueKind switch
        {
            JsonValueKind.String => idElement.GetString(),
            JsonValueKind.Number => idElement.GetRawText(),
            _ => null,
        };
        var person = id is null ? null : call.Community.FindPerson(id);
        if (person is null || !person.Active)
        {
            throw new GraphException(400, EmulatorErrorCodes.InvalidParameter, "(#100) No matching user found", subcode: NoMatchingUserSubcode);
        }
        return person;
    }

    private static string? ReadText(JsonElement message)
    {
        var hasText = message.TryGetProperty("text", out var text);
        if (hasText && text.ValueKind != JsonValueKind.String)
        {
            throw GraphErrors.InvalidParameter("message.text must be a string");
        }
        if (!hasText && !message.TryGetProperty("attachment", out _))
        {
            throw GraphErrors.InvalidParameter("message needs text or an attachment");
        }
        var value = hasText ? text.GetString() : null;
        if (value is { Length: > MaxTextLength })
        {
            throw GraphErrors.InvalidParameter($"Length of param message[text] must be less than or equal to {MaxTextLength}");
        }
        return value;
    }

    private static JsonDocument ParseObject(string json, string name)
    {
        try
        {
            var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }
            document.Dispose();
        }
        catch (JsonException)
        {
            // Reported below.
        }
        throw GraphErrors.InvalidParameter($"Param {name} must be a JSON object");
    }
}
