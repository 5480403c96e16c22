namespace WorkplaceAdmin.Client.Messages;

/// <summary>
/// Repeats a call that is not safe to repeat blindly (a send, a delete) only after checking that its earlier attempt
/// did not take effect: a failure after the request may have reached the service (a lost answer, a timeout, a 5xx)
/// leaves the outcome unknown, and the check turns "unknown" into "done" or "not done".
/// </summary>
internal static class UncertainOutcome
{
    /// <summary>Attempts of one send or delete at most; each failure that may have acted is checked before the next.</summary>
    public const int MaxAttempts = 4;

    /// <summary>A failure after the request may have reached the service: a lost connection, a timeout or a server error.</summary>
    public static bool MayHaveActed(WorkplaceApiException error) =>
        error.Kind is WorkplaceErrorKind.Transport || error.HttpStatus >= 500;

    /// <param name="attempt">The call; throws on failure.</param>
    /// <param name="findDone">After a failure that may have acted: its result when it did take effect, else null.</param>
    /// <param name="notDoneAdvice">Added to the last error when every attempt failed and none took effect.</param>
    public static async Task<T> RunAsync<T>(
        Func<CancellationToken, Task<T>> attempt, Func<CancellationToken, Task<T?>> findDone, RetryOptions retry, string notDoneAdvice, CancellationToken ct)
        where T : class
    {
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt(ct).ConfigureAwait(false);
            }
            catch (WorkplaceApiException error) when (MayHaveActed(error))
            {
                if (await findDone(ct).ConfigureAwait(false) is { } done)
                    return done;
                if (number >= MaxAttempts)
                    throw error.WithAdvice(notDoneAdvice);
                await Task.Delay(Http.Backoff.Delay(number, retry, Random.Shared.NextDouble()), ct).ConfigureAwait(false);
            }
        }
    }
}
