using System.Text;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.People;
using WorkplaceAdmin.Client.Tests.Support;
using WorkplaceAdmin.Client.Tests.Webhooks;
using WorkplaceAdmin.Client.Webhooks;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Client.Tests.Hygiene;

/// <summary>
/// Drives every client family against one emulator with the hygiene credentials (an integration that requires app
/// secret proof and has every permission), successes and failures alike, and hands everything the client lets out to
/// a <see cref="SecretScan"/>: log lines, exceptions, output objects, files. The host (in memory or Kestrel) is the
/// caller's: it supplies the client options for a token.
/// </summary>
public sealed partial class HygieneWorkout
{
    private const string Ava = EmulatorBed.Ava;
    private const string Ben = EmulatorBed.Ben;
    private const string VerifyToken = "hygiene-verify-token";

    private readonly WorkplaceEmulator emulator;
    private readonly Func<string, WorkplaceClientOptions> optionsFor;
    private readonly SecretScan scan;
    private readonly string folder;

    /// <param name="optionsFor">Client options for a token, pointing at the emulator's host.</param>
    /// <param name="folder">Where the export and other files go; scanned afterwards by the caller.</param>
    public HygieneWorkout(WorkplaceEmulator emulator, Func<string, WorkplaceClientOptions> optionsFor, SecretScan scan, string folder)
    {
        this.emulator = emulator;
        this.optionsFor = optionsFor;
        this.scan = scan;
        this.folder = folder;
    }

    /// <summary>The hygiene integrations, added to a fresh emulator whose webhook deliveries go over loopback.</summary>
    public static WorkplaceEmulator NewEmulator(HttpClient loopback)
    {
        var emulator = new WorkplaceEmulator(new EmulatorOptions
        {
            Webhooks = new Emulator.Webhooks.EmulatorWebhookOptions { HttpClient = loopback, Timeout = TimeSpan.FromSeconds(5), RetryDelay = TimeSpan.FromMilliseconds(20) },
        });
        emulator.AddIntegration("Hygiene", EmulatorPermissions.All, requireAppSecretProof: true, HygieneSecrets.Token, HygieneSecrets.AppSecret);
        emulator.AddIntegration("Hygiene limited", [EmulatorPermissions.ReadGroup], requireAppSecretProof: false, HygieneSecrets.LimitedToken, HygieneSecrets.LimitedAppSecret);
        return emulator;
    }

    public WorkplaceClientOptions Options(string token = HygieneSecrets.Token, string? appSecret = HygieneSecrets.AppSecret, Action<WorkplaceClientOptions>? configure = null)
    {
        var options = optionsFor(token);
        options.AppSecret = appSecret;
        options.Log = scan.Log;
        options.FlurlCallObserver = scan.FlurlCall;
        options.Retry = TestClients.FastRetry(maxAttempts: 3);
        options.RequestTimeout = TimeSpan.FromSeconds(10);
        configure?.Invoke(options);
        scan.Output("options", options);
        return options;
    }

    public async Task RunAsync()
    {
        using var client = new WorkplaceClient(Options());
        await CommunityAsync();
        var group = await GroupsAsync(client);
        await MembershipAsync(client, group);
        await PeopleAsync(client);
        await ContentAsync(client, group);
        await ExportAsync(client, group);
        await WebhooksAsync(client, group);
        await ChatAsync(client);
        await LinksAsync();
        await FailuresAsync(client);
        scan.Output("client", client);
    }

    private async Task CommunityAsync()
    {
        using var connection = await Ok("connect", () => WorkplaceConnection.ConnectAsync(Options(), isEmulator: true));
        await Ok("community", () => connection.Client.GetCommunityAsync());
        await Ok("members", () => ToList(connection.Client.GetCommunityMembersAsync(pageSize: 10)));
        await Ok("graph get", () => connection.Client.GraphGetAsync("me"));
    }

    private async Task<WorkplaceGroup> GroupsAsync(WorkplaceClient client)
    {
        await Ok("groups", () => ToList(client.GetGroupsAsync(pageSize: 4)));
        var group = await Ok("create group", () => client.CreateGroupAsync(new WorkplaceGroupSettings
        {
            Name = "Hygiene " + Guid.NewGuid().ToString("N")[..6], Privacy = "CLOSED", AdminId = IdOf(Ava),
        }));
        await Ok("update group", () => client.UpdateGroupAsync(group.Id, new WorkplaceGroupSettings { Description = "Secrets stay out" }));
        await Ok("resolve group", () => new WorkplaceGroupResolver(client).ResolveAsync(new WorkplaceGroupIdentity(group.Name!)));
        return await Ok("get group", () => client.GetGroupAsync(group.Id));
    }

