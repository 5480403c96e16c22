using System.Runtime.CompilerServices;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Connection;

/// <summary>
/// An in-process emulator behind a connection made with Connect-Workplace -Emulator: a fresh community each time,
/// reached through the in-memory handler, connected as one of its seeded integrations.
/// </summary>
internal sealed class EmbeddedEmulator
{
    private static readonly ConditionalWeakTable<WorkplaceConnection, WorkplaceEmulator> ByConnection = new();

    private EmbeddedEmulator(WorkplaceEmulator emulator, EmulatorIntegration integration)
    {
        Emulator = emulator;
        Integration = integration;
        Handler = new EmulatorHttpHandler(emulator);
    }

    public WorkplaceEmulator Emulator { get; }

    public EmulatorIntegration Integration { get; }

    public EmulatorHttpHandler Handler { get; }

    public string AccessToken => Integration.AccessToken;

    public string? AppSecret => Integration.RequireAppSecretProof ? Integration.AppSecret : null;

    public Uri GraphUri => EmulatorHttpHandler.GraphBaseUri;

    public Uri ScimUri => EmulatorHttpHandler.ScimBaseUri;

    /// <summary>Starts an emulator from a seed and picks the integration by name (the first, full-permission one by default).</summary>
    public static EmbeddedEmulator Start(string seed, string? integrationName)
    {
        var emulator = new WorkplaceEmulator(new EmulatorOptions { Seed = seed });
        var integration = integrationName is null
            ? emulator.Integrations[0]
            : emulator.Integrations.FirstOrDefault(i => string.Equals(i.Name, integrationName, StringComparison.OrdinalIgnoreCase))
              ?? throw new ArgumentException(
                  $"The emulator has no integration named '{integrationName}'. Its integrations are: {string.Join(", ", emulator.Integrations.Select(i => $"'{i.Name}'"))}.",
                  nameof(integrationName));
        return new EmbeddedEmulator(emulator, integration);
    }

    /// <summary>Remembers which emulator serves a connection, so it can be inspected later.</summary>
    public void Attach(WorkplaceConnection connection) => ByConnection.AddOrUpdate(connection, Emulator);

    /// <summary>Records that a connection made another way (with a saved link) is served by this emulator.</summary>
    public static void Attach(WorkplaceConnection connection, WorkplaceEmulator emulator) => ByConnection.AddOrUpdate(connection, emulator);

    public static WorkplaceEmulator? Of(WorkplaceConnection connection) =>
        ByConnection.TryGetValue(connection, out var emulator) ? emulator : null;
}
