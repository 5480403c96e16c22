namespace WorkplaceAdmin.Emulator.Webhooks;

/// <summary>A payload waiting to be signed with the app's secret and posted to a subscription's callback.</summary>
internal sealed record PendingDelivery(EmulatorIntegration App, string Object, string Field, Uri CallbackUrl, byte[] Body);
