using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Selection;

namespace WorkplaceAdmin.Client.People;

/// <summary>
/// Compares a desired list of people with the community and plans, per person, Create, Update (the changed fields
/// only), Unchanged or, with disableMissing, Disable for active people absent from the list, never those matched
/// by an exclude pattern (on email, name or external id).
/// <para>
/// The community is indexed once (<see cref="LoadAsync"/>): a small record per account keyed by email and external
/// id (see <see cref="IndexedPerson"/> for the memory cost). Desired rows then stream through <see cref="Plan"/>
/// one at a time; only their emails and external ids are remembered (to catch duplicates). Absent people are
/// planned last (<see cref="PlanMissing"/>). A listed person who is deactivated is reactivated (an Update of
/// Active). Empty cells never clear a field. Not thread-safe: rows arrive in order on one thread.
/// </summary>
public sealed class SyncPlanner
{
    private readonly IReadOnlyList<NamePattern> exclude;
    private readonly bool disableMissing;
    private readonly UserRowValidator validator = new(newAccounts: true) { NameRequired = false };
    private readonly Dictionary<string, IndexedPerson> byEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IndexedPerson> byExternalId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndexedPerson> byId = new(StringComparer.Ordinal);
    private readonly ManagerDirectory managers;
    private bool loaded;

    public SyncPlanner(IReadOnlyList<NamePattern>? exclude = null, bool disableMissing = false)
    {
        this.exclude = exclude ?? [];
        this.disableMissing = disableMissing;
        // Managers resolve against the index (no calls), or wait for an account this run creates.
        managers = new ManagerDirectory((reference, _) => Task.FromResult(FindId(reference)));
    }

    /// <summary>Resolves the managers of planned steps; shared with whoever runs the steps.</summary>
    public ManagerDirectory Managers => managers;

    public long CommunityCount => byId.Count;

    /// <summary>The active accounts of the community when it was loaded.</summary>
    public int ActiveCount => byId.Values.Count(person => person.Active);
    public long Rows { get; private set; }

    /// <summary>Rows that passed validation and matching (the others are Invalid steps).</summary>
    public long ValidRows { get; private set; }

    /// <summary>Reads every account of the community into the index.</summary>
    public async Task LoadAsync(IAsyncEnumerable<WorkplaceUser> community, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(community);
        await foreach (var user in community.WithCancellation(ct).ConfigureAwait(false))
        {
            var person = new IndexedPerson(user, IsExcluded(user));
            byId[person.Id] = person;
            if (person.Email is not null)
                byEmail[person.Email] = person;
            if (person.ExternalId is not null)
                byExternalId[person.ExternalId] = person;
        }
        loaded = true;
    }

    /// <summary>Plans one desired row: Create, Update, Unchanged or Invalid (with the reason).</summary>
    public SyncStep Plan(UserRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!loaded)
            throw new InvalidOperationException("Load the community (LoadAsync) before planning rows.");
        Rows++;
        ValidUserRow valid;
        try
        {
            valid = validator.Validate(row);
        }
        catch (UserRowException invalid)
        {
            return Invalid(row.RowNumber, row.Email, row.ExternalId, row.Name, invalid.Message);
        }
        var fields = valid.Fields;
        var number = valid.RowNumber;

        var byExternal = fields.ExternalId is { } externalId ? byExternalId.GetValueOrDefault(externalId) : null;
        var byMail = fields.Email is { } email ? byEmail.GetValueOrDefault(email) : null;
        if (byExternal is not null && byMail is not null && byExternal != byMail)
            return Invalid(number, fields.Email, fields.ExternalId, fields.Name,
                $"Row {number}: the email {fields.Email} belongs to account {byMail.Id} but ExternalId {fields.ExternalId} to account {byExternal.Id}; fix the list or the accounts.");
        var match = byExternal ?? byMail;

        string? managerId = null;
        if (valid.ManagerReference is { } manager)
        {
            managerId = FindId(manager);
            if (managerId is null && !(manager.Contains('@') && validator.TryGetRowOfEmail(manager, out _)))
                return Invalid(number, fields.Email, fields.ExternalId, fields.Name, $"Row {number}: the manager {manager} is not an account of this community nor a person of this list.");
        }

