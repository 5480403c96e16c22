using System.Management.Automation;
using System.Security;
using WorkplaceAdmin.Client.Links;

namespace WorkplaceAdmin.Links;

/// <summary>
/// A SecretManagement vault reached through the session's own Set-Secret, Get-Secret and Remove-Secret (the module
/// Microsoft.PowerShell.SecretManagement must be installed). Call it on the pipeline thread.
/// </summary>
internal sealed class PowerShellSecretVault(PSCmdlet cmdlet) : ISecretVault
{
    private const string Module = "Microsoft.PowerShell.SecretManagement\\";

    public void SetSecret(string vault, string name, string secret) =>
        cmdlet.InvokeCommand.InvokeScript(
            $"param($name, $secret, $vault) {Module}Set-Secret -Name $name -SecureStringSecret $secret -Vault $vault -ErrorAction Stop",
            name, ToSecureString(secret), vault);

    public string? GetSecret(string vault, string name)
    {
        var found = cmdlet.InvokeCommand.InvokeScript(
            $"param($name, $vault) if ({Module}Get-SecretInfo -Name $name -Vault $vault -ErrorAction Stop) {{ {Module}Get-Secret -Name $name -Vault $vault -AsPlainText -ErrorAction Stop }}",
            name, vault);
        return found.Count > 0 ? found[0]?.BaseObject as string : null;
    }

    public bool RemoveSecret(string vault, string name)
    {
        var removed = cmdlet.InvokeCommand.InvokeScript(
            $"param($name, $vault) if ({Module}Get-SecretInfo -Name $name -Vault $vault -ErrorAction Stop) {{ {Module}Remove-Secret -Name $name -Vault $vault -ErrorAction Stop; $true }} else {{ $false }}",
            name, vault);
        return removed.Count > 0 && removed[0]?.BaseObject is true;
    }

    private static SecureString ToSecureString(string text)
    {
        var secure = new SecureString();
        foreach (var character in text)
        {
            secure.AppendChar(character);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
