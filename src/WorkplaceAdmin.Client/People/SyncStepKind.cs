namespace WorkplaceAdmin.Client.People;

/// <summary>What the plan says to do for one person.</summary>
public enum SyncStepKind
{
    Create,
    Update,
    Disable,
    Unchanged,
    /// <summary>The row cannot be carried out (invalid, ambiguous, unknown manager); nothing is sent for it.</summary>
    Invalid,
}
