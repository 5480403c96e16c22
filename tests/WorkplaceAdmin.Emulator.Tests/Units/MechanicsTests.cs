using WorkplaceAdmin.Emulator.Graph;
using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Graph.Paging;
using WorkplaceAdmin.Emulator.Http;
using WorkplaceAdmin.Emulator.Logging;
using WorkplaceAdmin.Emulator.Model;
using WorkplaceAdmin.Emulator.Scim;

namespace WorkplaceAdmin.Emulator.Tests.Units;

/// <summary>The small pieces behind the API mechanics: fields syntax, cursors, pages, redaction, filters, URL splitting.</summary>
public sealed class MechanicsTests
{
    [Fact]
    public void Fields_parser_reads_nesting_modifiers_and_aliases()
    {
        var fields = FieldParser.Parse("id, name,owner{name,email},members.limit(0).summary(true),reactions.type(LOVE).limit(0).summary(total_count).as(love)");
        Assert.Equal(["id", "name", "owner", "members", "reactions"], fields.Select(f => f.Name).ToArray());
        Assert.Equal(["name", "email"], fields[2].Children!.Select(f => f.Name).ToArray());
        Assert.Equal(0, fields[3].Limit);
        Assert.True(fields[3].Summary);
        Assert.Equal("love", fields[4].OutputName);
        Assert.Equal("LOVE", fields[4].Modifier("type"));
    }

    [Theory]
    [InlineData("a{")]
    [InlineData("a{b}{c}")]
    [InlineData("a.limit(x)")]
    [InlineData("a.frobnicate(1)")]
    [InlineData("a b")]
    [InlineData("a.limit(1")]
    [InlineData("}")]
    public void Fields_syntax_errors_are_code_100(string text)
    {
        var error = Assert.Throws<GraphException>(() => FieldParser.Parse(text));
        Assert.Equal(100, error.Code);
    }

    [Fact]
    public void Cursors_round_trip_and_reject_garbage()
    {
        var cursor = CursorCodec.Encode(100000000000123);
        Assert.DoesNotContain("=", cursor);
        Assert.Equal(100000000000123, CursorCodec.Decode(cursor, "after"));
        Assert.Equal(100, Assert.Throws<GraphException>(() => CursorCodec.Decode("bm9wZQ", "after")).Code);
        Assert.Equal(100, Assert.Throws<GraphException>(() => CursorCodec.Decode("!!", "after")).Code);
    }

    private sealed record Item(long Key) : IKeyed;

    private static readonly Item[] Items = Enumerable.Range(1, 10).Select(i => new Item(i * 10)).ToArray();

    [Fact]
    public void Ascending_pages_move_forwards_and_back()
    {
        var first = Pager.Slice(Items, descending: false, new PageRequest(3, null, null));
        Assert.Equal([10, 20, 30], first.Items.Select(i => i.Key).ToArray());
        Assert.False(first.HasPrevious);
        Assert.True(first.HasNext);
        var second = Pager.Slice(Items, descending: false, new PageRequest(3, 30, null));
        Assert.Equal([40, 50, 60], second.Items.Select(i => i.Key).ToArray());
        var back = Pager.Slice(Items, descending: false, new PageRequest(3, null, 40));
        Assert.Equal([10, 20, 30], back.Items.Select(i => i.Key).ToArray());
        var last = Pager.Slice(Items, descending: false, new PageRequest(3, 90, null));
        Assert.Equal([100], last.Items.Select(i => i.Key).ToArray());
        Assert.False(last.HasNext);
        var missingCursor = Pager.Slice(Items, descending: false, new PageRequest(2, 35, null));
        Assert.Equal([40, 50], missingCursor.Items.Select(i => i.Key).ToArray());
    }

    [Fact]
    public void Descending_pages_read_newest_first()
    {
        var first = Pager.Slice(Items, descending: true, new PageRequest(4, null, null));
        Assert.Equal([100, 90, 80, 70], first.Items.Select(i => i.Key).ToArray());
        Assert.False(first.HasPrevious);
        var second = Pager.Slice(Items, descending: true, new PageRequest(4, 70, null));
        Assert.Equal([60, 50, 40, 30], second.Items.Select(i => i.Key).ToArray());
        Assert.True(second.HasPrevious);
        var back = Pager.Slice(Items, descending: true, new PageRequest(4, null, 60));
        Assert.Equal([100, 90, 80, 70], back.Items.Select(i => i.Key).ToArray());
        var last = Pager.Slice(Items, descending: true, new PageRequest(4, 30, null));
        Assert.Equal([20, 10], last.Items.Select(i => i.Key).ToArray());
        Assert.False(last.HasNext);
    }

