using System.Text;
using System.Text.Json;
using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Client.Tests.Webhooks;

public class WebhookEnvelopeTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Reads_changes_of_several_entries_in_delivery_order()
    {
        var events = WebhookEnvelope.Parse(Utf8("""
            {"object":"group","entry":[
              {"id":"11","time":1530000512,"changes":[{"field":"comments","value":{"from":{"id":"5","name":"Kim"},"post_id":"11_2","comment_id":"2_3","verb":"add","message":"Nice"}}]},
              {"id":"12","time":1530000513,"changes":[{"field":"posts","value":{"post_id":"12_9","verb":"delete"}}]}]}
            """));

        Assert.Equal(2, events.Count);
        Assert.Equal(("11", "comments", "2_3", "11_2", "Kim"), (events[0].EntryId, events[0].Field, events[0].CommentId, events[0].PostId, events[0].SenderName));
        Assert.Equal(("12", "delete"), (events[1].EntryId, events[1].Verb));
        // Without created_time the entry's time applies.
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1530000513), events[1].Time);
        Assert.Equal("12_9", JsonDocument.Parse(events[1].RawValue!).RootElement.GetProperty("post_id").GetString());
    }

    [Fact]
    public void Reads_chat_events_from_messaging()
    {
        var events = WebhookEnvelope.Parse(Utf8("""
            {"object":"page","entry":[{"id":"900","time":1530000512,"messaging":[
              {"sender":{"id":"100"},"recipient":{"id":"900"},"timestamp":1530000512000,"message":{"mid":"m_1","text":"support"}},
              {"sender":{"id":"101"},"recipient":{"thread_key":"t_77"},"timestamp":1530000513000,"postback":{"title":"Yes","payload":"YES"}}]}]}
            """));

        Assert.Equal(["messages", "messaging_postbacks"], events.Select(e => e.Field));
        Assert.Equal(("m_1", "support", "100"), (events[0].MessageId, events[0].Message, events[0].SenderId));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1530000512000), events[0].Time);
        Assert.Equal(("t_77", "Yes"), (events[1].ThreadId, events[1].Message));
        Assert.Null(events[0].Verb);
    }

    [Fact]
    public void Reads_security_events_and_changes_without_values()
    {
        var events = WebhookEnvelope.Parse(Utf8("""
            {"object":"workplace_security","entry":[{"id":"100000000000001","time":1530000512,"changes":[
              {"field":"admin_activity","value":{"event":"ADMIN_DEACTIVATE_ACCOUNT","target_id":"44","target_email":"a@x.com"}},
              {"field":"admin_activity"}]}]}
            """));

        Assert.Equal(("ADMIN_DEACTIVATE_ACCOUNT", "44"), (events[0].Verb, events[0].MemberId));
        Assert.Null(events[1].RawValue);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1530000512), events[1].Time);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"entry\":[]}")]
    [InlineData("{\"object\":\"group\"}")]
    [InlineData("{\"object\":\"group\",\"entry\":{}}")]
    public void Refuses_a_body_that_is_not_an_envelope(string body)
    {
        Assert.Throws<FormatException>(() => WebhookEnvelope.Parse(Utf8(body)));
    }

    [Fact]
    public void Describes_the_topic_and_first_entry_of_a_body()
    {
        Assert.Equal(("group", "11"), WebhookEnvelope.Describe(Utf8("{\"object\":\"group\",\"entry\":[{\"id\":\"11\"},{\"id\":\"12\"}]}")));
        Assert.Equal((null, null), WebhookEnvelope.Describe(Utf8("plain text")));
    }
}
