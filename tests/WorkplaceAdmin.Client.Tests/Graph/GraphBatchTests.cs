using System.Net;
using System.Text.Json;
using System.Web;
using WorkplaceAdmin.Client.Tests.Support;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Graph;

public class GraphBatchTests
{
    [Fact]
    public async Task Sends_one_form_post_and_parses_each_body_string()
    {
        var transport = FakeTransport.Always(() => Respond.Json("""
            [
              {"code":200,"body":"{\"data\":[{\"id\":\"1\"}]}"},
              {"code":200,"body":"{\"success\":true}"},
              {"code":403,"body":"{\"error\":{\"message\":\"(#200) Permissions error\",\"code\":200,\"fbtrace_id\":\"T1\"}}"},
              null
            ]
            """));
        using var client = TestClients.Create(transport, o => o.ApiVersion = "v18.0");
        var operations = new[]
        {
            BatchOperation.Get("123/members", new Dictionary<string, string?> { ["limit"] = "100" }),
            BatchOperation.Post(WorkplacePath.Of("123", "members"), new Dictionary<string, string?> { ["email"] = "a@x.com" }),
            BatchOperation.Delete(WorkplacePath.Of("123", "members", "456")),
            BatchOperation.Get("community"),
        };

        var results = await client.GraphBatchAsync(operations);

        var sent = Assert.Single(transport.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("https://graph.test.example/v18.0/", sent.Uri.AbsoluteUri);
        var form = HttpUtility.ParseQueryString(sent.Body!);
        Assert.Equal("false", form["include_headers"]);
        var batch = JsonDocument.Parse(form["batch"]!).RootElement;
        Assert.Equal(4, batch.GetArrayLength());
        Assert.Equal("GET", batch[0].GetProperty("method").GetString());
        Assert.Equal("123/members?limit=100", batch[0].GetProperty("relative_url").GetString());
        Assert.Equal("email=a%40x.com", batch[1].GetProperty("body").GetString());
        Assert.Equal("123/members/456", batch[2].GetProperty("relative_url").GetString());

        Assert.Equal(4, results.Count);
        Assert.True(results[0].IsSuccess);
        Assert.Equal("1", results[0].Body!.Value.GetProperty("data")[0].GetProperty("id").GetString());
        Assert.True(results[1].Body!.Value.GetProperty("success").GetBoolean());
        Assert.False(results[2].IsSuccess);
        Assert.Equal(403, results[2].Status);
        Assert.Equal(WorkplaceErrorKind.PermissionDenied, results[2].Error!.Kind);
        Assert.Equal("T1", results[2].Error!.FbTraceId);
        Assert.Equal("/123/members/456", results[2].Error!.RequestPath);
        Assert.False(results[3].IsSuccess);
        Assert.True(results[3].Error!.IsTransient);
        Assert.Equal(Enumerable.Range(0, 4), results.Select(r => r.Index));
    }

    [Fact]
    public async Task A_batch_of_gets_is_retried_like_a_get_and_a_mixed_one_is_not()
    {
        var reads = FakeTransport.Sequence(() => Respond.Text("down", HttpStatusCode.InternalServerError), () => Respond.Json("""[{"code":200,"body":"{}"}]"""));
        var writes = FakeTransport.Always(() => Respond.Text("down", HttpStatusCode.InternalServerError));
        using var readClient = TestClients.Create(reads);
        using var writeClient = TestClients.Create(writes);

        var results = await readClient.GraphBatchAsync(new[] { BatchOperation.Get("community") });
        await Assert.ThrowsAsync<WorkplaceApiException>(() => writeClient.GraphBatchAsync(new[] { BatchOperation.Post("1/feed", new Dictionary<string, string?> { ["message"] = "x" }) }));

        Assert.True(Assert.Single(results).IsSuccess);
        Assert.Equal(2, reads.Count);
        Assert.Equal(1, writes.Count);
    }

    [Fact]
    public async Task More_than_fifty_operations_is_an_argument_error_before_any_request()
    {
        var transport = FakeTransport.Always(Respond.Ok);
        using var client = TestClients.Create(transport);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            client.GraphBatchAsync(Enumerable.Range(0, 51).Select(i => BatchOperation.Get(i.ToString())).ToList()));

        Assert.Contains("50", error.Message);
        Assert.Equal(0, transport.Count);
    }

    [Fact]
    public async Task An_empty_batch_sends_nothing()
    {
        var transport = FakeTransport.Always(Respond.Ok);
        using var client = TestClients.Create(transport);

        Assert.Empty(await client.GraphBatchAsync(Array.Empty<BatchOperation>()));
        Assert.Equal(0, transport.Count);
    }

    [Fact]
    public async Task A_response_that_does_not_match_the_operations_is_reported()
    {
        var transport = FakeTransport.Always(() => Respond.Json("""[{"code":200,"body":"{}"}]"""));
        using var client = TestClients.Create(transport);

        await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GraphBatchAsync(new[] { BatchOperation.Get("a"), BatchOperation.Get("b") }));
    }

    [Fact]
    public void An_absolute_url_is_not_a_batch_operation()
    {
        Assert.ThrowsAny<ArgumentException>(() => BatchOperation.Get("https://evil.example/x"));
    }
}
