using System.Management.Automation;
using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>
/// A stopped pipeline is not an error: <c>Select-Object -First 1</c> after every cmdlet that writes output returns one
/// object, writes no error, lets the next statement run, and sends no request after the stop.
/// </summary>
public class PipelineStopTests
{
    /// <summary>Names used by the cases; every case runs in a fresh session connected to a fresh demo emulator.</summary>
    private const string Setup = """
        $ava = 'ava.ross@contoso.example'; $ben = 'ben.carter@contoso.example'; $chloe = 'chloe.nguyen@contoso.example'
        $folder = Join-Path ([IO.Path]::GetTempPath()) "wa-stop-$([guid]::NewGuid())"
        $group = New-WorkplaceGroup -Name "Stop $([guid]::NewGuid())" -Admin $ava -Confirm:$false
        $posts = 1..3 | ForEach-Object { New-WorkplacePost -Group $group.Id -Message "post $_" -Confirm:$false }
        $comments = 1..3 | ForEach-Object { New-WorkplaceComment -PostId $posts[0].Id -Message "comment $_" -Confirm:$false }
        $secret = ConvertTo-SecureString 'emulator-app-secret' -AsPlainText -Force
        $link = "stop-$([guid]::NewGuid().ToString('n'))"
        """;

    public static TheoryData<string, string> OutputCmdlets() => new()
    {
        { "Connect-Workplace", "Connect-Workplace -Emulator -PassThru" },
        { "Get-WorkplaceConnection", "Get-WorkplaceConnection" },
        { "Get-WorkplaceCommunity", "Get-WorkplaceCommunity" },
        { "Get-WorkplaceGroup", "Get-WorkplaceGroup" },
        { "Get-WorkplaceEmulatorIntegration", "Get-WorkplaceEmulatorIntegration" },
        { "Get-WorkplaceEmulatorRequest", "Get-WorkplaceEmulatorRequest" },
        { "Set-WorkplaceEmulator", "Set-WorkplaceEmulator -Latency ([timespan]::Zero) -PassThru -Confirm:$false" },
        { "Get-WorkplaceUser", "Get-WorkplaceUser" },
        { "New-WorkplaceUser", "1..3 | ForEach-Object { [pscustomobject]@{ Email = \"stop$_@contoso.example\"; Name = \"Stop $_\" } } | New-WorkplaceUser -Confirm:$false" },
        { "Set-WorkplaceUser", "$ava, $ben, $chloe | ForEach-Object { [pscustomobject]@{ Email = $_; Title = 'Stopper' } } | Set-WorkplaceUser -Confirm:$false" },
        { "Disable-WorkplaceUser", "Disable-WorkplaceUser -Email $ava, $ben, $chloe -Confirm:$false" },
        { "Enable-WorkplaceUser", "Enable-WorkplaceUser -Email $ava, $ben, $chloe -Confirm:$false" },
        { "Sync-WorkplaceUser", "Get-WorkplaceUser -Status Active | Sync-WorkplaceUser -Confirm:$false" },
        { "New-WorkplaceGroup", "1..3 | ForEach-Object { [pscustomobject]@{ Name = \"Stop new $_\"; Admin = $ava } } | New-WorkplaceGroup -Confirm:$false" },
        { "Set-WorkplaceGroup", "Get-WorkplaceGroup | Set-WorkplaceGroup -Description 'stopped' -PassThru -Confirm:$false" },
        { "Get-WorkplaceGroupMember", "Get-WorkplaceGroupMember -Group 'All Company'" },
        { "Get-WorkplaceGroupMember (piped groups)", "Get-WorkplaceGroup | Get-WorkplaceGroupMember" },
        { "Add-WorkplaceGroupMember", "Add-WorkplaceGroupMember -Group $group.Id -Email $ben, $chloe, 'diego.alvarez@contoso.example' -Confirm:$false" },
        { "Remove-WorkplaceGroupMember", "Get-WorkplaceGroupMember -Group 'All Company' | Remove-WorkplaceGroupMember -Group 'All Company' -Confirm:$false" },
        { "Export-WorkplaceGroupFeed", "Export-WorkplaceGroupFeed -Group 'All Company', 'Engineering', $group.Id -Path $folder -Confirm:$false" },
        { "New-WorkplacePost", "1..3 | ForEach-Object { [pscustomobject]@{ GroupId = $group.Id; Message = \"row $_\" } } | New-WorkplacePost -Confirm:$false" },
        { "Get-WorkplacePost", "Get-WorkplacePost -Group $group.Id" },
        { "Remove-WorkplacePost", "$posts | Remove-WorkplacePost -PassThru -Confirm:$false" },
        { "Get-WorkplaceComment", "Get-WorkplaceComment -PostId $posts[0].Id" },
        { "New-WorkplaceComment", "$posts | New-WorkplaceComment -Message 'piped' -Confirm:$false" },
        { "Remove-WorkplaceComment", "$comments | Remove-WorkplaceComment -PassThru -Confirm:$false" },
        { "Send-WorkplaceMessage", "Send-WorkplaceMessage -Recipient $ava, $ben, $chloe -Text 'stop' -Confirm:$false" },
        { "Send-WorkplaceMessage -GroupChat", "Send-WorkplaceMessage -Recipient $ava, $ben -Text 'stop' -GroupChat -Confirm:$false" },
        { "Resolve-WorkplaceAccount", "$ava, $ben, $chloe | ForEach-Object { [pscustomobject]@{ Email = $_ } } | Resolve-WorkplaceAccount" },
        { "New-WorkplaceLink", "New-WorkplaceLink -Name $link -Kind Chat -AccessToken (ConvertTo-SecureString 'EMULATOR-ADMIN-TOKEN-0001' -AsPlainText -Force) -AllowPlainTextTokenFile -WarningAction SilentlyContinue -Confirm:$false" },
        { "Get-WorkplaceLink", "New-WorkplaceLink -Name $link -Kind Chat -AccessToken (ConvertTo-SecureString 'EMULATOR-ADMIN-TOKEN-0001' -AsPlainText -Force) -AllowPlainTextTokenFile -WarningAction SilentlyContinue -Confirm:$false | Out-Null; Get-WorkplaceLink -Name $link" },
        { "Test-WorkplaceLink", "New-WorkplaceLink -Name $link -Kind Chat -AccessToken (ConvertTo-SecureString 'EMULATOR-ADMIN-TOKEN-0001' -AsPlainText -Force) -AllowPlainTextTokenFile -WarningAction SilentlyContinue -Confirm:$false | Out-Null; Test-WorkplaceLink -Name $link" },
        { "Test-WorkplaceWebhookSignature", "1..3 | ForEach-Object { [pscustomobject]@{ Body = '{}'; Signature256 = 'sha256=00' } } | Test-WorkplaceWebhookSignature -AppSecret $secret -Detailed" },
    };

