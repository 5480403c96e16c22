using System.Globalization;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Client.Tests.Soak;

/// <summary>
/// Compares the emulator's state after a <see cref="SoakRun"/> with what the run intended, item by item: nothing
/// lost (every item either reached its intended state or was reported failed), nothing duplicated (one account per
/// email, one membership per person and group, one message per recipient), nothing stray, and every reported
/// success true. Items reported failed that the server did carry out (a lost answer) are counted, not refused:
/// the client could not know.
/// </summary>
public sealed class SoakAudit
{
    private readonly List<string> violations = [];
    private readonly SoakRun run;

    private SoakAudit(SoakRun run) => this.run = run;

    /// <summary>Each broken promise, naming the item; empty when the run kept every promise.</summary>
    public IReadOnlyList<string> Violations => violations;

    public int PeopleCreated { get; private set; }
    public int PeopleReportedFailed { get; private set; }
    public int MembershipsMade { get; private set; }
    public int MembershipsReportedFailed { get; private set; }
    public int MessagesDelivered { get; private set; }
    public int MessagesReportedFailed { get; private set; }

    /// <summary>Items reported failed although the server carried them out (their answer was lost or came too late).</summary>
    public int ReportedFailedButDone { get; private set; }

    public IEnumerable<string> FailureSamples(int count) =>
        run.People.Values.Where(r => r.Error is not null).Select(r => $"{r.Input}: {r.Error!.Message}")
            .Concat(run.Memberships.Values.Where(r => r.Error is not null).Select(r => $"{r.Input.Email} in {r.Input.Group.Name}: {r.Error!.Message}"))
            .Concat(run.Messages.Values.Where(r => r.Error is not null).Select(r => $"message to {r.Input}: {r.Error!.Message}"))
            .Take(count);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"people {PeopleCreated} created, {PeopleReportedFailed} reported failed; memberships {MembershipsMade} made, {MembershipsReportedFailed} reported failed; " +
        $"messages {MessagesDelivered} delivered, {MessagesReportedFailed} reported failed; {ReportedFailedButDone} reported failed but done; {violations.Count} violations");

    public static SoakAudit Of(SoakRun run, SoakPlan plan, EmulatorState state)
    {
        var audit = new SoakAudit(run);
        var people = state.People();
        var byEmail = people.Where(p => p.Email is not null).ToLookup(p => p.Email!, StringComparer.OrdinalIgnoreCase);
        audit.AuditPeople(plan, byEmail, people);
        audit.AuditMemberships(plan, byEmail, state);
        audit.AuditMessages(plan, byEmail, state);
        audit.violations.AddRange(state.FindInconsistencies().Select(text => "emulator inconsistency: " + text));
        return audit;
    }

    private void AuditPeople(SoakPlan plan, ILookup<string, EmulatorPersonInfo> byEmail, IReadOnlyList<EmulatorPersonInfo> people)
    {
        if (run.People.Count != plan.People)
            violations.Add($"{plan.People} rows gave {run.People.Count} results.");
        var ours = people.Where(p => p.ExternalId?.StartsWith(plan.Prefix + "-", StringComparison.Ordinal) == true).ToList();
        foreach (var stray in ours.Where(p => !int.TryParse(p.ExternalId![(plan.Prefix.Length + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > plan.People))
            violations.Add($"account {stray.Id} ({stray.Email}) was never asked for.");
        foreach (var twice in ours.GroupBy(p => p.ExternalId).Where(g => g.Count() > 1))
            violations.Add($"external id {twice.Key} has {twice.Count()} accounts.");

        for (var n = 1; n <= plan.People; n++)
        {
            var row = run.RowOf(n);
            var accounts = byEmail[row.Email!].ToList();
            run.People.TryGetValue(n, out var result);
            if (accounts.Count > 1)
                violations.Add($"row {n} ({row.Email}) has {accounts.Count} accounts.");
            if (result?.Status != BulkStatus.Failed && result?.Status != BulkStatus.Succeeded)
                violations.Add($"row {n} ({row.Email}) ended {result?.Status.ToString() ?? "without a result"}.");
            if (result?.Status == BulkStatus.Failed)
                PeopleReportedFailed++;
            if (accounts.Count == 0)
            {
                if (result?.Status == BulkStatus.Succeeded)
                    violations.Add($"row {n} ({row.Email}) was reported created as {result.Output?.Id}, but no such account exists.");
                continue;
            }

            var account = accounts[0];
            PeopleCreated++;
            if (result?.Status == BulkStatus.Failed)
                ReportedFailedButDone++;
            if (result?.Status == BulkStatus.Succeeded && result.Output?.Id != account.Id)
                violations.Add($"row {n} ({row.Email}) was reported as {result.Output?.Id}, but the account is {account.Id}.");
            if (account.ExternalId != row.ExternalId || account.Department != row.Department || account.LastName != row.FamilyName)
                violations.Add($"row {n} ({row.Email}) was created with other values: {account}.");
            var managerId = row.Manager is null ? null : byEmail[row.Manager].FirstOrDefault()?.Id;
            if (account.ManagerId != managerId)
                violations.Add($"row {n} ({row.Email}) has manager {account.ManagerId ?? "none"}, expected {managerId ?? "none"} ({row.Manager}).");
        }
    }

    private void AuditMemberships(SoakPlan plan, ILookup<string, EmulatorPersonInfo> byEmail, EmulatorState state)
    {
        if (run.Memberships.Count != plan.People * 2)
            violations.Add($"{plan.People * 2} membership changes gave {run.Memberships.Count} results.");
        var intendedMembers = run.Groups.ToDictionary(g => g.Id, _ => new HashSet<string>(StringComparer.Ordinal));
        for (var n = 1; n <= plan.People; n++)
        {
            var email = plan.EmailOf(n);
            var personId = byEmail[email].FirstOrDefault()?.Id;
            foreach (var group in new[] { run.Groups[0], run.Groups[run.DepartmentOf(n)] })
            {
                var members = state.FindGroup(group.Id)!.MemberIds;
                run.Memberships.TryGetValue((group.Id, email), out var result);
                if (personId is not null)
                    intendedMembers[group.Id].Add(personId);
                var member = personId is not null && members.Contains(personId);
                if (result?.Status == BulkStatus.Failed)
                    MembershipsReportedFailed++;
                else if (result?.Status != BulkStatus.Succeeded)
                    violations.Add($"{email} in {group.Name} ended {result?.Status.ToString() ?? "without a result"}.");
                if (member)
                {
                    MembershipsMade++;
                    if (result?.Status == BulkStatus.Failed)
                        ReportedFailedButDone++;
                }
                else if (result?.Status == BulkStatus.Succeeded)
                {
                    violations.Add($"{email} was reported {result.Output?.Status} in {group.Name}, but is not a member.");
                }
            }
        }
        foreach (var group in run.Groups)
        {
            var info = state.FindGroup(group.Id)!;
            if (info.MemberIds.Count != info.MemberIds.Distinct(StringComparer.Ordinal).Count())
                violations.Add($"{group.Name} lists a member twice.");
            foreach (var stray in info.MemberIds.Where(id => !intendedMembers[group.Id].Contains(id) && !info.AdminIds.Contains(id)))
                violations.Add($"{stray} is a member of {group.Name} but was never added.");
        }
    }

    private void AuditMessages(SoakPlan plan, ILookup<string, EmulatorPersonInfo> byEmail, EmulatorState state)
    {
        var recipients = Math.Min(plan.Messaged, plan.People);
        if (run.Messages.Count != recipients)
            violations.Add($"{recipients} messages gave {run.Messages.Count} results.");
        // Every message of this round, wherever it landed, keyed by its (unique) text.
        var delivered = state.Threads()
            .SelectMany(thread => thread.Messages.Select(message => (Thread: thread, Message: message)))
            .Where(m => m.Message.Text?.Contains($" {plan.Prefix} onboarding", StringComparison.Ordinal) == true)
            .ToLookup(m => m.Message.Text!, StringComparer.Ordinal);
        var expectedTexts = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 1; n <= recipients; n++)
        {
            var email = plan.EmailOf(n);
            var text = run.MessageTextOf(email);
            expectedTexts.Add(text);
            var personId = byEmail[email].FirstOrDefault()?.Id;
            var copies = delivered[text].ToList();
            run.Messages.TryGetValue(email, out var result);
            if (result?.Status == BulkStatus.Failed)
                MessagesReportedFailed++;
            else if (result?.Status != BulkStatus.Succeeded)
                violations.Add($"message to {email} ended {result?.Status.ToString() ?? "without a result"}.");
            if (copies.Count > 1)
                violations.Add($"{email} was sent {copies.Count} copies of the message.");
            foreach (var copy in copies.Where(c => c.Thread.IsGroup || personId is null || !c.Thread.ParticipantIds.Contains(personId)))
                violations.Add($"the message for {email} landed in thread {copy.Thread.Id} of {string.Join(", ", copy.Thread.ParticipantIds)}.");
            if (copies.Count == 0)
            {
                if (result?.Status == BulkStatus.Succeeded)
                    violations.Add($"message to {email} was reported sent as {result.Output?.MessageId}, but never arrived.");
                continue;
            }
            MessagesDelivered++;
            if (result?.Status == BulkStatus.Failed)
                ReportedFailedButDone++;
            if (result?.Status == BulkStatus.Succeeded && result.Output?.MessageId is { } id && copies[0].Message.Id != id)
                violations.Add($"message to {email} was reported as {id}, but arrived as {copies[0].Message.Id}.");
        }
        foreach (var stray in delivered.Where(g => !expectedTexts.Contains(g.Key)))
            violations.Add($"a message was sent that was never asked for: {stray.Key}");
    }
}
