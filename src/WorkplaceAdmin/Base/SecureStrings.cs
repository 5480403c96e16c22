using System.Net;
using System.Security;

namespace WorkplaceAdmin.Base;

/// <summary>Reads a SecureString parameter at the moment a secret is handed to the client, and not before.</summary>
internal static class SecureStrings
{
    public static string? Reveal(SecureString? secret) => secret is null ? null : new NetworkCredential(string.Empty, secret).Password;
}