    private async Task MembershipAsync(WorkplaceClient client, WorkplaceGroup group)
    {
        var people = emulator.State.People().Where(p => p.Active && p.Email is not null).Take(12).Select(p => MemberReference.Parse(p.Email!)).ToList();
        people.Add(MemberReference.Parse("nobody.here@contoso.example"));
        await using (var updater = new GroupMembershipUpdater(client))
        {
            var runner = new BulkRunner(updater.SuggestedConcurrency, () => client.LastAppUsage);
            var added = await ToList(runner.RunAsync(people, (person, ct) => updater.ChangeAsync(group, person, GroupMembershipAction.Add, ct)));
            Record("add members", added);
            Assert.Contains(added, r => r.Status == BulkStatus.Failed);
            Assert.Contains(added, r => r.Output?.Status == GroupMembershipStatus.Added);
            await Ok("promote", () => updater.ChangeAsync(group, people[1], GroupMembershipAction.Promote));
            await Ok("demote", () => updater.ChangeAsync(group, people[1], GroupMembershipAction.Demote));
            await Ok("remove", () => updater.ChangeAsync(group, people[2], GroupMembershipAction.Remove));
        }
        await Ok("group members", () => ToList(client.GetGroupMembersAsync(group.Id)));
        await Ok("group admins", () => ToList(client.GetGroupMembersAsync(group.Id, adminsOnly: true)));
    }

    private async Task PeopleAsync(WorkplaceClient client)
    {
        await Ok("users", () => ToList(client.GetUsersAsync(pageSize: 20)));
        await Ok("user by email", () => client.FindUserByEmailAsync(Ben));
        await Ok("user by id", () => client.GetUserAsync(IdOf(Ben)));
        var created = await Ok("create user", () => client.CreateUserAsync(new UserFields
        {
            Email = "hygiene.joiner@contoso.example", GivenName = "Hy", FamilyName = "Giene", Title = "Tester", ManagerId = IdOf(Ben),
        }));
        await Ok("patch user", () => client.UpdateUserAsync(created.Id, new UserFields { Title = "Senior tester" }));
        await Ok("disable user", () => client.SetUserActiveAsync(created.Id, active: false));
        await Ok("delete user", async () => { await client.DeleteUserAsync(created.Id); return created.Id; });
        // A claimed account cannot be deleted: SCIM answers 412.
        var refused = await Fails("delete claimed user", () => client.DeleteUserAsync(IdOf(Ben)));
        Assert.Equal(412, Assert.IsType<WorkplaceApiException>(refused).HttpStatus);
        await Fails("duplicate user", () => client.CreateUserAsync(new UserFields { Email = Ben, GivenName = "Ben", FamilyName = "Again" }));

        // The import path, with a bad row reported by the validator.
        var import = new UserImport(client);
        var rows = new[]
        {
            new UserRow { RowNumber = 1, Email = "hygiene.row1@contoso.example", GivenName = "Row", FamilyName = "One", Manager = Ben },
            new UserRow { RowNumber = 2, Email = "not-an-email", GivenName = "Row", FamilyName = "Two" },
        };
        foreach (var row in rows)
        {
            try
            {
                var item = await import.PrepareAsync(row);
                scan.Output("import created", await import.CreateAsync(item));
            }
            catch (Exception error) when (error is UserRowException or ArgumentException or WorkplaceApiException)
            {
                scan.Exception("import row", error);
            }
        }
    }

    private async Task ContentAsync(WorkplaceClient client, WorkplaceGroup group)
    {
        var post = await Ok("create post", () => client.CreatePostAsync(group.Id, new WorkplacePostDraft
        {
            Message = "**Hello** from the hygiene test", Markdown = true, Mentions = [Ava], LinkUrl = "https://example.com/page",
        }));
        var comment = await Ok("create comment", () => client.CreateCommentAsync(post.Id, "A comment", [Ben]));
        await Ok("reply", () => client.CreateCommentAsync(comment.Id, "A reply"));
        await Ok("posts", () => ToList(client.GetPostsAsync(group.Id)));
        await Ok("post", () => client.GetPostAsync(post.Id));
        await Ok("comments", () => ToList(client.GetCommentsAsync(post.Id)));
        await Ok("comment", () => client.GetCommentAsync(comment.Id));
        var extra = await Ok("second post", () => client.CreatePostAsync(group.Id, new WorkplacePostDraft { Message = "To be deleted" }));
        await Ok("delete post", async () => { await client.DeletePostAsync(extra.Id); return extra.Id; });
        await Fails("mention nobody", () => client.CreatePostAsync(group.Id, new WorkplacePostDraft { Message = "Hi", Mentions = ["nobody.here@contoso.example"] }));
        await Fails("post to unknown group", () => client.CreatePostAsync("999999999999999", new WorkplacePostDraft { Message = "Hi" }));
    }

