using WorkplaceAdmin.Client.Messages;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Tests.People;
using WorkplaceAdmin.Emulator;
using static WorkplaceAdmin.Client.Tests.Integration.EmulatorClients;

namespace WorkplaceAdmin.Client.Tests.Messages;

/// <summary>Work Chat sends against the emulator: direct, by email, group chat, thread; what reaches the Send API.</summary>
public class MessageSenderTests
{
    private const string Ava = "ava.ross@contoso.example";
    private const string Ben = "ben.carter@contoso.example";

    private static int Sends(WorkplaceEmulator emulator) =>
        emulator.RequestLog.Snapshot().Count(e => e.Path.StartsWith("/graph/me/messages", StringComparison.Ordinal));

    private static int EmailLookups(WorkplaceEmulator emulator) =>
        emulator.RequestLog.Snapshot().Count(e => !e.IsBatchOperation && (e.Path.StartsWith("/graph/?ids=", StringComparison.Ordinal) || e.Path == "/graph/"));

    [Fact]
    public async Task Sends_a_direct_message_by_id_and_by_email()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var sender = new MessageSender(client);
        var ben = emulator.State.FindPersonByEmail(Ben)!;

        var byId = await sender.SendDirectAsync(ben.Id, "Hello by id");
        var byEmail = await sender.SendDirectAsync(" " + Ava + " ", "Hello by email");

