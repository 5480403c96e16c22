using System.Net.Sockets;

namespace WorkplaceAdmin.Client.Errors;

/// <summary>
/// Whether a failure is the server's machine answering that nothing listens on the port (TCP RST): the address is
/// wrong or its server is not running, which is neither a network problem nor one that waiting fixes.
/// </summary>
internal static class ConnectionRefusal
{
    public static bool IsIn(Exception? failure)
    {
        for (var current = failure; current is not null; current = current.InnerException)
            if (current is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
                return true;
        return false;
    }
}