    private async Task ExportAsync(WorkplaceClient client, WorkplaceGroup group)
    {
        var exportFolder = Path.Combine(folder, "export");
        var groups = new List<WorkplaceGroup> { group, emulator.State.FindGroupByName("Engineering") is { } engineering ? await client.GetGroupAsync(engineering.Id) : group };
        var results = await Ok("export", () => ToList(new GroupFeedExporter(client) { CheckpointInterval = TimeSpan.Zero }.ExportAsync(groups, exportFolder)));
        Assert.All(results, r => Assert.True(File.Exists(r.Path), r.Path));
        // A second export over the first one without restart refuses to overwrite a finished file.
        await Ok("export again", () => ToList(new GroupFeedExporter(client).ExportAsync(groups, exportFolder)));
    }

    private async Task WebhooksAsync(WorkplaceClient client, WorkplaceGroup group)
    {
        using var receiver = await Ok("receiver", () => Task.FromResult(client.StartWebhookReceiver(0, VerifyToken)));
        var app = await Ok("app credential", () => client.ResolveAppCredentialAsync(null, null));
        await Ok("subscribe", () => client.NewWebhookSubscriptionAsync(app,
            new WebhookSubscriptionRequest("group", ["posts", "comments", "membership"], receiver.CallbackUri.AbsoluteUri, VerifyToken)));
        await Ok("subscriptions", () => ToList(client.GetWebhookSubscriptionsAsync(app)));
        await Ok("post for webhook", () => client.CreatePostAsync(group.Id, new WorkplacePostDraft { Message = "Delivered, signed" }));
        using (var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
            await emulator.Webhooks.WhenIdleAsync(bounded.Token);

        // A forged delivery: the receiver refuses it and says why.
        using (var loopback = LoopbackHttp.Create())
        {
            var forged = new StringContent("""{"object":"group","entry":[{"id":"1","time":0,"changes":[]}]}""", Encoding.UTF8, "application/json");
            forged.Headers.Add(WebhookSignature.Sha256Header, "sha256=" + new string('0', 64));
            using var refused = await loopback.PostAsync(receiver.CallbackUri, forged);
            Assert.Equal(403, (int)refused.StatusCode);
        }
        var activity = await ToList(receiver.ReadAsync(null, TimeSpan.FromMilliseconds(300)));
        scan.Outputs("receiver activity", activity);
        Assert.Contains(activity, a => a.Event is not null);
        Assert.Contains(activity, a => a.Kind == WebhookReceiverActivityKind.DeliveryRefused);
        scan.Outputs("deliveries", emulator.Webhooks.Deliveries);

        var body = Encoding.UTF8.GetBytes("""{"object":"group","entry":[{"id":"42","time":1,"changes":[{"field":"posts","value":{"verb":"add"}}]}]}""");
        var good = WebhookSignature.ComputeSha256(body, HygieneSecrets.AppSecret);
        scan.Output("signature valid", client.VerifyWebhookSignature(body, good, null));
        scan.Output("signature tampered", client.VerifyWebhookSignature(body.Concat("x"u8.ToArray()).ToArray(), good, null));
        scan.Output("signature sha1", WebhookSignature.Verify(body, null, WebhookSignature.ComputeSha1(body, HygieneSecrets.AppSecret), HygieneSecrets.AppSecret));
        scan.Output("signature wrong secret", WebhookSignature.Verify(body, good, null, HygieneSecrets.WrongAppSecret));
        scan.Output("signature malformed", WebhookSignature.Verify(body, "sha256=zz", null, HygieneSecrets.AppSecret));
        scan.Outputs("parsed events", WebhookEnvelope.Parse(body));

        await Fails("wrong verify token", () => client.NewWebhookSubscriptionAsync(app,
            new WebhookSubscriptionRequest("page", ["messages"], receiver.CallbackUri.AbsoluteUri, "another-verify-token")));
        var wrongApp = new WorkplaceAppCredential(app.AppId, HygieneSecrets.WrongAppSecret);
        await Fails("wrong app secret", () => ToList(client.GetWebhookSubscriptionsAsync(wrongApp)));
        await Fails("app secret with a bar", () => Task.FromResult(new WorkplaceAppCredential(app.AppId, HygieneSecrets.AppSecret + "|x")));
        await Ok("unsubscribe", async () => { await client.RemoveWebhookSubscriptionAsync(app, "group"); return "removed"; });
    }

    private async Task FailuresAsync(WorkplaceClient client)
    {
        using (var badToken = new WorkplaceClient(Options(HygieneSecrets.BadToken)))
        {
            var error = await Fails("bad token", () => badToken.GetCommunityAsync());
            Assert.Equal(190, Assert.IsType<WorkplaceApiException>(error).Code);
            await Fails("bad token scim", () => ToList(badToken.GetUsersAsync()));
        }
        await Fails("bad token connect", () => WorkplaceConnection.ConnectAsync(Options(HygieneSecrets.BadToken), isEmulator: true));
        await Fails("wrong app secret proof", () => WorkplaceConnection.ConnectAsync(Options(appSecret: HygieneSecrets.WrongAppSecret), isEmulator: true));
        await Fails("missing app secret proof", () => WorkplaceConnection.ConnectAsync(Options(appSecret: null), isEmulator: true));
        using (var limited = new WorkplaceClient(Options(HygieneSecrets.LimitedToken, HygieneSecrets.LimitedAppSecret)))
        {
            var denied = await Fails("permission denied", () => ToList(limited.GetUsersAsync()));
            Assert.Equal(403, Assert.IsType<WorkplaceApiException>(denied).HttpStatus);
            await Fails("permission denied graph", () => limited.CreatePostAsync(IdOfGroup("Engineering"), new WorkplacePostDraft { Message = "no" }));
        }
        await Fails("token with a space", () => Task.FromResult(new WorkplaceClient(Options(HygieneSecrets.Token + " x"))));
        await Fails("http to a remote host", () => Task.FromResult(new WorkplaceClient(Options(configure: o => o.GraphUri = new Uri("http://graph.example.com/")))));

        var controls = emulator.Controls;
        try
        {
            controls.ThrottleRate = 1;
            await Fails("throttled", () => client.GetCommunityAsync());
            controls.ThrottleRate = 0;
            controls.Throttle429Rate = 1;
            controls.RetryAfter = TimeSpan.Zero;
            await Fails("throttled 429", () => client.GetCommunityAsync());
            var creates = await ToList(new BulkRunner(client).RunAsync(
                new[] { "hygiene.throttled1@contoso.example", "hygiene.throttled2@contoso.example" },
                (email, ct) => client.CreateUserAsync(new UserFields { Email = email, GivenName = "T", FamilyName = "T" }, ct)));
            Record("throttled creates", creates);
            Assert.All(creates, r => Assert.Equal(BulkStatus.Failed, r.Status));
            controls.Throttle429Rate = 0;

            controls.ServerErrorRate = 1;
            await Fails("server errors", () => client.GetCommunityAsync());
            controls.ServerErrorRate = 0;

            controls.DropRate = 1;
            await Fails("dropped get", () => client.GetCommunityAsync());
            await Fails("dropped post", () => client.CreatePostAsync(IdOfGroup("Engineering"), new WorkplacePostDraft { Message = "lost" }));
            controls.DropRate = 0;

            controls.SlowRate = 1;
            controls.SlowDelay = TimeSpan.FromSeconds(3);
            using var impatient = new WorkplaceClient(Options(configure: o =>
            {
                o.RequestTimeout = TimeSpan.FromMilliseconds(150);
                o.Retry = TestClients.FastRetry(maxAttempts: 2);
            }));
            var timeout = await Fails("timeout", () => impatient.GetCommunityAsync());
            Assert.Equal(WorkplaceErrorKind.Transport, Assert.IsType<WorkplaceApiException>(timeout).Kind);
            controls.SlowRate = 0;

            controls.ReadOnly = true;
            await Fails("read-only", () => client.CreatePostAsync(IdOfGroup("Engineering"), new WorkplacePostDraft { Message = "read-only" }));
        }
        finally
        {
            controls.ClearFaults();
            controls.ReadOnly = false;
        }
    }

    private async Task<T> Ok<T>(string label, Func<Task<T>> call)
    {
        try
        {
            var result = await call();
            if (result is System.Collections.IEnumerable items and not string)
                scan.Outputs(label, items.Cast<object?>());
            else
                scan.Output(label, result);
            return result;
        }
        catch (Exception error)
        {
            scan.Exception(label, error);
            throw new Xunit.Sdk.XunitException($"'{label}' failed: {error.GetType().Name}");
        }
    }

    private async Task<Exception> Fails(string label, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception error)
        {
            scan.Exception(label, error);
            scan.Output(label + " classified", WorkplaceErrorClassifier.Classify(error));
            return error;
        }
        throw new Xunit.Sdk.XunitException($"'{label}' was expected to fail.");
    }

    private void Record<TIn, TOut>(string label, IEnumerable<BulkResult<TIn, TOut>> results)
    {
        foreach (var result in results)
        {
            scan.Output(label, result);
            if (result.Error is not null)
                scan.Exception(label, result.Error);
        }
    }

    private string IdOf(string email) => emulator.State.FindPersonByEmail(email)?.Id ?? throw new InvalidOperationException(email);

    private string IdOfGroup(string name) => emulator.State.FindGroupByName(name)?.Id ?? throw new InvalidOperationException(name);

    private static async Task<List<T>> ToList<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
            list.Add(item);
        return list;
    }
}
