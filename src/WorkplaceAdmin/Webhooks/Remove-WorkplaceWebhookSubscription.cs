using System.Management.Automation;
using System.Security;
using WorkplaceAdmin.Base;

namespace WorkplaceAdmin.Webhooks;

/// <summary>Removes the app's subscription to a topic, only some of its fields, or (with -All) every subscription of the app.</summary>
[Cmdlet(VerbsCommon.Remove, "WorkplaceWebhookSubscription", DefaultParameterSetName = ObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpLinks.DocsBase + "Remove-WorkplaceWebhookSubscription.md")]
[OutputType(typeof(void))]
public sealed class RemoveWorkplaceWebhookSubscriptionCommand : WorkplaceCmdlet
{
    private const string ObjectSet = "Object";
    private const string AllSet = "All";

    private readonly AppCredentialResolver _credentials = new();

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ObjectSet, ValueFromPipelineByPropertyName = true)]
    [ValidateSet("page", "group", "user", "workplace_security", "link")]
    public string Object { get; set; } = "";

    /// <summary>Only these fields; the subscription goes when it has none left.</summary>
    [Parameter(Position = 1, ParameterSetName = ObjectSet)]
    [ArgumentCompleter(typeof(WebhookFieldCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Field { get; set; }

    /// <summary>Every subscription of the app.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AllSet)]
    public SwitchParameter All { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidatePattern("^[0-9]+$")]
    public string? AppId { get; set; }

    [Parameter]
    public SecureString? AppSecret { get; set; }

    protected override void ProcessRecord()
    {
        var topic = All ? null : Object;
        var target = topic is null ? "every webhook subscription" : Field is null ? $"the {topic} subscription" : $"{string.Join(", ", Field)} of the {topic} subscription";
        var app = AppId is null ? "the integration's app" : $"app {AppId}";
        if (!ShouldProcess($"{target} of {app}", "Remove"))
        {
            return;
        }

        try
        {
            var credential = _credentials.Resolve(Client, AppId, AppSecret, Await);
            Await(async ct =>
            {
                await Client.RemoveWebhookSubscriptionAsync(credential, topic, Field, ct).ConfigureAwait(false);
                return true;
            });
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, topic ?? "All");
        }
    }
}
