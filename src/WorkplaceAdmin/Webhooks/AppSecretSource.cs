using System.Security;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Webhooks;

/// <summary>
/// The app secret that verifies deliveries: -AppSecret when given, else the one the connection was made with
/// (Connect-Workplace -AppSecret), which stays inside the client. Neither cmdlet that uses it needs a connection
/// otherwise.
/// </summary>
internal sealed class AppSecretSource
{
    private readonly string? _secret;
    private readonly WorkplaceClient? _client;

    private AppSecretSource(string? secret, WorkplaceClient? client)
    {
        _secret = secret;
        _client = client;
    }

    /// <param name="connection">-Connection, else the runspace's current connection.</param>
    /// <exception cref="ArgumentException">No -AppSecret, and no connection made with an app secret.</exception>
    public static AppSecretSource Resolve(SecureString? appSecret, WorkplaceConnection? connection)
    {
        var secret = SecureStrings.Reveal(appSecret);
        if (!string.IsNullOrEmpty(secret))
        {
            return new AppSecretSource(secret, null);
        }
        if (connection is { Client.HasAppSecret: true })
        {
            return new AppSecretSource(null, connection.Client);
        }
        throw new ArgumentException(
            "No app secret to verify deliveries with: pass -AppSecret (the integration's app secret as a SecureString), or connect with Connect-Workplace -AppSecret.",
            "AppSecret");
    }

    public WebhookSignatureResult Verify(byte[] body, string? signature256, string? signature1) =>
        _client is not null ? _client.VerifyWebhookSignature(body, signature256, signature1) : WebhookSignature.Verify(body, signature256, signature1, _secret!);

    public WebhookReceiver StartReceiver(int port, string verifyToken) =>
        _client is not null
            ? _client.StartWebhookReceiver(port, verifyToken)
            : WebhookReceiver.Start(new WebhookReceiverOptions { Port = port, VerifyToken = verifyToken, AppSecret = _secret! });
}
