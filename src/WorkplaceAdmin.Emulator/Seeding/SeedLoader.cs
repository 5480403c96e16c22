using System.Text.Json;
using Regex = System.Text.RegularExpressions.Regex;
using GeneratedRegexAttribute = System.Text.RegularExpressions.GeneratedRegexAttribute;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Seeding;

/// <summary>
/// Builds the starting community from <see cref="EmulatorOptions.Seed"/>: the embedded demo, a JSON file, or the
/// generator. Invalid seeds fail with <see cref="InvalidDataException"/> naming the problem.
/// </summary>
internal static partial class SeedLoader
{
    public const string DemoSeed = "demo";
    public const string GeneratedPrefix = "generated:";
    private const string DemoResource = "WorkplaceAdmin.Emulator.Seeding.DemoCommunity.json";

    /// <summary>When seeded people became members, unless the seed says otherwise.</summary>
    private static readonly DateTimeOffset BaseTime = new(2021, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Community Load(EmulatorOptions options)
    {
        var seed = options.Seed.Trim();
        if (seed.Equals(DemoSeed, StringComparison.OrdinalIgnoreCase))
        {
            using var stream = typeof(SeedLoader).Assembly.GetManifestResourceStream(DemoResource)
                ?? throw new InvalidOperationException("The demo seed is missing from the assembly.");
            return FromDocument(Parse(stream, "the demo seed"), options);
        }
        if (seed.StartsWith(GeneratedPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return CommunityGenerator.Generate(GeneratorSpec.Parse(seed[GeneratedPrefix.Length..]), options);
        }
        if (!File.Exists(seed))
        {
            throw new InvalidDataException($"Seed '{seed}' is neither 'demo', 'generated:PEOPLE,GROUPS[,MEMBERS_PER_GROUP]' nor an existing JSON file.");
        }
        using var file = File.OpenRead(seed);
        return FromDocument(Parse(file, seed), options);
    }

    private static SeedDocument Parse(Stream stream, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<SeedDocument>(stream, JsonOptions)
                ?? throw new InvalidDataException($"Seed {source} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Seed {source} is not valid: {e.Message}", e);
        }
    }

    public static Community FromDocument(SeedDocument document, EmulatorOptions options)
    {
        var communityId = document.Community.Id ?? EmulatorDefaults.CommunityId;
        if (!Community.TryParseKey(communityId, out var communityKey))
        {
            throw new InvalidDataException($"Seed community id '{communityId}' must be numeric.");
        }
        var ids = new IdAllocator();
        ids.Reserve(communityKey);
        var community = new Community(communityId, document.Community.Name, ids)
        {
            Description = document.Community.Description,
            InstanceUrl = (document.Community.InstanceUrl ?? InstanceUrlFor(document.Community.Name)).TrimEnd('/'),
        };
        foreach (var integration in Integrations(document, options))
        {
            community.AddIntegration(integration);
        }
        foreach (var domain in document.Community.VerifiedDomains ?? [])
        {
            community.VerifiedDomains.Add(domain.Trim().TrimStart('@').ToLowerInvariant());
        }
        AddPeople(community, document.People);
        var shares = new List<(Post Post, SeedShare Share)>();
        foreach (var group in document.Groups)
        {
            AddGroup(community, group, shares);
        }
        foreach (var (post, share) in shares)
        {
            AddShare(community, post, share);
        }
        foreach (var chat in document.Chats)
        {
            AddChat(community, chat);
        }
        foreach (var category in document.KnowledgeLibrary)
        {
            AddCategory(community, category, parent: null);
        }
        return community;
    }

    public static string InstanceUrlFor(string communityName)
    {
        var slug = new string(communityName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return "https://" + (slug.Length == 0 ? "emulator" : slug) + ".workplace.com";
    }

    private static IEnumerable<EmulatorIntegration> Integrations(SeedDocument document, EmulatorOptions options)
    {
        if (document.Integrations is not { Count: > 0 } declared)
        {
            return EmulatorDefaults.Integrations(options.RequireProof);
        }
        return declared.Select(i =>
        {
            var permissions = i.Permissions.Contains("*") ? EmulatorPermissions.All : i.Permissions;
            var unknown = permissions.FirstOrDefault(p => !EmulatorPermissions.IsKnown(p));
            if (unknown is not null)
            {
                throw new InvalidDataException($"Seed integration '{i.Name}' has an unknown permission '{unknown}'.");
            }
            var hasAll = EmulatorPermissions.All.All(permissions.Contains);
            return new EmulatorIntegration(i.Name, i.AccessToken, i.AppId, i.AppSecret, i.BotPageId, permissions,
                i.RequireAppSecretProof || (options.RequireProof && hasAll));
        });
    }

    private static void AddPeople(Community community, List<SeedPerson> people)
    {
        for (var index = 0; index < people.Count; index++)
        {
            var seed = people[index];
            var person = new Person(KeyFor(community, seed.Id, $"person {seed.Email}"))
            {
                FirstName = seed.FirstName,
                LastName = seed.LastName,
                Title = seed.Title,
                Department = seed.Department,
                Division = seed.Division,
                Organization = seed.Organization,
                CostCenter = seed.CostCenter,
                EmployeeNumber = seed.EmployeeNumber,
                PrimaryPhone = seed.Phone,
                PrimaryAddress = seed.Address,
                Locale = seed.Locale,
                AuthMethod = seed.AuthMethod ?? "password",
                IsFrontline = seed.Frontline,
                FrontlineHasAccess = seed.Frontline,
            };
            if (seed.Email is not null && community.IsEmailTaken(seed.Email))
            {
                throw new InvalidDataException($"Seed lists the email {seed.Email} twice.");
            }
            person.Email = seed.Email;
            person.ExternalId = seed.ExternalId;
            var since = seed.Since ?? BaseTime.AddDays(index);
            person.CreatedTime = since;
            person.UpdatedTime = since;
            person.StartDate = since;
            ApplyStatus(person, seed.Status, since);
            if (seed.Skills is not null)
            {
                person.Skills.AddRange(seed.Skills);
            }
            community.AddPerson(person);
        }
        foreach (var seed in people.Where(p => p.Manager is not null))
        {
            var manager = FindByEmail(community, seed.Manager!, $"manager of {seed.Email}");
            community.FindPersonByEmail(seed.Email!)!.ManagerId = manager.Id;
        }
    }

    private static void ApplyStatus(Person person, string? status, DateTimeOffset since)
    {
        switch ((status ?? "claimed").ToLowerInvariant())
        {
            case "claimed":
                person.MarkClaimed(since);
                break;
            case "invited":
                person.Invited = true;
                person.InviteTime = since;
                break;
            case "uninvited":
                break;
            case "deactivated":
                person.MarkClaimed(since);
                person.SetActive(false, since.AddDays(200));
                break;
            default:
                throw new InvalidDataException($"Seed person {person.Email} has an unknown status '{status}' (claimed, invited, uninvited, deactivated).");
        }
    }

    private static void AddGroup(Community community, SeedGroup seed, List<(Post, SeedShare)> shares)
    {
        var created = seed.CreatedTime ?? BaseTime;
        var group = new Group(KeyFor(community, seed.Id, $"group {seed.Name}"))
        {
            Name = seed.Name,
            Description = seed.Description,
            Privacy = Normalize(seed.Privacy, GroupValues.Privacies, $"privacy of group {seed.Name}"),
            Purpose = seed.Purpose is null ? null : Normalize(seed.Purpose, GroupValues.Purposes, $"purpose of group {seed.Name}"),
            PostPermissions = seed.PostPermissions is null ? "NONE" : Normalize(seed.PostPermissions, GroupValues.PostPermissions, $"post_permissions of group {seed.Name}"),
            Archived = seed.Archived,
            IsWorkplaceDefault = seed.IsWorkplaceDefault,
            CreatedTime = created,
            UpdatedTime = created,
            ParentId = seed.Parent is null ? null
                : (community.Groups.FirstOrDefault(g => g.Name == seed.Parent)
                    ?? throw new InvalidDataException($"Seed group {seed.Name} names parent {seed.Parent}, which is not listed before it.")).Id,
        };
        community.AddGroup(group);
        foreach (var email in seed.Admins)
        {
            var admin = FindByEmail(community, email, $"admin of group {seed.Name}");
            community.AddMember(group, admin, administrator: true, created);
            group.OwnerId ??= admin.Id;
        }
        var members = seed.Members is ["*"]
            ? community.People.Where(p => p.Active)
            : seed.Members.Select(email => FindByEmail(community, email, $"member of group {seed.Name}"));
        foreach (var member in members)
        {
            community.AddMember(group, member, administrator: false, created);
        }
        foreach (var seedPost in seed.Posts.OrderBy(p => p.CreatedTime))
        {
            var post = AddPost(community, group, seedPost);
            shares.AddRange(seedPost.Shares.Select(share => (post, share)));
        }
        group.UpdatedTime = group.Posts.Count > 0 ? group.Posts[^1].CreatedTime : created;
    }

    private static Post AddPost(Community community, Group group, SeedPost seed)
    {
        var (text, tags) = seed.Message is null ? (null, []) : Mentions.Render(community, MentionsByEmail(community, seed.Message));
        var post = new Post(community.Ids.Next(), group)
        {
            From = AuthorOf(community, seed.From),
            Message = text,
            Link = seed.Link,
            Formatting = seed.Formatting?.ToUpperInvariant() == "MARKDOWN" ? "MARKDOWN" : "PLAINTEXT",
            MessageTags = tags,
            CreatedTime = seed.CreatedTime,
            UpdatedTime = seed.CreatedTime,
            Story = seed.Story,
            Attachments = seed.Attachments.Select(a => SeedMedia.Build(community, a)).ToList(),
        };
        community.AddPost(post);
        foreach (var comment in seed.Comments.OrderBy(c => c.CreatedTime))
        {
            AddComment(community, post, null, comment);
        }
        EngagementSeeder.Engage(post);
        return post;
    }

    /// <summary>A post in another group sharing <paramref name="original"/>, with Workplace's story line.</summary>
    private static void AddShare(Community community, Post original, SeedShare seed)
    {
        var group = community.Groups.FirstOrDefault(g => g.Name == seed.Group)
            ?? throw new InvalidDataException($"Seed shares a post to group {seed.Group}, which does not exist.");
        var author = AuthorOf(community, seed.From);
        var share = new Post(community.Ids.Next(), group)
        {
            From = author,
            Message = seed.Message,
            CreatedTime = seed.CreatedTime,
            UpdatedTime = seed.CreatedTime,
            Story = author.Name + " shared a post.",
            SharedPost = original,
            Attachments =
            [
                new Attachment
                {
                    Type = Attachment.Share,
                    Title = original.Message?.Split('\n')[0],
                    LinkUrl = original.Group.Id.Length > 0 ? community.InstanceUrl + "/groups/" + original.Group.Id + "/permalink/" + original.BareId + "/" : null,
                },
            ],
        };
        community.AddPost(share);
        original.SharedBy.Add(share);
        EngagementSeeder.Engage(share);
        if (share.CreatedTime > group.UpdatedTime)
        {
            group.UpdatedTime = share.CreatedTime;
        }
    }

    private static void AddChat(Community community, SeedChat seed)
    {
        var people = seed.Participants.Select(email => FindByEmail(community, email, "chat participant").Id).ToArray();
        if (people.Length < 2)
        {
            throw new InvalidDataException("A seeded chat needs at least two participants.");
        }
        var thread = community.NewThread(botId: null, people, isGroup: people.Length > 2);
        thread.Name = seed.Name;
        foreach (var message in seed.Messages.OrderBy(m => m.CreatedTime))
        {
            var from = FindByEmail(community, message.From, "chat sender");
            if (!people.Contains(from.Id))
            {
                throw new InvalidDataException($"Seed chat message from {message.From}, who is not in the chat.");
            }
            var attachments = message.Attachment is null ? null : new[] { SeedMedia.Build(community, message.Attachment) };
            community.AddMessage(thread, from.Id, message.Text, "{}", message.CreatedTime, attachments);
        }
    }

    private static void AddCategory(Community community, SeedKnowledgeCategory seed, KnowledgeCategory? parent)
    {
        var category = new KnowledgeCategory(community.Ids.Next(), parent)
        {
            Title = seed.Title,
            Content = seed.Content,
            Status = seed.Status.ToUpperInvariant(),
            LastEditorId = seed.LastEditor is null ? null : FindByEmail(community, seed.LastEditor, "knowledge library editor").Id,
            LastUpdated = seed.LastUpdated,
        };
        foreach (var name in seed.ReadAudience)
        {
            category.ReadAudienceGroupIds.Add((community.Groups.FirstOrDefault(g => g.Name == name)
                ?? throw new InvalidDataException($"Seed knowledge category {seed.Title} names audience group {name}, which does not exist.")).Id);
        }
        community.AddCategory(category);
        foreach (var sub in seed.Subcategories)
        {
            AddCategory(community, sub, category);
        }
    }

    private static void AddComment(Community community, Post post, Comment? parent, SeedComment seed)
    {
        var (text, tags) = Mentions.Render(community, MentionsByEmail(community, seed.Message));
        var comment = new Comment(community.Ids.Next(), post, parent)
        {
            From = AuthorOf(community, seed.From),
            Message = text,
            MessageTags = tags,
            CreatedTime = seed.CreatedTime,
            Attachment = seed.Attachment is null ? null : SeedMedia.Build(community, seed.Attachment),
        };
        community.AddComment(comment);
        foreach (var reply in seed.Replies.OrderBy(r => r.CreatedTime))
        {
            AddComment(community, post, comment, reply);
        }
    }

    /// <summary>Seeds may mention people by email, <c>@[ava.ross@contoso.example]</c>, since ids are assigned on load.</summary>
    private static string MentionsByEmail(Community community, string text) =>
        EmailMention().Replace(text, m => "@[" + FindByEmail(community, m.Groups[1].Value, "mention").Id + "]");

    [GeneratedRegex(@"@\[([^\]@\s]+@[^\]\s]+)\]")]
    private static partial Regex EmailMention();

    private static Author AuthorOf(Community community, string? email) => email is null
        ? Community.BotAuthor(community.Integrations[0])
        : Author.Of(FindByEmail(community, email, "author"));

    private static Person FindByEmail(Community community, string email, string role) =>
        community.FindPersonByEmail(email) ?? throw new InvalidDataException($"Seed names {email} as {role}, but no person has that email.");

    private static long KeyFor(Community community, string? explicitId, string what)
    {
        if (explicitId is null)
        {
            return community.Ids.Next();
        }
        if (!Community.TryParseKey(explicitId, out var key))
        {
            throw new InvalidDataException($"Seed id '{explicitId}' of {what} must be numeric.");
        }
        community.Ids.Reserve(key);
        return key;
    }

    private static string Normalize(string value, string[] allowed, string what) =>
        allowed.FirstOrDefault(a => a.Equals(value, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidDataException($"Seed {what} '{value}' is not one of {string.Join(", ", allowed)}.");
}
