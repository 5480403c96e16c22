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

    /// <summary>
    /// Attempts per read (GET, HEAD); by default <see cref="MaxAttempts"/>, but at least 8 unless retries are off.
    /// Repeating a read does no harm, and a long export makes thousands of them: at 10 % transient failures, 5
    /// attempts give up on about 1 read in 100,000, 8 on 1 in 100 million.
    /// </summary>
    public int? MaxReadAttempts { get; set; }

    /// <summary>The attempts a read gets: <see cref="MaxReadAttempts"/> when set.</summary>
    internal int ReadAttempts => MaxReadAttempts ?? (MaxAttempts <= 1 ? MaxAttempts : Math.Max(MaxAttempts, 8));

    /// <summary>Delay before the first retry when the server gives no Retry-After.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of one computed backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time after which no further retry is started for a call.</summary>
    public TimeSpan TotalBudget { get; set; } = TimeSpan.FromMinutes(5);

    public override string ToString() =>
        $"MaxAttempts={MaxAttempts}, MaxReadAttempts={MaxReadAttempts}, BaseDelay={BaseDelay}, MaxDelay={MaxDelay}, TotalBudget={TotalBudget}";
}
