namespace WorkplaceAdmin.Client.People;

/// <summary>
/// One step of a sync plan. <see cref="Fields"/> holds what to send (for Update only the changed fields);
/// <see cref="ManagerReference"/> is resolved when the step runs, since the manager may be created by an
/// earlier step of the same run.
/// </summary>
public sealed record SyncStep
{
    public required SyncStepKind Kind { get; init; }

    /// <summary>The existing account (Update, Disable, Unchanged); null for Create and most invalid rows.</summary>
    public string? Id { get; init; }

    /// <summary>Row of the desired list; null for people absent from it.</summary>
    public long? RowNumber { get; init; }

    public string? Email { get; init; }
    public string? ExternalId { get; init; }
    public string? Name { get; init; }

    public UserFields Fields { get; init; } = new();
    public string? ManagerReference { get; init; }
    public IReadOnlyList<UserField> Changes { get; init; } = [];

    /// <summary>Why the row is invalid, or a note (excluded).</summary>
    public string? Note { get; init; }

    /// <summary>Set for a Create whose email other rows may name as their manager.</summary>
    public PendingAccount? Pending { get; init; }

    /// <summary>How the step names its person: email, else external id, else id.</summary>
    public string Target => Email ?? ExternalId ?? Id ?? (RowNumber is { } row ? $"row {row}" : "?");

    /// <summary>What ShouldProcess shows: the action and, for updates, the changed fields.</summary>
    public string Action => Kind switch
    {
        SyncStepKind.Create => "Create account",
        SyncStepKind.Update => "Update " + string.Join(", ", Changes),
        SyncStepKind.Disable => "Deactivate account (absent from the desired list)",
        _ => Kind.ToString(),
    };
}
