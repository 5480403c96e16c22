using System.Text.Json;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>SCIM 2.0 users and people sets (workplace-api.md §5, A6).</summary>
public abstract class ScimConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    private const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private const string Status = "urn:ietf:params:scim:schemas:extension:facebook:accountstatusdetails:2.0:User";
    private const string AuthMethod = "urn:ietf:params:scim:schemas:extension:facebook:authmethod:2.0:User";

    [Fact]
    public async Task A6_lookup_by_userName_then_deactivate_with_patch_and_put()
    {
        var email = $"scim.{Api.Unique()}@contoso.example";
        var id = await CreatePersonAsync(email);
        var list = await Api.Scim(HttpMethod.Get, $"Users?filter={Uri.EscapeDataString($"userName eq \"{email}\"")}");
        Expect.Ok(list);
        var json = list.Json;
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:ListResponse", json.GetProperty("schemas")[0].GetString());
        Assert.Equal(1, json.GetProperty("totalResults").GetInt32());
        Assert.Equal(1, json.GetProperty("itemsPerPage").GetInt32());
        Assert.Equal(1, json.GetProperty("startIndex").GetInt32());
        var user = json.GetProperty("Resources")[0];
        Assert.Equal(id, user.GetProperty("id").GetString());
        Assert.Equal(email, user.GetProperty("userName").GetString());
        Assert.True(user.GetProperty("active").GetBoolean());
        Assert.Equal("Test Person", user.GetProperty("name").GetProperty("formatted").GetString());
        Assert.True(user.TryGetProperty(Status, out _));

        var patch = await Api.Scim(HttpMethod.Patch, $"Users/{id}",
            """{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":false}]}""");
        Expect.Ok(patch);
        Assert.False(patch.Json.GetProperty("active").GetBoolean());
        Assert.False(Emulator.State.FindPerson(id)!.Active);

        var put = await Api.Scim(HttpMethod.Put, $"Users/{id}", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true}""");
        Expect.Ok(put);
        Assert.True(put.Json.GetProperty("active").GetBoolean());
        Assert.Equal(email, put.Json.GetProperty("userName").GetString());
    }

    [Fact]
    public async Task Seeded_users_expose_account_status_as_unix_seconds()
    {
        var response = await Api.Scim(HttpMethod.Get, $"Users/{IdOf(BenEmail)}");
        Expect.Ok(response);
        var status = response.Json.GetProperty(Status);
        Assert.True(status.GetProperty("claimed").GetBoolean());
        Assert.True(status.GetProperty("invited").GetBoolean());
        Assert.Equal(JsonValueKind.Number, status.GetProperty("claimDate").ValueKind);
        Assert.True(status.GetProperty("inviteDate").GetInt64() > 1_500_000_000);
        Assert.Equal(IdOf(AvaEmail), response.Json.GetProperty(Enterprise).GetProperty("manager").GetProperty("managerId").GetString());
        Assert.Equal("Technology", response.Json.GetProperty(Enterprise).GetProperty("department").GetString());
        Assert.Equal(Api.Host.ScimUri + "Users/" + IdOf(BenEmail), response.Json.GetProperty("meta").GetProperty("location").GetString());
    }

    [Fact]
    public async Task Users_list_is_one_based_and_pages_with_count()
    {
        var first = await Api.Scim(HttpMethod.Get, "Users?startIndex=1&count=10");
        var second = await Api.Scim(HttpMethod.Get, "Users?startIndex=11&count=10");
        Assert.Equal(10, first.Json.GetProperty("Resources").GetArrayLength());
        Assert.Equal(11, second.Json.GetProperty("startIndex").GetInt32());
        var total = first.Json.GetProperty("totalResults").GetInt32();
        Assert.True(total >= 42);
        var firstIds = first.Json.GetProperty("Resources").EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToArray();
        var secondIds = second.Json.GetProperty("Resources").EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToArray();
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.Equal(IdOf(AvaEmail), firstIds[0]);

        var beyond = await Api.Scim(HttpMethod.Get, $"Users?startIndex={total + 5}");
        Assert.Equal(0, beyond.Json.GetProperty("itemsPerPage").GetInt32());
        var all = await Api.Scim(HttpMethod.Get, "Users");
        Assert.Equal(Math.Min(total, 100), all.Json.GetProperty("Resources").GetArrayLength());
    }

    [Fact]
    public async Task Filter_by_externalId_and_no_match_gives_empty_resources()
    {
        var byExternal = await Api.Scim(HttpMethod.Get, "Users?filter=" + Uri.EscapeDataString("externalId eq \"contoso-1002\""));
        Assert.Equal(IdOf(BenEmail), byExternal.Json.GetProperty("Resources")[0].GetProperty("id").GetString());
        var none = await Api.Scim(HttpMethod.Get, "Users?filter=" + Uri.EscapeDataString("userName eq \"nobody@contoso.example\""));
        Assert.Equal(0, none.Json.GetProperty("totalResults").GetInt32());
        Assert.Empty(none.Json.GetProperty("Resources").EnumerateArray());
    }

    [Theory]
    [InlineData("userName co \"ava\"")]
    [InlineData("title eq \"CEO\"")]
    [InlineData("userName eq \"a@b.com\" and active eq true")]
    [InlineData("userName eq ava")]
    [InlineData("garbage")]
    public async Task Any_other_filter_is_400_invalidFilter(string filter)
    {
        Expect.ScimError(await Api.Scim(HttpMethod.Get, "Users?filter=" + Uri.EscapeDataString(filter)), 400, "invalidFilter");
    }

    [Fact]
    public async Task Create_answers_201_with_location_and_userName_must_be_unique()
    {
        var email = $"created.{Api.Unique()}@contoso.example";
        var body = $$$"""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","{{{Enterprise}}}"],
             "userName":"{{{email}}}","externalId":"ext-{{{email}}}","name":{"givenName":"New","familyName":"Hire"},
             "title":"Analyst","active":true,
             "{{{Enterprise}}}":{"department":"Finance","manager":{"managerId":"{{{IdOf(AvaEmail)}}}"}},
             "{{{AuthMethod}}}":{"authMethod":"sso"}}
            """;
        var created = await Api.Scim(HttpMethod.Post, "Users", body);
        Expect.Ok(created, 201);
        var id = created.Json.GetProperty("id").GetString()!;
        Assert.Equal(Api.Host.ScimUri + "Users/" + id, created.Header("Location"));
        var person = Emulator.State.FindPerson(id)!;
        Assert.Equal("New Hire", person.Name);
        Assert.Equal("Finance", person.Department);
        Assert.Equal(IdOf(AvaEmail), person.ManagerId);
        Assert.Equal("sso", person.AuthMethod);
        Assert.False(person.Claimed);

        Expect.ScimError(await Api.Scim(HttpMethod.Post, "Users", body), 409, "uniqueness");
    }

    [Fact]
    public async Task Create_requires_userName_and_name()
    {
        Expect.ScimError(await Api.Scim(HttpMethod.Post, "Users", """{"name":{"givenName":"No","familyName":"Email"}}"""), 400, "invalidValue");
        Expect.ScimError(await Api.Scim(HttpMethod.Post, "Users", """{"userName":"noname@contoso.example"}"""), 400, "invalidValue");
        Expect.ScimError(await Api.Scim(HttpMethod.Post, "Users", """{"userName":"not-an-email","name":{"givenName":"x"}}"""), 400, "invalidValue");
    }

    [Fact]
    public async Task Email_less_accounts_need_an_external_id_and_are_invited()
    {
        var external = "frontline-" + Api.Unique();
        var created = await Api.Scim(HttpMethod.Post, "Users", $$$"""{"externalId":"{{{external}}}","name":{"givenName":"Shift","familyName":"Worker"}}""");
        Expect.Ok(created, 201);
        Assert.False(created.Json.TryGetProperty("userName", out _));
        Assert.True(created.Json.GetProperty(Status).GetProperty("invited").GetBoolean());
        Assert.NotNull(Emulator.State.FindPersonByExternalId(external));
    }

    [Fact]
    public async Task Put_is_lenient_and_keeps_attributes_it_does_not_mention()
    {
        var id = await CreatePersonAsync();
        Expect.Ok(await Api.Scim(HttpMethod.Put, $"Users/{id}", """{"title":"Engineer","locale":"en_GB"}"""));
        var person = Emulator.State.FindPerson(id)!;
        Assert.Equal("Engineer", person.Title);
        Assert.Equal("Test", person.FirstName);
        Assert.True(person.Active);
    }

    [Fact]
    public async Task Patch_supports_add_replace_remove_and_extension_paths()
    {
        var id = await CreatePersonAsync();
        var patch = $$$"""
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
              {"op":"replace","path":"{{{Enterprise}}}:department","value":"Legal"},
              {"op":"add","path":"title","value":"Counsel"},
              {"op":"Replace","path":"name.givenName","value":"Renamed"},
              {"op":"replace","path":"{{{AuthMethod}}}:authMethod","value":"sso"},
              {"op":"replace","value":{"nickName":"Nick","active":"False"}},
              {"op":"replace","path":"phoneNumbers[type eq \"work\"].value","value":"+1-555-0100"}
            ]}
            """;
        var response = await Api.Scim(HttpMethod.Patch, $"Users/{id}", patch);
        Expect.Ok(response);
        Assert.Equal("Legal", response.Json.GetProperty(Enterprise).GetProperty("department").GetString());
        Assert.Equal("Counsel", response.Json.GetProperty("title").GetString());
        Assert.Equal("Renamed", response.Json.GetProperty("name").GetProperty("givenName").GetString());
        Assert.Equal("sso", response.Json.GetProperty(AuthMethod).GetProperty("authMethod").GetString());
        Assert.Equal("Nick", response.Json.GetProperty("nickName").GetString());
        Assert.False(response.Json.GetProperty("active").GetBoolean());
        Assert.Equal("+1-555-0100", response.Json.GetProperty("phoneNumbers")[0].GetProperty("value").GetString());

        var remove = await Api.Scim(HttpMethod.Patch, $"Users/{id}",
            $$$"""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"remove","path":"{{{Enterprise}}}:department"}]}""");
        Expect.Ok(remove);
        Assert.False(remove.Json.GetProperty(Enterprise).TryGetProperty("department", out _));
    }

    [Theory]
    [InlineData("""{"Operations":[{"op":"replace","path":"favouriteColour","value":"blue"}]}""", "invalidPath")]
    [InlineData("""{"Operations":[{"op":"move","path":"title","value":"x"}]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[{"op":"replace","path":"active","value":"perhaps"}]}""", "invalidValue")]
    [InlineData("""{"Operations":[{"op":"remove","path":"userName"}]}""", "invalidValue")]
    [InlineData("""{"schemas":[]}""", "invalidSyntax")]
    [InlineData("""{"Operations":[{"op":"replace","path":"title","value":"ok"},{"op":"replace","path":"active","value":7}]}""", "invalidValue")]
    public async Task Invalid_patches_are_400_and_change_nothing(string patch, string scimType)
    {
        var id = await CreatePersonAsync();
        Expect.ScimError(await Api.Scim(HttpMethod.Patch, $"Users/{id}", patch), 400, scimType);
        Assert.Null(Emulator.State.FindPerson(id)!.Title);
    }

    [Fact]
    public async Task Claimed_accounts_answer_412_even_after_an_unclaim()
    {
        var ben = IdOf(BenEmail);
        Expect.ScimError(await Api.Scim(HttpMethod.Delete, $"Users/{ben}"), 412);
        Assert.NotNull(Emulator.State.FindPerson(ben));

        // WPS UnclaimInBulk sends invited/claimed top-level; the extension form works as well.
        var samuel = IdOf("samuel.owusu@contoso.example");
        Expect.Ok(await Api.Scim(HttpMethod.Put, $"Users/{samuel}", """{"invited":true,"claimed":false}"""));
        Assert.False(Emulator.State.FindPerson(samuel)!.Claimed);
        Assert.True(Emulator.State.FindPerson(samuel)!.Invited);
        Expect.ScimError(await Api.Scim(HttpMethod.Delete, $"Users/{samuel}"), 412);
    }

    [Fact]
    public async Task Never_claimed_accounts_can_be_deleted()
    {
        var id = await CreatePersonAsync();
        var deleted = await Api.Scim(HttpMethod.Delete, $"Users/{id}");
        Expect.Ok(deleted);
        Assert.Null(Emulator.State.FindPerson(id));
        Expect.ScimError(await Api.Scim(HttpMethod.Get, $"Users/{id}"), 404);
    }

    [Fact]
    public async Task Scim_users_and_graph_members_are_the_same_people()
    {
        var id = await CreatePersonAsync();
        Expect.Success(await Api.PostForm(id, ("title", "Set through Graph")));
        var scim = await Api.Scim(HttpMethod.Get, $"Users/{id}");
        Assert.Equal("Set through Graph", scim.Json.GetProperty("title").GetString());
        Expect.Ok(await Api.Scim(HttpMethod.Patch, $"Users/{id}",
            """{"Operations":[{"op":"replace","path":"title","value":"Set through SCIM"}]}"""));
        var graph = await Api.Get($"{id}?fields=title");
        Assert.Equal("Set through SCIM", graph.Json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Requests_without_user_agent_are_400()
    {
        Expect.ScimError(await Api.Scim(HttpMethod.Get, "Users", userAgent: null), 400);
    }

    [Fact]
    public async Task Bad_tokens_are_401_and_missing_permission_is_403()
    {
        Expect.ScimError(await Api.Scim(HttpMethod.Get, "Users", token: null), 401);
        Expect.ScimError(await Api.Scim(HttpMethod.Get, "Users", token: "bogus"), 401);
        var forbidden = Expect.ScimError(await Api.Scim(HttpMethod.Get, "Users", token: Api.ReadOnly), 403);
        Assert.Contains("manage_accounts", forbidden.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Discovery_endpoints_describe_the_service()
    {
        var config = await Api.Scim(HttpMethod.Get, "ServiceProviderConfigs");
        Expect.Ok(config);
        Assert.True(config.Json.GetProperty("patch").GetProperty("supported").GetBoolean());
        Assert.Equal(EmulatorOptions.DefaultMaxPageLimit, config.Json.GetProperty("filter").GetProperty("maxResults").GetInt32());
        var schema = await Api.Scim(HttpMethod.Get, "Schemas/Users");
        Expect.Ok(schema);
        Assert.Equal("urn:ietf:params:scim:schemas:core:2.0:User", schema.Json.GetProperty("id").GetString());
        Assert.Contains(schema.Json.GetProperty("attributes").EnumerateArray(), a => a.GetProperty("name").GetString() == "userName");
    }

    [Fact]
    public async Task People_sets_can_be_created_read_replaced_and_deleted()
    {
        var name = "Set " + Api.Unique();
        var created = await Api.Scim(HttpMethod.Post, "Groups",
            $$$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"{{{name}}}","members":[{"type":"user","value":"{{{IdOf(AvaEmail)}}}"}]}""");
        Expect.Ok(created, 201);
        var id = created.Json.GetProperty("id").GetString()!;
        Assert.Equal(IdOf(AvaEmail), created.Json.GetProperty("members")[0].GetProperty("value").GetString());

        var replaced = await Api.Scim(HttpMethod.Put, $"Groups/{id}",
            $$$"""{"displayName":"{{{name}}}","members":[{"value":"{{{IdOf(BenEmail)}}}"}]}""");
        Assert.Equal([IdOf(BenEmail)], replaced.Json.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("value").GetString()!).ToArray());
        var found = await Api.Scim(HttpMethod.Get, "Groups?filter=" + Uri.EscapeDataString($"displayName eq \"{name}\""));
        Assert.Equal(1, found.Json.GetProperty("totalResults").GetInt32());
        Expect.ScimError(await Api.Scim(HttpMethod.Post, "Groups", """{"displayName":"x","members":[{"value":"100000000009999"}]}"""), 400, "invalidValue");

        Expect.Ok(await Api.Scim(HttpMethod.Delete, $"Groups/{id}"));
        Expect.ScimError(await Api.Scim(HttpMethod.Get, $"Groups/{id}"), 404);
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class ScimInMemory(InMemoryFixture fixture) : ScimConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class ScimOverKestrel(KestrelFixture fixture) : ScimConformance(fixture);
