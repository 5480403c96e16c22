using System.Globalization;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Seeding;

/// <summary>
/// Builds large synthetic communities quickly and deterministically: names and attributes come from small pools
/// indexed by position, managers form an 8-wide tree, and group memberships tile the population.
/// Every 25th person is invited but unclaimed, every 40th never invited, every 60th deactivated. Each group has
/// two posts whose members see and react to them (<see cref="EngagementSeeder"/>).
/// </summary>
internal static class CommunityGenerator
{
    public const string Domain = "generated.example";

    private static readonly string[] FirstNames =
    [
        "Ava", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Isla", "Jonas", "Kemi", "Liam", "Maya", "Nikhil", "Olivia",
        "Pablo", "Quinn", "Rosa", "Sami", "Tara", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe", "Amir", "Bea", "Carlos", "Dana",
    ];

    private static readonly string[] LastNames =
    [
        "Adams", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Haddad", "Ito", "Jensen", "Kowalski", "Lopez", "Martin",
        "Nguyen", "Okafor", "Patel", "Quinn", "Rossi", "Silva", "Tanaka", "Ueda", "Varga", "Weber", "Xu", "Yilmaz", "Zhang",
    ];

    private static readonly string[] Departments = ["Engineering", "Sales", "Marketing", "Finance", "People", "Operations", "Support", "Legal"];
    private static readonly string[] Titles = ["Associate", "Specialist", "Senior Specialist", "Lead", "Manager", "Director"];
    private static readonly string[] Privacies = [GroupValues.Open, GroupValues.Closed, GroupValues.Secret];
    private const int PostsPerGroup = 2;
    private static readonly DateTimeOffset BaseTime = new(2020, 1, 6, 9, 0, 0, TimeSpan.Zero);

    public static Community Generate(GeneratorSpec spec, EmulatorOptions options)
    {
        var ids = new IdAllocator();
        Community.TryParseKey(EmulatorDefaults.CommunityId, out var communityKey);
        ids.Reserve(communityKey);
        var name = $"Generated Community ({spec.People.ToString(CultureInfo.InvariantCulture)} people)";
        var community = new Community(EmulatorDefaults.CommunityId, name, ids)
        {
            InstanceUrl = "https://generated.workplace.com",
        };
        foreach (var integration in EmulatorDefaults.Integrations(options.RequireProof))
        {
            community.AddIntegration(integration);
        }

        var people = new Person[spec.People];
        for (var i = 0; i < people.Length; i++)
        {
            people[i] = NewPerson(ids.Next(), i);
            community.AddPerson(people[i]);
        }
        for (var i = 1; i < people.Length; i++)
        {
            people[i].ManagerId = people[(i - 1) / 8].Id;
        }

        for (var g = 0; g < spec.Groups; g++)
        {
            var group = new Group(ids.Next())
            {
                Name = "Generated Group " + (g + 1).ToString("D4", CultureInfo.InvariantCulture),
                Description = "A generated group for load tests.",
                Privacy = Privacies[g % Privacies.Length],
                Purpose = "WORK_TEAMWORK",
                CreatedTime = BaseTime,
                UpdatedTime = BaseTime,
            };
            community.AddGroup(group);
            // Consecutive people from a per-group offset: distinct members, already in key order (cheap appends).
            var offset = (int)((long)g * spec.MembersPerGroup % spec.People);
            var members = new List<Person>(spec.MembersPerGroup);
            for (var j = 0; j < spec.MembersPerGroup; j++)
            {
                members.Add(people[(offset + j) % spec.People]);
            }
            members.Sort((a, b) => a.Key.CompareTo(b.Key));
            var admin = members.FirstOrDefault(p => p.Active) ?? members[0];
            foreach (var member in members)
            {
                group.Members.Add(new Membership(member, BaseTime, administrator: ReferenceEquals(member, admin)));
            }
            group.OwnerId = admin.Id;
            AddPosts(community, group, admin, g);
        }
        return community;
    }

    /// <summary>Two posts by the group's admin, a week apart, with engagement from the members.</summary>
    private static void AddPosts(Community community, Group group, Person author, int groupIndex)
    {
        for (var i = 0; i < PostsPerGroup; i++)
        {
            var created = BaseTime.AddDays(7 * i + groupIndex % 7).AddHours(9);
            var post = new Post(community.Ids.Next(), group)
            {
                From = Author.Of(author),
                Message = $"Update {i + 1} for {group.Name}",
                CreatedTime = created,
                UpdatedTime = created,
            };
            community.AddPost(post);
            EngagementSeeder.Engage(post);
            group.UpdatedTime = created;
        }
    }

    private static Person NewPerson(long key, int index)
    {
        var first = FirstNames[index % FirstNames.Length];
        var last = LastNames[index / FirstNames.Length % LastNames.Length];
        var number = index.ToString(CultureInfo.InvariantCulture);
        var since = BaseTime.AddMinutes(index);
        var person = new Person(key)
        {
            FirstName = first,
            LastName = last,
            Email = string.Concat(first.ToLowerInvariant(), ".", last.ToLowerInvariant(), ".", number, "@", Domain),
            ExternalId = "EXT-" + number,
            EmployeeNumber = "E" + number,
            Department = Departments[index % Departments.Length],
            Title = Titles[index % Titles.Length],
            Organization = "Generated Corp",
            Locale = "en_US",
            CreatedTime = since,
            UpdatedTime = since,
            StartDate = since,
        };
        if (index % 40 == 39)
        {
            return person; // never invited
        }
        if (index % 25 == 24)
        {
            person.Invited = true;
            person.InviteTime = since;
            return person;
        }
        person.MarkClaimed(since);
        if (index % 60 == 59)
        {
            person.SetActive(false, since.AddDays(30));
        }
        return person;
    }
}
