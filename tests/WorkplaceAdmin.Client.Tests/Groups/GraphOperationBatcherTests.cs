using System.Text.Json;
using WorkplaceAdmin.Client.Tests.Support;

namespace WorkplaceAdmin.Client.Tests.Groups;

/// <summary>The micro-batcher: concurrent single operations leave together in batches of at most 50.</summary>
public class GraphOperationBatcherTests
{
    [Fact]
    public async Task Concurrent_operations_travel_in_full_batches_and_a_remainder_leaves_after_the_linger()
    {
        var transport = new FakeTransport((request, _) => Respond.Json(BatchAnswer(request.Body!, _ => (200, """{"success":true}"""))));
        using var client = TestClients.Create(transport);
        await using var batcher = new GraphOperationBatcher(client, maxParallelBatches: 2) { Linger = TimeSpan.FromMilliseconds(30) };

        var results = await Task.WhenAll(Enumerable.Range(0, 120).Select(i =>
            batcher.SendAsync(BatchOperation.Post("356/members", new Dictionary<string, string?> { ["member"] = i.ToString() }))));

        Assert.Equal(120, results.Length);
        Assert.All(results, body => Assert.True(body.GetProperty("success").GetBoolean()));
        var sizes = transport.Requests.Select(r => OperationsIn(r.Body!)).OrderDescending().ToArray();
        Assert.Equal(new[] { 50, 50, 20 }, sizes);
        Assert.Equal(3, batcher.BatchesSent);
    }

    [Fact]
    public async Task Each_operation_gets_its_own_result_and_a_transient_one_is_sent_again()
    {
        var attemptsOfSeven = 0;
        var transport = new FakeTransport((request, _) => Respond.Json(BatchAnswer(request.Body!, member => member switch
        {
            "3" => (400, """{"error":{"message":"(#100) No account has the email","type":"OAuthException","code":100}}"""),
            "7" when Interlocked.Increment(ref attemptsOfSeven) == 1 => (400, """{"error":{"message":"(#4) Application request limit reached","type":"OAuthException","code":4,"is_transient":true}}"""),
            _ => (200, """{"success":true}"""),
        })));
        using var client = TestClients.Create(transport);
        await using var batcher = new GraphOperationBatcher(client, maxParallelBatches: 1) { Linger = TimeSpan.FromMilliseconds(5), RetryDelay = TimeSpan.FromMilliseconds(1) };

        var tasks = Enumerable.Range(0, 10).Select(i =>
            batcher.SendAsync(BatchOperation.Post("356/members", new Dictionary<string, string?> { ["member"] = i.ToString() }))).ToList();
        var failure = await Assert.ThrowsAsync<WorkplaceApiException>(() => tasks[3]);
        await Task.WhenAll(tasks.Where((_, i) => i != 3));

        Assert.Equal(WorkplaceErrorKind.InvalidArgument, failure.Kind);
        Assert.Equal(2, attemptsOfSeven);
        Assert.Equal(2, transport.Count);
    }

    [Fact]
    public async Task A_failed_batch_request_fails_each_of_its_operations()
    {
        var transport = FakeTransport.Always(() => Respond.GraphError(190, message: "Invalid OAuth access token"));
        using var client = TestClients.Create(transport);
        await using var batcher = new GraphOperationBatcher(client) { Linger = TimeSpan.FromMilliseconds(30) };

        var tasks = Enumerable.Range(0, 3).Select(_ => batcher.SendAsync(BatchOperation.Delete("356/members", new Dictionary<string, string?> { ["member"] = "1" }))).ToList();

        foreach (var task in tasks)
            Assert.Equal(WorkplaceErrorKind.Authentication, (await Assert.ThrowsAsync<WorkplaceApiException>(() => task)).Kind);
        Assert.Equal(1, transport.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_batch_that_fails_transiently_is_sent_again_only_when_its_operations_are_idempotent(bool idempotent)
    {
        var calls = 0;
        var transport = new FakeTransport((request, _) => Interlocked.Increment(ref calls) == 1
            ? Respond.GraphError(2, System.Net.HttpStatusCode.ServiceUnavailable, transient: true, message: "Service temporarily unavailable")
            : Respond.Json(BatchAnswer(request.Body!, _ => (200, """{"success":true}"""))));
        using var client = TestClients.Create(transport, o => o.Retry = TestClients.FastRetry(maxAttempts: 1));
        await using var batcher = new GraphOperationBatcher(client) { Idempotent = idempotent, Linger = TimeSpan.FromMilliseconds(30), RetryDelay = TimeSpan.FromMilliseconds(1) };

        var tasks = Enumerable.Range(0, 3).Select(i => batcher.SendAsync(BatchOperation.Post("356/members", new Dictionary<string, string?> { ["member"] = i.ToString() }))).ToList();

        if (idempotent)
        {
            await Task.WhenAll(tasks);
            // Sent again together, or (on a slow machine) in smaller batches.
            Assert.InRange(transport.Count, 2, 4);
        }
        else
        {
            foreach (var task in tasks)
                Assert.Equal(WorkplaceErrorKind.ServiceUnavailable, (await Assert.ThrowsAsync<WorkplaceApiException>(() => task)).Kind);
            Assert.Equal(1, transport.Count);
        }
    }

    [Fact]
    public async Task A_caller_that_gives_up_before_its_batch_leaves_is_not_sent()
    {
        var transport = new FakeTransport((request, _) => Respond.Json(BatchAnswer(request.Body!, _ => (200, """{"success":true}"""))));
        using var client = TestClients.Create(transport);
        await using var batcher = new GraphOperationBatcher(client) { Linger = TimeSpan.FromMilliseconds(50) };
        using var canceled = new CancellationTokenSource();

        var kept = batcher.SendAsync(BatchOperation.Post("356/members", new Dictionary<string, string?> { ["member"] = "1" }));
        var dropped = batcher.SendAsync(BatchOperation.Post("356/members", new Dictionary<string, string?> { ["member"] = "2" }), canceled.Token);
        canceled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dropped);
        await kept;
        Assert.Equal(1, OperationsIn(Assert.Single(transport.Requests).Body!));
    }

    /// <summary>A batch response with one answer per operation, chosen from the operation's member= value.</summary>
    private static string BatchAnswer(string formBody, Func<string, (int Code, string Body)> answer)
    {
        var batch = System.Web.HttpUtility.ParseQueryString(formBody)["batch"]!;
        using var operations = JsonDocument.Parse(batch);
        var answers = operations.RootElement.EnumerateArray().Select(op =>
        {
            var body = op.TryGetProperty("body", out var b) ? b.GetString()! : op.GetProperty("relative_url").GetString()!.Split('?').Last();
            var member = System.Web.HttpUtility.ParseQueryString(body)["member"] ?? "";
            var (code, text) = answer(member);
            return new { code, body = text };
        });
        return JsonSerializer.Serialize(answers);
    }

    private static int OperationsIn(string formBody)
    {
        using var operations = JsonDocument.Parse(System.Web.HttpUtility.ParseQueryString(formBody)["batch"]!);
        return operations.RootElement.GetArrayLength();
    }
}
