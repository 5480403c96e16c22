using System.Diagnostics;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Units;

/// <summary>The demo community, the generator and JSON seed files.</summary>
public sealed class SeedTests
{
    [Fact]
    public async Task Generated_groups_have_posts_that_members_see_and_react_to()
    {
        await using var host = await EmulatorHost.StartAsync(HostKind.InMemory, new EmulatorOptions { Seed = "generated:300,4,40" });
        var api = new Api(host);
        foreach (var group in host.Emulator.State.Groups())
        {
            Assert.Equal(2, group.PostCount);
            var feed = await api.Get($"{group.Id}/feed?fields=seen.limit(0).summary(total_count),reactions.limit(0).summary(total_count),from{{email}}");
            Assert.All(feed.Data, post =>
            {
                var seen = post.GetProperty("seen").GetProperty("summary").GetProperty("total_count").GetInt32();
                var reactions = post.GetProperty("reactions").GetProperty("summary").GetProperty("total_count").GetInt32();
                Assert.InRange(seen, 10, 39); // most of the 39 other members, never the author
                Assert.InRange(reactions, 1, seen);
            });
        }
    }

    [Fact]
    public async Task Seed_files_may_name_verified_domains_parents_attachments_chats_and_a_knowledge_library()
    {
        var path = Path.Combine(Path.GetTempPath(), "seed-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, """
            {
              "community": { "name": "Fabrikam", "verifiedDomains": ["fabrikam.example"] },
              "people": [ { "email": "a@fabrikam.example", "firstName": "A" }, { "email": "b@fabrikam.example", "firstName": "B" } ],
              "groups": [
                { "name": "Parent", "admins": ["a@fabrikam.example"], "members": ["*"] },
                { "name": "Child", "parent": "Parent", "admins": ["b@fabrikam.example"],
                  "posts": [ { "from": "a@fabrikam.example", "message": "Hi", "createdTime": "2025-01-02T00:00:00Z",
                               "attachments": [ { "type": "photo", "fileName": "p.png", "width": 2, "height": 3 } ] } ] }
              ],
              "chats": [ { "participants": ["a@fabrikam.example", "b@fabrikam.example"],
                           "messages": [ { "from": "a@fabrikam.example", "text": "Hello", "createdTime": "2025-01-03T00:00:00Z" } ] } ],
              "knowledgeLibrary": [ { "title": "Root", "lastUpdated": "2025-01-01T00:00:00Z", "subcategories": [ { "title": "Leaf" } ] } ]
            }
            """);
        try
        {
            var state = new WorkplaceEmulator(new EmulatorOptions { Seed = path }).State;
            Assert.Equal(1, state.ThreadCount);
            Assert.Equal(1, state.MessageCount);
            Assert.Null(Assert.Single(state.Threads()).BotId);
            Assert.Equal(1, state.FindGroupByName("Child")!.PostCount);
            await using (var host = await EmulatorHost.StartAsync(HostKind.InMemory, new EmulatorOptions { Seed = path }))
            {
                var user = """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"x@contoso.example","name":{"givenName":"X"}}""";
                Expect.ScimError(await new Api(host).Scim(HttpMethod.Post, "Users", user), 400, "invalidValue");
            }

            File.WriteAllText(path, File.ReadAllText(path).Replace("\"parent\": \"Parent\"", "\"parent\": \"Nowhere\"", StringComparison.Ordinal));
            var error = Assert.Throws<InvalidDataException>(() => new WorkplaceEmulator(new EmulatorOptions { Seed = path }));
            Assert.Contains("Nowhere", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Demo_community_has_people_groups_and_two_integrations()
    {
        var emulator = new WorkplaceEmulator();
        var state = emulator.State;
        Assert.Equal("Contoso Demo", state.CommunityName);
        Assert.InRange(state.PeopleCount, 40, 60);
        var people = state.People();
        Assert.All(people, p => Assert.EndsWith("@contoso.example", p.Email));
        Assert.All(people.Where(p => p.Title != "Chief Executive Officer"), p => Assert.NotNull(p.ManagerId));
        Assert.Contains(people, p => p.Invited && !p.Claimed);
        Assert.Contains(people, p => !p.Invited);
        Assert.Contains(people, p => !p.Active);
        Assert.Contains(people, p => p.IsFrontline);
        Assert.All(people, p => Assert.Matches(@"^\d{15}$", p.Id));

        var groups = state.Groups();
        Assert.True(groups.Count >= 6);
        Assert.Equal(new[] { "CLOSED", "OPEN", "SECRET" }, groups.Select(g => g.Privacy).Distinct().Order().ToArray());
        Assert.All(groups, g => Assert.NotEmpty(g.AdminIds));
        Assert.NotNull(state.FindGroupByName("IT Announcements"));
        Assert.Equal(state.ActivePeopleCount, state.FindGroupByName("All Company")!.MemberIds.Count);
        Assert.Contains(groups, g => g.Archived);

        var posts = groups.SelectMany(g => state.Posts(g.Id)).ToArray();
        Assert.Contains(posts, p => p.Formatting == "MARKDOWN" && p.MentionedIds.Count > 0);
        Assert.Contains(posts, p => p.Comments.Any(c => c.Replies.Count > 0));
        Assert.Empty(state.FindInconsistencies());

        Assert.Equal(
            [EmulatorDefaults.AdminIntegrationName, EmulatorDefaults.ReadOnlyGroupsIntegrationName],
            emulator.Integrations.Select(i => i.Name).ToArray());
        Assert.Equal(EmulatorPermissions.All, emulator.GetIntegration(EmulatorDefaults.AdminIntegrationName).Permissions);
        Assert.Equal([EmulatorPermissions.ReadGroup], emulator.GetIntegration(EmulatorDefaults.ReadOnlyGroupsIntegrationName).Permissions);
    }

    [Fact]
    public void Ids_are_deterministic_across_runs()
    {
        var first = new WorkplaceEmulator().State;
        var second = new WorkplaceEmulator().State;
        Assert.Equal(first.People().Select(p => p.Id + p.Email), second.People().Select(p => p.Id + p.Email));
        Assert.Equal(first.Groups().Select(g => g.Id + g.Name), second.Groups().Select(g => g.Id + g.Name));
        Assert.Equal("100000000000100", first.FindPersonByEmail("ava.ross@contoso.example")!.Id);
    }

    [Fact]
    public void Generating_100000_people_is_fast()
    {
        var watch = Stopwatch.StartNew();
        var emulator = new WorkplaceEmulator(new EmulatorOptions { Seed = "generated:100000,200,50" });
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"Took {watch.Elapsed}");
        var state = emulator.State;
        Assert.Equal(100_000, state.PeopleCount);
        Assert.Equal(200, state.GroupCount);
        Assert.Equal(200 * 50, state.MembershipCount);
        Assert.Contains(state.Groups(), g => g.Privacy == "SECRET");
        Assert.NotNull(state.FindPersonByExternalId("EXT-99999"));
        Assert.Empty(state.FindInconsistencies());
    }

    [Fact]
    public void Generated_people_include_unclaimed_and_deactivated_accounts()
    {
        var people = new WorkplaceEmulator(new EmulatorOptions { Seed = "generated:200,3" }).State.People();
        Assert.Contains(people, p => p.Invited && !p.Claimed);
        Assert.Contains(people, p => !p.Invited);
        Assert.Contains(people, p => !p.Active);
        Assert.Equal(people[0].Id, people[1].ManagerId);
    }

    [Fact]
    public void Json_seed_files_load_with_their_own_integrations()
    {
        var path = Path.Combine(Path.GetTempPath(), $"seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {
              "community": {"id": "200000000000001", "name": "Fabrikam"},
              "integrations": [{"name": "Bot", "accessToken": "FAB-TOKEN", "appId": "300000000000001", "appSecret": "s",
                                "botPageId": "200000000000002", "permissions": ["read_group", "message_any_member"]}],
              "people": [
                {"email": "a@fabrikam.example", "firstName": "A", "lastName": "One"},
                {"id": "200000000000500", "email": "b@fabrikam.example", "firstName": "B", "lastName": "Two", "manager": "a@fabrikam.example", "status": "invited"}
              ],
              "groups": [{"name": "Everyone", "privacy": "open", "admins": ["a@fabrikam.example"], "members": ["*"],
                          "posts": [{"from": "b@fabrikam.example", "message": "Hi @[a@fabrikam.example]", "createdTime": "2024-01-01T00:00:00Z"}]}]
            }
            """);
        try
        {
            var emulator = new WorkplaceEmulator(new EmulatorOptions { Seed = path });
            Assert.Equal("Fabrikam", emulator.State.CommunityName);
            Assert.Equal("200000000000001", emulator.State.CommunityId);
            Assert.Equal("FAB-TOKEN", Assert.Single(emulator.Integrations).AccessToken);
            var b = emulator.State.FindPersonByEmail("b@fabrikam.example")!;
            Assert.Equal("200000000000500", b.Id);
            Assert.False(b.Claimed);
            var group = emulator.State.FindGroupByName("Everyone")!;
            Assert.Equal(2, group.MemberIds.Count);
            var post = Assert.Single(emulator.State.Posts(group.Id));
            Assert.Equal("Hi A One", post.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("generated:abc,1")]
    [InlineData("generated:10")]
    [InlineData("generated:10,2,50")]
    [InlineData("generated:0,1")]
    [InlineData("/no/such/seed.json")]
    public void Invalid_seeds_fail_with_a_clear_message(string seed)
    {
        var error = Assert.Throws<InvalidDataException>(() => new WorkplaceEmulator(new EmulatorOptions { Seed = seed }));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [InlineData("""{"people":[{"email":"a@x.example","status":"retired"}]}""", "status")]
    [InlineData("""{"people":[{"email":"a@x.example","manager":"ghost@x.example"}]}""", "ghost@x.example")]
    [InlineData("""{"groups":[{"name":"G","privacy":"PUBLIC"}]}""", "PUBLIC")]
    [InlineData("""{"people":[{"email":"a@x.example"},{"email":"a@x.example"}]}""", "twice")]
    [InlineData("""{"people":[{"email":"a@x.example",""", "not valid")]
    public void Invalid_seed_documents_name_the_problem(string json, string expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => new WorkplaceEmulator(new EmulatorOptions { Seed = path }));
            Assert.Contains(expected, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Integrations_can_be_added_for_permission_tests()
    {
        var emulator = new WorkplaceEmulator();
        var added = emulator.AddIntegration("Custom", [EmulatorPermissions.ManageAccounts], requireAppSecretProof: true);
        Assert.Contains(added, emulator.Integrations);
        Assert.True(added.RequireAppSecretProof);
        Assert.Throws<ArgumentException>(() => emulator.AddIntegration("Bad", ["fly"]));
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkplaceEmulator(new EmulatorOptions { DropRate = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkplaceEmulator(new EmulatorOptions { MaxPageLimit = 10, DefaultPageLimit = 25 }));
        var emulator = new WorkplaceEmulator();
        Assert.Throws<ArgumentOutOfRangeException>(() => emulator.Controls.ThrottleRate = -0.1);
    }
}
