using System.Text.Json.Nodes;
using WorkplaceAdmin.Client.People;

namespace WorkplaceAdmin.Client.Tests.People;

public class ScimUserBodyTests
{
    private const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    [Fact]
    public void A_create_puts_core_fields_at_the_top_and_extension_fields_in_their_objects()
    {
        var body = ScimUserBody.ForCreate(new UserFields
        {
            Email = "a@x.example",
            ExternalId = "E1",
            Name = "Ann Marie Bell",
            Title = "CFO",
            Department = "Finance",
            ManagerId = "77",
            PhoneNumber = "+1-555",
            StartDate = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            AuthMethod = "sso",
            IsFrontline = true,
        });

        Assert.Equal("a@x.example", (string?)body["userName"]);
        Assert.Equal("E1", (string?)body["externalId"]);
        Assert.Equal("Ann Marie Bell", (string?)body["name"]!["formatted"]);
        Assert.Equal("Ann", (string?)body["name"]!["givenName"]);
        Assert.Equal("Marie Bell", (string?)body["name"]!["familyName"]);
        Assert.Equal("CFO", (string?)body["title"]);
        Assert.Equal("+1-555", (string?)body["phoneNumbers"]![0]!["value"]);
        Assert.Equal("Finance", (string?)body[Enterprise]!["department"]);
        Assert.Equal("77", (string?)body[Enterprise]!["manager"]!["managerId"]);
        Assert.Equal(1767225600L, (long?)body["urn:ietf:params:scim:schemas:extension:facebook:starttermdates:2.0:User"]!["startDate"]);
        Assert.Equal("sso", (string?)body["urn:ietf:params:scim:schemas:extension:facebook:authmethod:2.0:User"]!["authMethod"]);
        Assert.DoesNotContain("frontline", body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_patch_replaces_only_the_given_fields()
    {
        var patch = ScimUserBody.ForPatch(new UserFields { Title = "CTO", Active = false, Department = "Tech" })!;

        var operations = patch["Operations"]!.AsArray();
        Assert.Equal(["title", Enterprise + ":department", "active"], operations.Select(o => (string)o!["path"]!));
        Assert.All(operations, o => Assert.Equal("replace", (string?)o!["op"]));
        Assert.False((bool)operations[2]!["value"]!);
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:PatchOp", (string?)patch["schemas"]![0]);
    }

    [Fact]
    public void A_patch_with_nothing_given_is_null()
    {
        Assert.Null(ScimUserBody.ForPatch(new UserFields()));
        Assert.Null(ScimUserBody.ForPatch(new UserFields { IsFrontline = true }));
    }

    [Fact]
    public void Only_keeps_the_listed_fields()
    {
        var all = new UserFields { Email = "a@x.example", Title = "T", ManagerId = "9", Active = true };
        var some = all.Only([UserField.Title, UserField.Manager]);
        Assert.Equal([UserField.Title, UserField.Manager], some.Given());
        Assert.Equal("9", some.ManagerId);
    }
}
