using WorkplaceAdmin.Client.Tests.Integration;
using WorkplaceAdmin.Client.Webhooks;
using WorkplaceAdmin.Emulator;
using WorkplaceAdmin.Emulator.Server;
using WorkplaceAdmin.Emulator.Webhooks;

namespace WorkplaceAdmin.Client.Tests.Webhooks;

/// <summary>The same round trip over loopback TCP: the emulator server answers a subscription only after its handshake.</summary>
public sealed class WebhookKestrelTests
{
    [Fact]
    public async Task Subscribes_and_receives_through_the_emulator_server()
    {
        using var loopback = LoopbackHttp.Create();
        var emulator = new WorkplaceEmulator(new EmulatorOptions { Webhooks = new EmulatorWebhookOptions { HttpClient = loopback, RetryDelay = TimeSpan.FromMilliseconds(20) } });
        await using var server = await EmulatorServer.StartAsync(emulator, port: 0);
        using var client = new WorkplaceClient(EmulatorClients.ServerOptions(server));
        using var receiver = WebhookReceiver.Start(new WebhookReceiverOptions { VerifyToken = "kestrel-vt", AppSecret = EmulatorDefaults.AdminAppSecret });
        var app = new WorkplaceAppCredential(EmulatorDefaults.AdminAppId, EmulatorDefaults.AdminAppSecret);

        await client.NewWebhookSubscriptionAsync(app, new WebhookSubscriptionRequest("group", ["posts"], receiver.CallbackUri.AbsoluteUri, "kestrel-vt"));
        var groupId = emulator.State.FindGroupByName("Engineering")!.Id;
        await client.GraphPostAsync(WorkplacePath.Of(groupId, "feed"), new Dictionary<string, string?> { ["message"] = "over TCP" });

        var events = new List<Models.WorkplaceWebhookEvent>();
        await foreach (var e in receiver.ReceiveEventsAsync(1, TimeSpan.FromSeconds(10)))
            events.Add(e);
        var received = Assert.Single(events);
        Assert.Equal(("posts", groupId, "over TCP"), (received.Field, received.EntryId, received.Message));
    }
}
