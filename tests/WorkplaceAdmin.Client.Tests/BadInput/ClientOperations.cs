using WorkplaceAdmin.Client.Accounts;
using WorkplaceAdmin.Client.Messages;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.People;
using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Client.Tests.BadInput;

/// <summary>One call of each family of WorkplaceClient operations, as the cmdlets make them, that must read an answer.</summary>
public static class ClientOperations
{
    public sealed record Operation(string Name, Func<WorkplaceClient, Task> Run)
    {
        public override string ToString() => Name;
    }

    public static readonly Operation[] All =
    [
        new("community", c => c.GetCommunityAsync()),
        new("community members", c => First(c.GetCommunityMembersAsync())),
        new("user by id (SCIM)", c => c.GetUserAsync("100000000000001")),
        new("user by email (SCIM)", c => c.FindUserByEmailAsync("ava.ross@contoso.example")),
        new("users (SCIM list)", c => First(c.GetUsersAsync())),
        new("update user (SCIM)", c => c.UpdateUserAsync("100000000000001", new UserFields { Title = "Head of Sales" })),
        new("create user (SCIM)", c => c.CreateUserAsync(new UserFields { Email = "new.joiner@contoso.example", GivenName = "New", FamilyName = "Joiner" })),
        new("person id from email", c => c.ResolveUserIdAsync("ava.ross@contoso.example")),
        new("group", c => c.GetGroupAsync("100000000000100")),
        new("groups", c => First(c.GetGroupsAsync())),
        new("create group", c => c.CreateGroupAsync(new WorkplaceGroupSettings { Name = "Bad answers", AdminId = "100000000000001" })),
        new("group members", c => First(c.GetGroupMembersAsync("100000000000100"))),
        new("batch (membership)", c => c.GraphBatchAsync([BatchOperation.Post("100000000000100/members", new Dictionary<string, string?> { ["member"] = "100000000000001" })])),
        new("post", c => c.GetPostAsync("100000000000100_200000000000001")),
        new("posts", c => First(c.GetPostsAsync("100000000000100"))),
        new("create post", c => c.CreatePostAsync("100000000000100", new WorkplacePostDraft { Message = "Hello" })),
        new("comments", c => First(c.GetCommentsAsync("100000000000100_200000000000001"))),
        new("comment", c => c.GetCommentAsync("200000000000001_300000000000001")),
        new("feed export", ExportAsync),
        new("create comment", c => c.CreateCommentAsync("100000000000100_200000000000001", "Thanks")),
        new("webhook subscriptions", c => First(c.GetWebhookSubscriptionsAsync(new WorkplaceAppCredential("300000000000001", "appsecret0123456789abcdef")))),
        new("new webhook subscription", c => c.NewWebhookSubscriptionAsync(new WorkplaceAppCredential("300000000000001", "appsecret0123456789abcdef"),
            new WebhookSubscriptionRequest("group", ["posts"], "https://hooks.contoso.example/workplace", "verify-me"))),
        new("app id", c => c.ResolveAppCredentialAsync(null, "appsecret0123456789abcdef")),
        new("send message", c => c.SendMessageAsync(MessageTarget.Person("100000000000001"), "Hello")),
        new("people by email (batched lookup)", async c =>
        {
            // The lookup reports per email; an answer it cannot read must be that email's error, never "not found".
            var result = (await new PeopleLookup(c).FindByEmailsAsync(["ava.ross@contoso.example"]))["ava.ross@contoso.example"];
            if (result.Error is not null)
                throw result.Error;
        }),
    ];

    private static async Task ExportAsync(WorkplaceClient client)
    {
        var directory = Path.Combine(Path.GetTempPath(), "wpa-bad-answers-" + Guid.NewGuid().ToString("N"));
        try
        {
            await new GroupFeedExporter(client).ExportGroupAsync(new WorkplaceGroup { Id = "100000000000100", Name = "Sales" }, Path.Combine(directory, "feed.jsonl"));
        }
        finally
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task First<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var _ in items)
            return;
    }
}
