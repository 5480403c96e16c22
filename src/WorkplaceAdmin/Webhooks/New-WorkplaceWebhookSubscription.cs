using System.Management.Automation;
using System.Security;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Webhooks;

/// <summary>
/// Subscribes the app to a webhook topic. Workplace first calls the callback URL with the verify token and a
/// challenge, and the subscription exists only if the callback answers it.
/// </summary>
[Cmdlet(VerbsCommon.New, "WorkplaceWebhookSubscription", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.DocsBase + "New-WorkplaceWebhookSubscription.md")]
[OutputType(typeof(WorkplaceWebhookSubscription))]
public sealed class NewWorkplaceWebhookSubscriptionCommand : WorkplaceCmdlet
{
    private readonly AppCredentialResolver _credentials = new();

    /// <summary>The topic: page, group, user, workplace_security or link.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateSet("page", "group", "user", "workplace_security", "link")]
    public string Object { get; set; } = "";

    /// <summary>The topic's fields to receive, such as posts, comments, membership or messages.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Fields")]
    [ArgumentCompleter(typeof(WebhookFieldCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] Field { get; set; } = [];

    /// <summary>Where Workplace delivers: an https URL (http only to a loopback address).</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string CallbackUrl { get; set; } = "";

    /// <summary>The token Workplace sends in the handshake, which the receiver checks.</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNull]
    public SecureString? VerifyToken { get; set; }

    /// <summary>Deliver only which field changed, without its new value.</summary>
    [Parameter]
    public SwitchParameter ExcludeValues { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidatePattern("^[0-9]+$")]
    public string? AppId { get; set; }

    [Parameter]
    public SecureString? AppSecret { get; set; }

    protected override void ProcessRecord()
    {
        WebhookSubscriptionRequest request;
        try
        {
            request = new WebhookSubscriptionRequest(Object, Field, CallbackUrl, SecureStrings.Reveal(VerifyToken) ?? "", includeValues: !ExcludeValues);
        }
        catch (ArgumentException error)
        {
            WriteItemError(error, CallbackUrl);
            return;
        }

        var app = AppId is null ? "the integration's app" : $"app {AppId}";
        if (!ShouldProcess($"{request.Object} ({string.Join(", ", request.Fields)}) → {request.CallbackUrl}", $"Subscribe {app} (Workplace first verifies the callback)"))
        {
            return;
        }

        try
        {
            var credential = _credentials.Resolve(Client, AppId, AppSecret, Await);
            WriteObject(Await(ct => Client.NewWebhookSubscriptionAsync(credential, request, ct)));
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, request.ToString());
        }
    }
}
