using System.Net;
using System.Text.Json;
using WorkplaceAdmin.Client.Tests.Support;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Errors;

public class ErrorMappingTests
{
    private static async Task<WorkplaceApiException> FailingGet(Func<HttpResponseMessage> response, string path = "community")
    {
        var transport = FakeTransport.Always(response);
        using var client = TestClients.Create(transport, o => o.Retry = TestClients.FastRetry(maxAttempts: 1));
        return await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GraphGetAsync(path));
    }

    [Theory]
    [InlineData(1, 500, WorkplaceErrorKind.ServiceUnavailable)]
    [InlineData(2, 500, WorkplaceErrorKind.ServiceUnavailable)]
    [InlineData(3, 400, WorkplaceErrorKind.PermissionDenied)]
    [InlineData(4, 400, WorkplaceErrorKind.Throttled)]
    [InlineData(10, 403, WorkplaceErrorKind.PermissionDenied)]
    [InlineData(17, 400, WorkplaceErrorKind.Throttled)]
    [InlineData(32, 400, WorkplaceErrorKind.Throttled)]
    [InlineData(100, 400, WorkplaceErrorKind.InvalidArgument)]
    [InlineData(190, 400, WorkplaceErrorKind.Authentication)]
    [InlineData(190, 401, WorkplaceErrorKind.Authentication)]
    [InlineData(200, 403, WorkplaceErrorKind.PermissionDenied)]
    [InlineData(299, 403, WorkplaceErrorKind.PermissionDenied)]
    [InlineData(341, 400, WorkplaceErrorKind.Throttled)]
    [InlineData(368, 400, WorkplaceErrorKind.Throttled)]
    [InlineData(506, 400, WorkplaceErrorKind.Conflict)]
    [InlineData(613, 403, WorkplaceErrorKind.Throttled)]
    [InlineData(803, 404, WorkplaceErrorKind.NotFound)]
    [InlineData(80001, 400, WorkplaceErrorKind.Throttled)]
    [InlineData(12345, 404, WorkplaceErrorKind.NotFound)]
    [InlineData(12345, 409, WorkplaceErrorKind.Conflict)]
    [InlineData(12345, 412, WorkplaceErrorKind.PreconditionFailed)]
    [InlineData(12345, 418, WorkplaceErrorKind.Unknown)]
    public async Task Graph_envelope_maps_code_then_status_to_a_kind(int code, int status, WorkplaceErrorKind kind)
    {
        var error = await FailingGet(() => Respond.GraphError(code, (HttpStatusCode)status, message: $"(#{code}) Something"));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(status, error.HttpStatus);
        Assert.Equal(code, error.Code);
        Assert.Equal("OAuthException", error.ErrorType);
        Assert.Equal($"TRACE{code}", error.FbTraceId);
        Assert.Equal("GET", error.RequestMethod);
        Assert.Equal("/community", error.RequestPath);
        Assert.Equal($"(#{code}) Something", error.ServerMessage);
        Assert.StartsWith($"(#{code}) Something [HTTP {status}; code {code}; GET /community; fbtrace_id TRACE{code}]", error.Message);
    }

    [Fact]
    public async Task Full_graph_envelope_fields_are_carried()
    {
        var error = await FailingGet(() => Respond.Json(
            """{"error":{"message":"(#4) Application request limit reached","type":"OAuthException","code":"4","error_subcode":460,"is_transient":true,"error_user_title":"Slow down","error_user_msg":"Try later","fbtrace_id":"EJplcsCHuLu"}}""",
            HttpStatusCode.Forbidden));

        Assert.Equal(4, error.Code);
        Assert.Equal(460, error.Subcode);
        Assert.True(error.IsTransient);
        Assert.Equal("EJplcsCHuLu", error.FbTraceId);
        Assert.Equal(WorkplaceErrorKind.Throttled, error.Kind);
        Assert.Contains("Try later", error.Message);
        Assert.Contains("subcode 460", error.Message);
    }

    [Fact]
    public async Task Object_does_not_exist_is_not_found()
    {
        var error = await FailingGet(() => Respond.GraphError(100, subcode: 33, message: "Unsupported get request. Object with ID '1' does not exist"));

        Assert.Equal(WorkplaceErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task Read_only_phase_message_maps_to_read_only()
    {
        var error = await FailingGet(() => Respond.Json("""{"error":{"message":"Workplace is read-only: no changes are accepted"}}""", HttpStatusCode.Forbidden));

        Assert.Equal(WorkplaceErrorKind.ReadOnly, error.Kind);
    }

    [Fact]
    public async Task Scim_rfc_error_shape_maps()
    {
        var transport = FakeTransport.Always(() => Respond.Json(
            """{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"412","detail":"Cannot delete a claimed account","scimType":"invalidValue"}""",
            HttpStatusCode.PreconditionFailed));
        using var client = TestClients.Create(transport);

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.ScimSendAsync(HttpMethod.Delete, "Users/42", ReadOnlyMemory<byte>.Empty));

        Assert.Equal(412, error.HttpStatus);
        Assert.Equal("invalidValue", error.ScimType);
        Assert.Equal("Cannot delete a claimed account", error.ServerMessage);
        Assert.Equal("DELETE", error.RequestMethod);
        Assert.Equal("/Users/42", error.RequestPath);
        Assert.Equal(WorkplaceErrorKind.InvalidArgument, error.Kind);
        Assert.Contains("HTTP 412", error.Message);
    }

    [Fact]
    public async Task Scim_uniqueness_is_a_conflict_and_a_bare_412_is_a_failed_precondition()
    {
        var transport = FakeTransport.Sequence(
            () => Respond.Json("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":409,"detail":"User exists","scimType":"uniqueness"}""", HttpStatusCode.Conflict),
            () => Respond.Json("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"412","detail":"Claimed"}""", HttpStatusCode.PreconditionFailed));
        using var client = TestClients.Create(transport);

        var conflict = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.ScimSendAsync(HttpMethod.Post, "Users", System.Text.Json.Nodes.JsonNode.Parse("{}")));
        var precondition = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.ScimSendAsync(HttpMethod.Delete, "Users/1", ReadOnlyMemory<byte>.Empty));

        Assert.Equal(WorkplaceErrorKind.Conflict, conflict.Kind);
        Assert.Equal(WorkplaceErrorKind.PreconditionFailed, precondition.Kind);
    }

    [Fact]
    public async Task Scim_graph_style_error_shape_maps()
    {
        var transport = FakeTransport.Always(() => Respond.Json("""{"error":{"message":"Missing Email field"}}""", HttpStatusCode.BadRequest));
        using var client = TestClients.Create(transport);

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.ScimGetAsync("Users"));

        Assert.Equal("Missing Email field", error.ServerMessage);
        Assert.Equal(WorkplaceErrorKind.InvalidArgument, error.Kind);
    }

    [Fact]
    public async Task An_html_error_page_gives_a_clear_message_with_the_status()
    {
        var error = await FailingGet(() => Respond.Text("<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>", HttpStatusCode.BadGateway));

        Assert.Equal(502, error.HttpStatus);
        Assert.Equal(WorkplaceErrorKind.ServiceUnavailable, error.Kind);
        Assert.Contains("HTTP 502 (BadGateway)", error.Message);
        Assert.Contains("not JSON (text/html)", error.Message);
        Assert.Contains("502 Bad Gateway", error.Message);
        Assert.IsNotType<JsonException>(error.InnerException);
    }

    [Fact]
    public async Task An_empty_error_body_gives_a_clear_message_with_the_status()
    {
        var error = await FailingGet(() => Respond.Empty(HttpStatusCode.Forbidden));

        Assert.Equal(WorkplaceErrorKind.PermissionDenied, error.Kind);
        Assert.Contains("HTTP 403 (Forbidden) with an empty body", error.Message);
    }

    [Fact]
    public async Task A_truncated_json_error_body_gives_a_clear_message()
    {
        var error = await FailingGet(() => Respond.Text("""{"error":{"message":"(#100) Inva""", HttpStatusCode.BadRequest, "application/json"));

        Assert.Equal(400, error.HttpStatus);
        Assert.Contains("not JSON", error.Message);
        Assert.Contains("HTTP 400", error.Message);
    }

    [Fact]
    public async Task A_success_status_with_a_non_json_body_is_a_read_error_not_a_JsonException()
    {
        var error = await FailingGet(() => Respond.Text("<html>captive portal</html>", HttpStatusCode.OK));

        Assert.Equal(200, error.HttpStatus);
        Assert.Contains("not valid JSON", error.Message);
        Assert.Equal(("Workplace.InvalidResponse", "ReadError"), (WorkplaceErrorClassifier.Classify(error).ErrorId, WorkplaceErrorClassifier.Classify(error).Category));
    }

    [Fact]
    public async Task Truncated_success_json_is_reported()
    {
        var error = await FailingGet(() => Respond.Text("""{"data":[{"id":"1"},""", HttpStatusCode.OK, "application/json"));

        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public async Task A_server_echoing_the_token_never_puts_it_in_the_exception()
    {
        var error = await FailingGet(() => Respond.GraphError(190, message: $"Invalid OAuth access token - Cannot parse access token {TestClients.Token}"));

        Assert.DoesNotContain(TestClients.Token, error.Message);
        Assert.DoesNotContain(TestClients.Token, error.ServerMessage);
        Assert.DoesNotContain(TestClients.Token, error.ToString());
        Assert.Equal(WorkplaceErrorKind.Authentication, error.Kind);
    }

    [Fact]
    public async Task The_request_path_has_no_query_and_no_secret()
    {
        var transport = FakeTransport.Always(() => Respond.GraphError(100));
        using var client = TestClients.Create(transport, o => o.AppSecret = TestClients.AppSecret);

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() =>
            client.GraphGetAsync(WorkplacePath.Of("a@x.com"), new Dictionary<string, string?> { ["fields"] = "id", ["access_token"] = TestClients.Token }));

        Assert.Equal("/a%40x.com", error.RequestPath);
        Assert.DoesNotContain("appsecret", error.Message);
        Assert.DoesNotContain(TestClients.Token, error.Message);
    }

    [Fact]
    public async Task Transport_failure_after_retries_is_a_transport_kind_exception()
    {
        var transport = new FakeTransport((_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (graph.test.example:443)"));
        using var client = TestClients.Create(transport, o => o.Retry = TestClients.FastRetry(maxAttempts: 3));

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GraphGetAsync("community"));

        Assert.Equal(WorkplaceErrorKind.Transport, error.Kind);
        Assert.Equal(0, error.HttpStatus);
        Assert.Equal(3, error.Attempts);
        Assert.Equal(3, transport.Count);
        Assert.Contains("GET /community failed: Connection refused", error.Message);
        Assert.Contains("3 attempts", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task A_timeout_becomes_a_transport_kind_exception()
    {
        var transport = new FakeTransport(async (_, _, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return Respond.Ok();
        });
        using var client = TestClients.Create(transport, o =>
        {
            o.RequestTimeout = TimeSpan.FromMilliseconds(30);
            o.Retry = TestClients.FastRetry(maxAttempts: 2);
        });

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GraphGetAsync("community"));

        Assert.Equal(WorkplaceErrorKind.Transport, error.Kind);
        Assert.Contains("request timeout", error.Message);
    }

    [Fact]
    public async Task Caller_cancellation_stays_an_OperationCanceledException()
    {
        var transport = new FakeTransport(async (_, _, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return Respond.Ok();
        });
        using var client = TestClients.Create(transport);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(30));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GraphGetAsync("community", ct: cts.Token));
    }
}
