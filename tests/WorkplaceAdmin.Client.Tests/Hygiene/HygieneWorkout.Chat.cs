using WorkplaceAdmin.Client.Accounts;
using WorkplaceAdmin.Client.Links;
using WorkplaceAdmin.Client.Messages;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Tests.Links;
using WorkplaceAdmin.Client.Tests.Support;

namespace WorkplaceAdmin.Client.Tests.Hygiene;

/// <summary>Work Chat messages, account matching and links (issue 6), in the hygiene workout.</summary>
public sealed partial class HygieneWorkout
{
    /// <summary>Where the link store writes, standing in for the user's configuration folder.</summary>
    public string ConfigFolder => Path.Combine(folder, "config", LinkConfigFolder.AppFolderName);

    /// <summary>The file a user asked to hold the token in plain text (-AllowPlainTextTokenFile); the only file allowed to.</summary>
    public string? OptedInTokenFile { get; private set; }

    private async Task ChatAsync(WorkplaceClient client)
    {
        var sender = new MessageSender(client);
        await Ok("message", () => sender.SendDirectAsync(Ava, "Your laptop is ready."));
        await Ok("group chat", () => sender.SendGroupChatAsync([Ava, Ben], "Stand-up at ten"));
        await Fails("message nobody", () => sender.SendDirectAsync("nobody.here@contoso.example", "Hello"));
        var messages = await ToList(new BulkRunner(client).RunAsync(new[] { Ava, Ben, "not-an-email" }, (to, ct) => sender.SendDirectAsync(to, "Bulk hello", ct)));
        Record("bulk messages", messages);
        await Ok("accounts", () => new AccountMatcher(client).MatchAsync(
            [ExternalAccount.Create(Ben, null), ExternalAccount.Create("nobody.here@contoso.example", null), ExternalAccount.Create(null, "no-such-id")]));
    }

    private async Task LinksAsync()
    {
        var endpoint = new LinkEndpoint
        {
            GraphUri = optionsFor(HygieneSecrets.Token).GraphUri,
            ScimUri = optionsFor(HygieneSecrets.Token).ScimUri,
            Transport = optionsFor(HygieneSecrets.Token).Transport,
            IsEmulator = true,
            Log = scan.Log,
            Configure = o => o.Retry = TestClients.FastRetry(maxAttempts: 3),
        };
        var service = new LinkService(new FileLinkStore(ConfigFolder));
        var vault = new VaultLinkSecretStore(new InMemorySecretVault(), "HygieneVault");
        var secrets = new LinkSecrets(HygieneSecrets.Token, HygieneSecrets.AppSecret);

        var chat = await Ok("link chat", () => service.VerifyNewAsync(LinkTarget.Create("HygieneBot", WorkplaceLinkKind.Chat, null), secrets, endpoint, vault));
        service.Save(chat, secrets, vault);
        var feed = await Ok("link feed", () => service.VerifyNewAsync(LinkTarget.Create("HygieneFeed", WorkplaceLinkKind.GroupFeed, "Engineering"), secrets, endpoint, vault));
        service.Save(feed, secrets, vault);
        scan.Outputs("links", service.List());
        await Ok("link test", () => LinkService.TestAsync(feed, LinkService.LoadSecrets(feed, vault), endpoint));
        using (var linked = await Ok("link connect", () => LinkService.ConnectAsync(chat, LinkService.LoadSecrets(chat, vault), endpoint, WorkplaceLinkKind.Chat)))
            await Ok("link message", () => new MessageSender(linked.Client).SendDirectAsync(Ava, "via link"));
        await Fails("link wrong kind", () => LinkService.ConnectAsync(feed, secrets, endpoint, WorkplaceLinkKind.Chat));
        await Fails("link refused", () => service.VerifyNewAsync(LinkTarget.Create("Limited", WorkplaceLinkKind.GroupFeed, "Engineering"),
            new LinkSecrets(HygieneSecrets.LimitedToken, HygieneSecrets.LimitedAppSecret), endpoint, vault));
        await Fails("link bad token", () => service.VerifyNewAsync(LinkTarget.Create("Bad", WorkplaceLinkKind.Chat, null),
            new LinkSecrets(HygieneSecrets.BadToken, null), endpoint, vault));
        await Fails("link duplicate", () => Task.Run(() => service.EnsureNameAvailable("hygienebot")));
        await Fails("link missing secret", () => Task.Run(() => LinkService.LoadSecrets(chat, new VaultLinkSecretStore(new InMemorySecretVault(), "Empty"))));
        service.Remove(feed, vault);

        // The user's explicit choice: a token file in plain text. It is the one file that may hold the token.
        var plainText = new PlainTextLinkSecretStore(Path.Combine(ConfigFolder, "secrets"));
        var opted = await Ok("link plain text", () => service.VerifyNewAsync(LinkTarget.Create("PlainBot", WorkplaceLinkKind.Chat, null), secrets, endpoint, plainText));
        service.Save(opted, secrets, plainText);
        OptedInTokenFile = plainText.PathOf("PlainBot");
    }
}
