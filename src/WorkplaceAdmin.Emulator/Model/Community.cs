using System.Globalization;

namespace WorkplaceAdmin.Emulator.Model;

/// <summary>
/// The in-memory community: people, groups, posts, comments, chat and integrations, with the indexes the API
/// needs. Callers hold <see cref="Lock"/> (read for queries, write for changes); this class keeps the indexes
/// consistent with each other.
/// </summary>
internal sealed class Community
{
    private readonly Dictionary<string, Person> _peopleByEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Person> _peopleByExternalId = new(StringComparer.Ordinal);
    private readonly Dictionary<long, Post> _posts = new();
    private readonly Dictionary<long, Comment> _comments = new();
    private readonly Dictionary<string, ChatThread> _threads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChatThread> _directThreads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChatMessage> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<long, MediaFile> _media = new();
    private readonly Dictionary<string, EmulatorIntegration> _integrationsByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EmulatorIntegration> _integrationsByBotId = new(StringComparer.Ordinal);
    private readonly List<EmulatorIntegration> _integrations = new();

    public Community(string id, string name, IdAllocator ids)
    {
        Id = id;
        Name = name;
        Ids = ids;
    }

    public string Id { get; }
    public string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>The web address of the instance, e.g. <c>https://contoso-demo.workplace.com</c>.</summary>
    public string InstanceUrl { get; set; } = "https://emulator.workplace.com";
    public IdAllocator Ids { get; }
    public StateLock Lock { get; } = new();

    /// <summary>Told about posts, comments, memberships and messages as they are added (webhooks); null while seeding.</summary>
    public ICommunityObserver? Observer { get; set; }

    public KeyedList<Person> People { get; } = new();
    public KeyedList<Group> Groups { get; } = new();
    public KeyedList<PeopleSet> PeopleSets { get; } = new();

    /// <summary>Top-level Knowledge Library categories.</summary>
    public KeyedList<KnowledgeCategory> KnowledgeLibrary { get; } = new();

    /// <summary>Verified email domains; empty means any domain is accepted (the demo and generated seeds).</summary>
    public List<string> VerifiedDomains { get; } = new();
    public IReadOnlyList<EmulatorIntegration> Integrations => _integrations;
    public int PostCount => _posts.Count;
    public int CommentCount => _comments.Count;
    public int ThreadCount => _threads.Count;
    public int MessageCount { get; private set; }

