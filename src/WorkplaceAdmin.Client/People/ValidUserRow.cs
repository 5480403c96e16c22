namespace WorkplaceAdmin.Client.People;

/// <summary>
/// A row that passed <see cref="UserRowValidator"/>: cleaned values to send, and the manager still as the row gave
/// it (an email or an id) until <see cref="ManagerDirectory"/> resolves it.
/// </summary>
public sealed record ValidUserRow(long RowNumber, UserFields Fields, string? ManagerReference)
{
    /// <summary>The email, else the external id: how the row names its person in messages.</summary>
    public string Key => Fields.Email ?? Fields.ExternalId ?? $"row {RowNumber}";

    public override string ToString() => $"row {RowNumber} ({Key})";
}
