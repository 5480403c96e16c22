using System.Net;
using System.Text.Json;
using WorkplaceAdmin.Client.Tests.Support;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Graph;

public class GraphPagingTests
{
    private const string Root = "https://graph.test.example/";

    private static string Page(IEnumerable<int> ids, string? next, bool includeNextKey = true)
    {
        var data = string.Join(",", ids.Select(i => $$"""{"id":"{{i}}","name":"Person {{i}}"}"""));
        var paging = includeNextKey ? $$""","paging":{"cursors":{"after":"c"},"next":{{(next is null ? "null" : JsonSerializer.Serialize(next))}}}""" : "";
        return $$"""{"data":[{{data}}]{{paging}}}""";
    }

    private static async Task<List<string>> Ids(WorkplaceClient client, string path = "community/members", CancellationToken ct = default)
    {
        var ids = new List<string>();
        await foreach (var id in client.GraphPagesAsync(path, null, e => e.GetProperty("id").GetString()!, ct))
            ids.Add(id);
        return ids;
    }

    [Fact]
    public async Task Follows_next_to_the_end_including_an_empty_page_that_still_has_next()
    {
        var transport = new FakeTransport((request, _) => request.Uri.Query switch
        {
            var q when q.Contains("after=p2") => Respond.Json(Page(Array.Empty<int>(), Root + "community/members?after=p3")),
            var q when q.Contains("after=p3") => Respond.Json(Page(new[] { 4 }, null, includeNextKey: false)),
            _ => Respond.Json(Page(new[] { 1, 2, 3 }, Root + "community/members?after=p2")),
        });
        using var client = TestClients.Create(transport);

        var ids = await Ids(client);

        Assert.Equal(new[] { "1", "2", "3", "4" }, ids);
        Assert.Equal(3, transport.Count);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("null")]
    [InlineData("empty")]
    [InlineData("whitespace")]
    public async Task Missing_null_or_empty_next_ends_the_list(string form)
    {
        var last = form switch
        {
            "missing" => """{"data":[{"id":"2"}],"paging":{"cursors":{"before":"b"}}}""",
            "null" => """{"data":[{"id":"2"}],"paging":{"next":null}}""",
            "empty" => """{"data":[{"id":"2"}],"paging":{"next":""}}""",
            _ => """{"data":[{"id":"2"}],"paging":{"next":"  "}}""",
        };
        var transport = FakeTransport.Sequence(() => Respond.Json(Page(new[] { 1 }, Root + "community/members?after=x")), () => Respond.Json(last));
        using var client = TestClients.Create(transport);

        Assert.Equal(new[] { "1", "2" }, await Ids(client));
        Assert.Equal(2, transport.Count);
    }

    [Fact]
    public async Task A_short_page_with_next_does_not_end_the_list()
    {
        var transport = FakeTransport.Sequence(
            () => Respond.Json(Page(new[] { 1 }, Root + "community/members?limit=100&after=x")),
            () => Respond.Json(Page(new[] { 2 }, null)));
        using var client = TestClients.Create(transport);

        Assert.Equal(new[] { "1", "2" }, await Ids(client));
    }

    [Fact]
    public async Task Streams_without_requesting_the_next_page_before_the_current_one_is_consumed()
    {
        var transport = FakeTransport.Sequence(
            () => Respond.Json(Page(new[] { 1, 2 }, Root + "community/members?after=x")),
            () => Respond.Json(Page(new[] { 3 }, null)));
        using var client = TestClients.Create(transport);
        await using var items = client.GraphPagesAsync("community/members", null, e => e.GetProperty("id").GetString(), default).GetAsyncEnumerator();

        Assert.True(await items.MoveNextAsync());
        Assert.True(await items.MoveNextAsync());
        Assert.Equal(1, transport.Count);
        Assert.True(await items.MoveNextAsync());
        Assert.Equal("3", items.Current);
        Assert.Equal(2, transport.Count);
    }

