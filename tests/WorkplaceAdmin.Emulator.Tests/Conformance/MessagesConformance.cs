using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>The Send API, POST /me/messages (workplace-api.md §4.1, A5).</summary>
public abstract class MessagesConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    [Fact]
    public async Task A5_direct_message_answers_recipient_id_and_message_id()
    {
        var to = IdOf("hana.sato@contoso.example");
        var response = await Api.PostJson("me/messages", $$$"""{"recipient":{"id":"{{{to}}}"},"message":{"text":"Ping"},"messaging_type":"RESPONSE"}""");
        Expect.Ok(response);
        Assert.Equal(["recipient_id", "message_id"], response.Json.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(to, response.Json.GetProperty("recipient_id").GetString());
        var messageId = response.Json.GetProperty("message_id").GetString()!;
        Assert.StartsWith("m_", messageId);

        var thread = Emulator.State.Threads().Single(t => !t.IsGroup && t.BotId == EmulatorDefaults.AdminBotPageId && t.ParticipantIds.SequenceEqual([to]));
        var stored = thread.Messages.Single(m => m.Id == messageId);
        Assert.Equal("Ping", stored.Text);
        Assert.Equal(EmulatorDefaults.AdminBotPageId, stored.FromId);
    }

    [Fact]
    public async Task Recipient_ids_start_a_new_group_thread_every_time_and_thread_key_reuses_it()
    {
        var ids = $"[\"{IdOf(AvaEmail)}\",\"{IdOf(BenEmail)}\"]";
        var first = await Api.PostJson("me/messages", $$$"""{"recipient":{"ids":{{{ids}}}},"message":{"text":"Hello both"}}""");
        var second = await Api.PostJson("me/messages", $$$"""{"recipient":{"ids":{{{ids}}}},"message":{"text":"Hello again"}}""");
        Expect.Ok(first);
        var threadKey = first.Json.GetProperty("thread_key").GetString()!;
        Assert.StartsWith("t_", threadKey);
        Assert.NotEqual(threadKey, second.Json.GetProperty("thread_key").GetString());

        var third = await Api.PostJson("me/messages", $$$"""{"recipient":{"thread_key":"{{{threadKey}}}"},"message":{"text":"Same thread"}}""");
        Expect.Ok(third);
        Assert.Equal(threadKey, third.Json.GetProperty("thread_key").GetString());
        var thread = Emulator.State.FindThread(threadKey)!;
        Assert.True(thread.IsGroup);
        Assert.Equal(["Hello both", "Same thread"], thread.Messages.Select(m => m.Text!).ToArray());
    }

    [Fact]
    public async Task Form_encoded_messages_work_too()
    {
        var response = await Api.PostForm("me/messages", ("recipient", $$$"""{"id":"{{{IdOf(BenEmail)}}}"}"""), ("message", """{"text":"form"}"""));
        Expect.Ok(response);
        Assert.Equal(IdOf(BenEmail), response.Json.GetProperty("recipient_id").GetString());
    }

    [Fact]
    public async Task Text_is_limited_to_2000_characters()
    {
        var to = IdOf(BenEmail);
        Expect.Ok(await Api.PostJson("me/messages", $$$"""{"recipient":{"id":"{{{to}}}"},"message":{"text":"{{{new string('a', 2000)}}}"}}"""));
        var error = Expect.GraphError(await Api.PostJson("me/messages", $$$"""{"recipient":{"id":"{{{to}}}"},"message":{"text":"{{{new string('a', 2001)}}}"}}"""), 400, 100);
        Assert.Contains("2000", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{"recipient":{"id":"100000000009999"},"message":{"text":"x"}}""")]
    [InlineData("""{"recipient":{"id":"1","ids":["2"]},"message":{"text":"x"}}""")]
    [InlineData("""{"recipient":{"thread_key":"t_42"},"message":{"text":"x"}}""")]
    [InlineData("""{"recipient":{"email":"ava.ross@contoso.example"},"message":{"text":"x"}}""")]
    [InlineData("""{"recipient":"nope","message":{"text":"x"}}""")]
    [InlineData("""{"message":{"text":"x"}}""")]
    [InlineData("""{"recipient":{"id":"100000000000101"}}""")]
    [InlineData("""{"recipient":{"id":"100000000000101"},"message":{"text":42}}""")]
    public async Task Invalid_sends_are_error_100(string json)
    {
        Expect.GraphError(await Api.PostJson("me/messages", json), 400, 100);
    }

    [Fact]
    public async Task Sending_needs_message_any_member()
    {
        var error = Expect.GraphError(await Api.PostJson("me/messages", $$$"""{"recipient":{"id":"{{{IdOf(BenEmail)}}}"},"message":{"text":"x"}}""", Api.ReadOnly), 403, 200);
        Assert.Contains("message_any_member", error.GetProperty("message").GetString());
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class MessagesInMemory(InMemoryFixture fixture) : MessagesConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class MessagesOverKestrel(KestrelFixture fixture) : MessagesConformance(fixture);
