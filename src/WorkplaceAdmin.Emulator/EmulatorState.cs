using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator;

/// <summary>
/// Read access to the emulated community for tests: counts, lookups and consistency checks. Every answer is a copy
/// taken under the community's read lock.
/// </summary>
public sealed class EmulatorState
{
    private readonly Community _community;

    internal EmulatorState(Community community) => _community = community;

    public string CommunityId => _community.Id;

    public string CommunityName => Read(() => _community.Name);

    public int PeopleCount => Read(() => _community.People.Count);

    public int ActivePeopleCount => Read(() => _community.People.Count(p => p.Active));

    public int GroupCount => Read(() => _community.Groups.Count);

    /// <summary>Memberships summed over all groups.</summary>
    public int MembershipCount => Read(() => _community.Groups.Sum(g => g.Members.Count));

    public int PostCount => Read(() => _community.PostCount);

    public int CommentCount => Read(() => _community.CommentCount);

    public int ThreadCount => Read(() => _community.ThreadCount);

    public int MessageCount => Read(() => _community.MessageCount);

    public int PeopleSetCount => Read(() => _community.PeopleSets.Count);

    public EmulatorPersonInfo? FindPerson(string idOrEmail) => Read(() => _community.FindPerson(idOrEmail) is { } p ? Copy(p) : null);

    public EmulatorPersonInfo? FindPersonByEmail(string email) => Read(() => _community.FindPersonByEmail(email) is { } p ? Copy(p) : null);

    public EmulatorPersonInfo? FindPersonByExternalId(string externalId) =>
        Read(() => _community.FindPersonByExternalId(externalId) is { } p ? Copy(p) : null);

    /// <summary>Every person, in id order (fine for demo-sized communities).</summary>
    public IReadOnlyList<EmulatorPersonInfo> People() => Read(() => _community.People.Select(Copy).ToArray());

    public EmulatorGroupInfo? FindGroup(string id) => Read(() => _community.FindGroup(id) is { } g ? Copy(g) : null);

    /// <summary>The first group with this name (case-insensitive).</summary>
    public EmulatorGroupInfo? FindGroupByName(string name) =>
        Read(() => _community.Groups.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)) is { } g ? Copy(g) : null);

    public IReadOnlyList<EmulatorGroupInfo> Groups() => Read(() => _community.Groups.Select(Copy).ToArray());

    public EmulatorPostInfo? FindPost(string id) => Read(() => _community.FindPost(id) is { } p ? Copy(p) : null);

    /// <summary>A group's posts, newest first.</summary>
    public IReadOnlyList<EmulatorPostInfo> Posts(string groupId) =>
        Read(() => _community.FindGroup(groupId) is { } g ? g.Posts.Reverse().Select(Copy).ToArray() : []);

    public EmulatorThreadInfo? FindThread(string threadKey) => Read(() => _community.FindThread(threadKey) is { } t ? Copy(t) : null);

    public IReadOnlyList<EmulatorThreadInfo> Threads() => Read(() => _community.Threads.Select(Copy).ToArray());

    /// <summary>
    /// Checks that indexes and collections agree (sorted keys, email index, memberships of existing people,
    /// post and comment indexes). Returns the problems found; empty when consistent.
    /// </summary>
    public IReadOnlyList<string> FindInconsistencies() => Read(() =>
    {
        var problems = new List<string>();
        CheckSorted(_community.People, "people", problems);
        CheckSorted(_community.Groups, "groups", problems);
        foreach (var person in _community.People)
        {
            if (person.Email is not null && !ReferenceEquals(_community.FindPersonByEmail(person.Email), person))
            {
                problems.Add($"Email index does not map {person.Email} to person {person.Id}.");
            }
            if (person.ExternalId is not null && !ReferenceEquals(_community.FindPersonByExternalId(person.ExternalId), person))
            {
                problems.Add($"External id index does not map {person.ExternalId} to person {person.Id}.");
            }
        }
        foreach (var group in _community.Groups)
        {
            CheckSorted(group.Members, $"members of group {group.Id}", problems);
            CheckSorted(group.Posts, $"posts of group {group.Id}", problems);
            if (group.Members.Count == 0)
            {
                problems.Add($"Group {group.Id} has no members but still exists.");
            }
            foreach (var membership in group.Members)
            {
                if (!ReferenceEquals(_community.People.Find(membership.Key), membership.Person))
                {
                    problems.Add($"Group {group.Id} has member {membership.Person.Id} who is not in the community.");
                }
            }
            foreach (var post in group.Posts)
            {
                if (!ReferenceEquals(_community.FindPost(post.Id), post))
                {
                    problems.Add($"Post index misses post {post.Id}.");
                }
                CheckSorted(post.Comments, $"comments of post {post.Id}", problems);
                foreach (var comment in post.Comments.Concat(post.Comments.SelectMany(c => c.Replies)))
                {
                    if (!ReferenceEquals(_community.FindComment(comment.Id), comment))
                    {
                        problems.Add($"Comment index misses comment {comment.Id}.");
                    }
                }
            }
        }
        var indexedPosts = _community.Groups.Sum(g => g.Posts.Count);
        if (indexedPosts != _community.PostCount)
        {
            problems.Add($"{_community.PostCount} posts are indexed but groups hold {indexedPosts}.");
        }
        return (IReadOnlyList<string>)problems;
    });

    private static void CheckSorted<T>(IReadOnlyList<T> items, string what, List<string> problems) where T : IKeyed
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (items[i - 1].Key >= items[i].Key)
            {
                problems.Add($"The {what} are not in strictly increasing id order at position {i}.");
                return;
            }
        }
    }

    private T Read<T>(Func<T> read)
    {
        using (_community.Lock.Read())
        {
            return read();
        }
    }

    private static EmulatorPersonInfo Copy(Person p) => new(p.Id, p.Email, p.Name, p.FirstName, p.LastName, p.Title, p.Department,
        p.ManagerId, p.ExternalId, p.Active, p.Invited, p.Claimed, p.AuthMethod, p.IsFrontline);

    private static EmulatorGroupInfo Copy(Group g) => new(g.Id, g.Name, g.Description, g.Privacy, g.Archived, g.OwnerId,
        g.Members.Select(m => m.Person.Id).ToArray(), g.Members.Where(m => m.Administrator).Select(m => m.Person.Id).ToArray(), g.Posts.Count);

    private static EmulatorPostInfo Copy(Post p) => new(p.Id, p.Group.Id, p.From.Id, p.Message, p.Link, p.Formatting, p.CreatedTime,
        p.MessageTags.Select(t => t.Id).ToArray(), p.Comments.Select(Copy).ToArray());

    private static EmulatorCommentInfo Copy(Comment c) =>
        new(c.Id, c.From.Id, c.Message, c.MessageTags.Select(t => t.Id).ToArray(), c.Replies.Select(Copy).ToArray());

    private static EmulatorThreadInfo Copy(ChatThread t) => new(t.Id, t.BotId, t.ParticipantIds.ToArray(), t.IsGroup,
        t.Messages.Select(m => new EmulatorMessageInfo(m.Id, m.FromId, m.Text, m.MessageJson, m.CreatedTime)).ToArray());
}
