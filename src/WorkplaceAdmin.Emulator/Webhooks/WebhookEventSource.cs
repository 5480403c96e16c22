using System.Text.Json;
using WorkplaceAdmin.Emulator.Graph.Schemas;
using WorkplaceAdmin.Emulator.Json;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Webhooks;

/// <summary>
/// Turns the community's changes into webhook events (workplace-api.md §7.5–7.6): group posts, comments and
/// membership changes, and chat messages on the bot's page. Runs under the community lock, so it only writes
/// payloads and queues them.
/// </summary>
internal sealed class WebhookEventSource : ICommunityObserver
{
    private readonly EmulatorWebhooks _webhooks;
    private readonly Community _community;

    public WebhookEventSource(EmulatorWebhooks webhooks, Community community)
    {
        _webhooks = webhooks;
        _community = community;
    }

    public void PostAdded(Post post) =>
        _webhooks.Publish(WebhookTopics.Group, "posts", includeValues => WebhookPayloads.Change(
            WebhookTopics.Group, post.Group.Id, post.CreatedTime, "posts", !includeValues ? null : w =>
            {
                w.WriteStartObject();
                WriteFrom(w, post.From);
                w.WriteString("type", post.Type);
                w.WriteString("target_type", "group");
                WriteCommunity(w);
                w.WriteString("post_id", post.Id);
                w.WriteString("verb", "add");
                w.WriteString("created_time", WireTime.Graph(post.CreatedTime));
                WriteOptional(w, "message", post.Message);
                WriteOptional(w, "link", post.Link);
                w.WriteString("permalink_url", CommunityLinks.Post(_community, post));
                w.WriteEndObject();
            }));

    public void CommentAdded(Comment comment) =>
        _webhooks.Publish(WebhookTopics.Group, "comments", includeValues => WebhookPayloads.Change(
            WebhookTopics.Group, comment.Post.Group.Id, comment.CreatedTime, "comments", !includeValues ? null : w =>
            {
                w.WriteStartObject();
                WriteFrom(w, comment.From);
                WriteCommunity(w);
                w.WriteString("post_id", comment.Post.Id);
                w.WriteString("comment_id", comment.Id);
                WriteOptional(w, "parent_id", comment.Parent?.Id);
                w.WriteString("verb", "add");
                w.WriteString("created_time", WireTime.Graph(comment.CreatedTime));
                WriteOptional(w, "message", comment.Message);
                w.WriteString("permalink_url", CommunityLinks.Post(_community, comment.Post));
                w.WriteEndObject();
            }));

    public void MemberAdded(Group group, Person person, DateTimeOffset when) => Membership(group, person, when, "add");

    public void MemberRemoved(Group group, Person person, DateTimeOffset when) => Membership(group, person, when, "remove");

    /// <summary>
    /// A message in one of the bot's threads, on the bot's page. Messages the bot sends carry is_echo, as Messenger
    /// marks a page's own messages.
    /// </summary>
    public void MessageAdded(ChatThread thread, ChatMessage message)
    {
        // Threads among people only (seeded conversations) are no bot's business.
        if (thread.BotId is null || _community.FindIntegrationByBotId(thread.BotId) is not { } bot)
        {
            return;
        }
        _webhooks.Publish(WebhookTopics.Page, "messages", _ => WebhookPayloads.Messaging(
            WebhookTopics.Page, thread.BotId, message.CreatedTime, w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("sender");
                w.WriteString("id", message.FromId);
                w.WriteEndObject();
                w.WriteStartObject("recipient");
                if (thread.IsGroup)
                {
                    w.WriteString("thread_key", thread.Id);
                }
                else
                {
                    w.WriteString("id", message.FromId == thread.BotId ? thread.ParticipantIds[0] : thread.BotId);
                }
                w.WriteEndObject();
                w.WriteStartObject("thread");
                w.WriteString("id", thread.Id);
                w.WriteEndObject();
                w.WriteNumber("timestamp", message.CreatedTime.ToUnixTimeMilliseconds());
                w.WriteStartObject("message");
                w.WriteString("mid", message.Id);
                WriteOptional(w, "text", message.Text);
                if (message.FromId == thread.BotId)
                {
                    w.WriteBoolean("is_echo", true);
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }), onlyApp: bot);
    }

    private void Membership(Group group, Person person, DateTimeOffset when, string verb) =>
        _webhooks.Publish(WebhookTopics.Group, "membership", includeValues => WebhookPayloads.Change(
            WebhookTopics.Group, group.Id, when, "membership", !includeValues ? null : w =>
            {
                w.WriteStartObject();
                w.WriteString("verb", verb);
                w.WriteStartObject("member");
                w.WriteString("id", person.Id);
                w.WriteString("name", person.Name);
                w.WriteEndObject();
                w.WriteString("group_id", group.Id);
                WriteCommunity(w);
                w.WriteString("created_time", WireTime.Graph(when));
                w.WriteEndObject();
            }));

    private static void WriteFrom(Utf8JsonWriter w, Author author)
    {
        w.WriteStartObject("from");
        w.WriteString("id", author.Id);
        w.WriteString("name", author.Name);
        w.WriteEndObject();
    }

    private void WriteCommunity(Utf8JsonWriter w)
    {
        w.WriteStartObject("community");
        w.WriteString("id", _community.Id);
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
