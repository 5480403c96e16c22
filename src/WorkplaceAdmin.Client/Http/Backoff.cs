namespace WorkplaceAdmin.Client.Http;

/// <summary>Exponential backoff, capped, with "equal jitter".</summary>
internal static class Backoff
{
    /// <param name="retryNumber">1 before the first retry, 2 before the second…</param>
    /// <param name="random01">A number in [0, 1) that spreads out callers retrying at the same moment.</param>
    public static TimeSpan Delay(int retryNumber, RetryOptions options, double random01)
    {
        var exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retryNumber - 1, 30));
        var capped = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
        // Half fixed so waits keep growing, half random so parallel callers do not retry in lockstep.
        return TimeSpan.FromMilliseconds(capped / 2 + random01 * capped / 2);
    }
}
