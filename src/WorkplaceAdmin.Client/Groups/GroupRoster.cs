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

    /// <summary>
    /// A change made by email for a person whose id is unknown: the roster can no longer say by id who is not a
    /// member (or not an admin), so removals and demotions are then sent rather than answered from it.
    /// </summary>
    public void NoteChangeByEmail() => Exact = false;

    /// <summary>True while every member (and admin) is known by id.</summary>
    public bool Exact { get; private set; } = true;

    /// <summary>The member's id and admin flag, or null when the person is not known as a member.</summary>
    public (string Id, bool Administrator)? Find(MemberReference person)
    {
        var id = person.Id ?? (person.Email is not null && idByEmail.TryGetValue(person.Email, out var byEmail) ? byEmail : null);
        return id is not null && adminById.TryGetValue(id, out var administrator) ? (id, administrator) : null;
    }

    /// <summary>True while the roster can say a person given by email is not a member: every member's email is known.</summary>
    public bool KnowsEmails { get; private set; }

    public static GroupRoster Create(bool knowsEmails) => new() { KnowsEmails = knowsEmails };

    /// <summary>A person joined by id, so their email is not known: emails no longer tell who is not a member.</summary>
    public void NoteJoinWithoutEmail() => KnowsEmails = false;
}