        Assert.Equal(ben.Id, byId.RecipientId);
        Assert.Equal(ben.Id, byId.Recipient);
        Assert.StartsWith("m_", byId.MessageId);
        Assert.True(byId.Succeeded);
        Assert.Equal(Ava, byEmail.Recipient);
        Assert.Equal(emulator.State.FindPersonByEmail(Ava)!.Id, byEmail.RecipientId);
        var thread = emulator.State.Threads().Single(t => !t.IsGroup && t.ParticipantIds.Contains(byEmail.RecipientId!));
        Assert.Equal("Hello by email", thread.Messages.Single().Text);
    }

    [Fact]
    public async Task A_send_whose_answer_was_lost_is_found_in_the_conversation_and_reported_delivered_without_a_resend()
    {
        var emulator = new WorkplaceEmulator();
        var losing = new LoseFirstResponse(new EmulatorHttpHandler(emulator), HttpMethod.Post);
        using var client = InMemory(emulator, configure: o => o.Transport = losing);
        var ben = emulator.State.FindPersonByEmail(Ben)!;

        var result = await new MessageSender(client).SendDirectAsync(ben.Id, "Exactly once");

        Assert.Equal(1, losing.Lost);
        Assert.Equal(MessageDeliveryStatus.Delivered, result.Status);
        Assert.Equal(1, Sends(emulator));
        var thread = Assert.Single(emulator.State.Threads(), t => t.BotId is not null && t.ParticipantIds.Contains(ben.Id));
        Assert.Equal(thread.Messages.Single().Id, result.MessageId);
    }

    [Fact]
    public async Task A_send_that_failed_before_acting_is_sent_again_once_the_conversation_shows_it_missing()
    {
        var emulator = new WorkplaceEmulator(new EmulatorOptions { ServerErrorRate = 1 });
        using var client = InMemory(emulator);
        var ben = emulator.State.FindPersonByEmail(Ben)!;
        var sender = new MessageSender(client);
        // Every call fails until the first send is refused; then the service recovers.
        var recovered = Task.Run(async () =>
        {
            while (Sends(emulator) == 0)
                await Task.Delay(1);
            emulator.Controls.ServerErrorRate = 0;
        });

        var result = await sender.SendDirectAsync(ben.Id, "Second time lucky");
        await recovered;

        Assert.Equal(MessageDeliveryStatus.Delivered, result.Status);
        var thread = Assert.Single(emulator.State.Threads(), t => t.BotId is not null && t.ParticipantIds.Contains(ben.Id));
        Assert.Equal("Second time lucky", thread.Messages.Single().Text);
    }

    [Fact]
    public async Task A_send_the_service_refused_does_not_claim_it_may_have_been_delivered()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => new MessageSender(client).SendDirectAsync("100000000999999", "To nobody"));

        Assert.DoesNotContain("may still have been delivered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_is_looked_up_once_however_many_messages_go_to_it()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var sender = new MessageSender(client);

        for (var i = 0; i < 3; i++)
            await sender.SendDirectAsync(Ava, $"Message {i}");

        Assert.Equal(1, EmailLookups(emulator));
        Assert.Equal(3, Sends(emulator));
    }

    [Fact]
    public async Task Concurrent_sends_to_many_emails_share_batched_lookups()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var sender = new MessageSender(client);
        var emails = emulator.State.People().Where(p => p.Active && p.Email is not null).Select(p => p.Email!).Take(20).ToList();

        var results = await Task.WhenAll(emails.Select(email => sender.SendDirectAsync(email, "Hi")));

        Assert.All(results, r => Assert.NotNull(r.MessageId));
        Assert.Equal(emails.Count, results.Select(r => r.RecipientId).Distinct().Count());
        // 20 emails asked for together: one ?ids= call (two if a slow machine splits the batch window), never 20.
        Assert.InRange(EmailLookups(emulator), 1, 2);
    }

    [Fact]
    public async Task An_unknown_email_fails_that_recipient_only()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var sender = new MessageSender(client);

        var known = sender.SendDirectAsync(Ava, "Hi");
        var unknown = sender.SendDirectAsync("nobody@contoso.example", "Hi");
        var alsoKnown = sender.SendDirectAsync(Ben, "Hi");

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => unknown);
        Assert.Contains("nobody@contoso.example", error.Message);
        Assert.NotNull((await known).MessageId);
        Assert.NotNull((await alsoKnown).MessageId);
        Assert.Equal(2, Sends(emulator));
        Assert.Equal("Workplace.NotFound", WorkplaceErrorClassifier.Classify(error).ErrorId);
    }

    [Fact]
    public async Task An_over_long_message_is_refused_before_any_request()
    {
        var emulator = new WorkplaceEmulator();
        var seeded = emulator.State.MessageCount;
        using var client = InMemory(emulator);
        var sender = new MessageSender(client);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => sender.SendDirectAsync(Ava, new string('x', MessageText.MaxLength + 1)));

        Assert.Contains("2001 characters", error.Message);
        Assert.Contains("2000", error.Message);
        Assert.Empty(emulator.RequestLog.Snapshot());
        Assert.Equal(seeded, emulator.State.MessageCount);
    }

    [Fact]
    public async Task The_limit_itself_is_accepted()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);

        var result = await new MessageSender(client).SendDirectAsync(Ava, new string('x', MessageText.MaxLength));

        Assert.NotNull(result.MessageId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    [InlineData("a@b@c")]
    [InlineData("a,b@contoso.example")]
    public async Task A_recipient_that_is_neither_id_nor_email_is_refused_before_any_request(string recipient)
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);

        await Assert.ThrowsAsync<ArgumentException>(() => new MessageSender(client).SendDirectAsync(recipient, "Hi"));

        Assert.Empty(emulator.RequestLog.Snapshot());
    }

    [Fact]
    public async Task A_group_chat_starts_a_new_thread_every_call_and_a_thread_key_reuses_one()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var sender = new MessageSender(client);

        var first = await sender.SendGroupChatAsync([Ava, Ben], "Hello both");
        var second = await sender.SendGroupChatAsync([Ava, Ben], "Hello again");
        var reply = await sender.SendToThreadAsync(first.ThreadKey!, "Same thread");

        Assert.StartsWith("t_", first.ThreadKey);
        Assert.NotEqual(first.ThreadKey, second.ThreadKey);
        Assert.Equal(first.ThreadKey, reply.ThreadKey);
        Assert.Equal($"{Ava}, {Ben}", first.Recipient);
        var thread = emulator.State.FindThread(first.ThreadKey!)!;
        Assert.True(thread.IsGroup);
        Assert.Equal(["Hello both", "Same thread"], thread.Messages.Select(m => m.Text!).ToArray());
    }

    [Fact]
    public async Task A_group_chat_with_an_unknown_member_sends_nothing()
    {
        var emulator = new WorkplaceEmulator();
        var seeded = emulator.State.MessageCount;
        using var client = InMemory(emulator);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => new MessageSender(client).SendGroupChatAsync([Ava, "ghost@contoso.example"], "Hi"));

        Assert.Equal(0, Sends(emulator));
        Assert.Equal(seeded, emulator.State.MessageCount);
    }

    [Fact]
    public async Task A_bare_thread_id_gets_the_documented_prefix_and_a_bad_one_is_refused()
    {
        Assert.Equal("t_123", ThreadKey.Normalize("123"));
        Assert.Equal("t_123", ThreadKey.Normalize(" t_123 "));
        Assert.Throws<ArgumentException>(() => ThreadKey.Normalize("t_abc"));
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => new MessageSender(client).SendToThreadAsync("t_42", "Hi"));

        Assert.Equal(WorkplaceErrorKind.InvalidArgument, error.Kind);
    }

    [Fact]
    public async Task An_integration_without_message_any_member_is_refused_with_the_permission_named()
    {
        var emulator = new WorkplaceEmulator();
        var seeded = emulator.State.MessageCount;
        using var client = InMemory(emulator, EmulatorDefaults.ReadOnlyGroupsToken);
        var ben = emulator.State.FindPersonByEmail(Ben)!;

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => new MessageSender(client).SendDirectAsync(ben.Id, "Hi"));

        Assert.Equal(WorkplaceErrorKind.PermissionDenied, error.Kind);
        Assert.Contains("Message any member", error.Message);
        Assert.Equal(seeded, emulator.State.MessageCount);
    }

    [Fact]
    public async Task The_token_never_appears_in_a_url()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);

        await new MessageSender(client).SendDirectAsync(Ava, "Hi");

        Assert.All(emulator.RequestLog.Snapshot(), entry => Assert.False(entry.SecretInUrl));
    }
}
