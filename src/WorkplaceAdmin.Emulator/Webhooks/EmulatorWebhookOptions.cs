namespace WorkplaceAdmin.Emulator.Webhooks;

/// <summary>How the emulator calls webhook callbacks: the HTTP client, the time limit and the retries.</summary>
public sealed class EmulatorWebhookOptions
{
    /// <summary>
    /// The client that performs handshakes and deliveries. When null the emulator uses its own client, which does
    /// not follow redirects. The emulator never disposes a client it is given.
    /// </summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>Time limit of one handshake or one delivery attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts per delivery, the first included; a delivery that gets no 2xx is retried up to this bound.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Delay before the second attempt; doubled before each further one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    internal void Validate()
    {
        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), "The webhook timeout must be positive.");
        }
        if (MaxAttempts is < 1 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAttempts), "Webhook deliveries take 1 to 10 attempts.");
        }
        if (RetryDelay < TimeSpan.Zero || RetryDelay > TimeSpan.FromMinutes(1))
        {
            throw new ArgumentOutOfRangeException(nameof(RetryDelay), "The webhook retry delay is between zero and one minute.");
        }
    }
}
