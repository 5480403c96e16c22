using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Webhooks;

/// <summary>What happened at a receiver: an event arrived, a handshake was answered, or a request was refused.</summary>
public enum WebhookReceiverActivityKind
{
    Event,
    HandshakeAnswered,
    HandshakeRefused,
    DeliveryRefused,
}

/// <summary>One thing that happened at a <see cref="WebhookReceiver"/>, in arrival order.</summary>
public sealed record WebhookReceiverActivity(WebhookReceiverActivityKind Kind, WorkplaceWebhookEvent? Event, string Description)
{
    public static WebhookReceiverActivity Of(WorkplaceWebhookEvent e) => new(WebhookReceiverActivityKind.Event, e, e.ToString());
}
