namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// Remembers the last X-App-Usage a response carried and turns high usage into a pause before the next
/// call: <see cref="RetryOptions.BaseDelay"/> at 90 %, growing linearly to <see cref="RetryOptions.MaxDelay"/>
/// at 100 %. Shared by every call of one client, and read by the bulk runner to lower its concurrency.
/// </summary>
internal sealed class AppUsageMonitor
{
    public const string HeaderName = "X-App-Usage";

    private readonly RetryOptions retry;
    private readonly Func<DateTimeOffset> clock;
    private volatile WorkplaceAppUsage? last;

    public AppUsageMonitor(RetryOptions retry, Func<DateTimeOffset> clock)
    {
        this.retry = retry;
        this.clock = clock;
    }

    public WorkplaceAppUsage? Last => last;

    public void Observe(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues(HeaderName, out var values))
            return;
        var usage = WorkplaceAppUsage.Parse(values.FirstOrDefault(), clock());
        if (usage is not null)
            last = usage;
    }

    public TimeSpan PauseBeforeNextCall()
    {
        var usage = last;
        if (usage is null || !usage.IsHigh)
            return TimeSpan.Zero;
        var overshoot = Math.Clamp((usage.Highest - WorkplaceAppUsage.HighThreshold) / 10.0, 0, 1);
        return retry.BaseDelay + (retry.MaxDelay - retry.BaseDelay) * overshoot;
    }
}
