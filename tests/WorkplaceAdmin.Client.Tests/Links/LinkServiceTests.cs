using WorkplaceAdmin.Client.Links;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Tests.Support;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Client.Tests.Links;

/// <summary>Making, testing, using and removing links against the emulator, through the test store and a test vault.</summary>
public class LinkServiceTests
{
    private const string Vault = "TestVault";

    private sealed class Fixture
    {
        public WorkplaceEmulator Emulator { get; } = new();
        public InMemoryLinkStore Store { get; } = new();
        public InMemorySecretVault SecretVault { get; } = new();
        public LinkService Service { get; }
        public VaultLinkSecretStore Secrets { get; }
        public LinkEndpoint Endpoint { get; }

        public Fixture()
        {
            Service = new LinkService(Store, () => new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
            Secrets = new VaultLinkSecretStore(SecretVault, Vault);
            Endpoint = new LinkEndpoint
            {
                GraphUri = EmulatorHttpHandler.GraphBaseUri,
                ScimUri = EmulatorHttpHandler.ScimBaseUri,
                Transport = new EmulatorHttpHandler(Emulator),
                IsEmulator = true,
                Configure = options => options.Retry = TestClients.FastRetry(),
            };
        }

        public EmulatorGroupInfo OpenGroup => Emulator.State.Groups().First(g => !g.Archived);

        public async Task<WorkplaceLink> CreateAsync(string name, WorkplaceLinkKind kind, string? group, string token = EmulatorDefaults.AdminToken, string? appSecret = null)
        {
            var secrets = new LinkSecrets(token, appSecret);
            var link = await Service.VerifyNewAsync(LinkTarget.Create(name, kind, group), secrets, Endpoint, Secrets);
            Service.Save(link, secrets, Secrets);
            return link;
        }

        /// <summary>Nothing stored, and nothing sent: no write the emulator accepted, no post, no message.</summary>
        public void AssertNothingStored()
        {
            Assert.Empty(Store.List());
            Assert.Empty(SecretVault.Secrets);
            Assert.DoesNotContain(Emulator.RequestLog.Snapshot(), e => e.Method != "GET" && e.Status is >= 200 and < 300);
            Assert.Equal(SeedMessageCount, Emulator.State.MessageCount);
            Assert.All(Emulator.State.Groups(), g => Assert.Equal(SeedPostCounts[g.Id], g.PostCount));
        }

        private Dictionary<string, int> SeedPostCounts { get; } = [];

        /// <summary>The demo seed's own chat messages (conversations among people).</summary>
        public int SeedMessageCount { get; private set; }

        public Fixture Seeded()
        {
            SeedMessageCount = Emulator.State.MessageCount;
            foreach (var group in Emulator.State.Groups())
                SeedPostCounts[group.Id] = group.PostCount;
            return this;
        }
    }

    [Fact]
    public async Task A_group_feed_link_is_verified_and_saved_with_its_community_group_and_permissions()
    {
        var f = new Fixture().Seeded();
        var group = f.OpenGroup;

        var link = await f.CreateAsync("Jira", WorkplaceLinkKind.GroupFeed, $"https://contoso.workplace.com/groups/{group.Id}/");

        Assert.Equal(group.Id, link.GroupId);
        Assert.Equal(group.Name, link.GroupName);
        Assert.Equal(EmulatorDefaults.CommunityId, link.CommunityId);
        Assert.Equal(["Read group content", "Manage group content"], link.Permissions);
        Assert.Equal(LinkTokenStorage.Vault, link.TokenStorage);
        Assert.Equal(Vault, link.VaultName);
        Assert.Equal("…0001", link.TokenHint);
        Assert.True(link.IsEmulator);
        Assert.Same(link, f.Store.Find("JIRA"));
        Assert.Equal(EmulatorDefaults.AdminToken, LinkService.LoadSecrets(link, f.Secrets).AccessToken);
        // The probes never create anything.
        Assert.Equal(group.PostCount, f.Emulator.State.FindGroup(group.Id)!.PostCount);
        Assert.All(f.Emulator.RequestLog.Snapshot(), entry => Assert.False(entry.SecretInUrl));
    }

