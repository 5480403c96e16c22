namespace WorkplaceAdmin.Client.Models;

/// <summary>The totals of a Sync-WorkplaceUser run, written after the per-person results.</summary>
public sealed record WorkplaceUserSyncSummary
{
    /// <summary>The community that was compared with the list.</summary>
    public string CommunityId { get; init; } = "";

    /// <summary>Rows read from the desired list.</summary>
    public long Rows { get; init; }

    /// <summary>Accounts in the community when the run started.</summary>
    public long CommunityCount { get; init; }

    public long Created { get; init; }
    public long Updated { get; init; }
    public long Disabled { get; init; }
    public long Unchanged { get; init; }
    public long Failed { get; init; }

    /// <summary>People absent from the list that -Exclude kept from being disabled.</summary>
    public long Excluded { get; init; }

    /// <summary>True when nothing was written (-WhatIf): the counts are the plan.</summary>
    public bool WhatIf { get; init; }

    public TimeSpan Duration { get; init; }

    public override string ToString() =>
        $"{Rows} rows: {Created} created, {Updated} updated, {Disabled} disabled, {Unchanged} unchanged, {Failed} failed";
}
