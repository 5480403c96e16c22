namespace WorkplaceAdmin.Emulator;

/// <summary>How to build a <see cref="WorkplaceEmulator"/>: its community, its timing and its faults.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The largest page any list returns, whatever <c>limit</c> (Graph) or <c>count</c> (SCIM) asks for.</summary>
    public const int DefaultMaxPageLimit = 1000;

    /// <summary>
    /// The community to start with: <c>"demo"</c> (the embedded Contoso Demo community), a path to a JSON seed file,
    /// or <c>"generated:PEOPLE,GROUPS[,MEMBERS_PER_GROUP]"</c> for a large synthetic community.
    /// </summary>
    public string Seed { get; set; } = "demo";

    /// <summary>Fixed delay added to every response.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Random extra delay, uniformly between zero and this value, added to <see cref="Latency"/>.</summary>
    public TimeSpan LatencyJitter { get; set; }

    /// <summary>Share of requests (0..1) answered with an injected 5xx (Graph code 1 or 2).</summary>
    public double ServerErrorRate { get; set; }

    /// <summary>Share of requests answered with Graph throttling code 4 (HTTP 400, is_transient true).</summary>
    public double ThrottleRate { get; set; }

    /// <summary>Share of requests answered with HTTP 429 and a <c>Retry-After</c> header.</summary>
    public double Throttle429Rate { get; set; }

    /// <summary>The <c>Retry-After</c> sent with injected HTTP 429 responses.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Share of requests whose connection is dropped without any response.</summary>
    public double DropRate { get; set; }

    /// <summary>
    /// Share of requests that are carried out but whose response is lost (the connection drops after the change):
    /// the case where a client cannot know whether a create happened.
    /// </summary>
    public double LostResponseRate { get; set; }

    /// <summary>Share of requests delayed by <see cref="SlowDelay"/> (to exceed a client's timeout).</summary>
    public double SlowRate { get; set; }

    /// <summary>The delay of a slow response.</summary>
    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many API calls are allowed in total (each batch operation counts). Once spent, Graph answers
    /// code 613 and SCIM answers HTTP 429. Null means unlimited.
    /// </summary>
    public int? RateBudget { get; set; }

    /// <summary>Workplace's read-only phase: every write fails (Graph code 200, subcode 2000001; SCIM HTTP 403).</summary>
    public bool ReadOnly { get; set; }

    /// <summary>When set, the full-permission "Admin Integration" requires <c>appsecret_proof</c> on every call.</summary>
    public bool RequireProof { get; set; }

    /// <summary>Seed of the random source behind faults and jitter; null for a time-based seed.</summary>
    public int? RandomSeed { get; set; }

    /// <summary>Graph <c>limit</c> when none is given.</summary>
    public int DefaultPageLimit { get; set; } = 25;

    /// <summary>Cap on Graph <c>limit</c> and SCIM <c>count</c>; larger requests are clamped.</summary>
    public int MaxPageLimit { get; set; } = DefaultMaxPageLimit;

    /// <summary>SCIM <c>count</c> when none is given.</summary>
    public int ScimDefaultCount { get; set; } = 100;

    /// <summary>How many entries the request log keeps (oldest dropped first).</summary>
    public int RequestLogCapacity { get; set; } = 10_000;

    /// <summary>Allowed distance between <c>appsecret_time</c> and the emulator's clock.</summary>
    public TimeSpan AppSecretTimeSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The emulator's clock (creation times, appsecret_time checks, log times).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The community's verified email domains, overriding the seed's. When any are named, SCIM refuses to create
    /// an account, or change a <c>userName</c>, on another domain; null keeps the seed's (none: any domain).
    /// </summary>
    public IReadOnlyList<string>? VerifiedDomains { get; set; }

    /// <summary>How long a data export job (<c>POST /community/export_employee_data</c>) takes: PENDING for the first third, then STARTED.</summary>
    public TimeSpan ExportJobDuration { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Data export jobs end FAILED instead of COMPLETED.</summary>
    public bool ExportJobsFail { get; set; }

    /// <summary>How webhook handshakes and deliveries are made (client, timeout, retries).</summary>
    public Webhooks.EmulatorWebhookOptions Webhooks { get; set; } = new();

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Seed);
        CheckRate(ServerErrorRate, nameof(ServerErrorRate));
        CheckRate(ThrottleRate, nameof(ThrottleRate));
        CheckRate(Throttle429Rate, nameof(Throttle429Rate));
        CheckRate(DropRate, nameof(DropRate));
        CheckRate(LostResponseRate, nameof(LostResponseRate));
        CheckRate(SlowRate, nameof(SlowRate));
        if (DefaultPageLimit < 1 || MaxPageLimit < DefaultPageLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(DefaultPageLimit), "Need 1 <= DefaultPageLimit <= MaxPageLimit.");
        }
        if (ScimDefaultCount < 1 || ScimDefaultCount > MaxPageLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(ScimDefaultCount), "Need 1 <= ScimDefaultCount <= MaxPageLimit.");
        }
        if (RequestLogCapacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(RequestLogCapacity));
        }
        if (RateBudget < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(RateBudget));
        }
        if (Latency < TimeSpan.Zero || LatencyJitter < TimeSpan.Zero || SlowDelay < TimeSpan.Zero || RetryAfter < TimeSpan.Zero
            || ExportJobDuration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Latency), "Delays cannot be negative.");
        }
        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentNullException.ThrowIfNull(Webhooks);
        Webhooks.Validate();
    }

    internal static void CheckRate(double rate, string name)
    {
        if (double.IsNaN(rate) || rate < 0 || rate > 1)
        {
            throw new ArgumentOutOfRangeException(name, rate, "A fault rate is a share between 0 and 1.");
        }
    }
}
