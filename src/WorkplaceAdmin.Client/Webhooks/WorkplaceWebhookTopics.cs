namespace WorkplaceAdmin.Client.Webhooks;

/// <summary>
/// The webhook topics an app can subscribe to and the fields each offers (workplace-api.md §7.5). A subscription
/// request naming anything else is refused before it is sent.
/// </summary>
public static class WorkplaceWebhookTopics
{
    private static readonly Dictionary<string, string[]> Fields = new(StringComparer.Ordinal)
    {
        ["page"] = ["messages", "messaging_postbacks", "message_deliveries", "message_reads", "messaging_optins", "mention"],
        ["group"] = ["posts", "comments", "membership", "mention"],
        ["user"] = ["status", "posts", "comments"],
        ["workplace_security"] = ["admin_activity", "sessions", "passwords", "two_factor"],
        ["link"] = ["preview"],
    };

    /// <summary>page, group, user, workplace_security, link.</summary>
    public static IReadOnlyCollection<string> Objects => Fields.Keys;

    public static bool IsObject(string? name) => name is not null && Fields.ContainsKey(name);

    /// <summary>The fields of a topic; empty for an unknown topic.</summary>
    public static IReadOnlyList<string> FieldsOf(string topic) => Fields.TryGetValue(topic, out var fields) ? fields : [];

    /// <summary>Throws <see cref="ArgumentException"/> naming the topic and the topics there are.</summary>
    public static string CheckObject(string? topic, string parameterName)
    {
        var trimmed = topic?.Trim();
        if (!IsObject(trimmed))
            throw new ArgumentException(
                $"'{topic}' is not a webhook topic; expected one of {string.Join(", ", Objects)}.", parameterName);
        return trimmed!;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first field the topic does not offer.</summary>
    public static IReadOnlyList<string> CheckFields(string topic, IEnumerable<string>? fields, string parameterName)
    {
        var names = (fields ?? []).SelectMany(f => (f ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
            throw new ArgumentException($"No field is given for the topic '{topic}'; expected one or more of {string.Join(", ", FieldsOf(topic))}.", parameterName);
        var unknown = names.FirstOrDefault(name => !FieldsOf(topic).Contains(name, StringComparer.Ordinal));
        if (unknown is not null)
            throw new ArgumentException(
                $"'{unknown}' is not a field of the webhook topic '{topic}'; expected one or more of {string.Join(", ", FieldsOf(topic))}.", parameterName);
        return names;
    }
}