        if (match is null && fields.Name is null && (fields.GivenName is null || fields.FamilyName is null))
            return Invalid(number, fields.Email, fields.ExternalId, fields.Name, UserRowValidator.NoName(number, fields.Email, fields.ExternalId).Message);

        ValidRows++;
        if (match is null)
        {
            return new SyncStep
            {
                Kind = SyncStepKind.Create,
                RowNumber = number,
                Email = fields.Email,
                ExternalId = fields.ExternalId,
                Name = fields.Name ?? JoinName(fields),
                Fields = fields,
                ManagerReference = valid.ManagerReference,
                Changes = fields.Given(),
                Pending = fields.Email is { } newEmail ? managers.Expect(newEmail, number) : null,
            };
        }
        if (match.MatchedRow != 0)
        {
            ValidRows--;
            return Invalid(number, fields.Email, fields.ExternalId, fields.Name, $"Row {number}: this is the same account ({match.Id}) as row {match.MatchedRow}.");
        }
        match.MatchedRow = number;

        var changes = new List<UserField>();
        foreach (var field in fields.Given())
        {
            if (field == UserField.IsFrontline && match.Hashes[(int)field] == 0)
                continue;
            if (FieldHash.Of(UserFieldValues.Desired(fields, field)) != match.Hashes[(int)field])
                changes.Add(field);
        }
        if (valid.ManagerReference is not null && (managerId is null || FieldHash.Of(managerId) != match.Hashes[(int)UserField.Manager]))
            changes.Add(UserField.Manager);
        if (!match.Active)
            changes.Add(UserField.Active);
        var send = fields.Only(changes) with { Active = match.Active ? null : true };
        return new SyncStep
        {
            Kind = changes.Count == 0 ? SyncStepKind.Unchanged : SyncStepKind.Update,
            Id = match.Id,
            RowNumber = number,
            Email = fields.Email ?? match.Email,
            ExternalId = fields.ExternalId ?? match.ExternalId,
            Name = fields.Name ?? JoinName(fields) ?? match.Name,
            Fields = send,
            ManagerReference = changes.Contains(UserField.Manager) ? valid.ManagerReference : null,
            Changes = changes,
        };
    }

    /// <summary>After the last row: Disable for active people absent from the list (with disableMissing), Unchanged with a note for excluded ones.</summary>
    public IEnumerable<SyncStep> PlanMissing()
    {
        if (!disableMissing)
            yield break;
        foreach (var person in byId.Values)
        {
            if (person.MatchedRow != 0 || !person.Active)
                continue;
            yield return new SyncStep
            {
                Kind = person.Excluded ? SyncStepKind.Unchanged : SyncStepKind.Disable,
                Id = person.Id,
                Email = person.Email,
                ExternalId = person.ExternalId,
                Name = person.Name,
                Fields = person.Excluded ? new UserFields() : new UserFields { Active = false },
                Changes = person.Excluded ? [] : [UserField.Active],
                Note = person.Excluded ? $"Absent from the list, kept active by -Exclude {ExcludedBy(person)}." : null,
            };
        }
    }

    private bool IsExcluded(WorkplaceUser user) =>
        exclude.Any(pattern => pattern.IsMatch(user.Email) || pattern.IsMatch(user.Name) || pattern.IsMatch(user.ExternalId));

    private string ExcludedBy(IndexedPerson person) =>
        string.Join(", ", exclude.Where(p => p.IsMatch(person.Email) || p.IsMatch(person.Name) || p.IsMatch(person.ExternalId)).Select(p => $"'{p.Pattern}'"));

    /// <summary>An email or id of an indexed account → its id.</summary>
    private string? FindId(string reference) =>
        reference.Contains('@') ? byEmail.GetValueOrDefault(reference)?.Id : byId.ContainsKey(reference) ? reference : null;

    private static SyncStep Invalid(long row, string? email, string? externalId, string? name, string reason) => new()
    {
        Kind = SyncStepKind.Invalid,
        RowNumber = row,
        Email = email,
        ExternalId = externalId,
        Name = name,
        Note = reason,
    };

    private static string? JoinName(UserFields fields) =>
        fields.GivenName is null && fields.FamilyName is null ? null : $"{fields.GivenName} {fields.FamilyName}".Trim();
}
