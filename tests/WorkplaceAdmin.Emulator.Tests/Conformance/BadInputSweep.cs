using System.Text;
using System.Text.Json;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>
/// Malformed and unexpected requests always get the documented error envelope (Graph or SCIM shape), never a
/// 5xx and never a stack trace.
/// </summary>
public abstract class BadInputSweep(HostFixture fixture) : ConformanceBase(fixture)
{
    public static TheoryData<string, string, string?, string?> GraphCases => new()
    {
        { "POST", "community/groups", "{\"name\":", "application/json" },
        { "POST", "community/groups", "[1,2,3]", "application/json" },
        { "POST", "community/groups", "name=x", "text/plain" },
        { "POST", "community/groups", "{\"name\":{\"nested\":true},\"privacy\":12}", "application/json" },
        { "GET", "community?fields=id,bogus_field", null, null },
        { "GET", "community?fields=id,members{", null, null },
        { "GET", "community?fields=members.limit(x)", null, null },
        { "GET", "community?fields=name{first}", null, null },
        { "GET", "community/members?fields=email.unknownmodifier(1)", null, null },
        { "GET", "community/members?limit=ten", null, null },
        { "GET", "community/members?after=%%%", null, null },
        { "GET", "community/nonexistent_edge", null, null },
        { "GET", "community/groups/extra/deep/path", null, null },
        { "GET", "100000000009999", null, null },
        { "GET", "100000000000100_100000000009999", null, null },
        { "GET", "t_123", null, null },
        { "GET", "not-an-id", null, null },
        { "GET", "", null, null },
        { "POST", "", "{}", "application/json" },
        { "PUT", "community", "{}", "application/json" },
        { "PATCH", "community", "{}", "application/json" },
        { "HEAD", "community", null, null },
        { "POST", "", "batch=" + Uri.EscapeDataString("[" + string.Join(",", Enumerable.Repeat("{\"method\":\"GET\",\"relative_url\":\"me\"}", 60)) + "]"), "application/x-www-form-urlencoded" },
        { "POST", "", "batch=%5B%7B%22method%22%3A%22GET%22%7D", "application/x-www-form-urlencoded" },
        { "POST", "me/messages", "{\"recipient\":{\"id\":[]},\"message\":\"text\"}", "application/json" },
        { "POST", "100000000000100", "{\"active\":\"sometimes\"}", "application/json" },
        { "GET", "?ids=", null, null },
    };

    [Theory]
    [MemberData(nameof(GraphCases))]
    public async Task Graph_bad_input_gets_the_graph_error_envelope(string method, string relative, string? body, string? contentType)
    {
        var response = await Send(method, Api.GraphUrl(relative), body, contentType, userAgent: null);
        Assert.InRange(response.Status, 400, 499);
        NoStackTrace(response);
        if (method == "HEAD")
        {
            return; // HEAD responses carry no body.
        }
        var error = response.Json.GetProperty("error");
        Assert.True(error.GetProperty("code").GetInt32() > 0, response.Body);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("fbtrace_id").GetString()));
    }

    public static TheoryData<string, string, string?> ScimCases => new()
    {
        { "POST", "Users", "{\"userName\":" },
        { "POST", "Users", "[]" },
        { "POST", "Users", "" },
        { "POST", "Users", "{\"userName\":42,\"name\":{\"givenName\":\"x\"}}" },
        { "POST", "Users", "{\"userName\":\"x@contoso.example\",\"name\":\"flat\"}" },
        { "POST", "Users", "{\"userName\":\"y@contoso.example\",\"name\":{\"givenName\":\"y\"},\"urn:ietf:params:scim:schemas:extension:facebook:starttermdates:2.0:User\":{\"startDate\":\"soon\"}}" },
        { "GET", "Users?filter=userName%20sw%20%22a%22", null },
        { "GET", "Users?count=many", null },
        { "GET", "Users/100000000009999", null },
        { "GET", "Users/not-an-id", null },
        { "PUT", "Users", "{}" },
        { "DELETE", "Users", null },
        { "PATCH", "Users/100000000000100", "{\"Operations\":\"all\"}" },
        { "GET", "Nothing", null },
        { "GET", "Users/1/2/3", null },
        { "POST", "Groups", "{\"members\":[]}" },
    };

    [Theory]
    [MemberData(nameof(ScimCases))]
    public async Task Scim_bad_input_gets_the_scim_error_body(string method, string relative, string? body)
    {
        var response = await Send(method, Api.ScimUrl(relative), body, body is null ? null : "application/scim+json", Api.UserAgent);
        Assert.InRange(response.Status, 400, 499);
        NoStackTrace(response);
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", response.Json.GetProperty("schemas")[0].GetString());
        Assert.Equal(response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Paths_outside_graph_and_scim_get_a_404_envelope()
    {
        var response = await Send("GET", new Uri(Api.Host.GraphUri, "/elsewhere/community"), null, null, null);
        Assert.Equal(404, response.Status);
        Expect.GraphError(response, 404, 100);
    }

    private async Task<ApiResponse> Send(string method, Uri url, string? body, string? contentType, string? userAgent)
    {
        HttpContent? content = null;
        if (body is not null)
        {
            content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }
        return await Api.Send(new HttpMethod(method), url, Api.Admin, content, userAgent);
    }

    private static void NoStackTrace(ApiResponse response)
    {
        Assert.DoesNotContain("   at ", response.Body);
        Assert.DoesNotContain("Exception:", response.Body);
        if (response.Body.Length > 0)
        {
            using var _ = JsonDocument.Parse(response.Body);
        }
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class BadInputInMemory(InMemoryFixture fixture) : BadInputSweep(fixture);

[Collection(KestrelCollection.Name)]
public sealed class BadInputOverKestrel(KestrelFixture fixture) : BadInputSweep(fixture);
