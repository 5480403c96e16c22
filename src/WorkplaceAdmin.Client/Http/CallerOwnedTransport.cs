namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// Wraps a transport the caller supplied (such as the emulator's in-memory handler) so that disposing the
/// client's handler chain leaves it alive: its creator owns it and may share it between clients.
/// </summary>
internal sealed class CallerOwnedTransport : DelegatingHandler
{
    public CallerOwnedTransport(HttpMessageHandler transport) : base(transport)
    {
    }

    protected override void Dispose(bool disposing)
    {
        // Deliberately not disposing the inner handler.
    }
}