    [Fact]
    public async Task Test_re_runs_every_check_one_row_each()
    {
        var f = new Fixture().Seeded();
        var link = await f.CreateAsync("Jira", WorkplaceLinkKind.GroupFeed, f.OpenGroup.Id);

        var checks = await LinkService.TestAsync(link, LinkService.LoadSecrets(link, f.Secrets), f.Endpoint);

        Assert.Equal(["Token", "Community", "Group", "Permission.ReadGroupContent", "Permission.ManageGroupContent"], checks.Select(c => c.CheckId));
        Assert.All(checks, c => Assert.Equal(LinkCheckStatus.Passed, c.Status));
        Assert.All(checks, c => Assert.Equal("Jira", c.LinkName));
    }

    [Fact]
    public async Task A_chat_link_needs_messaging_and_email_lookups()
    {
        var f = new Fixture().Seeded();

        var link = await f.CreateAsync("Bot", WorkplaceLinkKind.Chat, null);

        Assert.Null(link.GroupId);
        Assert.Equal(["Message any member", "Read user email addresses", "Read work profile"], link.Permissions);
        Assert.Equal(f.SeedMessageCount, f.Emulator.State.MessageCount);
    }

    [Fact]
    public async Task A_token_that_fails_is_refused_and_nothing_is_stored()
    {
        var f = new Fixture().Seeded();

        var error = await Assert.ThrowsAsync<WorkplaceLinkException>(() => f.CreateAsync("Jira", WorkplaceLinkKind.GroupFeed, f.OpenGroup.Id, token: "NOT-A-REAL-TOKEN-123456"));

        Assert.Equal(LinkErrorIds.TokenRejected, error.ErrorId);
        Assert.Equal("AuthenticationError", WorkplaceErrorClassifier.Classify(error).Category);
        Assert.Contains("refused", error.Message);
        Assert.DoesNotContain("NOT-A-REAL-TOKEN-123456", error.Message);
        Assert.Equal(LinkCheckStatus.Failed, error.Checks.Single(c => c.CheckId == "Token").Status);
        Assert.All(error.Checks.Where(c => c.CheckId.StartsWith("Permission.", StringComparison.Ordinal)), c => Assert.Equal(LinkCheckStatus.Skipped, c.Status));
        f.AssertNothingStored();
    }

    [Fact]
    public async Task A_group_the_integration_cannot_see_is_refused_and_nothing_is_stored()
    {
        var f = new Fixture().Seeded();

        var error = await Assert.ThrowsAsync<WorkplaceLinkException>(() => f.CreateAsync("Jira", WorkplaceLinkKind.GroupFeed, "100000000099999"));

        Assert.Equal(LinkErrorIds.GroupNotVisible, error.ErrorId);
        Assert.Contains("100000000099999", error.Message);
        Assert.Equal("Workplace.Link.GroupNotVisible", WorkplaceErrorClassifier.Classify(error).ErrorId);
        f.AssertNothingStored();
    }

    [Fact]
    public async Task A_group_given_by_its_exact_name_is_resolved_to_its_id()
    {
        var f = new Fixture().Seeded();
        var group = f.OpenGroup;

        var link = await f.CreateAsync("ByName", WorkplaceLinkKind.GroupFeed, group.Name.ToUpperInvariant());
        var unknown = await Assert.ThrowsAsync<WorkplaceLinkException>(() => f.CreateAsync("Nope", WorkplaceLinkKind.GroupFeed, "No Such Group Anywhere"));

        Assert.Equal(group.Id, link.GroupId);
        Assert.Equal(LinkErrorIds.GroupNotVisible, unknown.ErrorId);
        Assert.Contains("'No Such Group Anywhere'", unknown.Message);
        Assert.Single(f.Store.List());
    }

    [Fact]
    public async Task An_archived_group_is_refused()
    {
        var f = new Fixture().Seeded();
        var archived = f.Emulator.State.Groups().First(g => g.Archived);

        var error = await Assert.ThrowsAsync<WorkplaceLinkException>(() => f.CreateAsync("Old", WorkplaceLinkKind.GroupFeed, archived.Id));

        Assert.Equal(LinkErrorIds.GroupArchived, error.ErrorId);
        Assert.Contains("archived", error.Message);
        f.AssertNothingStored();
    }

