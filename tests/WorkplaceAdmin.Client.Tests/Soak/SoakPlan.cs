using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Client.Tests.Soak;

/// <summary>
/// What a soak run intends (how many people to create, how many groups to fill, how many people to message) and the
/// faults it runs under. Shared by the xunit soak and the benchmark project's longer <c>soak</c> scenario.
/// </summary>
public sealed record SoakPlan
{
    /// <summary>People created through the importer; every one of them joins the "all" group and one department group.</summary>
    public int People { get; init; } = 5000;

    /// <summary>Department groups (besides the "all" group) the people are spread over.</summary>
    public int DepartmentGroups { get; init; } = 4;

    /// <summary>The first people of the run, each sent one direct message.</summary>
    public int Messaged { get; init; } = 1000;

    /// <summary>Every row's email starts with this, so rounds of a long soak never collide.</summary>
    public string Prefix { get; init; } = "soak";

    /// <summary>The emulator's random seed: the same seed replays the same faults.</summary>
    public int RandomSeed { get; init; } = 9009;

    /// <summary>The client's per-attempt timeout; slow responses take <see cref="SlowDelay"/>, well beyond it.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan SlowDelay { get; init; } = TimeSpan.FromSeconds(5);

    public double ServerErrorRate { get; init; } = 0.10;
    public double DropRate { get; init; } = 0.01;
    public double LostResponseRate { get; init; } = 0.01;
    public double SlowRate { get; init; } = 0.01;

    /// <summary>Throttling between bursts (each of Graph code 4 and HTTP 429).</summary>
    public double QuietThrottleRate { get; init; } = 0.02;

    /// <summary>Throttling during a burst (each of Graph code 4 and HTTP 429).</summary>
    public double BurstThrottleRate { get; init; } = 0.4;

    /// <summary>A burst every this often, lasting <see cref="BurstLength"/>.</summary>
    public TimeSpan BurstEvery { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan BurstLength { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The Retry-After of HTTP 429 answers (SCIM and Graph); the client waits it out.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Server options with no faults yet (the groups are set up before the faults start) and this plan's seed.</summary>
    public EmulatorOptions ServerOptions() => new()
    {
        RandomSeed = RandomSeed,
        RetryAfter = RetryAfter,
        SlowDelay = SlowDelay,
        RequestLogCapacity = 200_000,
    };

    /// <summary>Turns the steady faults on (throttling comes from <see cref="SoakThrottleBursts"/>).</summary>
    public void StartFaults(EmulatorControls controls)
    {
        controls.ServerErrorRate = ServerErrorRate;
        controls.DropRate = DropRate;
        controls.LostResponseRate = LostResponseRate;
        controls.SlowRate = SlowRate;
        controls.SlowDelay = SlowDelay;
        controls.RetryAfter = RetryAfter;
        controls.ThrottleRate = QuietThrottleRate;
        controls.Throttle429Rate = QuietThrottleRate;
    }

    public string EmailOf(int n) => $"{Prefix}{n}@soak.example";
}
