using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Links;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Links;

/// <summary>Verifies an integration's token against a target (a group's feed, or Work Chat) and saves the pairing as a named link.</summary>
[Cmdlet(VerbsCommon.New, "WorkplaceLink", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.DocsBase + "New-WorkplaceLink.md")]
[OutputType(typeof(WorkplaceLink))]
public sealed class NewWorkplaceLinkCommand : WorkplaceLinkCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = "";

    [Parameter(Mandatory = true)]
    [ValidateNotNull]
    public System.Security.SecureString? AccessToken { get; set; }

    /// <summary>The group of a GroupFeed link: its id, its URL, or its exact name.</summary>
    [Parameter]
    [Alias("GroupId", "GroupUrl")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(GroupNameCompleter))]
    public string? Group { get; set; }

    /// <summary>GroupFeed (the default when -Group is given) or Chat (the default otherwise).</summary>
    [Parameter]
    public WorkplaceLinkKind? Kind { get; set; }

    [Parameter]
    [ValidateNotNull]
    public System.Security.SecureString? AppSecret { get; set; }

    /// <summary>The SecretManagement vault that keeps the token.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Vault { get; set; }

    /// <summary>Where neither DPAPI nor a vault is available: keep the token in a file only the user can read.</summary>
    [Parameter]
    public SwitchParameter AllowPlainTextTokenFile { get; set; }

    protected override void ProcessRecord()
    {
        LinkTarget target;
        ILinkSecretStore secretStore;
        try
        {
            target = LinkTarget.Create(Name, Kind ?? (Group is null ? WorkplaceLinkKind.Chat : WorkplaceLinkKind.GroupFeed), Group);
            Links.EnsureNameAvailable(target.Name);
            secretStore = ChooseSecretStore();
        }
        catch (Exception error)
        {
            ThrowSetupError(error, Name);
            return;
        }

        if (!ShouldProcess($"{target.Name} ({target})", "Verify the token and save the link"))
        {
            return;
        }

        var secrets = new LinkSecrets(Reveal(AccessToken!), AppSecret is null ? null : Reveal(AppSecret));
        WorkplaceLink link;
        try
        {
            var endpoint = EndpointForNew();
            link = Await(ct => Links.VerifyNewAsync(target, secrets, endpoint, secretStore, ct));
            Links.Save(link, secrets, secretStore);
        }
        catch (Exception error) when (!IsStopping(error))
        {
            if (error is WorkplaceLinkException { Checks.Count: > 0 } failed)
            {
                foreach (var check in failed.Checks)
                {
                    WriteVerbose($"{check.CheckId}: {check.Status}. {check.Detail}");
                }
            }

            WriteItemError(error, target.Name);
            return;
        }

        if (secretStore is PlainTextLinkSecretStore plainText)
        {
            WriteWarning($"The token of link '{link.Name}' is stored in plain text in {plainText.PathOf(link.Name)}, readable only by you (mode 0600). Anyone who can act as you can read it; a SecretManagement vault (-Vault) is safer.");
        }

        WriteObject(link);
    }

    private ILinkSecretStore ChooseSecretStore()
    {
        if (Vault is not null)
        {
            return new VaultLinkSecretStore(new PowerShellSecretVault(this), Vault);
        }

        if (OperatingSystem.IsWindows())
        {
            return new DpapiLinkSecretStore(ConfigFolder);
        }

        if (AllowPlainTextTokenFile)
        {
            return new PlainTextLinkSecretStore(ConfigFolder);
        }

        throw new WorkplaceLinkException(LinkErrorIds.NoSecretStorage,
            "On Linux and macOS the operating system offers no per-user protection for the token, so it is not saved by default. Keep it in a SecretManagement vault with -Vault <name>, or accept a plain-text file only you can read with -AllowPlainTextTokenFile. Nothing was saved.");
    }
}
