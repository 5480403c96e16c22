using WorkplaceAdmin.Emulator.Faults;
using WorkplaceAdmin.Emulator.Graph;
using WorkplaceAdmin.Emulator.Http;
using WorkplaceAdmin.Emulator.Logging;
using WorkplaceAdmin.Emulator.Scim;
using WorkplaceAdmin.Emulator.Seeding;

namespace WorkplaceAdmin.Emulator;

/// <summary>
/// The Workplace from Meta emulator engine: answers Graph (<c>{base}/graph/…</c>) and SCIM (<c>{base}/scim/…</c>)
/// requests over an in-memory community, with injectable latency and faults. Host-agnostic and thread-safe:
/// serve it in-process with <see cref="EmulatorHttpHandler"/> or over loopback with the emulator server.
/// </summary>
public sealed class WorkplaceEmulator
{
    private readonly EngineContext _context;
    private readonly GraphEngine _graph;
    private readonly ScimEngine _scim;

    /// <exception cref="InvalidDataException">The seed is not valid.</exception>
    public WorkplaceEmulator(EmulatorOptions? options = null)
    {
        Options = options ?? new EmulatorOptions();
        Options.Validate();
        var community = SeedLoader.Load(Options);
        if (Options.VerifiedDomains is { } domains)
        {
            community.VerifiedDomains.Clear();
            community.VerifiedDomains.AddRange(domains.Select(d => d.Trim().TrimStart('@').ToLowerInvariant()).Where(d => d.Length > 0));
        }
        _context = new EngineContext(Options, community);
        _context.RefreshSecretTexts();
        _graph = new GraphEngine(_context);
        _scim = new ScimEngine(_context);
        State = new EmulatorState(_context.Community);
        // After seeding: the seed's posts and members are not news to anyone.
        _context.Community.Observer = new Webhooks.WebhookEventSource(_context.Webhooks, _context.Community);
    }

    public EmulatorOptions Options { get; }

    /// <summary>Latency, faults, rate budget and read-only mode, changeable while running.</summary>
    public EmulatorControls Controls => _context.Controls;

    /// <summary>App subscriptions, and the signed deliveries of events to their callbacks.</summary>
    public Webhooks.EmulatorWebhooks Webhooks => _context.Webhooks;

    /// <summary>The calls answered so far (tokens redacted).</summary>
    public RequestLog RequestLog => _context.Log;

    /// <summary>Read access to the community, for tests.</summary>
    public EmulatorState State { get; }

    public IReadOnlyList<EmulatorIntegration> Integrations
    {
        get
        {
            using (_context.Community.Lock.Read())
            {
                return _context.Community.Integrations.ToArray();
            }
        }
    }

    /// <summary>The integration with this name (e.g. <see cref="EmulatorDefaults.AdminIntegrationName"/>).</summary>
    public EmulatorIntegration GetIntegration(string name) =>
        Integrations.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"No integration is named '{name}'.");

    /// <summary>
    /// Adds an integration with the given permissions and fresh credentials, e.g. for permission tests. A test that
    /// searches output for the credentials may choose them (<paramref name="accessToken"/>, <paramref name="appSecret"/>).
    /// </summary>
    public EmulatorIntegration AddIntegration(string name, IEnumerable<string> permissions, bool requireAppSecretProof = false,
        string? accessToken = null, string? appSecret = null)
    {
        var list = permissions.ToArray();
        var unknown = list.FirstOrDefault(p => !EmulatorPermissions.IsKnown(p));
        if (unknown is not null)
        {
            throw new ArgumentException($"Unknown permission '{unknown}'; see EmulatorPermissions.", nameof(permissions));
        }
        EmulatorIntegration integration;
        using (_context.Community.Lock.Write())
        {
            var botKey = _context.Community.Ids.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var appKey = _context.Community.Ids.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
            integration = new EmulatorIntegration(name, accessToken ?? "EMULATOR-TOKEN-" + botKey, appKey, appSecret ?? "emulator-app-secret-" + appKey,
                botKey, list, requireAppSecretProof);
            _context.Community.AddIntegration(integration);
        }
        _context.RefreshSecretTexts();
        return integration;
    }

    /// <summary>Answers one request. Honours latency and faults; a slow response honours <paramref name="cancellationToken"/>.</summary>
    public async Task<EmulatorResponse> HandleAsync(EmulatorRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (delay, fault) = FaultPlanner.Plan(_context.Controls, _context.Random);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
        if (fault == FaultKind.Drop)
        {
            var path = UrlRedactor.Redact(request.Url.PathAndQuery, _context.SecretTexts, out var hadSecret);
            _context.Log.Add(new RequestLogEntry(_context.Now, request.Method, path, 0, hadSecret, null, IsBatchOperation: false));
            return EmulatorResponse.Dropped();
        }
        var surface = ApiSurface.Locate(request.Url);
        var loseResponse = fault == FaultKind.LoseResponse;
        if (loseResponse)
        {
            fault = FaultKind.None;
        }
        var response = surface.Kind switch
        {
            ApiKind.Graph => _graph.Handle(request, surface, fault),
            ApiKind.Scim => _scim.Handle(request, surface, fault),
            _ => NotAnApi(request),
        };
        // The change is made and logged with its real status; only the answer never reaches the client.
        return loseResponse ? EmulatorResponse.Dropped() : response;
    }

    private EmulatorResponse NotAnApi(EmulatorRequest request)
    {
        var error = new GraphException(404, EmulatorErrorCodes.InvalidParameter,
            $"(#100) Unknown path components: {request.Url.AbsolutePath} — the emulator serves Graph under /graph/ and SCIM under /scim/");
        var path = UrlRedactor.Redact(request.Url.PathAndQuery, _context.SecretTexts, out var hadSecret);
        _context.Log.Add(new RequestLogEntry(_context.Now, request.Method, path, 404, hadSecret, null, IsBatchOperation: false));
        return new EmulatorResponse(404, GraphErrorEnvelope.Write(error, "AEmulator404"), EmulatorResponse.JsonContentType,
            [AppUsageHeader.For(_context.Controls.PercentUsed)]);
    }
}
