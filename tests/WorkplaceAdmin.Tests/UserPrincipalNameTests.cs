using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>
/// UserPrincipalName, the identity column of every Entra ID and Active Directory export, identifies a person wherever
/// an email does: each case pipes a CSV row whose only identity column is UserPrincipalName and reads the result back.
/// </summary>
public class UserPrincipalNameTests
{
    private const string Ben = "ben.carter@contoso.example";

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "Get-WorkplaceUser", $"\"UserPrincipalName`n{Ben}\" | ConvertFrom-Csv | Get-WorkplaceUser | ForEach-Object Email", Ben },
        { "New-WorkplaceUser", "\"UserPrincipalName,Name`nnew.joiner@contoso.example,New Joiner\" | ConvertFrom-Csv | New-WorkplaceUser -Confirm:$false | Out-Null; (Get-WorkplaceUser -Email new.joiner@contoso.example).Name", "New Joiner" },
        { "Set-WorkplaceUser", $"\"UserPrincipalName,Title`n{Ben},Lead\" | ConvertFrom-Csv | Set-WorkplaceUser -Confirm:$false | Out-Null; (Get-WorkplaceUser -Email {Ben}).Title", "Lead" },
        { "Sync-WorkplaceUser", $"\"UserPrincipalName,Title`n{Ben},Synced\" | ConvertFrom-Csv | Sync-WorkplaceUser -Confirm:$false | Out-Null; (Get-WorkplaceUser -Email {Ben}).Title", "Synced" },
        { "Sync-WorkplaceUser -Path", $"$csv = Join-Path ([IO.Path]::GetTempPath()) \"upn-$([guid]::NewGuid()).csv\"; Set-Content $csv \"UserPrincipalName,Title`n{Ben},From file\"; Sync-WorkplaceUser -Path $csv -Confirm:$false | Out-Null; Remove-Item $csv; (Get-WorkplaceUser -Email {Ben}).Title", "From file" },
        { "Disable-WorkplaceUser", $"\"UserPrincipalName`n{Ben}\" | ConvertFrom-Csv | Disable-WorkplaceUser -Confirm:$false | Out-Null; [string](Get-WorkplaceUser -Email {Ben}).Status", "Deactivated" },
        { "Enable-WorkplaceUser", $"Disable-WorkplaceUser -Email {Ben} -Confirm:$false | Out-Null; \"UserPrincipalName`n{Ben}\" | ConvertFrom-Csv | Enable-WorkplaceUser -Confirm:$false | Out-Null; (Get-WorkplaceUser -Email {Ben}).Active", "True" },
        { "Remove-WorkplaceUser", "New-WorkplaceUser -Email leaver@contoso.example -Name Leaver -Confirm:$false | Out-Null; \"UserPrincipalName`nleaver@contoso.example\" | ConvertFrom-Csv | Remove-WorkplaceUser -Confirm:$false | Out-Null; @(Get-WorkplaceUser | Where-Object Email -eq leaver@contoso.example).Count", "0" },
        { "Add-WorkplaceGroupMember", $"\"UserPrincipalName`n{Ben}\" | ConvertFrom-Csv | Add-WorkplaceGroupMember -Group 'Social Club' -Confirm:$false | Out-Null; (Get-WorkplaceGroupMember -Group 'Social Club').Email -contains '{Ben}'", "True" },
        { "Remove-WorkplaceGroupMember", $"Add-WorkplaceGroupMember -Group 'Social Club' -Email {Ben} -Confirm:$false | Out-Null; \"UserPrincipalName`n{Ben}\" | ConvertFrom-Csv | Remove-WorkplaceGroupMember -Group 'Social Club' -Confirm:$false | Out-Null; (Get-WorkplaceGroupMember -Group 'Social Club').Email -contains '{Ben}'", "False" },
        { "Send-WorkplaceMessage", $"\"UserPrincipalName`n{Ben}\" | ConvertFrom-Csv | Send-WorkplaceMessage -Text 'Hello' -Confirm:$false | ForEach-Object {{ \"$($_.Recipient) $($_.Succeeded)\" }}", $"{Ben} True" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_row_identified_by_UserPrincipalName_acts_on_that_person(string cmdlet, string script, string expected)
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run(script);

        Assert.True(run.Terminating is null && run.Errors.Count == 0, $"{cmdlet}: {run.Terminating} {string.Join("; ", run.Errors)}");
        Assert.Equal(expected, string.Join(",", run.Objects.Select(item => item.ToString())));
    }
}
