using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using WorkplaceAdmin.Client.Tests.Support;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Scim;

public class ScimPagingTests
{
    /// <summary>A SCIM server over <paramref name="total"/> users, answering startIndex/count like the API.</summary>
    private static FakeTransport Server(int total, int? serverMaxCount = null, bool omitTotal = false) => new((request, _) =>
    {
        var query = HttpUtility.ParseQueryString(request.Uri.Query);
        var start = int.Parse(query["startIndex"] ?? "1");
        var count = Math.Min(int.Parse(query["count"] ?? "10"), serverMaxCount ?? int.MaxValue);
        var resources = Enumerable.Range(start, Math.Max(0, Math.Min(count, total - start + 1)))
            .Select(i => new JsonObject { ["id"] = i.ToString(), ["userName"] = $"user{i}@x.com" });
        var page = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:ListResponse"),
            ["startIndex"] = start,
            ["itemsPerPage"] = resources.Count(),
            ["Resources"] = new JsonArray(resources.ToArray<JsonNode?>()),
        };
        if (!omitTotal)
            page["totalResults"] = total;
        return Respond.Json(page.ToJsonString());
    });

    private static async Task<List<string>> Ids(WorkplaceClient client, string? filter = null, int pageSize = 10)
    {
        var ids = new List<string>();
        await foreach (var user in client.ScimPagesAsync("Users", filter, pageSize, default))
            ids.Add(user.GetProperty("id").GetString()!);
        return ids;
    }

    [Theory]
    [InlineData(0, 10, 1)]
    [InlineData(7, 10, 1)]
    [InlineData(10, 10, 1)]
    [InlineData(25, 10, 3)]
    [InlineData(30, 10, 3)]
    public async Task Walks_startIndex_pages_until_totalResults(int total, int pageSize, int expectedRequests)
    {
        var transport = Server(total);
        using var client = TestClients.Create(transport);

        var ids = await Ids(client, pageSize: pageSize);

        Assert.Equal(Enumerable.Range(1, total).Select(i => i.ToString()), ids);
        Assert.Equal(expectedRequests, transport.Count);
        Assert.Equal("?startIndex=1&count=10", transport.Requests[0].Uri.Query);
    }

    [Fact]
    public async Task Follows_the_server_when_it_returns_fewer_than_requested()
    {
        var transport = Server(25, serverMaxCount: 4);
        using var client = TestClients.Create(transport);

        var ids = await Ids(client, pageSize: 10);

        Assert.Equal(Enumerable.Range(1, 25).Select(i => i.ToString()), ids);
        Assert.Contains(transport.Requests, r => r.Uri.Query.Contains("startIndex=5&"));
    }

    [Fact]
    public async Task Without_totalResults_a_short_page_ends_the_list()
    {
        var transport = Server(12, omitTotal: true);
        using var client = TestClients.Create(transport);

        Assert.Equal(12, (await Ids(client)).Count);
        Assert.Equal(2, transport.Count);
    }

    [Fact]
    public async Task Sends_the_filter_escaped()
    {
        var transport = Server(1);
        using var client = TestClients.Create(transport);

        await Ids(client, filter: "userName eq \"a@x.com\"");

        Assert.Contains("filter=userName%20eq%20%22a%40x.com%22", transport.Requests[0].Uri.Query);
    }

    [Fact]
    public async Task A_server_claiming_more_results_than_it_returns_does_not_loop()
    {
        var transport = FakeTransport.Always(() => Respond.Json("""{"totalResults":100,"startIndex":1,"Resources":[]}"""));
        using var client = TestClients.Create(transport);

        Assert.Empty(await Ids(client));
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task Cancellation_mid_enumeration_stops_paging()
    {
        var transport = Server(100);
        using var client = TestClients.Create(transport);
        using var cts = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in client.ScimPagesAsync("Users", null, 10, cts.Token))
                if (++seen == 15)
                    cts.Cancel();
        });

        Assert.Equal(15, seen);
        Assert.Equal(2, transport.Count);
    }

    [Fact]
    public async Task Scim_send_posts_json_with_a_user_agent_and_reads_201()
    {
        var transport = FakeTransport.Always(() => Respond.Json("""{"id":"42","userName":"a@x.com"}""", System.Net.HttpStatusCode.Created));
        using var client = TestClients.Create(transport);

        var created = await client.ScimSendAsync(HttpMethod.Post, "Users", new JsonObject { ["userName"] = "a@x.com" });

        Assert.Equal("42", created.GetProperty("id").GetString());
        var sent = Assert.Single(transport.Requests);
        Assert.Equal("https://scim.test.example/Users", sent.Uri.AbsoluteUri);
        Assert.Equal("""{"userName":"a@x.com"}""", sent.Body);
        Assert.False(string.IsNullOrEmpty(sent.UserAgent));
    }

    [Fact]
    public async Task Scim_delete_with_an_empty_answer_gives_an_empty_object()
    {
        var transport = FakeTransport.Always(() => Respond.Empty(System.Net.HttpStatusCode.NoContent));
        using var client = TestClients.Create(transport);

        var result = await client.ScimSendAsync(HttpMethod.Delete, "Users/" + WorkplacePath.Escape("42"), (JsonNode?)null);

        Assert.Equal(JsonValueKind.Object, result.ValueKind);
        Assert.Null(Assert.Single(transport.Requests).Body);
    }

    [Fact]
    public async Task Page_size_out_of_range_is_an_argument_error()
    {
        using var client = TestClients.Create(Server(1));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Ids(client, pageSize: 0));
    }
}
