using WorkplaceAdmin.Client.Tests.Integration;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Client.Tests.Support;

/// <summary>An emulator (demo community unless told) with an in-memory client, and the request counts tests assert on.</summary>
public sealed class EmulatorBed : IDisposable
{
    public const string Ava = "ava.ross@contoso.example";
    public const string Ben = "ben.carter@contoso.example";
    public const string Chloe = "chloe.nguyen@contoso.example";

    public EmulatorBed(EmulatorOptions? options = null, string token = EmulatorDefaults.AdminToken)
    {
        Emulator = new WorkplaceEmulator(options);
        Client = EmulatorClients.InMemory(Emulator, token);
    }

    public WorkplaceEmulator Emulator { get; }
    public WorkplaceClient Client { get; }

    public string IdOf(string email) => Emulator.State.FindPersonByEmail(email)?.Id ?? throw new InvalidOperationException($"No person {email}.");

    public EmulatorGroupInfo GroupNamed(string name) => Emulator.State.FindGroupByName(name) ?? throw new InvalidOperationException($"No group {name}.");

    /// <summary>HTTP requests the emulator answered since the last <see cref="ForgetRequests"/> (operations inside a batch are not requests).</summary>
    public int HttpRequests => Emulator.RequestLog.Snapshot().Count(entry => !entry.IsBatchOperation);

    /// <summary>Operations run inside batch requests since the last <see cref="ForgetRequests"/>.</summary>
    public int BatchOperations => Emulator.RequestLog.Snapshot().Count(entry => entry.IsBatchOperation);

    public void ForgetRequests() => Emulator.RequestLog.Clear();

    public async Task<string> NewGroupAsync(string? name = null, string admin = Ava) =>
        (await Client.CreateGroupAsync(new WorkplaceGroupSettings { Name = name ?? "Group " + Guid.NewGuid().ToString("N")[..8], AdminId = IdOf(admin) })).Id;

    public void Dispose() => Client.Dispose();
}
