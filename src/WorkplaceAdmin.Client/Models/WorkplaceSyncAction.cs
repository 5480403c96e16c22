namespace WorkplaceAdmin.Client.Models;

/// <summary>What Sync-WorkplaceUser did (or, with -WhatIf, would do) for one person.</summary>
public enum WorkplaceSyncAction
{
    Created,
    Updated,
    Disabled,
    Unchanged,
    Failed,
}
