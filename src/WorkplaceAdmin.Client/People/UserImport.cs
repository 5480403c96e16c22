using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.People;

/// <summary>
/// New-WorkplaceUser below the cmdlet: checks each row before anything is sent (<see cref="PrepareAsync"/>, in
/// input order: the row's fields, duplicates, and that its manager exists or is created by an earlier row), then
/// creates accounts concurrently (<see cref="CreateAsync"/>), a row waiting for its manager's row when needed.
/// </summary>
public sealed class UserImport
{
    private readonly WorkplaceClient client;
    private readonly UserRowValidator validator = new(newAccounts: true);

    public UserImport(WorkplaceClient client, ManagerDirectory? managers = null)
    {
        this.client = client ?? throw new ArgumentNullException(nameof(client));
        Managers = managers ?? ManagerDirectory.For(client);
    }

    public ManagerDirectory Managers { get; }

    /// <summary>
    /// Validates a row; <see cref="UserRowException"/> names the row and the problem. A valid row with an email is
    /// registered as a manager other rows may name: run it with <see cref="CreateAsync"/> or drop it with
    /// <see cref="Abandon"/>, or rows naming it would wait for ever.
    /// </summary>
    public async Task<ImportItem> PrepareAsync(UserRow row, CancellationToken ct = default)
    {
        var valid = validator.Validate(row);
        if (valid.ManagerReference is { } manager && !await Managers.KnowsAsync(manager, ct).ConfigureAwait(false))
            throw new UserRowException(valid.RowNumber, $"the manager {manager} is not an account of this community nor an earlier row of the input.");
        var pending = valid.Fields.Email is { } email ? Managers.Expect(email, valid.RowNumber) : null;
        return new ImportItem(valid, pending);
    }

    public async Task<WorkplaceUser> CreateAsync(ImportItem item, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            var fields = item.Row.Fields;
            if (item.Row.ManagerReference is { } manager)
                fields = fields with { ManagerId = await Managers.ResolveAsync(manager, item.Row.RowNumber, ct).ConfigureAwait(false) };
            var user = await client.CreateUserAsync(fields, ct).ConfigureAwait(false);
            item.Pending?.Created(user.Id);
            return user;
        }
        catch
        {
            item.Pending?.NotCreated();
            throw;
        }
    }

    /// <summary>The row will not run (declined, or the run stopped): rows naming it as manager fail instead of waiting.</summary>
    public static void Abandon(ImportItem item) => item?.Pending?.NotCreated();
}
