using System.Management.Automation;
using System.Net;
using System.Security;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Webhooks;

/// <summary>
/// Listens on a loopback port for webhook deliveries and writes each change to the pipeline as it arrives, until
/// -Count events, -Timeout seconds, or Ctrl+C. Answers the subscription handshake when the verify token matches and
/// refuses unsigned or wrongly signed deliveries with 403.
/// </summary>
[Cmdlet(VerbsCommunications.Receive, "WorkplaceWebhook", HelpUri = HelpLinks.DocsBase + "Receive-WorkplaceWebhook.md")]
[OutputType(typeof(WorkplaceWebhookEvent))]
public sealed class ReceiveWorkplaceWebhookCommand : WorkplaceCmdletBase
{
    /// <summary>The port on 127.0.0.1; 0 picks a free one (its URL is shown as information).</summary>
    [Parameter(Position = 0)]
    [ValidateRange(0, 65535)]
    public int Port { get; set; }

    /// <summary>The verify token given to New-WorkplaceWebhookSubscription.</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNull]
    public SecureString? VerifyToken { get; set; }

    [Parameter]
    public SecureString? AppSecret { get; set; }

    /// <summary>Stops after this many events.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? Count { get; set; }

    /// <summary>Stops after this many seconds.</summary>
    [Parameter]
    [ValidateRange(1, 7 * 24 * 3600)]
    public int? Timeout { get; set; }

    /// <summary>Only to take its app secret when -AppSecret is omitted; no request is made.</summary>
    [Parameter]
    public WorkplaceConnection? Connection { get; set; }

    protected override void EndProcessing()
    {
        WebhookReceiver receiver;
        try
        {
            receiver = AppSecretSource.Resolve(AppSecret, Connection ?? ConnectionStore.Get(SessionState)).StartReceiver(Port, SecureStrings.Reveal(VerifyToken) ?? "");
        }
        catch (Exception error) when (error is ArgumentException or HttpListenerException)
        {
            ThrowSetupError(error, Port);
            return;
        }

        using (receiver)
        {
            WriteInformation($"Receiving Workplace webhooks at {receiver.CallbackUri} (subscribe with this URL, or the https address that forwards to it).", ["PSHOST", "Receive-WorkplaceWebhook"]);
            var received = 0;
            var refused = 0;
            var limit = Timeout is null ? (TimeSpan?)null : TimeSpan.FromSeconds(Timeout.Value);
            try
            {
                foreach (var activity in Stream(receiver.ReadAsync(Count, limit, Cancellation)))
                {
                    switch (activity.Kind)
                    {
                        case WebhookReceiverActivityKind.Event:
                            received++;
                            WriteObject(activity.Event);
                            break;
                        case WebhookReceiverActivityKind.HandshakeAnswered:
                            WriteVerbose(activity.Description);
                            break;
                        default:
                            refused++;
                            WriteWarning(activity.Description);
                            break;
                    }
                }
            }
            catch (OperationCanceledException error) when (IsStopping(error))
            {
                return;
            }

            if (Count is { } expected && received < expected)
            {
                WriteItemError(new WebhookReceiveTimeoutException(received, expected, limit, refused, receiver.CallbackUri), receiver.CallbackUri);
            }
        }
    }
}