    [Fact]
    public async Task A_missing_permission_is_named_and_nothing_is_stored()
    {
        var f = new Fixture().Seeded();

        var error = await Assert.ThrowsAsync<WorkplaceLinkException>(() =>
            f.CreateAsync("Jira", WorkplaceLinkKind.GroupFeed, f.OpenGroup.Id, token: EmulatorDefaults.ReadOnlyGroupsToken));

        Assert.Equal(LinkErrorIds.PermissionMissing, error.ErrorId);
        Assert.Equal("PermissionDenied", WorkplaceErrorClassifier.Classify(error).Category);
        Assert.Contains("'Manage group content'", error.Message);
        Assert.DoesNotContain("'Read group content'", error.Message);
        var failed = Assert.Single(error.Checks, c => c.Status == LinkCheckStatus.Failed);
        Assert.Equal("Permission.ManageGroupContent", failed.CheckId);
        Assert.Equal("Manage group content", failed.Permission);
        f.AssertNothingStored();
    }

    [Fact]
    public async Task A_chat_link_for_an_integration_that_cannot_message_names_every_missing_permission()
    {
        var f = new Fixture().Seeded();

        var error = await Assert.ThrowsAsync<WorkplaceLinkException>(() =>
            f.CreateAsync("Bot", WorkplaceLinkKind.Chat, null, token: EmulatorDefaults.ReadOnlyGroupsToken));

        Assert.Contains("'Message any member'", error.Message);
        Assert.Contains("'Read user email addresses'", error.Message);
        Assert.Contains("'Read work profile'", error.Message);
        f.AssertNothingStored();
    }

    [Fact]
    public async Task A_duplicate_name_is_refused_before_any_request()
    {
        var f = new Fixture().Seeded();
        await f.CreateAsync("Jira", WorkplaceLinkKind.GroupFeed, f.OpenGroup.Id);
        var calls = f.Emulator.RequestLog.TotalCount;

        var error = await Assert.ThrowsAsync<WorkplaceLinkException>(() => f.CreateAsync("jira", WorkplaceLinkKind.Chat, null));

        Assert.Equal(LinkErrorIds.Duplicate, error.ErrorId);
        Assert.Equal("ResourceExists", WorkplaceErrorClassifier.Classify(error).Category);
        Assert.Equal(calls, f.Emulator.RequestLog.TotalCount);
        Assert.Single(f.Store.List());
    }

