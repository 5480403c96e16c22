using System.Text;
using WorkplaceAdmin.Client.Links;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Tests.Links;

/// <summary>The file store of link definitions and the file secret stores, in a temporary folder.</summary>
public sealed class LinkFileStorageTests : IDisposable
{
    private const string Token = "EAAWORKPLACE-LINK-TOKEN-SHOULD-NEVER-LEAK-42";
    private const string AppSecret = "app-secret-that-should-never-leak";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "wa-links-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    private static WorkplaceLink Link(string name, LinkTokenStorage storage = LinkTokenStorage.Vault) => new()
    {
        Name = name,
        Kind = WorkplaceLinkKind.GroupFeed,
        GroupId = "100000000000201",
        GroupName = "IT Announcements",
        CommunityId = "100000000000001",
        CommunityName = "Contoso",
        Permissions = ["Read group content", "Manage group content"],
        CreatedAt = new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero),
        TokenStorage = storage,
        VaultName = storage == LinkTokenStorage.Vault ? "Team" : null,
        TokenHint = TokenMask.Hint(Token),
        HasAppSecret = true,
    };

    private IEnumerable<string> AllFileTexts() =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(path => File.ReadAllText(path, Encoding.UTF8));

    [Fact]
    public void Definitions_round_trip_through_the_file()
    {
        var store = new FileLinkStore(folder);
        store.Add(Link("Jira"));
        store.Add(Link("Bot"));

        var reopened = new FileLinkStore(folder);
        var jira = reopened.Find("JIRA")!;

        Assert.Equal(["Jira", "Bot"], reopened.List().Select(l => l.Name));
        Assert.Equal(WorkplaceLinkKind.GroupFeed, jira.Kind);
        Assert.Equal("IT Announcements", jira.GroupName);
        Assert.Equal(["Read group content", "Manage group content"], jira.Permissions);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero), jira.CreatedAt);
        Assert.Equal(LinkTokenStorage.Vault, jira.TokenStorage);
        Assert.Equal("Team", jira.VaultName);
        Assert.Contains("\"GroupFeed\"", File.ReadAllText(reopened.FilePath));
        Assert.True(reopened.Remove("jira"));
        Assert.False(reopened.Remove("jira"));
        Assert.Equal(["Bot"], new FileLinkStore(folder).List().Select(l => l.Name));
    }

    [Fact]
    public void A_duplicate_name_is_refused_whatever_its_case()
    {
        var store = new FileLinkStore(folder);
        store.Add(Link("Jira"));

        var error = Assert.Throws<WorkplaceLinkException>(() => store.Add(Link("jIRA")));

        Assert.Equal(LinkErrorIds.Duplicate, error.ErrorId);
        Assert.Single(store.List());
    }

    [Fact]
    public void An_empty_folder_has_no_links_and_a_corrupt_file_is_reported()
    {
        var store = new FileLinkStore(folder);
        Assert.Empty(store.List());
        Assert.Null(store.Find("x"));

        Directory.CreateDirectory(folder);
        File.WriteAllText(store.FilePath, "{ not json");

        var error = Assert.Throws<InvalidDataException>(() => store.List());
        Assert.Contains(FileLinkStore.FileName, error.Message);
    }

    [Fact]
    public void With_a_vault_no_written_file_contains_the_token_or_the_app_secret()
    {
        var vault = new InMemorySecretVault();
        var service = new LinkService(new FileLinkStore(folder));
        var link = Link("Jira");

        service.Save(link, new LinkSecrets(Token, AppSecret), new VaultLinkSecretStore(vault, "Team"));

        Assert.NotEmpty(AllFileTexts());
        Assert.All(AllFileTexts(), text =>
        {
            Assert.DoesNotContain(Token, text);
            Assert.DoesNotContain(AppSecret, text);
        });
        Assert.Contains(Token, vault.Secrets[("Team", "WorkplaceAdmin.Link.jira")]);
    }

    [Fact]
    public void The_opted_in_plain_text_file_is_the_only_file_with_the_token_and_only_its_owner_can_read_it()
    {
        var service = new LinkService(new FileLinkStore(folder));
        var secrets = new PlainTextLinkSecretStore(folder);
        var link = Link("Jira", LinkTokenStorage.PlainTextFile);

        service.Save(link, new LinkSecrets(Token, AppSecret), secrets);

        var withToken = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(path => File.ReadAllText(path).Contains(Token)).ToList();
        Assert.Equal([Path.GetFullPath(secrets.PathOf("Jira"))], withToken.Select(Path.GetFullPath));
        Assert.DoesNotContain(Token, File.ReadAllText(new FileLinkStore(folder).FilePath));
        Assert.Equal(Token, secrets.Load("jira")!.AccessToken);
        Assert.Equal(AppSecret, secrets.Load("jira")!.AppSecret);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(secrets.PathOf("Jira")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(secrets.PathOf("Jira"))!));
        }
        Assert.True(secrets.Delete("JIRA"));
        Assert.Null(secrets.Load("Jira"));
    }

    [Fact]
    public void If_the_definition_cannot_be_saved_the_secret_is_removed_again()
    {
        var store = new InMemoryLinkStore();
        store.Add(Link("Jira"));
        var vault = new InMemorySecretVault();
        var service = new LinkService(new RacingStore(store));

        Assert.Throws<WorkplaceLinkException>(() => service.Save(Link("Jira"), new LinkSecrets(Token, null), new VaultLinkSecretStore(vault, "Team")));

        Assert.Empty(vault.Secrets);
    }

    [Fact]
    public void Dpapi_is_offered_only_on_windows()
    {
        if (OperatingSystem.IsWindows())
        {
            var store = new DpapiLinkSecretStore(folder);
            store.Save("Jira", new LinkSecrets(Token, AppSecret));
            Assert.All(AllFileTexts(), text => Assert.DoesNotContain(Token, text));
            Assert.Equal(Token, store.Load("jira")!.AccessToken);
        }
        else
        {
            var error = Assert.Throws<PlatformNotSupportedException>(() => new DpapiLinkSecretStore(folder));
            Assert.Contains("-Vault", error.Message);
        }
    }

    [Theory]
    [InlineData(true, null, null, @"C:\Users\ann\AppData\Roaming", @"C:\Users\ann\AppData\Roaming/WorkplaceAdmin")]
    [InlineData(false, "/home/ann/.cfg", "/home/ann", null, "/home/ann/.cfg/WorkplaceAdmin")]
    [InlineData(false, "relative/ignored", "/home/ann", null, "/home/ann/.config/WorkplaceAdmin")]
    [InlineData(false, null, "/Users/ann", null, "/Users/ann/.config/WorkplaceAdmin")]
    public void The_configuration_folder_follows_the_platform_rules(bool windows, string? xdg, string? home, string? appData, string expected)
    {
        var environment = new Dictionary<string, string?> { ["XDG_CONFIG_HOME"] = xdg, ["HOME"] = home, ["APPDATA"] = appData };

        var resolved = LinkConfigFolder.Resolve(windows, name => environment.GetValueOrDefault(name), _ => "");

        Assert.Equal(expected.Replace('/', Path.DirectorySeparatorChar), resolved.Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>A store where another session saved the same name between the check and the write.</summary>
    private sealed class RacingStore(InMemoryLinkStore inner) : ILinkStore
    {
        private bool checkedOnce;

        public IReadOnlyList<WorkplaceLink> List() => inner.List();

        public WorkplaceLink? Find(string name)
        {
            if (checkedOnce)
                return inner.Find(name);
            checkedOnce = true;
            return null;
        }

        public void Add(WorkplaceLink link) => inner.Add(link);

        public bool Remove(string name) => inner.Remove(name);
    }
}
