using System.Text;
using System.Text.Json;

namespace WorkplaceAdmin.Client.Messages;

/// <summary>
/// Where a Send API message goes (workplace-api.md §4.1): one person (<c>recipient.id</c>), a new group chat of
/// several people (<c>recipient.ids</c>: a new thread on every call), or an existing thread (<c>recipient.thread_key</c>).
/// </summary>
public sealed class MessageTarget
{
    private MessageTarget(string description, string recipientJson, IReadOnlyList<string> personIds, string? threadKey = null)
    {
        Description = description;
        RecipientJson = recipientJson;
        PersonIds = personIds;
        ThreadKeyValue = threadKey;
    }

    /// <summary>The people of a direct message or a new group chat; empty for a thread.</summary>
    internal IReadOnlyList<string> PersonIds { get; }

    /// <summary>The thread (t_…) of a message into an existing thread; null otherwise.</summary>
    internal string? ThreadKeyValue { get; }

    /// <summary>For messages: "person 123", "a new group chat of 3 people", "thread t_9".</summary>
    public string Description { get; }

    /// <summary>The value of the <c>recipient</c> parameter.</summary>
    public string RecipientJson { get; }

    public static MessageTarget Person(string personId)
    {
        if (!RecipientInput.IsPersonId(personId))
            throw new ArgumentException($"'{personId}' is not a Workplace person id.", nameof(personId));
        return new MessageTarget($"person {personId.Trim()}", Json(w => w.WriteString("id", personId.Trim())), [personId.Trim()]);
    }

    public static MessageTarget GroupChat(IReadOnlyCollection<string> personIds)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var ids = personIds.Select(id => id.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count < 2)
            throw new ArgumentException("A group chat needs at least two different people; to message one person send a direct message.", nameof(personIds));
        if (ids.FirstOrDefault(id => !RecipientInput.IsPersonId(id)) is { } bad)
            throw new ArgumentException($"'{bad}' is not a Workplace person id.", nameof(personIds));
        return new MessageTarget($"a new group chat of {ids.Count} people", Json(w =>
        {
            w.WriteStartArray("ids");
            foreach (var id in ids)
                w.WriteStringValue(id);
            w.WriteEndArray();
        }), ids);
    }

    public static MessageTarget Thread(string threadKey)
    {
        var key = ThreadKey.Normalize(threadKey);
        return new MessageTarget($"thread {key}", Json(w => w.WriteString("thread_key", key)), [], key);
    }

    public override string ToString() => Description;

    internal static string Json(Action<Utf8JsonWriter> writeProperties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
