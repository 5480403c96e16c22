namespace WorkplaceAdmin.Benchmarks.Harness;

/// <summary>What a scenario is given: how long and how hard to run, extra settings, and where to report progress.</summary>
public sealed class BenchmarkContext
{
    public BenchmarkContext(TimeSpan duration, int concurrency, bool inProcess, IReadOnlyDictionary<string, string> settings, TextWriter log)
    {
        Duration = duration;
        Concurrency = concurrency;
        InProcess = inProcess;
        Settings = settings;
        Log = log;
    }

    /// <summary>How long the measured phase lasts (after warm-up).</summary>
    public TimeSpan Duration { get; }

    /// <summary>How many requests are kept in flight.</summary>
    public int Concurrency { get; }

    /// <summary>Host the emulator server inside the harness process instead of a separate one.</summary>
    public bool InProcess { get; }

    /// <summary>Extra <c>--set key=value</c> settings for scenarios that need them.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    public TextWriter Log { get; }

    public string Setting(string key, string fallback) => Settings.TryGetValue(key, out var value) ? value : fallback;
}
