using WorkplaceAdmin.Client.Tests.Support;

namespace WorkplaceAdmin.Client.Tests.BadInput;

/// <summary>
/// Every family of client operation meets every malformed answer (truncated JSON, HTML error pages with 200 and
/// 500, wrong content types, empty bodies, JSON of the wrong shape, huge bodies): each fails with a
/// <see cref="WorkplaceApiException"/> the cmdlets classify, whose message says what was wrong, and no parser
/// exception (JsonException, InvalidOperationException, KeyNotFoundException…) escapes.
/// </summary>
public class MalformedResponseTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in ClientOperations.All)
            foreach (var response in BadResponses.All)
                data.Add(operation.Name, response.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_malformed_answer_gives_a_clear_api_error(string operationName, string responseName)
    {
        var operation = ClientOperations.All.Single(o => o.Name == operationName);
        var response = BadResponses.All.Single(r => r.Name == responseName);
        var transport = FakeTransport.Always(response.Make);
        using var client = TestClients.Create(transport, o => o.AppSecret = TestClients.AppSecret);

        var error = await Record.ExceptionAsync(() => operation.Run(client));

        Assert.NotNull(error);
        var api = Assert.IsType<WorkplaceApiException>(error);
        Assert.NotEqual("Workplace.Unknown", WorkplaceErrorClassifier.Classify(api).ErrorId);
        Assert.True(response.ExpectedInMessage.Any(word => api.Message.Contains(word, StringComparison.OrdinalIgnoreCase)),
            $"The message does not say what was wrong ({string.Join(" or ", response.ExpectedInMessage)}): {api.Message}");
        // Clear also means short: a huge body is never pasted into the message.
        Assert.True(api.Message.Length < 1000, $"The message is {api.Message.Length} characters long.");
        Assert.DoesNotContain(TestClients.Token, api.Message, StringComparison.Ordinal);
    }
}
