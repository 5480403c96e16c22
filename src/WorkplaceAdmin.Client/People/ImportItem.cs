namespace WorkplaceAdmin.Client.People;

/// <summary>A validated row of an import, and its registration as a possible manager.</summary>
public sealed record ImportItem(ValidUserRow Row, PendingAccount? Pending)
{
    public override string ToString() => Row.ToString();
}
