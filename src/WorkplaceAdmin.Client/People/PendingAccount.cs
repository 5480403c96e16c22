namespace WorkplaceAdmin.Client.People;

/// <summary>An account this run is creating; rows that name it as their manager wait for <see cref="Id"/>.</summary>
public sealed class PendingAccount
{
    private readonly TaskCompletionSource<string?> outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal PendingAccount(string email, long rowNumber)
    {
        Email = email;
        RowNumber = rowNumber;
    }

    public string Email { get; }
    public long RowNumber { get; }

    /// <summary>The new account's id, or null when it was not created.</summary>
    public Task<string?> Id => outcome.Task;

    public void Created(string id) => outcome.TrySetResult(id);

    /// <summary>The row failed, was declined or never ran: waiting rows fail instead of waiting for ever.</summary>
    public void NotCreated() => outcome.TrySetResult(null);
}