    [Fact]
    public void Keyed_list_stays_sorted_whatever_the_insert_order()
    {
        var list = new KeyedList<Item>();
        foreach (var key in new long[] { 50, 10, 30, 40, 20 })
        {
            Assert.True(list.Add(new Item(key)));
        }
        Assert.False(list.Add(new Item(30)));
        Assert.Equal([10, 20, 30, 40, 50], list.Select(i => i.Key).ToArray());
        Assert.True(list.Remove(30));
        Assert.Null(list.Find(30));
        Assert.Equal(3, list.LowerBound(45));
    }

    [Fact]
    public void Redaction_removes_secret_parameters_and_token_text()
    {
        var path = UrlRedactor.Redact("/graph/me?access_token=abc&fields=id&appsecret_proof=ff", [], out var hadSecret);
        Assert.True(hadSecret);
        Assert.Equal("/graph/me?access_token=[redacted]&fields=id&appsecret_proof=[redacted]", path);

        var token = UrlRedactor.Redact("/graph/TOKEN-1/x?q=TOKEN-1", ["TOKEN-1"], out var hadToken);
        Assert.True(hadToken);
        Assert.Equal("/graph/[redacted]/x?q=[redacted]", token);

        Assert.Equal("/graph/me?fields=id", UrlRedactor.Redact("/graph/me?fields=id", ["TOKEN-1"], out var clean));
        Assert.False(clean);
    }

    [Fact]
    public void Query_strings_decode_plus_and_percent()
    {
        var pairs = QueryString.Parse("?a=1+2&b=%40x&flag&=skip&c=");
        Assert.Equal(new KeyValuePair<string, string>[] { new("a", "1 2"), new("b", "@x"), new("flag", ""), new("c", "") }, pairs);
        Assert.Equal("a=1%202&b=%40", QueryString.Build([new("a", "1 2"), new("b", "@")]));
    }

    [Theory]
    [InlineData("userName eq \"a@b.com\"", "userName", "a@b.com")]
    [InlineData("  USERNAME EQ \"A@B.COM\" ", "userName", "A@B.COM")]
    [InlineData("externalId eq \"x \\\"quoted\\\"\"", "externalId", "x \"quoted\"")]
    public void Scim_equality_filters_parse(string filter, string attribute, string value)
    {
        Assert.Equal((attribute, value), ScimFilter.Parse(filter, ["userName", "externalId"]));
    }

    [Theory]
    [InlineData("https://emulator.workplace.invalid/graph/v19.0/community", "Graph", "https://emulator.workplace.invalid/graph", "/v19.0/community")]
    [InlineData("http://127.0.0.1:5080/prefix/scim/Users/1", "Scim", "http://127.0.0.1:5080/prefix/scim", "/Users/1")]
    [InlineData("https://graph.workplace.com/community", "Graph", "https://graph.workplace.com", "/community")]
    [InlineData("https://scim.workplace.com/Users", "Scim", "https://scim.workplace.com", "/Users")]
    [InlineData("http://127.0.0.1:5080/other", "None", "http://127.0.0.1:5080", "/other")]
    public void Urls_split_into_api_base_and_path(string url, string kind, string baseUrl, string path)
    {
        var surface = ApiSurface.Locate(new Uri(url));
        Assert.Equal(kind, surface.Kind.ToString());
        Assert.Equal(baseUrl, surface.BaseUrl);
        Assert.Equal(path, surface.RawPath);
    }

    [Fact]
    public async Task The_in_memory_handler_serves_graph_hosts_at_their_root()
    {
        using var client = new HttpClient(new EmulatorHttpHandler(new WorkplaceEmulator()));
        var body = await client.GetStringAsync($"https://graph.workplace.com/community?access_token={EmulatorDefaults.AdminToken}");
        Assert.Contains("Contoso Demo", body);
        Assert.Equal(new Uri("https://emulator.workplace.invalid/graph/"), EmulatorHttpHandler.GraphBaseUri);
        Assert.Equal(new Uri("https://emulator.workplace.invalid/scim/"), EmulatorHttpHandler.ScimBaseUri);
    }

    [Fact]
    public async Task The_engine_answers_requests_directly()
    {
        var emulator = new WorkplaceEmulator();
        var request = new EmulatorRequest("GET", new Uri("http://any.host/base/graph/me"));
        request.Headers["Authorization"] = "Bearer " + EmulatorDefaults.AdminToken;
        var response = await emulator.HandleAsync(request, CancellationToken.None);
        Assert.Equal(200, response.StatusCode);
        Assert.Contains(EmulatorDefaults.AdminBotPageId, response.BodyText);
        Assert.StartsWith("application/json", response.ContentType);
        Assert.NotNull(response.GetHeader("x-app-usage"));
        Assert.False(response.DropConnection);
    }
}
