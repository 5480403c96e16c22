using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.People;

/// <summary>
/// Carries out sync steps (safe to call concurrently) and turns steps and their outcomes into
/// <see cref="WorkplaceUserSyncResult"/>s, and the run into a <see cref="WorkplaceUserSyncSummary"/>.
/// </summary>
public sealed class SyncExecutor
{
    private readonly WorkplaceClient client;
    private readonly ManagerDirectory managers;
    private long created, updated, disabled, unchanged, failed, excluded;

    public SyncExecutor(WorkplaceClient client, ManagerDirectory managers)
    {
        this.client = client ?? throw new ArgumentNullException(nameof(client));
        this.managers = managers ?? throw new ArgumentNullException(nameof(managers));
    }

    /// <summary>True for the steps that send something (Create, Update, Disable).</summary>
    public static bool Writes(SyncStep step) => step.Kind is SyncStepKind.Create or SyncStepKind.Update or SyncStepKind.Disable;

    /// <summary>Runs a writing step; throws on failure (use <see cref="Failed"/> for the result).</summary>
    public async Task<WorkplaceUserSyncResult> RunAsync(SyncStep step, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            var fields = step.Fields;
            if (step.ManagerReference is { } manager)
                fields = fields with { ManagerId = await managers.ResolveAsync(manager, 0, ct).ConfigureAwait(false) };
            WorkplaceUser user = step.Kind switch
            {
                SyncStepKind.Create => await client.CreateUserAsync(fields, ct).ConfigureAwait(false),
                SyncStepKind.Update or SyncStepKind.Disable => await client.UpdateUserAsync(step.Id!, fields, ct).ConfigureAwait(false),
                _ => throw new InvalidOperationException($"A {step.Kind} step sends nothing."),
            };
            step.Pending?.Created(user.Id);
            var action = ActionOf(step.Kind);
            Count(action);
            return Result(step, action) with { Id = user.Id, Name = user.Name ?? step.Name };
        }
        catch
        {
            step.Pending?.NotCreated();
            throw;
        }
    }

    /// <summary>
    /// The result of a step that sends nothing (Unchanged, Invalid), or, under -WhatIf, of a writing step as planned
    /// (counted in the summary as what would be done).
    /// </summary>
    public WorkplaceUserSyncResult Describe(SyncStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        step.Pending?.NotCreated();
        var action = ActionOf(step.Kind);
        if (step.Kind == SyncStepKind.Unchanged && step.Note is not null)
            Interlocked.Increment(ref excluded);
        Count(action);
        return Result(step, action);
    }

    /// <summary>The result of a writing step that failed (or was declined).</summary>
    public WorkplaceUserSyncResult Failed(SyncStep step, Exception error)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(error);
        step.Pending?.NotCreated();
        Count(WorkplaceSyncAction.Failed);
        return Result(step, WorkplaceSyncAction.Failed) with { Error = error.Message };
    }

    public WorkplaceUserSyncSummary Summary(string communityId, long rows, long communityCount, bool whatIf, TimeSpan duration) => new()
    {
        CommunityId = communityId,
        Rows = rows,
        CommunityCount = communityCount,
        Created = Interlocked.Read(ref created),
        Updated = Interlocked.Read(ref updated),
        Disabled = Interlocked.Read(ref disabled),
        Unchanged = Interlocked.Read(ref unchanged),
        Failed = Interlocked.Read(ref failed),
        Excluded = Interlocked.Read(ref excluded),
        WhatIf = whatIf,
        Duration = duration,
    };

    private static WorkplaceUserSyncResult Result(SyncStep step, WorkplaceSyncAction action) => new()
    {
        Id = step.Id,
        Action = action,
        Email = step.Email,
        ExternalId = step.ExternalId,
        Name = step.Name,
        ChangedFields = step.Kind is SyncStepKind.Update or SyncStepKind.Disable ? step.Changes.Select(f => f.ToString()).ToArray() : [],
        RowNumber = step.RowNumber,
        Error = action == WorkplaceSyncAction.Failed ? step.Note : null,
        Note = action == WorkplaceSyncAction.Failed ? null : step.Note,
    };

    private static WorkplaceSyncAction ActionOf(SyncStepKind kind) => kind switch
    {
        SyncStepKind.Create => WorkplaceSyncAction.Created,
        SyncStepKind.Update => WorkplaceSyncAction.Updated,
        SyncStepKind.Disable => WorkplaceSyncAction.Disabled,
        SyncStepKind.Unchanged => WorkplaceSyncAction.Unchanged,
        _ => WorkplaceSyncAction.Failed,
    };

    private void Count(WorkplaceSyncAction action)
    {
        switch (action)
        {
            case WorkplaceSyncAction.Created: Interlocked.Increment(ref created); break;
            case WorkplaceSyncAction.Updated: Interlocked.Increment(ref updated); break;
            case WorkplaceSyncAction.Disabled: Interlocked.Increment(ref disabled); break;
            case WorkplaceSyncAction.Unchanged: Interlocked.Increment(ref unchanged); break;
            default: Interlocked.Increment(ref failed); break;
        }
    }
}
