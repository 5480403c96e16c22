using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Links;

/// <summary>
/// A permission a link's target needs, and how to tell whether the integration holds it. Workplace has no endpoint
/// listing an integration's permissions (workplace-api.md §1.5), so each is probed with a call that needs it and
/// changes nothing: a read, or a write missing its required parameter, which the server refuses with "invalid
/// parameter" only after the permission check passed (a missing permission is refused first, with code 200).
/// </summary>
public sealed class LinkPermission
{
    private const string ProbeEmail = "workplaceadmin-permission-probe@invalid.example";

    private LinkPermission(string key, string name, string usedFor, Func<WorkplaceClient, string?, CancellationToken, Task> probe)
    {
        Key = key;
        Name = name;
        UsedFor = usedFor;
        Probe = probe;
    }

    /// <summary>A stable key, used in check ids (Permission.&lt;Key&gt;).</summary>
    public string Key { get; }

    /// <summary>The name the integration editor shows.</summary>
    public string Name { get; }

    /// <summary>Why the target needs it, for error messages.</summary>
    public string UsedFor { get; }

    /// <summary>Completes when the permission is held or the server got past its check; throws the server's error otherwise.</summary>
    internal Func<WorkplaceClient, string?, CancellationToken, Task> Probe { get; }

    public static readonly LinkPermission ReadGroupContent = new("ReadGroupContent", "Read group content", "to read the group and its feed",
        (client, group, ct) => client.GraphGetAsync(WorkplacePath.Of(group!, "feed"), new Dictionary<string, string?> { ["fields"] = "id", ["limit"] = "1" }, ct));

    public static readonly LinkPermission ManageGroupContent = new("ManageGroupContent", "Manage group content", "to post in the group",
        // A post needs a message or a link; without either nothing can be created.
        (client, group, ct) => ExpectRefusedParameters(client.GraphPostAsync(WorkplacePath.Of(group!, "feed"), new Dictionary<string, string?>(), ct)));

    public static readonly LinkPermission MessageAnyMember = new("MessageAnyMember", "Message any member", "to send Work Chat messages",
        // A message needs a recipient; without one nothing can be sent.
        (client, _, ct) => ExpectRefusedParameters(client.GraphPostAsync("me/messages", new Dictionary<string, string?>(), ct)));

    public static readonly LinkPermission ReadUserEmail = new("ReadUserEmail", "Read user email addresses", "to find recipients by email",
        (client, _, ct) => ExpectRefusedParameters(client.GraphGetAsync(WorkplacePath.Escape(ProbeEmail), new Dictionary<string, string?> { ["fields"] = "id" }, ct)));

    public static readonly LinkPermission ReadWorkProfile = new("ReadWorkProfile", "Read work profile", "to read the people found by email",
        (client, _, ct) => client.GraphGetAsync("community/members", new Dictionary<string, string?> { ["fields"] = "id", ["limit"] = "1" }, ct));

    /// <summary>The permissions a kind of link needs, in the order they are checked.</summary>
    public static IReadOnlyList<LinkPermission> For(WorkplaceLinkKind kind) => kind switch
    {
        WorkplaceLinkKind.GroupFeed => [ReadGroupContent, ManageGroupContent],
        WorkplaceLinkKind.Chat => [MessageAnyMember, ReadUserEmail, ReadWorkProfile],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown link kind."),
    };

    public override string ToString() => Name;

    /// <summary>A probe that the server answers "invalid parameter" or "not found" got past the permission check: it passes.</summary>
    private static async Task ExpectRefusedParameters(Task call)
    {
        try
        {
            await call.ConfigureAwait(false);
        }
        catch (WorkplaceApiException error) when (error.Kind is WorkplaceErrorKind.InvalidArgument or WorkplaceErrorKind.NotFound)
        {
            // The permission check passed.
        }
    }
}