    [Theory]
    [MemberData(nameof(OutputCmdlets))]
    public void First_one_returns_one_object_with_no_error_and_the_script_goes_on(string cmdlet, string command)
    {
        using var session = ModuleSession.ConnectedToEmulator();
        session.Run(Setup).ThrowIfFailed();

        var run = session.Run($"$first = @({command} | Select-Object -First 1); $first.Count; 'next statement ran'");

        Assert.True(run.Terminating is null, $"{cmdlet}: the stop ended the script: {run.Terminating}");
        Assert.True(run.Errors.Count == 0, $"{cmdlet}: the stop wrote errors: {string.Join("; ", run.Errors.Select(e => e.FullyQualifiedErrorId + " " + e))}");
        Assert.Equal(new object[] { 1, "next statement ran" }, run.Objects);
    }

    [Theory]
    [InlineData("Get-WorkplaceUser", "/Users")]
    [InlineData("Get-WorkplaceGroupMember -Group 'Generated Group 0001'", "/members")]
    [InlineData("Get-WorkplaceGroup", "/groups")]
    public void A_listing_of_many_pages_reads_no_page_after_the_stop(string command, string pathPart)
    {
        using var session = ModuleSession.ConnectedToEmulator("Connect-Workplace -Emulator -Seed 'generated:3000,60'");
        session.Run("Clear-WorkplaceEmulatorRequest -Confirm:$false").ThrowIfFailed();

        var run = session.Run($"{command} | Select-Object -First 1; 'after'").ThrowIfFailed();
        var pages = session.Run($"@(Get-WorkplaceEmulatorRequest | Where-Object Path -like '*{pathPart}*').Count").ThrowIfFailed();

        Assert.Equal(2, run.Output.Count);
        Assert.Equal(1, (int)pages.Objects.Single());
    }
}