    [Fact]
    public async Task Refuses_a_next_link_to_another_host_without_sending_the_token_there()
    {
        var transport = FakeTransport.Sequence(() => Respond.Json(Page(new[] { 1 }, "https://evil.example/steal?after=x")));
        using var client = TestClients.Create(transport);

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => Ids(client));

        Assert.Contains("outside", error.Message);
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task Refuses_a_next_link_that_downgrades_to_http()
    {
        var transport = FakeTransport.Sequence(() => Respond.Json(Page(new[] { 1 }, "http://graph.test.example/community/members?after=x")));
        using var client = TestClients.Create(transport);

        await Assert.ThrowsAsync<WorkplaceApiException>(() => Ids(client));
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task A_next_link_repeating_the_current_page_stops_with_an_error()
    {
        var transport = FakeTransport.Always(() => Respond.Json(Page(new[] { 1 }, Root + "community/members")));
        using var client = TestClients.Create(transport);

        await Assert.ThrowsAsync<WorkplaceApiException>(() => Ids(client));
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task Cancellation_mid_enumeration_stops_before_the_next_page()
    {
        var transport = FakeTransport.Sequence(
            () => Respond.Json(Page(new[] { 1, 2 }, Root + "community/members?after=x")),
            () => Respond.Json(Page(new[] { 3 }, null)));
        using var client = TestClients.Create(transport);
        using var cts = new CancellationTokenSource();
        var seen = new List<string>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var id in client.GraphPagesAsync("community/members", null, e => e.GetProperty("id").GetString()!, cts.Token))
            {
                seen.Add(id);
                cts.Cancel();
            }
        });

        Assert.Equal(new[] { "1" }, seen);
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task Sends_query_and_version_prefix_on_the_first_page_and_the_next_link_as_given()
    {
        var transport = FakeTransport.Sequence(
            () => Respond.Json(Page(new[] { 1 }, Root + "v18.0/community/members?fields=id&limit=1&after=QVFJ%3D")),
            () => Respond.Json(Page(new[] { 2 }, null)));
        using var client = TestClients.Create(transport, o => o.ApiVersion = "v18.0");

        await foreach (var _ in client.GraphPagesAsync("community/members", new Dictionary<string, string?> { ["fields"] = "id", ["limit"] = "1" }, e => e, default))
        {
        }

        Assert.Equal(Root + "v18.0/community/members?fields=id&limit=1", transport.Requests[0].Uri.AbsoluteUri);
        Assert.Equal(Root + "v18.0/community/members?fields=id&limit=1&after=QVFJ%3D", transport.Requests[1].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task A_response_without_data_is_reported_not_skipped()
    {
        var transport = FakeTransport.Always(() => Respond.Json("""{"id":"1"}"""));
        using var client = TestClients.Create(transport);

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => Ids(client));
        Assert.Contains("'data'", error.Message);
    }

    [Fact]
    public async Task Elements_handed_to_the_caller_stay_valid_after_the_page()
    {
        var transport = FakeTransport.Sequence(
            () => Respond.Json(Page(new[] { 1 }, Root + "community/members?after=x")),
            () => Respond.Json(Page(new[] { 2 }, null)));
        using var client = TestClients.Create(transport);
        var elements = new List<JsonElement>();

        await foreach (var element in client.GraphPagesAsync("community/members", null, e => e, default))
            elements.Add(element);

        Assert.Equal(new[] { "1", "2" }, elements.Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task An_error_on_a_later_page_surfaces_as_WorkplaceApiException()
    {
        var transport = FakeTransport.Sequence(
            () => Respond.Json(Page(new[] { 1 }, Root + "community/members?after=x")),
            () => Respond.GraphError(100, HttpStatusCode.BadRequest, message: "Invalid cursor"));
        using var client = TestClients.Create(transport);
        var seen = new List<string>();

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(async () =>
        {
            await foreach (var id in client.GraphPagesAsync("community/members", null, e => e.GetProperty("id").GetString()!, default))
                seen.Add(id);
        });

        Assert.Equal(new[] { "1" }, seen);
        Assert.Equal(WorkplaceErrorKind.InvalidArgument, error.Kind);
    }
}
