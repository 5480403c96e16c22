using WorkplaceAdmin.Client.Messages;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Emulator;
using static WorkplaceAdmin.Client.Tests.Integration.EmulatorClients;

namespace WorkplaceAdmin.Client.Tests.Messages;

/// <summary>
/// Sends complete under faults without duplicates: with 10 % server errors and lost answers, every message is
/// reported delivered or not delivered, each delivered message is in its conversation exactly once, and no
/// undelivered one is there at all.
/// </summary>
public class DeliveryUnderFaultsTests
{
    [Theory]
    [InlineData(0.01)]
    [InlineData(0.05)]
    public async Task Every_send_is_delivered_exactly_once_or_reported_not_delivered(double lostResponseRate)
    {
        var emulator = new WorkplaceEmulator(new EmulatorOptions { RandomSeed = 6, RequestLogCapacity = 100_000 });
        using var client = InMemory(emulator, configure: o =>
        {
            o.Retry = PatientRetry();
            o.MaxConcurrency = 8;
        });
        var people = emulator.State.People().Where(p => p.Active).Select(p => p.Id).ToList();
        emulator.Controls.ServerErrorRate = 0.1;
        emulator.Controls.LostResponseRate = lostResponseRate;

        var sender = new MessageSender(client);
        // Each person gets five different texts, sent concurrently, so the check must tell its own message apart.
        var sends = people.SelectMany(person => Enumerable.Range(1, 5).Select(n => (Person: person, Text: $"Notice {n} for {person}"))).ToList();
        var results = await Task.WhenAll(sends.Select(async send =>
        {
            try
            {
                return (send, Result: await sender.SendDirectAsync(send.Person, send.Text));
            }
            catch (WorkplaceApiException error)
            {
                return (send, Result: new WorkplaceMessageResult { Recipient = send.Person, Error = error.Message });
            }
        }));
        emulator.Controls.ClearFaults();

        var faults = emulator.RequestLog.Snapshot().Count(e => e.Status >= 500 || e.Status == 0);
        Assert.True(faults > 0, "No fault was injected.");
        foreach (var (send, result) in results)
        {
            Assert.DoesNotContain("may", result.Error ?? "", StringComparison.OrdinalIgnoreCase);
            var thread = emulator.State.Threads().Single(t => t.BotId is not null && !t.IsGroup && t.ParticipantIds.Contains(send.Person));
            var copies = thread.Messages.Count(m => m.Text == send.Text);
            Assert.Equal(result.Status == MessageDeliveryStatus.Delivered ? 1 : 0, copies);
            if (result.Status == MessageDeliveryStatus.Delivered)
                Assert.Equal(thread.Messages.Single(m => m.Text == send.Text).Id, result.MessageId);
        }

        Assert.True(results.Count(r => r.Result.Status == MessageDeliveryStatus.Delivered) >= results.Length * 99 / 100);
    }
}
