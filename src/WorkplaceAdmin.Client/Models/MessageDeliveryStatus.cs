namespace WorkplaceAdmin.Client.Models;

/// <summary>Whether a Work Chat message reached its thread.</summary>
public enum MessageDeliveryStatus
{
    Delivered,
    NotDelivered,
}
