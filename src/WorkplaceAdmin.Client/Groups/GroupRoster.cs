using System.Collections.Concurrent;

namespace WorkplaceAdmin.Client.Groups;

/// <summary>
/// Who is in a group and who administers it, read once before a bulk membership change so that "already a
/// member" (or "not a member") is known without a request per person, and kept up to date as changes succeed.
/// Emails are known only when the integration may read them. Thread-safe.
/// </summary>
internal sealed class GroupRoster
{
    private readonly ConcurrentDictionary<string, bool> adminById = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> idByEmail = new(StringComparer.OrdinalIgnoreCase);

    public void Set(string id, string? email, bool administrator)
    {
        adminById[id] = administrator;
        if (!string.IsNullOrEmpty(email))
            idByEmail[email] = id;
    }

    public void Remove(string id) => adminById.TryRemove(id, out _);

    /// <summary>The member's id and admin flag, or null when the person is not known as a member.</summary>
    public (string Id, bool Administrator)? Find(MemberReference person)
    {
        var id = person.Id ?? (person.Email is not null && idByEmail.TryGetValue(person.Email, out var byEmail) ? byEmail : null);
        return id is not null && adminById.TryGetValue(id, out var administrator) ? (id, administrator) : null;
    }

    /// <summary>True when the roster can say a person given by email is not a member.</summary>
    public bool KnowsEmails { get; init; }
}
