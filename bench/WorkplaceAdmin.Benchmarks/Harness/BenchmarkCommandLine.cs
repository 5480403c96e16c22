using System.Globalization;

namespace WorkplaceAdmin.Benchmarks.Harness;

/// <summary>The harness's command line.</summary>
public sealed record BenchmarkCommandLine(IReadOnlyList<string> Scenarios, TimeSpan Duration, int Concurrency, bool InProcess, bool List,
    bool Help, string? JsonPath, IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>The report mode: issue 9's scenarios at each of <see cref="Latencies"/>, as one markdown table.</summary>
    public bool Report { get; init; }

    /// <summary>Server latencies of the report, e.g. 0ms and 25ms.</summary>
    public IReadOnlyList<string> Latencies { get; init; } = ["0ms", "25ms"];

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/WorkplaceAdmin.Benchmarks -- [scenario ...] [options]

          (no scenario)        run every scenario
          --list               list the scenarios
          --duration SECONDS   measured time per scenario (default 10)
          --concurrency N      requests in flight (default 32)
          --in-process         host the emulator server in the harness process (default: separate process)
          --set KEY=VALUE      scenario setting (repeatable), e.g. --set seed=generated:100000,10
          --json PATH          also write the results as JSON
          --report             issue 9's five scenarios against their sequential baselines, each in its own process,
                               at each latency, as one markdown table (scenario names narrow it down)
          --latency LIST       the report's server latencies (default 0ms,25ms)
          -h, --help           this help
        """;

    public static BenchmarkCommandLine Parse(IReadOnlyList<string> args)
    {
        var scenarios = new List<string>();
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        TimeSpan duration = TimeSpan.FromSeconds(10);
        int concurrency = 32;
        bool inProcess = false, list = false, help = false, report = false;
        IReadOnlyList<string> latencies = ["0ms", "25ms"];
        string? json = null;
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--duration":
                    duration = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture));
                    break;
                case "--concurrency":
                    concurrency = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--in-process":
                    inProcess = true;
                    break;
                case "--list":
                    list = true;
                    break;
                case "--report":
                    report = true;
                    break;
                case "--latency":
                    latencies = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (latencies.Count == 0 || latencies.Any(l => !l.EndsWith("ms", StringComparison.Ordinal) || !int.TryParse(l[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
                    {
                        throw new ArgumentException("--latency expects milliseconds such as 0ms,25ms.");
                    }
                    break;
                case "--json":
                    json = Next();
                    break;
                case "--set":
                    var pair = Next().Split('=', 2);
                    settings[pair[0]] = pair.Length == 2 ? pair[1] : "";
                    break;
                case "-h" or "--help":
                    help = true;
                    break;
                default:
                    if (args[i].StartsWith('-'))
                    {
                        throw new ArgumentException($"Unknown option {args[i]}.");
                    }
                    scenarios.Add(args[i]);
                    break;
            }
        }
        if (duration <= TimeSpan.Zero || duration > TimeSpan.FromHours(1) || concurrency < 1 || concurrency > 4096)
        {
            throw new ArgumentException("--duration must be 0..3600 s and --concurrency 1..4096.");
        }
        return new BenchmarkCommandLine(scenarios, duration, concurrency, inProcess, list, help, json, settings)
        {
            Report = report,
            Latencies = latencies,
        };
    }
}
