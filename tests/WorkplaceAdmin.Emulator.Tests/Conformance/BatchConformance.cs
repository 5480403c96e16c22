using System.Text.Json;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>Graph batch requests (workplace-api.md §6.3, A7).</summary>
public abstract class BatchConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    [Fact]
    public async Task A7_batch_answers_code_headers_and_a_json_string_body_per_operation()
    {
        var group = GroupIdOf("Engineering");
        var batch = $$"""[{"method":"GET","relative_url":"{{group}}/members?limit=2"},{"method":"GET","relative_url":"community?fields=name"}]""";
        var response = await Api.PostForm("", ("batch", batch));
        Expect.Ok(response);
        var results = response.Json.EnumerateArray().ToArray();
        Assert.Equal(2, results.Length);
        Assert.All(results, r => Assert.Equal(200, r.GetProperty("code").GetInt32()));
        Assert.Equal(JsonValueKind.String, results[0].GetProperty("body").ValueKind);
        using var members = JsonDocument.Parse(results[0].GetProperty("body").GetString()!);
        Assert.Equal(2, members.RootElement.GetProperty("data").GetArrayLength());
        Assert.StartsWith(Api.Host.GraphUri.ToString(), members.RootElement.GetProperty("paging").GetProperty("next").GetString());
        using var community = JsonDocument.Parse(results[1].GetProperty("body").GetString()!);
        Assert.Equal("Contoso Demo", community.RootElement.GetProperty("name").GetString());
        Assert.Contains(results[1].GetProperty("headers").EnumerateArray(), h => h.GetProperty("name").GetString() == "Content-Type");
    }

    [Fact]
    public async Task Include_headers_false_omits_headers()
    {
        var response = await Api.PostForm("", ("batch", """[{"method":"GET","relative_url":"me"}]"""), ("include_headers", "false"));
        var result = Assert.Single(response.Json.EnumerateArray());
        Assert.False(result.TryGetProperty("headers", out _));
    }

    [Fact]
    public async Task Batch_of_51_operations_is_error_100()
    {
        var operations = string.Join(",", Enumerable.Repeat("""{"method":"GET","relative_url":"me"}""", 51));
        var error = Expect.GraphError(await Api.PostForm("", ("batch", $"[{operations}]")), 400, 100);
        Assert.Contains("50", error.GetProperty("message").GetString());
        var fifty = string.Join(",", Enumerable.Repeat("""{"method":"GET","relative_url":"me"}""", 50));
        Assert.Equal(50, (await Api.PostForm("", ("batch", $"[{fifty}]"))).Json.GetArrayLength());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("""[{"method":"GET"}]""")]
    [InlineData("""[{"method":"GET","relative_url":"me","body":42}]""")]
    public async Task Malformed_batches_are_error_100(string batch)
    {
        Expect.GraphError(await Api.PostForm("", ("batch", batch)), 400, 100);
    }

    [Fact]
    public async Task Each_operation_is_permission_checked_executed_and_logged()
    {
        var name = "Batch group " + Api.Unique();
        var batch = $$"""
            [{"method":"GET","relative_url":"community"},
             {"method":"POST","relative_url":"community/groups","body":"name={{Uri.EscapeDataString(name)}}&admin={{IdOf(AvaEmail)}}"},
             {"method":"DELETE","relative_url":"100000000009999"}]
            """;
        var readOnly = await Api.PostForm("", [new("batch", batch)], Api.ReadOnly);
        var codes = readOnly.Json.EnumerateArray().Select(r => r.GetProperty("code").GetInt32()).ToArray();
        Assert.Equal([200, 403, 400], codes);
        using (var denied = JsonDocument.Parse(readOnly.Json[1].GetProperty("body").GetString()!))
        {
            Assert.Equal(200, denied.RootElement.GetProperty("error").GetProperty("code").GetInt32());
        }
        Assert.Null(Emulator.State.FindGroupByName(name));

        var admin = await Api.PostForm("", ("batch", batch));
        Assert.Equal(200, admin.Json[1].GetProperty("code").GetInt32());
        Assert.NotNull(Emulator.State.FindGroupByName(name));
        Assert.Contains(Emulator.RequestLog.Snapshot(), e => e.IsBatchOperation && e.Method == "POST" && e.Path.EndsWith("/community/groups") && e.Status == 200);
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class BatchInMemory(InMemoryFixture fixture) : BatchConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class BatchOverKestrel(KestrelFixture fixture) : BatchConformance(fixture);
