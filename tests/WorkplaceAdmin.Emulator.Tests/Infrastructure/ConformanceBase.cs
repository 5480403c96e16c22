using System.Text.Json;

namespace WorkplaceAdmin.Emulator.Tests.Infrastructure;

/// <summary>
/// Base of the conformance classes: each derived pair (in-memory, Kestrel) runs the same facts against a shared
/// demo community, so facts create what they change and never rely on another fact's changes.
/// </summary>
public abstract class ConformanceBase(HostFixture fixture)
{
    protected Api Api { get; } = new(fixture.Host);
    protected HostKind Kind => fixture.Kind;
    protected WorkplaceEmulator Emulator => fixture.Host.Emulator;

    protected const string AvaEmail = "ava.ross@contoso.example";
    protected const string BenEmail = "ben.carter@contoso.example";

    protected string IdOf(string email) => Emulator.State.FindPersonByEmail(email)?.Id ?? throw new InvalidOperationException($"No {email}");

    protected string GroupIdOf(string name) => Emulator.State.FindGroupByName(name)?.Id ?? throw new InvalidOperationException($"No group {name}");

    /// <summary>A dedicated host of the same kind with its own options (faults, read-only, proof…).</summary>
    protected Task<EmulatorHost> DedicatedHostAsync(EmulatorOptions options) => EmulatorHost.StartAsync(Kind, options);

    /// <summary>Creates a group through the API, with <paramref name="adminEmail"/> as its first admin.</summary>
    protected async Task<string> CreateGroupAsync(string? name = null, string adminEmail = AvaEmail, string privacy = "CLOSED")
    {
        var response = await Api.PostForm("community/groups", ("name", name ?? "Test group " + Api.Unique()), ("privacy", privacy), ("admin", IdOf(adminEmail)));
        Expect.Ok(response);
        return response.Json.GetProperty("id").GetString()!;
    }

    /// <summary>Creates an unclaimed account through SCIM and returns its id.</summary>
    protected async Task<string> CreatePersonAsync(string? email = null, string? externalId = null)
    {
        email ??= $"test.{Api.Unique()}@contoso.example";
        var json = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["schemas"] = new[] { "urn:ietf:params:scim:schemas:core:2.0:User" },
            ["userName"] = email,
            ["externalId"] = externalId,
            ["name"] = new { givenName = "Test", familyName = "Person" },
        });
        var response = await Api.Scim(HttpMethod.Post, "Users", json);
        Expect.Ok(response, 201);
        return response.Json.GetProperty("id").GetString()!;
    }
}
