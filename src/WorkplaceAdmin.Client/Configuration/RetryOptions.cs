namespace WorkplaceAdmin.Client;

/// <summary>
/// How the client retries throttled and transient failures. Delays grow exponentially from
/// <see cref="BaseDelay"/> up to <see cref="MaxDelay"/>, with jitter, and the whole call (all attempts
/// and waits) stays within <see cref="TotalBudget"/>.
/// </summary>
public sealed class RetryOptions
{
    /// <summary>Attempts per call, the first one included (1 disables retries).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Delay before the first retry when the server gives no Retry-After.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of one computed backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time after which no further retry is started for a call.</summary>
    public TimeSpan TotalBudget { get; set; } = TimeSpan.FromMinutes(5);

    public override string ToString() =>
        $"MaxAttempts={MaxAttempts}, BaseDelay={BaseDelay}, MaxDelay={MaxDelay}, TotalBudget={TotalBudget}";
}
