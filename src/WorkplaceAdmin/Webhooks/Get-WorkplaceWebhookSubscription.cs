using System.Management.Automation;
using System.Security;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Webhooks;

/// <summary>Gets the app's webhook subscriptions, one per topic, with the app token (app id and app secret).</summary>
[Cmdlet(VerbsCommon.Get, "WorkplaceWebhookSubscription", HelpUri = HelpLinks.DocsBase + "Get-WorkplaceWebhookSubscription.md")]
[OutputType(typeof(WorkplaceWebhookSubscription))]
public sealed class GetWorkplaceWebhookSubscriptionCommand : WorkplaceCmdlet
{
    /// <summary>Only the subscriptions to these topics.</summary>
    [Parameter(Position = 0)]
    [ValidateSet("page", "group", "user", "workplace_security", "link")]
    public string[]? Object { get; set; }

    /// <summary>The integration's App ID; read from the API (GET /app) when omitted.</summary>
    [Parameter]
    [ValidatePattern("^[0-9]+$")]
    public string? AppId { get; set; }

    /// <summary>The integration's app secret; the connection's (Connect-Workplace -AppSecret) when omitted.</summary>
    [Parameter]
    public SecureString? AppSecret { get; set; }

    protected override void ProcessRecord()
    {
        Client.Webhooks.WorkplaceAppCredential app;
        try
        {
            app = new AppCredentialResolver().Resolve(Client, AppId, AppSecret, Await);
        }
        catch (Exception error) when (!IsStopping(error))
        {
            ThrowSetupError(error, AppId);
            return;
        }

        try
        {
            foreach (var subscription in Stream(Client.GetWebhookSubscriptionsAsync(app, Cancellation)))
            {
                if (Object is null || Object.Contains(subscription.Object, StringComparer.OrdinalIgnoreCase))
                {
                    WriteObject(subscription);
                }
            }
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, app.AppId);
        }
    }
}
