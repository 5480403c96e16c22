using System.Globalization;

namespace WorkplaceAdmin.Emulator.Server;

/// <summary>Parses the server's flags (see <see cref="Help"/>) into <see cref="ServerSettings"/>; usable by other hosts too.</summary>
public static class ServerCommandLine
{
    public const int DefaultPort = 5080;

    public const string Help = """
        Workplace from Meta API emulator (Graph + SCIM) on 127.0.0.1.

        Usage: WorkplaceAdmin.Emulator.Server [options]

        Options:
          --port N                  TCP port on 127.0.0.1 (default 5080; 0 picks a free port)
          --seed SEED               demo (default) | PATH to a JSON seed | generated:PEOPLE,GROUPS[,MEMBERS_PER_GROUP]
          --latency DURATION        fixed delay per response, e.g. 25ms, 1.5s (default 0)
          --jitter DURATION         random extra delay between 0 and DURATION (default 0)
          --faults LIST             fault rates between 0 and 1, comma separated:
                                      5xx=R       Graph code 1/2 with HTTP 500/503
                                      throttle=R  Graph code 4 (HTTP 400, is_transient)
                                      429=R       HTTP 429 with Retry-After
                                      drop=R      connection aborted without a response
                                      lost=R      request carried out, then the connection aborted
                                      slow=R      response delayed by --slow-delay
                                    e.g. --faults 5xx=0.05,throttle=0.02,drop=0.01
          --slow-delay DURATION     delay of a slow response (default 30s)
          --retry-after DURATION    Retry-After of injected 429s (default 1s)
          --rate-budget N           total calls allowed; then Graph code 613 and SCIM HTTP 429
          --read-only               every write fails (Graph code 200 subcode 2000001; SCIM 403)
          --require-proof           the Admin Integration requires appsecret_proof (+ appsecret_time)
          --random-seed N           seed for faults and jitter (reproducible runs)
          --page-limit N            largest Graph limit / SCIM count honoured (default 1000)
          --log-capacity N          request log entries kept in memory (default 10000)
          --verified-domains LIST   comma-separated verified email domains; SCIM refuses accounts on others
                                    (default: the seed's, or any domain)
          --export-duration D       how long a data export job takes to complete (default 3s)
          --export-fails            data export jobs end FAILED instead of COMPLETED
          -h, --help                show this help

        On start one JSON line is printed with the Graph and SCIM URLs and the seeded integrations
        (name, token, app id, app secret, permissions), followed by human-readable lines.
        Stop with Ctrl+C or SIGTERM.
        """;

    public static ServerSettings Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        var port = DefaultPort;
        for (var i = 0; i < args.Count; i++)
        {
            var (flag, inlineValue) = Split(args[i]);
            string Value()
            {
                if (inlineValue is not null)
                {
                    return inlineValue;
                }
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new CommandLineException($"{flag} needs a value.");
                }
                return args[++i];
            }
            switch (flag)
            {
                case "-h" or "--help" or "-?":
                    return new ServerSettings(options, port, ShowHelp: true);
                case "--port":
                    port = Integer(flag, Value(), 0, 65535);
                    break;
                case "--seed":
                    options.Seed = Value();
                    break;
                case "--latency":
                    options.Latency = Duration(flag, Value());
                    break;
                case "--jitter":
                    options.LatencyJitter = Duration(flag, Value());
                    break;
                case "--slow-delay":
                    options.SlowDelay = Duration(flag, Value());
                    break;
                case "--retry-after":
                    options.RetryAfter = Duration(flag, Value());
                    break;
                case "--faults":
                    ApplyFaults(options, Value());
                    break;
                case "--rate-budget":
                    options.RateBudget = Integer(flag, Value(), 0, int.MaxValue);
                    break;
                case "--read-only":
                    options.ReadOnly = true;
                    break;
                case "--require-proof":
                    options.RequireProof = true;
                    break;
                case "--random-seed":
                    options.RandomSeed = Integer(flag, Value(), int.MinValue, int.MaxValue);
                    break;
                case "--page-limit":
                    options.MaxPageLimit = Integer(flag, Value(), options.DefaultPageLimit, 100_000);
                    break;
                case "--log-capacity":
                    options.RequestLogCapacity = Integer(flag, Value(), 1, 10_000_000);
                    break;
                case "--verified-domains":
                    options.VerifiedDomains = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--export-duration":
                    options.ExportJobDuration = Duration(flag, Value());
                    break;
                case "--export-fails":
                    options.ExportJobsFail = true;
                    break;
                default:
                    throw new CommandLineException($"Unknown option '{args[i]}'.");
            }
        }
        return new ServerSettings(options, port, ShowHelp: false);
    }

    private static (string Flag, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=');
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 2 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static void ApplyFaults(EmulatorOptions options, string list)
    {
        foreach (var item in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate)
                || rate < 0 || rate > 1)
            {
                throw new CommandLineException($"--faults item '{item}' must be NAME=RATE with RATE between 0 and 1.");
            }
            switch (parts[0].ToLowerInvariant())
            {
                case "5xx":
                    options.ServerErrorRate = rate;
                    break;
                case "throttle":
                    options.ThrottleRate = rate;
                    break;
                case "429":
                    options.Throttle429Rate = rate;
                    break;
                case "drop":
                    options.DropRate = rate;
                    break;
                case "slow":
                    options.SlowRate = rate;
                    break;
                case "lost":
                    options.LostResponseRate = rate;
                    break;
                default:
                    throw new CommandLineException($"--faults knows 5xx, throttle, 429, drop, lost and slow, not '{parts[0]}'.");
            }
        }
    }

    private static int Integer(string flag, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CommandLineException($"{flag} needs a whole number between {min} and {max}, not '{text}'.");

    private static TimeSpan Duration(string flag, string text) =>
        DurationParser.TryParse(text, out var duration)
            ? duration
            : throw new CommandLineException($"{flag} needs a duration like 25ms, 2s or 1m, not '{text}'.");
}