    public static bool TryParseKey(string id, out long key) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out key) && key > 0;

    // ---- integrations ----

    public void AddIntegration(EmulatorIntegration integration)
    {
        if (_integrationsByToken.ContainsKey(integration.AccessToken) || _integrationsByToken.ContainsKey(integration.AppToken))
        {
            throw new InvalidOperationException($"An integration already uses the token of '{integration.Name}'.");
        }
        _integrations.Add(integration);
        _integrationsByToken[integration.AccessToken] = integration;
        _integrationsByToken[integration.AppToken] = integration;
        _integrationsByBotId[integration.BotPageId] = integration;
        if (TryParseKey(integration.BotPageId, out var key))
        {
            Ids.Reserve(key);
        }
    }

    public EmulatorIntegration? FindIntegrationByToken(string token) =>
        _integrationsByToken.GetValueOrDefault(token);

    public EmulatorIntegration? FindIntegrationByBotId(string id) => _integrationsByBotId.GetValueOrDefault(id);

    public static Author BotAuthor(EmulatorIntegration integration) => new(integration.BotPageId, integration.Name, null, IsBot: true);

    // ---- people ----

    public Person? FindPerson(string idOrEmail)
    {
        if (TryParseKey(idOrEmail, out var key))
        {
            return People.Find(key);
        }
        return idOrEmail.Contains('@') ? _peopleByEmail.GetValueOrDefault(idOrEmail) : null;
    }

    public Person? FindPersonByEmail(string email) => _peopleByEmail.GetValueOrDefault(email);

    public Person? FindPersonByExternalId(string externalId) => _peopleByExternalId.GetValueOrDefault(externalId);

    public bool IsEmailTaken(string email, Person? except = null) =>
        _peopleByEmail.TryGetValue(email, out var other) && !ReferenceEquals(other, except);

    public bool IsExternalIdTaken(string externalId, Person? except = null) =>
        _peopleByExternalId.TryGetValue(externalId, out var other) && !ReferenceEquals(other, except);

    public void AddPerson(Person person)
    {
        if (!People.Add(person))
        {
            throw new InvalidOperationException($"Person id {person.Id} is used twice.");
        }
        Ids.Reserve(person.Key);
        if (person.Email is not null)
        {
            _peopleByEmail[person.Email] = person;
        }
        if (person.ExternalId is not null)
        {
            _peopleByExternalId[person.ExternalId] = person;
        }
    }

    public void ChangeEmail(Person person, string? email)
    {
        if (person.Email is not null)
        {
            _peopleByEmail.Remove(person.Email);
        }
        person.Email = email;
        if (email is not null)
        {
            _peopleByEmail[email] = person;
        }
    }

    public void ChangeExternalId(Person person, string? externalId)
    {
        if (person.ExternalId is not null)
        {
            _peopleByExternalId.Remove(person.ExternalId);
        }
        person.ExternalId = externalId;
        if (externalId is not null)
        {
            _peopleByExternalId[externalId] = person;
        }
    }

    /// <summary>Deletes an account and every membership of it (posts keep their author's name).</summary>
    public void RemovePerson(Person person, DateTimeOffset when)
    {
        People.Remove(person.Key);
        if (person.Email is not null)
        {
            _peopleByEmail.Remove(person.Email);
        }
        if (person.ExternalId is not null)
        {
            _peopleByExternalId.Remove(person.ExternalId);
        }
        foreach (var group in Groups.ToArray())
        {
            RemoveMember(group, person, when);
        }
        foreach (var set in PeopleSets)
        {
            set.MemberIds.Remove(person.Id);
        }
        foreach (var other in People)
        {
            if (other.ManagerId == person.Id)
            {
                other.ManagerId = null;
            }
        }
    }

    // ---- groups and memberships ----

    public Group? FindGroup(string id) => TryParseKey(id, out var key) ? Groups.Find(key) : null;

    /// <summary>The groups whose parent is <paramref name="group"/>, in id order.</summary>
    public List<Group> SubGroupsOf(Group group) => Groups.Where(g => g.ParentId == group.Id).ToList();

    public void AddGroup(Group group)
    {
        if (!Groups.Add(group))
        {
            throw new InvalidOperationException($"Group id {group.Id} is used twice.");
        }
        Ids.Reserve(group.Key);
    }

    /// <summary>Adds (or promotes) a member; returns false when nothing changed.</summary>
    public bool AddMember(Group group, Person person, bool administrator, DateTimeOffset when)
    {
        var existing = group.Members.Find(person.Key);
        if (existing is not null)
        {
            if (administrator && !existing.Administrator)
            {
                existing.Administrator = true;
                group.UpdatedTime = when;
                return true;
            }
            return false;
        }
        group.Members.Add(new Membership(person, when, administrator));
        group.UpdatedTime = when;
        Observer?.MemberAdded(group, person, when);
        return true;
    }

    /// <summary>
    /// Removes a member. A group whose last member leaves disappears, as in Workplace (groups have no DELETE).
    /// </summary>
    public bool RemoveMember(Group group, Person person, DateTimeOffset when)
    {
        if (!group.Members.Remove(person.Key))
        {
            return false;
        }
        group.UpdatedTime = when;
        Observer?.MemberRemoved(group, person, when);
        if (group.OwnerId == person.Id)
        {
            group.OwnerId = null;
        }
        if (group.Members.Count == 0)
        {
            RemoveGroup(group);
        }
        return true;
    }

    private void RemoveGroup(Group group)
    {
        Groups.Remove(group.Key);
        foreach (var post in group.Posts.ToArray())
        {
            RemovePost(post);
        }
    }

    // ---- posts and comments ----

    public void AddPost(Post post)
    {
        post.Group.Posts.Add(post);
        _posts[post.Key] = post;
        Ids.Reserve(post.Key);
        Observer?.PostAdded(post);
    }

    public void RemovePost(Post post)
    {
        post.Group.Posts.Remove(post.Key);
        _posts.Remove(post.Key);
        foreach (var comment in post.Comments.ToArray())
        {
            RemoveComment(comment);
        }
    }

    /// <summary>Finds a post by "{group-id}_{post-id}" or by its bare post id.</summary>
    public Post? FindPost(string id)
    {
        var underscore = id.IndexOf('_');
        if (underscore < 0)
        {
            return TryParseKey(id, out var bare) ? _posts.GetValueOrDefault(bare) : null;
        }
        if (!TryParseKey(id[(underscore + 1)..], out var key) || !_posts.TryGetValue(key, out var post))
        {
            return null;
        }
        return post.Group.Id == id[..underscore] ? post : null;
    }

    public void AddComment(Comment comment)
    {
        (comment.Parent?.Replies ?? comment.Post.Comments).Add(comment);
        _comments[comment.Key] = comment;
        Ids.Reserve(comment.Key);
        Observer?.CommentAdded(comment);
    }

    public void RemoveComment(Comment comment)
    {
        (comment.Parent?.Replies ?? comment.Post.Comments).Remove(comment.Key);
        _comments.Remove(comment.Key);
        foreach (var reply in comment.Replies.ToArray())
        {
            RemoveComment(reply);
        }
    }

    /// <summary>Finds a comment by "{post-id}_{comment-id}" or by its bare comment id.</summary>
    public Comment? FindComment(string id)
    {
        var underscore = id.IndexOf('_');
        var keyText = underscore < 0 ? id : id[(underscore + 1)..];
        if (!TryParseKey(keyText, out var key) || !_comments.TryGetValue(key, out var comment))
        {
            return null;
        }
        return underscore < 0 || comment.Post.BareId == id[..underscore] ? comment : null;
    }

    // ---- chat ----

    public ChatThread? FindThread(string threadKey)
    {
        var id = threadKey.StartsWith("t_", StringComparison.Ordinal) ? threadKey : "t_" + threadKey;
        return _threads.GetValueOrDefault(id);
    }

    public IEnumerable<ChatThread> Threads => _threads.Values;

    /// <summary>The one-to-one thread of a bot and a person, created on first use.</summary>
    public ChatThread DirectThread(string botId, string personId)
    {
        var pairKey = botId + "|" + personId;
        if (!_directThreads.TryGetValue(pairKey, out var thread))
        {
            thread = NewThread(botId, [personId], isGroup: false);
            _directThreads[pairKey] = thread;
        }
        return thread;
    }

    /// <param name="botId">The integration's bot in the thread; null for a conversation among people.</param>
    public ChatThread NewThread(string? botId, IReadOnlyList<string> personIds, bool isGroup)
    {
        var thread = new ChatThread(Ids.Next(), botId, personIds, isGroup);
        _threads[thread.Id] = thread;
        return thread;
    }

    public ChatMessage AddMessage(ChatThread thread, string fromId, string? text, string messageJson, DateTimeOffset when,
        IReadOnlyList<Attachment>? attachments = null)
    {
        var message = new ChatMessage(Ids.Next(), thread.Id, fromId, text, messageJson, when) { Attachments = attachments ?? [] };
        thread.Messages.Add(message);
        _messages[message.Id] = message;
        MessageCount++;
        Observer?.MessageAdded(thread, message);
        return message;
    }

    public ChatMessage? FindMessage(string id) => _messages.GetValueOrDefault(id);

    /// <summary>The threads a person or bot takes part in, in id order.</summary>
    public List<ChatThread> ThreadsOf(string participantId) =>
        _threads.Values.Where(t => t.Includes(participantId)).OrderBy(t => t.Key).ToList();

    /// <summary>The posts a person or bot wrote, in id order.</summary>
    public List<Post> PostsBy(string authorId) =>
        _posts.Values.Where(p => p.From.Id == authorId).OrderBy(p => p.Key).ToList();

    // ---- knowledge library and export jobs ----

    private readonly Dictionary<long, KnowledgeCategory> _categories = new();
    private readonly Dictionary<long, ExportJob> _exportJobs = new();

    public void AddCategory(KnowledgeCategory category)
    {
        (category.Parent?.Subcategories ?? KnowledgeLibrary).Add(category);
        _categories[category.Key] = category;
    }

    public KnowledgeCategory? FindCategory(string id) => TryParseKey(id, out var key) ? _categories.GetValueOrDefault(key) : null;

    public void AddExportJob(ExportJob job) => _exportJobs[job.Key] = job;

    public ExportJob? FindExportJob(string id) => TryParseKey(id, out var key) ? _exportJobs.GetValueOrDefault(key) : null;

    // ---- media ----

    public MediaFile AddMedia(string fileName, string contentType, byte[] bytes, int width = 0, int height = 0, MediaFile? poster = null)
    {
        var media = new MediaFile(Ids.Next(), fileName, contentType, bytes, width, height) { Poster = poster };
        _media[media.Key] = media;
        return media;
    }

    public MediaFile? FindMedia(string id) => TryParseKey(id, out var key) ? _media.GetValueOrDefault(key) : null;

    /// <summary>Signs CDN URLs so media can be fetched without a token, as Workplace's CDN links can.</summary>
    public byte[] MediaSigningKey { get; } = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    // ---- people sets (SCIM groups) ----

    public PeopleSet? FindPeopleSet(string id) => TryParseKey(id, out var key) ? PeopleSets.Find(key) : null;
}
