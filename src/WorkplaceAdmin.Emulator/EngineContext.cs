using WorkplaceAdmin.Emulator.Faults;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator;

/// <summary>What every request handler shares: the community, the options, the controls, the clock and the log.</summary>
internal sealed class EngineContext
{
    public EngineContext(EmulatorOptions options, Community community)
    {
        Options = options;
        Community = community;
        Controls = new EmulatorControls(options);
        Log = new RequestLog(options.RequestLogCapacity);
        Random = new FaultRandom(options.RandomSeed);
        Clock = options.TimeProvider;
        Webhooks = new Webhooks.EmulatorWebhooks(options.Webhooks);
    }

    public EmulatorOptions Options { get; }
    public Community Community { get; }
    public EmulatorControls Controls { get; }
    public RequestLog Log { get; }
    public FaultRandom Random { get; }
    public TimeProvider Clock { get; }
    public Webhooks.EmulatorWebhooks Webhooks { get; }

    /// <summary>Token texts (raw and percent-encoded) that must never reach the log; rebuilt when integrations change.</summary>
    public IReadOnlyList<string> SecretTexts { get; private set; } = [];

    public DateTimeOffset Now => Clock.GetUtcNow();

    public void RefreshSecretTexts()
    {
        using (Community.Lock.Read())
        {
            SecretTexts = Community.Integrations
                .SelectMany(i => new[] { i.AccessToken, i.AppToken, i.AppSecret })
                .SelectMany(Logging.UrlRedactor.FormsOf)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
        }
    }
}
