using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Host;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.People;
using WorkplaceAdmin.Client.Selection;

namespace WorkplaceAdmin.People;

/// <summary>
/// Makes the community match a desired list of people (piped rows or a CSV file): creates the missing, updates
/// changed fields, and with -DisableMissing deactivates active people absent from the list (never those matched by
/// -Exclude). Writes one result per person, then a summary. -WhatIf shows the whole plan and writes nothing.
/// </summary>
[Cmdlet(VerbsData.Sync, "WorkplaceUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = RowsSet, HelpUri = HelpLinks.DocsBase + "Sync-WorkplaceUser.md")]
[OutputType(typeof(WorkplaceUserSyncResult), typeof(WorkplaceUserSyncSummary))]
public sealed class SyncWorkplaceUserCommand : WorkplaceUserRowCmdlet<SyncStep, WorkplaceUserSyncResult>
{
    private const string RowsSet = "Rows";
    private const string PathSet = "Path";
    private readonly Stopwatch _watch = new();
    private SyncPlanner? _planner;
    private SyncExecutor? _executor;
    private bool _finishing;
    private StreamReader? _reader;
    private readonly List<SyncStep> _deferred = [];
    private IEnumerable<UserRow>? _fileRows;

    /// <summary>A CSV file with a header line, instead of piped rows.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet)]
    [Alias("FilePath", "CsvPath")]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    [Parameter]
    public SwitchParameter DisableMissing { get; set; }

    /// <summary>
    /// The most people -DisableMissing may deactivate in one run; by default 10 % of the active people (at least 1).
    /// A list that would deactivate more (a truncated file, a wrong filter) is refused before any change.
    /// </summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int? MaxDisable { get; set; }

    /// <summary>Deactivates past -MaxDisable, and without asking first.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Wildcard patterns on email, name or external id of people never to deactivate.</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Exclude { get; set; }

    protected override string Action => "Sync account";

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        var rowParameters = MyInvocation.BoundParameters.Keys.Where(name => Enum.TryParse<UserField>(name, out _)).ToList();
        if (ParameterSetName == PathSet && (MyInvocation.ExpectingInput || rowParameters.Count > 0))
        {
            ThrowSetupError(new ArgumentException(
                "Give the desired list either as rows (the pipeline or -Email, -Name…) or with -Path, not both" +
                (rowParameters.Count > 0 ? $" (-{string.Join(", -", rowParameters)} given with -Path)." : ".")), Path);
        }
        // A blank identity typed on the command line is refused before the community is read.
        foreach (var blank in new[] { nameof(Email), nameof(ExternalId), nameof(Name) }
            .Where(name => MyInvocation.BoundParameters.TryGetValue(name, out var value) && string.IsNullOrWhiteSpace(value as string)))
        {
            ThrowSetupError(new ArgumentException($"-{blank} is {(MyInvocation.BoundParameters[blank] is null ? "null" : "empty")}: an empty value names no one. Give a value, or pipe the rows of the desired list."), blank);
        }

        _watch.Start();
        List<NamePattern> patterns;
        try
        {
            patterns = (Exclude ?? []).Select(NamePattern.Parse).ToList();
        }
        catch (ArgumentException error)
        {
            ThrowSetupError(error, Exclude);
            return;
        }
        _planner = new SyncPlanner(patterns, DisableMissing);
        if (ParameterSetName == PathSet)
            OpenFile();
        WriteVerbose("Reading every account of the community to compare with the list…");
        try
        {
            Await(async ct =>
            {
                await _planner.LoadAsync(Client.GetUsersAsync(null, 1000, ct), ct).ConfigureAwait(false);
                return true;
            });
        }
        catch (Exception error) when (!IsStopping(error))
        {
            ThrowSetupError(error, null);
        }
        _executor = new SyncExecutor(Client, _planner.Managers);
    }

    protected override IEnumerable<SyncStep> ReadItems()
    {
        var steps = _finishing ? _planner!.PlanMissing() : Rows().Select(_planner!.Plan);
        if (DisableMissing)
        {
            // No change is made until the whole list is read: only then is it known how many people it would
            // deactivate, and a list cut short must be refused before anything else happens.
            steps = _finishing ? DeferredThenDeactivations(steps) : Defer(steps);
        }

        foreach (var step in steps)
        {
            if (SyncExecutor.Writes(step))
            {
                yield return step;
                continue;
            }
            WriteObject(_executor!.Describe(step));
            if (step.Kind == SyncStepKind.Invalid)
                WriteItemError(new UserRowException(0, step.Note ?? "invalid row"), step.Target);
        }
    }

    protected override string Describe(SyncStep item) => $"{item.Target}: {item.Action}";

    /// <summary>The account's email: the step may run after later rows are read (-DisableMissing), so not the current row.</summary>
    protected override object? TargetOf(SyncStep item) => item.Target;

    private IEnumerable<SyncStep> Defer(IEnumerable<SyncStep> steps)
    {
        foreach (var step in steps)
        {
            if (SyncExecutor.Writes(step))
                _deferred.Add(step);
            else
                yield return step;
        }
    }

    private IEnumerable<SyncStep> DeferredThenDeactivations(IEnumerable<SyncStep> missing)
    {
        var plan = missing.ToList();
        var deactivations = plan.Where(step => step.Kind == SyncStepKind.Disable).ToList();
        var approved = deactivations.Count == 0 || ApproveDeactivations(deactivations);
        return _deferred.Concat(approved ? plan : plan.Where(step => step.Kind != SyncStepKind.Disable));
    }

    /// <summary>
    /// Deactivations weigh like Disable-WorkplaceUser (High impact): past the limit the run is refused unless -Force;
    /// below it the user is asked once for all of them unless -Force, -Confirm:$false or $ConfirmPreference = 'None'.
    /// </summary>
    private bool ApproveDeactivations(IReadOnlyList<SyncStep> deactivations)
    {
        var active = _planner!.ActiveCount;
        var limit = MaxDisable ?? Math.Max(1, (int)Math.Ceiling(active * 0.10));
        var count = deactivations.Count;
        var examples = string.Join(", ", deactivations.Take(3).Select(step => step.Target)) + (count > 3 ? ", …" : "");
        if (count > limit && !Force)
        {
            var why = MaxDisable is null ? $"10 % of the {active} active people" : "-MaxDisable";
            var refusal = new InvalidOperationException(
                $"The list would deactivate {count} of {active} active people ({examples}), more than the limit of {limit} ({why}). " +
                "Nothing was changed. Check that the list is complete; to proceed, give -MaxDisable or -Force.");
            if (IsWhatIf())
            {
                WriteWarning(refusal.Message.Replace("Nothing was changed.", "Without -WhatIf the run would be refused.", StringComparison.Ordinal));
                return true;
            }

            ThrowTerminatingError(new ErrorRecord(refusal, "Workplace.SyncDisableLimit", ErrorCategory.LimitsExceeded, count));
        }

        // -Confirm (either way) and a $ConfirmPreference of Medium or lower leave it to each item's ShouldProcess.
        if (Force || IsWhatIf() || IsOnCommandLine("Confirm") || ConfirmPreference() != ConfirmImpact.High)
            return true;
        try
        {
            return ShouldContinue(
                $"Deactivate {count} of {active} active people absent from the list ({examples})? They can no longer sign in.",
                "Confirm deactivations");
        }
        catch (Exception error) when (error is PSInvalidOperationException or HostException or NotImplementedException)
        {
            // No one to ask (a runbook, pwsh -NonInteractive): refuse rather than deactivate unasked.
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException($"Deactivating {count} {(count == 1 ? "person" : "people")} needs confirmation, and this session cannot ask. Nothing was changed. Run with -Confirm:$false (or -Force) to deactivate them without asking."),
                "Workplace.SyncDisableNeedsConfirmation", ErrorCategory.PermissionDenied, count));
            return false;
        }
    }

    private ConfirmImpact ConfirmPreference() =>
        Enum.TryParse<ConfirmImpact>(SessionState.PSVariable.GetValue("ConfirmPreference")?.ToString(), ignoreCase: true, out var preference)
            ? preference
            : ConfirmImpact.High;

    protected override Task<WorkplaceUserSyncResult> RunAsync(SyncStep item, CancellationToken cancellationToken) =>
        _executor!.RunAsync(item, cancellationToken);

    protected override void OnDeclined(SyncStep item) => _executor!.Describe(item);

    protected override void WriteResult(BulkResult<SyncStep, WorkplaceUserSyncResult> result, ItemSource source)
    {
        switch (result.Status)
        {
            case BulkStatus.Succeeded:
                WriteObject(result.Output);
                break;
            case BulkStatus.Failed:
                WriteObject(_executor!.Failed(result.Input, result.Error!));
                WriteItemError(result.Error!, source.Target, result.Input.RowNumber is { } number ? $"Row {number} ({result.Input.Target})" : result.Input.Target);
                break;
        }
    }

    protected override void EndProcessing()
    {
        if (DisableMissing && _planner!.ValidRows == 0)
        {
            ThrowSetupError(new InvalidOperationException(
                "The desired list is empty: with -DisableMissing that would deactivate everyone, so nothing was done. Check the input."), null);
        }
        _finishing = true;
        ProcessRecord();
        base.EndProcessing();
        WriteObject(_executor!.Summary(WorkplaceConnection.CommunityId, _planner!.Rows, _planner.CommunityCount, IsWhatIf(), _watch.Elapsed));
    }

    private IEnumerable<UserRow> Rows()
    {
        if (ParameterSetName != PathSet)
        {
            var row = BoundRow();
            // A call with no row at all (only -DisableMissing, say) is not a person to plan.
            return !MyInvocation.ExpectingInput && row == new UserRow { RowNumber = row.RowNumber } ? [] : [row];
        }
        return _fileRows ?? [];
    }

    /// <summary>
    /// Opens -Path and reads its header, before the community is read: a missing file or a header with no known column
    /// (a semicolon-separated export, say) is refused before any request. The rows stream as the plan consumes them.
    /// </summary>
    private void OpenFile()
    {
        try
        {
            var file = GetUnresolvedProviderPathFromPSPath(Path);
            if (!File.Exists(file))
                throw new FileNotFoundException($"The file {Path} does not exist.", file);
            _reader = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
            _fileRows = ReadFile(UserRowColumns.Read(_reader).GetEnumerator());
        }
        catch (Exception error) when (!IsStopping(error))
        {
            ThrowSetupError(error, Path);
        }
    }

    /// <summary>
    /// The file's rows as they are read; a file broken partway (an unclosed quote) stops the cmdlet with a classified
    /// error naming the line, before -DisableMissing could act on a list cut short.
    /// </summary>
    private IEnumerable<UserRow> ReadFile(IEnumerator<UserRow> rows)
    {
        using var _ = rows;
        while (true)
        {
            bool more;
            try
            {
                more = rows.MoveNext();
            }
            catch (FormatException error)
            {
                ThrowSetupError(error, Path);
                yield break;
            }

            if (!more)
            {
                yield break;
            }

            yield return rows.Current;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _reader?.Dispose();
        base.Dispose(disposing);
    }

    private bool IsWhatIf() =>
        (MyInvocation.BoundParameters.TryGetValue("WhatIf", out var bound) && bound is SwitchParameter { IsPresent: true }) ||
        SessionState.PSVariable.GetValue("WhatIfPreference") is SwitchParameter { IsPresent: true } or true;
}
