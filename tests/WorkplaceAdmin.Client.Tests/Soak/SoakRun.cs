using WorkplaceAdmin.Client.Messages;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.People;

namespace WorkplaceAdmin.Client.Tests.Soak;

/// <summary>
/// One soak round through the client's real bulk paths, as the cmdlets drive them: the People importer
/// (New-WorkplaceUser), the batched membership updater (Add-WorkplaceGroupMember) and the message sender
/// (Send-WorkplaceMessage), each under <see cref="BulkRunner"/>. It records one result per item;
/// <see cref="SoakAudit"/> then compares the emulator's state with what was intended.
/// </summary>
public sealed class SoakRun
{
    private readonly WorkplaceClient client;
    private readonly SoakPlan plan;

    public SoakRun(WorkplaceClient client, SoakPlan plan)
    {
        this.client = client;
        this.plan = plan;
    }

    /// <summary>The groups of the round: [0] everyone, then the department groups. Made before the faults start.</summary>
    public IReadOnlyList<WorkplaceGroup> Groups { get; private set; } = [];

    /// <summary>Row number (1-based) → the importer's result for that row.</summary>
    public Dictionary<int, BulkResult<ImportItem, WorkplaceUser>> People { get; } = [];

    /// <summary>(group id, email) → the membership result for that person in that group.</summary>
    public Dictionary<(string GroupId, string Email), BulkResult<SoakMembership, GroupMembershipResult>> Memberships { get; } = [];

    /// <summary>Email → the message result for that person.</summary>
    public Dictionary<string, BulkResult<string, WorkplaceMessageResult>> Messages { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the round's groups; call before the faults start (creating a group is not idempotent).</summary>
    public async Task CreateGroupsAsync(string adminId, CancellationToken ct = default)
    {
        var groups = new List<WorkplaceGroup>();
        for (var g = 0; g <= plan.DepartmentGroups; g++)
        {
            var name = g == 0 ? $"{plan.Prefix} everyone" : $"{plan.Prefix} department {g}";
            groups.Add(await client.CreateGroupAsync(new WorkplaceGroupSettings { Name = name, AdminId = adminId }, ct).ConfigureAwait(false));
        }
        Groups = groups;
    }

    /// <summary>The department group (1-based index into <see cref="Groups"/>) of row <paramref name="n"/>.</summary>
    public int DepartmentOf(int n) => 1 + n % plan.DepartmentGroups;

    /// <summary>Row n: every hundredth person manages the 99 after them, so rows also wait for their manager's row.</summary>
    public UserRow RowOf(int n) => new()
    {
        RowNumber = n,
        Email = plan.EmailOf(n),
        ExternalId = $"{plan.Prefix}-{n}",
        GivenName = "Soak",
        FamilyName = $"Person {n}",
        Department = $"Department {DepartmentOf(n)}",
        Manager = n % 100 == 1 ? null : plan.EmailOf(n - (n - 1) % 100),
    };

    public async Task ImportPeopleAsync(CancellationToken ct = default)
    {
        var import = new UserImport(client);
        var items = new List<ImportItem>(plan.People);
        for (var n = 1; n <= plan.People; n++)
            items.Add(await import.PrepareAsync(RowOf(n), ct).ConfigureAwait(false));
        await foreach (var result in new BulkRunner(client).RunAsync(items, import.CreateAsync, ct).ConfigureAwait(false))
            People.Add((int)result.Input.Row.RowNumber, result);
    }

    /// <summary>Everyone joins the "all" group and their department's group: by id when the import gave one, else by email.</summary>
    public async Task AddMembersAsync(CancellationToken ct = default)
    {
        var changes = new List<SoakMembership>(plan.People * 2);
        for (var n = 1; n <= plan.People; n++)
        {
            var email = plan.EmailOf(n);
            // Half by id, half by email, as a CSV of joiners would mix them; a failed import leaves only the email.
            var id = n % 2 == 0 && People.TryGetValue(n, out var imported) ? imported.Output?.Id : null;
            var person = MemberReference.From(id, email);
            changes.Add(new SoakMembership(Groups[0], email, person));
            changes.Add(new SoakMembership(Groups[DepartmentOf(n)], email, person));
        }
        await using var updater = new GroupMembershipUpdater(client);
        var runner = new BulkRunner(updater.SuggestedConcurrency, () => client.LastAppUsage);
        await foreach (var result in runner.RunAsync(changes,
                           (change, token) => updater.ChangeAsync(change.Group, change.Person, GroupMembershipAction.Add, token), ct).ConfigureAwait(false))
            Memberships.Add((result.Input.Group.Id, result.Input.Email), result);
    }

    /// <summary>The text person n is sent: unique per person, so a duplicate or a misdelivery shows.</summary>
    public string MessageTextOf(string email) => $"Welcome aboard, {email}! Your {plan.Prefix} onboarding starts Monday.";

    /// <summary>The first people get a direct message each, by email, as Send-WorkplaceMessage sends them (one shared email resolver).</summary>
    public async Task SendMessagesAsync(CancellationToken ct = default)
    {
        var sender = new MessageSender(client, ct);
        var recipients = Enumerable.Range(1, Math.Min(plan.Messaged, plan.People)).Select(plan.EmailOf).ToList();
        await foreach (var result in new BulkRunner(client).RunAsync(recipients,
                           (email, token) => sender.SendDirectAsync(email, MessageTextOf(email), token), ct).ConfigureAwait(false))
            Messages.Add(result.Input, result);
    }
}

/// <summary>One intended membership: <paramref name="Email"/> names the person whatever <paramref name="Person"/> carries.</summary>
public sealed record SoakMembership(WorkplaceGroup Group, string Email, MemberReference Person);
