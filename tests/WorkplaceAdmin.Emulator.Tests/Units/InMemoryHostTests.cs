using System.Net.Http.Headers;

namespace WorkplaceAdmin.Emulator.Tests.Units;

/// <summary>The in-memory host behaves like a transport: a canceled call sends nothing.</summary>
public sealed class InMemoryHostTests
{
    [Fact]
    public async Task A_call_canceled_before_it_starts_reaches_no_emulator_state()
    {
        var emulator = new WorkplaceEmulator();
        using var client = new HttpClient(new EmulatorHttpHandler(emulator));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(EmulatorHttpHandler.GraphBaseUri, "community/groups"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Never Made" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", EmulatorDefaults.AdminToken);
        var groupsBefore = emulator.State.GroupCount;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(request, new CancellationToken(canceled: true)));

        Assert.Equal(groupsBefore, emulator.State.GroupCount);
        Assert.Equal(0, emulator.RequestLog.Count);
    }
}
