using WorkplaceAdmin.Client.Accounts;

namespace WorkplaceAdmin.Client.Messages;

/// <summary>
/// Turns recipients (person ids or emails) into person ids. Each email is looked up once and cached for the
/// resolver's lifetime; emails asked for at about the same time (concurrent sends) are looked up together in one
/// batched call (<see cref="PeopleLookup"/>). An unknown email fails only the callers that asked for it.
/// Failures other than "not found" are not cached, so a later call may succeed. Thread-safe.
/// </summary>
public sealed class PersonIdResolver
{
    private readonly PeopleLookup lookup;
    private readonly CancellationToken lifetime;
    private readonly object gate = new();
    private readonly Dictionary<string, Task<string>> cache = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TaskCompletionSource<string>> pending = new(StringComparer.OrdinalIgnoreCase);
    private bool flushScheduled;

    /// <param name="lifetime">Stops lookups in flight (the cmdlet's Ctrl+C).</param>
    public PersonIdResolver(WorkplaceClient client, CancellationToken lifetime = default)
    {
        lookup = new PeopleLookup(client);
        this.lifetime = lifetime;
    }

    /// <summary>How long a lookup waits for other emails to join its batch.</summary>
    public TimeSpan BatchWindow { get; init; } = TimeSpan.FromMilliseconds(2);

    /// <exception cref="ArgumentException">Neither a person id nor an email (thrown at once, before any request).</exception>
    /// <exception cref="KeyNotFoundException">(from the task) No person has this email, or the integration cannot see it.</exception>
    public Task<string> ResolveAsync(string recipient, CancellationToken ct = default)
    {
        var normalized = RecipientInput.Normalize(recipient);
        if (RecipientInput.IsPersonId(normalized))
            return Task.FromResult(normalized);
        Task<string> task;
        lock (gate)
        {
            if (!cache.TryGetValue(normalized, out task!))
            {
                var completion = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
                task = completion.Task;
                cache[normalized] = task;
                pending[normalized] = completion;
                if (!flushScheduled)
                {
                    flushScheduled = true;
                    _ = FlushAfterWindowAsync();
                }
            }
        }
        return task.WaitAsync(ct);
    }

    private async Task FlushAfterWindowAsync()
    {
        try
        {
            await Task.Delay(BatchWindow, lifetime).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Fall through: the waiters are failed below with the cancellation.
        }
        List<KeyValuePair<string, TaskCompletionSource<string>>> batch;
        lock (gate)
        {
            batch = pending.ToList();
            pending.Clear();
            flushScheduled = false;
        }
        try
        {
            lifetime.ThrowIfCancellationRequested();
            var results = await lookup.FindByEmailsAsync(batch.Select(p => p.Key), lifetime).ConfigureAwait(false);
            foreach (var (email, completion) in batch)
                Complete(email, completion, results.TryGetValue(email, out var result) ? result : PersonLookupResult.NotFound);
        }
        catch (Exception error)
        {
            foreach (var (email, completion) in batch)
                Fail(email, completion, error);
        }
    }

    private void Complete(string email, TaskCompletionSource<string> completion, PersonLookupResult result)
    {
        if (result.Person is { } person)
            completion.TrySetResult(person.Id);
        else if (result.Error is { } error)
            Fail(email, completion, error);
        else
            completion.TrySetException(new KeyNotFoundException(
                $"No Workplace person has the email '{email}', or the integration cannot see it (it needs 'Read user email addresses')."));
    }

    private void Fail(string email, TaskCompletionSource<string> completion, Exception error)
    {
        lock (gate)
            cache.Remove(email);
        if (error is OperationCanceledException)
            completion.TrySetCanceled(lifetime.IsCancellationRequested ? lifetime : CancellationToken.None);
        else
            completion.TrySetException(error);
    }
}
