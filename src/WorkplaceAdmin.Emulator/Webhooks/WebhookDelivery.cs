namespace WorkplaceAdmin.Emulator.Webhooks;

/// <summary>
/// The outcome of delivering one signed payload to a callback: how many attempts it took, the last HTTP status
/// (null when no response came) and the failure of the last attempt, if any. Tests read these from
/// <see cref="EmulatorWebhooks.Deliveries"/>.
/// </summary>
public sealed record WebhookDelivery(
    string AppId,
    string Object,
    string Field,
    Uri CallbackUrl,
    string Body,
    int Attempts,
    int? LastStatus,
    string? LastError)
{
    public bool Succeeded => LastStatus is >= 200 and <= 299;
}
