using System.Text.Json;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>
/// Reading and deleting Work Chat as Meta's RetrieveMessageInfo, DeleteChatMessages, DeleteUserMessages and
/// DownloadMessagesFromMember / DownloadGroupMessagesFromMember scripts do (workplace-api.md §4.2).
/// </summary>
public abstract class ChatReadingConformance(HostFixture fixture) : ScriptConformanceBase(fixture)
{
    private const string KenjiEmail = "kenji.tanaka@contoso.example";
    private const string MessageFields = "messages{message,from,to,attachments,created_time}";

    [Fact]
    public async Task Conversations_expand_messages_with_sender_recipients_and_attachments()
    {
        var ben = IdOf(BenEmail);
        var conversations = await AllPages($"{ben}/conversations?fields={MessageFields},participants");
        var thread = WithKenji(conversations);
        Assert.StartsWith("t_", thread.GetProperty("id").GetString());
        var messages = thread.GetProperty("messages").GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(3, messages.Length);
        var times = messages.Select(m => m.GetProperty("created_time").GetString()).ToArray();
        Assert.Equal(times.OrderDescending().ToArray(), times); // newest first
        var draft = messages.Single(m => m.GetProperty("message").GetString() == "Sure, here is the draft.");
        Assert.Equal(KenjiEmail, draft.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal(ben, Assert.Single(draft.GetProperty("to").GetProperty("data").EnumerateArray()).GetProperty("id").GetString());
        var file = draft.GetProperty("attachments").GetProperty("data")[0];
        Assert.Equal("application/pdf", file.GetProperty("mime_type").GetString());
        Assert.Equal("build-rfc-draft.pdf", file.GetProperty("name").GetString());
        var download = await Api.GetAbsolute(file.GetProperty("file_url").GetString()!, token: null);
        Assert.Equal(file.GetProperty("size").GetInt64(), download.ContentHeaders.ContentLength);
        Assert.StartsWith("m_", draft.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Image_attachments_carry_image_data_and_group_threads_list_every_recipient()
    {
        var priya = IdOf("priya.shah@contoso.example");
        var thread = (await AllPages($"{priya}/conversations?fields={MessageFields},participants,name"))
            .Single(t => t.TryGetProperty("name", out var name) && name.GetString() == "Offsite planning");
        Assert.Equal("Offsite planning", thread.GetProperty("name").GetString());
        Assert.Equal(3, thread.GetProperty("participants").GetProperty("data").GetArrayLength());
        var venue = thread.GetProperty("messages").GetProperty("data").EnumerateArray().First(m => m.TryGetProperty("attachments", out _));
        var image = venue.GetProperty("attachments").GetProperty("data")[0];
        Assert.Equal("image/png", image.GetProperty("mime_type").GetString());
        Assert.Equal(400, image.GetProperty("image_data").GetProperty("width").GetInt32());
        Expect.Ok(await Api.GetAbsolute(image.GetProperty("image_data").GetProperty("url").GetString()!, token: null));
        Assert.Equal(2, venue.GetProperty("to").GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task A_thread_reads_as_one_member_sees_it_and_a_message_reads_alone()
    {
        var ben = IdOf(BenEmail);
        var threadId = WithKenji(await AllPages($"{ben}/conversations?fields=participants")).GetProperty("id").GetString()!;
        var messages = await AllPages($"{threadId}/messages?fields=id,created_time,message,from&user={IdOf(KenjiEmail)}&limit=2");
        Assert.Equal(3, messages.Count);
        var id = messages[0].GetProperty("id").GetString()!;
        var alone = await Api.Get($"{id}?fields=message,from,to,created_time,tags");
        Assert.Equal(messages[0].GetProperty("message").GetString(), alone.Json.GetProperty("message").GetString());
        Assert.Contains(alone.Json.GetProperty("tags").GetProperty("data").EnumerateArray(), t => t.GetProperty("name").GetString() == "inbox");

        Expect.GraphError(await Api.Get($"{threadId}/messages?user={IdOf(AvaEmail)}"), 400, 100); // not a participant
        Expect.GraphError(await Api.Get($"{threadId}/messages"), 400, 100); // the bot is not in this thread
    }

    [Fact]
    public async Task Deleting_for_each_participant_removes_the_message_from_each_view()
    {
        // A fresh one-to-one thread through the Send API, so this fact changes nothing other facts read.
        var person = await CreatePersonAsync();
        var sent = await Api.PostJson("me/messages", JsonSerializer.Serialize(new { recipient = new { id = person }, message = new { text = "Delete me " + Api.Unique() } }));
        var messageId = sent.Json.GetProperty("message_id").GetString()!;
        var listed = (await Api.Get($"{person}/conversations?fields=messages{{message,from,to}}")).Data.Single();
        var message = listed.GetProperty("messages").GetProperty("data")[0];
        Assert.Equal(messageId, message.GetProperty("id").GetString());
        Assert.Equal(EmulatorDefaults.AdminBotPageId, message.GetProperty("from").GetProperty("id").GetString());
        Assert.False(message.GetProperty("from").TryGetProperty("email", out _)); // how the scripts tell bots apart

        Expect.Success(await Api.Delete($"{messageId}?user={person}"));
        var after = (await Api.Get($"{person}/conversations?fields=messages{{message}}")).Data.Single();
        Assert.False(after.TryGetProperty("messages", out _));
        Expect.GraphError(await Api.Get($"{messageId}?user={person}"), 400, 100, 33);
        Expect.Ok(await Api.Get(messageId)); // the bot still has it
        Expect.Success(await Api.Delete($"{messageId}?user={message.GetProperty("from").GetProperty("id").GetString()}"));
        Expect.GraphError(await Api.Get(messageId), 400, 100, 33);
    }

    [Fact]
    public async Task Delete_needs_a_participant_and_both_message_permissions()
    {
        var ben = IdOf(BenEmail);
        var messageId = WithKenji(await AllPages($"{ben}/conversations?fields=messages{{id}},participants"))
            .GetProperty("messages").GetProperty("data")[0].GetProperty("id").GetString()!;
        Expect.GraphError(await Api.Delete(messageId), 400, 100);
        Expect.GraphError(await Api.Delete($"{messageId}?user={IdOf(AvaEmail)}"), 400, 100);

        var reader = Emulator.AddIntegration("Reader " + Api.Unique(), [EmulatorPermissions.ReadAllMessages]);
        Expect.Ok(await Api.Get($"{ben}/conversations", reader.AccessToken));
        var error = Expect.GraphError(await Api.Delete($"{messageId}?user={ben}", reader.AccessToken), 403, 200);
        Assert.Contains("delete_chat_messages", error.GetProperty("message").GetString());
        var deleter = Emulator.AddIntegration("Deleter " + Api.Unique(), [EmulatorPermissions.DeleteChatMessages]);
        Assert.Contains("read_all_messages",
            Expect.GraphError(await Api.Delete($"{messageId}?user={ben}", deleter.AccessToken), 403, 200).GetProperty("message").GetString());
        Expect.GraphError(await Api.Get($"{ben}/conversations", Api.ReadOnly), 403, 200);
        Assert.Equal(3, WithKenji(await AllPages($"{ben}/conversations?fields=messages{{id}},participants")).GetProperty("messages").GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task Conversations_page_with_next_and_a_bot_lists_its_own_threads()
    {
        var people = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            people.Add(await CreatePersonAsync());
        }
        foreach (var person in people)
        {
            Expect.Ok(await Api.PostJson("me/messages", JsonSerializer.Serialize(new { recipient = new { id = person }, message = new { text = "hello" } })));
        }
        var threads = await AllPages($"{EmulatorDefaults.AdminBotPageId}/conversations?fields=participants&limit=1");
        foreach (var person in people)
        {
            Assert.Contains(threads, t => t.GetProperty("participants").GetProperty("data").EnumerateArray().Any(p => p.GetProperty("id").GetString() == person));
        }
    }

    /// <summary>Ben's seeded conversation with Kenji (other facts may give Ben bot threads too).</summary>
    private JsonElement WithKenji(List<JsonElement> conversations) => conversations.Single(t =>
        t.GetProperty("participants").GetProperty("data").EnumerateArray().Any(p => p.GetProperty("id").GetString() == IdOf(KenjiEmail)));
}

[Collection(InMemoryCollection.Name)]
public sealed class ChatReadingInMemory(InMemoryFixture fixture) : ChatReadingConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class ChatReadingOverKestrel(KestrelFixture fixture) : ChatReadingConformance(fixture);