    [Fact]
    public void An_unknown_name_is_a_specific_error()
    {
        var f = new Fixture().Seeded();

        var error = Assert.Throws<WorkplaceLinkException>(() => f.Service.Get("nope"));

        Assert.Equal(LinkErrorIds.NotFound, error.ErrorId);
        Assert.Equal("ObjectNotFound", WorkplaceErrorClassifier.Classify(error).Category);
        Assert.Contains("'nope'", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("../escape")]
    [InlineData("-leading")]
    public void A_bad_name_or_target_is_refused_before_any_request(string name)
    {
        Assert.Throws<ArgumentException>(() => LinkTarget.Create(name, WorkplaceLinkKind.Chat, null));
    }

    [Fact]
    public void A_group_feed_needs_a_group_and_a_chat_takes_none()
    {
        Assert.Throws<ArgumentException>(() => LinkTarget.Create("a", WorkplaceLinkKind.GroupFeed, null));
        Assert.Throws<ArgumentException>(() => LinkTarget.Create("a", WorkplaceLinkKind.GroupFeed, "https://example.com/groups/1/"));
        Assert.Throws<ArgumentException>(() => LinkTarget.Create("a", WorkplaceLinkKind.Chat, "123"));
        Assert.Equal("123", LinkTarget.Create("a", WorkplaceLinkKind.GroupFeed, "https://contoso.workplace.com/groups/123/permalink/456/").GroupId);
    }

    [Fact]
    public async Task Test_shows_a_rotated_token_and_a_removed_permission()
    {
        var f = new Fixture().Seeded();
        var link = await f.CreateAsync("Jira", WorkplaceLinkKind.GroupFeed, f.OpenGroup.Id);

        var rotated = await LinkService.TestAsync(link, new LinkSecrets("ROTATED-AWAY-TOKEN-0000", null), f.Endpoint);
        var fewerPermissions = await LinkService.TestAsync(link, new LinkSecrets(EmulatorDefaults.ReadOnlyGroupsToken, null), f.Endpoint);

        Assert.Equal(LinkErrorIds.TokenRejected, rotated.Single(c => c.CheckId == "Token").ErrorId);
        Assert.Equal(5, rotated.Count);
        Assert.Equal(LinkErrorIds.PermissionMissing, fewerPermissions.Single(c => c.Status == LinkCheckStatus.Failed).ErrorId);
        Assert.Equal("Permission.ManageGroupContent", fewerPermissions.Single(c => c.Status == LinkCheckStatus.Failed).CheckId);
    }

    [Fact]
    public async Task Test_notices_a_token_of_another_community()
    {
        var f = new Fixture().Seeded();
        var link = await f.CreateAsync("Jira", WorkplaceLinkKind.GroupFeed, f.OpenGroup.Id);
        var moved = new WorkplaceLink { Name = link.Name, Kind = link.Kind, GroupId = link.GroupId, CommunityId = "999999999999999" };

        var checks = await LinkService.TestAsync(moved, new LinkSecrets(EmulatorDefaults.AdminToken, null), f.Endpoint);

        Assert.Equal(LinkErrorIds.CommunityChanged, checks.Single(c => c.CheckId == "Community").ErrorId);
    }

    [Fact]
    public async Task A_link_connects_with_its_own_token_and_refuses_the_wrong_kind()
    {
        var f = new Fixture().Seeded();
        var integration = f.Emulator.AddIntegration("Poster", [EmulatorPermissions.ReadGroup, EmulatorPermissions.WriteGroup]);
        var link = await f.CreateAsync("Poster", WorkplaceLinkKind.GroupFeed, f.OpenGroup.Id, token: integration.AccessToken);

        using var connection = await LinkService.ConnectAsync(link, LinkService.LoadSecrets(link, f.Secrets), f.Endpoint);
        await connection.Client.GraphPostAsync($"{f.OpenGroup.Id}/feed", new Dictionary<string, string?> { ["message"] = "from the link" });

        Assert.Equal(EmulatorDefaults.CommunityId, connection.CommunityId);
        Assert.Equal("Poster", f.Emulator.RequestLog.Snapshot()[^1].Integration);
        var wrongKind = await Assert.ThrowsAsync<WorkplaceLinkException>(() =>
            LinkService.ConnectAsync(link, LinkService.LoadSecrets(link, f.Secrets), f.Endpoint, WorkplaceLinkKind.Chat));
        Assert.Equal(LinkErrorIds.WrongKind, wrongKind.ErrorId);
    }

    [Fact]
    public async Task Remove_deletes_the_definition_and_the_stored_secret()
    {
        var f = new Fixture().Seeded();
        var link = await f.CreateAsync("Jira", WorkplaceLinkKind.GroupFeed, f.OpenGroup.Id);
        Assert.Single(f.SecretVault.Secrets);

        f.Service.Remove(link, f.Secrets);

        f.AssertNothingStored();
        var missing = Assert.Throws<WorkplaceLinkException>(() => LinkService.LoadSecrets(link, f.Secrets));
        Assert.Equal(LinkErrorIds.SecretMissing, missing.ErrorId);
    }

    [Fact]
    public async Task A_link_with_an_app_secret_keeps_it_and_signs_calls_with_it()
    {
        var f = new Fixture().Seeded();
        var integration = f.Emulator.AddIntegration("Proofed", [EmulatorPermissions.MessageAnyMember, EmulatorPermissions.ReadUserEmail, EmulatorPermissions.ReadUserWorkProfile], requireAppSecretProof: true);

        var link = await f.CreateAsync("Proofed", WorkplaceLinkKind.Chat, null, token: integration.AccessToken, appSecret: integration.AppSecret);

        Assert.True(link.HasAppSecret);
        Assert.Equal(integration.AppSecret, LinkService.LoadSecrets(link, f.Secrets).AppSecret);
        Assert.DoesNotContain(integration.AppSecret, link.ToString());
    }

    [Fact]
    public void Secrets_never_print()
    {
        var secrets = new LinkSecrets("TOKEN-VALUE-THAT-MUST-NOT-SHOW", "APP-SECRET-VALUE");

        Assert.DoesNotContain("TOKEN-VALUE", secrets.ToString());
        Assert.DoesNotContain("APP-SECRET", secrets.ToString());
    }
}
