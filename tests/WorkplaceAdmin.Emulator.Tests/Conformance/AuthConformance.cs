using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>Tokens and app secret proofs (workplace-api.md §1.2–§1.4).</summary>
public abstract class AuthConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    private const string Token = EmulatorDefaults.AdminToken;
    private const string Secret = EmulatorDefaults.AdminAppSecret;

    [Fact]
    public async Task Missing_or_unknown_token_is_190()
    {
        Expect.GraphError(await Api.Get("community", token: null), 400, 190);
        Expect.GraphError(await Api.Get("community", token: "not-a-token"), 400, 190);
    }

    [Fact]
    public async Task Token_may_come_as_access_token_in_the_query_or_the_form()
    {
        Expect.Ok(await Api.Get($"community?access_token={Token}", token: null));
        var name = "Form token " + Api.Unique();
        var created = await Api.PostForm("community/groups", [new("name", name), new("access_token", Token)], token: null);
        Expect.Ok(created);
        Assert.NotNull(Emulator.State.FindGroupByName(name));
    }

    [Fact]
    public async Task A_wrong_proof_is_refused_even_when_not_required()
    {
        Expect.GraphError(await Api.Get("community?appsecret_proof=00ff"), 400, 100);
        Expect.Ok(await Api.Get("community?" + Proofs.TimeForm(Token, Secret, DateTimeOffset.UtcNow)));
    }

    [Fact]
    public async Task Required_proof_accepts_the_workplace_and_classic_forms_only()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { RequireProof = true });
        var api = new Api(host);
        Assert.True(host.Emulator.GetIntegration(EmulatorDefaults.AdminIntegrationName).RequireAppSecretProof);

        var missing = Expect.GraphError(await api.Get("community"), 400, 100);
        Assert.Contains("appsecret_proof", missing.GetProperty("message").GetString());
        Expect.Ok(await api.Get("community?" + Proofs.TimeForm(Token, Secret, DateTimeOffset.UtcNow)));
        Expect.Ok(await api.Get("community?" + Proofs.TimeForm(Token, Secret, DateTimeOffset.UtcNow.AddMinutes(-4))));
        Expect.Ok(await api.Get($"community?appsecret_proof={Proofs.Hmac(Secret, Token)}"));
        Expect.GraphError(await api.Get("community?" + Proofs.TimeForm(Token, "wrong-secret", DateTimeOffset.UtcNow)), 400, 100);
        Expect.GraphError(await api.Get("community?" + Proofs.TimeForm(Token, Secret, DateTimeOffset.UtcNow.AddMinutes(-6))), 400, 100);
        Expect.GraphError(await api.Get("community?" + Proofs.TimeForm(Token, Secret, DateTimeOffset.UtcNow.AddMinutes(6))), 400, 100);

        // The other integration does not require it; SCIM checks the same proof.
        Expect.Ok(await api.Get("community", Api.ReadOnly));
        Expect.ScimError(await api.Scim(HttpMethod.Get, "Users"), 401);
        Expect.Ok(await api.Scim(HttpMethod.Get, "Users?" + Proofs.TimeForm(Token, Secret, DateTimeOffset.UtcNow)));
    }

    [Fact]
    public async Task Batch_operations_inherit_the_envelopes_proof()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { RequireProof = true });
        var api = new Api(host);
        var proof = Proofs.TimeForm(Token, Secret, DateTimeOffset.UtcNow);
        var response = await api.PostForm("?" + proof, ("batch", """[{"method":"GET","relative_url":"community"},{"method":"GET","relative_url":"me"}]"""));
        Expect.Ok(response);
        Assert.All(response.Json.EnumerateArray(), r => Assert.Equal(200, r.GetProperty("code").GetInt32()));
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class AuthInMemory(InMemoryFixture fixture) : AuthConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class AuthOverKestrel(KestrelFixture fixture) : AuthConformance(fixture);
