# The commands that write output, each with a command line that writes more than one object (or the one it has).
# Shared by the hosted-runspace test (tests/WorkplaceAdmin.Tests/PipelineStopTests.cs) and PipelineStop.Tests.ps1:
# '<command> | Select-Object -First 1' must return one object, write no error and let the script go on.
@{
    # Runs first in a session connected to a fresh demo emulator; names the cases use.
    Setup = @'
$ava = 'ava.ross@contoso.example'; $ben = 'ben.carter@contoso.example'; $chloe = 'chloe.nguyen@contoso.example'
$folder = Join-Path ([IO.Path]::GetTempPath()) "wa-stop-$([guid]::NewGuid())"
$group = New-WorkplaceGroup -Name "Stop $([guid]::NewGuid())" -Admin $ava -Confirm:$false
$posts = 1..3 | ForEach-Object { New-WorkplacePost -Group $group.Id -Message "post $_" -Confirm:$false }
$comments = 1..3 | ForEach-Object { New-WorkplaceComment -PostId $posts[0].Id -Message "comment $_" -Confirm:$false }
$secret = ConvertTo-SecureString 'emulator-app-secret' -AsPlainText -Force
$link = "stop-$([guid]::NewGuid().ToString('n'))"
'@

    Cases = @(
        @{ Name = 'Connect-Workplace'; Command = 'Connect-Workplace -Emulator -PassThru' }
        @{ Name = 'Get-WorkplaceConnection'; Command = 'Get-WorkplaceConnection' }
        @{ Name = 'Get-WorkplaceCommunity'; Command = 'Get-WorkplaceCommunity' }
        @{ Name = 'Get-WorkplaceGroup'; Command = 'Get-WorkplaceGroup' }
        @{ Name = 'Get-WorkplaceEmulatorIntegration'; Command = 'Get-WorkplaceEmulatorIntegration' }
        @{ Name = 'Get-WorkplaceEmulatorRequest'; Command = 'Get-WorkplaceEmulatorRequest' }
        @{ Name = 'Set-WorkplaceEmulator'; Command = 'Set-WorkplaceEmulator -Latency ([timespan]::Zero) -PassThru -Confirm:$false' }
        @{ Name = 'Get-WorkplaceUser'; Command = 'Get-WorkplaceUser' }
        @{ Name = 'New-WorkplaceUser'; Command = '1..3 | ForEach-Object { [pscustomobject]@{ Email = "stop$_@contoso.example"; Name = "Stop $_" } } | New-WorkplaceUser -Confirm:$false' }
        @{ Name = 'Set-WorkplaceUser'; Command = '$ava, $ben, $chloe | ForEach-Object { [pscustomobject]@{ Email = $_; Title = ''Stopper'' } } | Set-WorkplaceUser -Confirm:$false' }
        @{ Name = 'Disable-WorkplaceUser'; Command = 'Disable-WorkplaceUser -Email $ava, $ben, $chloe -Confirm:$false' }
        @{ Name = 'Enable-WorkplaceUser'; Command = 'Enable-WorkplaceUser -Email $ava, $ben, $chloe -Confirm:$false' }
        @{ Name = 'Sync-WorkplaceUser'; Command = 'Get-WorkplaceUser -Status Active | Sync-WorkplaceUser -Confirm:$false' }
        @{ Name = 'New-WorkplaceGroup'; Command = '1..3 | ForEach-Object { [pscustomobject]@{ Name = "Stop new $_"; Admin = $ava } } | New-WorkplaceGroup -Confirm:$false' }
        @{ Name = 'Set-WorkplaceGroup'; Command = 'Get-WorkplaceGroup | Set-WorkplaceGroup -Description ''stopped'' -PassThru -Confirm:$false' }
        @{ Name = 'Get-WorkplaceGroupMember'; Command = 'Get-WorkplaceGroupMember -Group ''All Company''' }
        @{ Name = 'Get-WorkplaceGroupMember (piped groups)'; Command = 'Get-WorkplaceGroup | Get-WorkplaceGroupMember' }
        @{ Name = 'Add-WorkplaceGroupMember'; Command = 'Add-WorkplaceGroupMember -Group $group.Id -Email $ben, $chloe, ''diego.alvarez@contoso.example'' -Confirm:$false' }
        @{ Name = 'Remove-WorkplaceGroupMember'; Command = 'Get-WorkplaceGroupMember -Group ''All Company'' | Remove-WorkplaceGroupMember -Group ''All Company'' -Confirm:$false' }
        @{ Name = 'Export-WorkplaceGroupFeed'; Command = 'Export-WorkplaceGroupFeed -Group ''All Company'', ''Engineering'', $group.Id -Path $folder -Confirm:$false' }
        @{ Name = 'Import-WorkplaceGroupFeed'; Command = 'Export-WorkplaceGroupFeed -Group ''Engineering'' -Path "$folder-restore" -Confirm:$false | Import-WorkplaceGroupFeed -Group $group.Id -Confirm:$false' }
        @{ Name = 'New-WorkplacePost'; Command = '1..3 | ForEach-Object { [pscustomobject]@{ GroupId = $group.Id; Message = "row $_" } } | New-WorkplacePost -Confirm:$false' }
        @{ Name = 'Get-WorkplacePost'; Command = 'Get-WorkplacePost -Group $group.Id' }
        @{ Name = 'Get-WorkplacePostEngagement'; Command = 'Get-WorkplacePostEngagement -Group ''All Company''' }
        @{ Name = 'Get-WorkplacePostViewer'; Command = 'Get-WorkplacePost -Group ''All Company'' | Select-Object -First 1 | Get-WorkplacePostViewer' }
        @{ Name = 'Export-WorkplaceEmployeeData'; Command = '$null = New-Item -ItemType Directory $folder -Force; Export-WorkplaceEmployeeData -Path (Join-Path $folder ''employees.xlsx'') -Force -Confirm:$false' }
        @{ Name = 'Get-WorkplaceKnowledgeCategory'; Command = 'Get-WorkplaceKnowledgeCategory -Recurse' }
        @{ Name = 'Get-WorkplacePost (timelines)'; Command = 'Get-WorkplacePost -Person $ava, $chloe, ''david.kim@contoso.example''' }
        @{ Name = 'Remove-WorkplacePost'; Command = '$posts | Remove-WorkplacePost -PassThru -Confirm:$false' }
        @{ Name = 'Get-WorkplaceComment'; Command = 'Get-WorkplaceComment -PostId $posts[0].Id' }
        @{ Name = 'New-WorkplaceComment'; Command = '$posts | New-WorkplaceComment -Message ''piped'' -Confirm:$false' }
        @{ Name = 'Remove-WorkplaceComment'; Command = '$comments | Remove-WorkplaceComment -PassThru -Confirm:$false' }
        @{ Name = 'Send-WorkplaceMessage'; Command = 'Send-WorkplaceMessage -Recipient $ava, $ben, $chloe -Text ''stop'' -Confirm:$false' }
        @{ Name = 'Send-WorkplaceMessage -GroupChat'; Command = 'Send-WorkplaceMessage -Recipient $ava, $ben -Text ''stop'' -GroupChat -Confirm:$false' }
        @{ Name = 'Get-WorkplaceMessage'; Command = 'Get-WorkplaceMessage -Person $ben' }
        @{ Name = 'Remove-WorkplaceMessage'; Command = 'Get-WorkplaceMessage -Person $ben | Remove-WorkplaceMessage -Confirm:$false' }
        @{ Name = 'Resolve-WorkplaceAccount'; Command = '$ava, $ben, $chloe | ForEach-Object { [pscustomobject]@{ Email = $_ } } | Resolve-WorkplaceAccount' }
        @{ Name = 'New-WorkplaceLink'; Command = 'New-WorkplaceLink -Name $link -Kind Chat -AccessToken (ConvertTo-SecureString ''EMULATOR-ADMIN-TOKEN-0001'' -AsPlainText -Force) -AllowPlainTextTokenFile -WarningAction SilentlyContinue -Confirm:$false' }
        @{ Name = 'Get-WorkplaceLink'; Command = 'New-WorkplaceLink -Name $link -Kind Chat -AccessToken (ConvertTo-SecureString ''EMULATOR-ADMIN-TOKEN-0001'' -AsPlainText -Force) -AllowPlainTextTokenFile -WarningAction SilentlyContinue -Confirm:$false | Out-Null; Get-WorkplaceLink -Name $link' }
        @{ Name = 'Test-WorkplaceLink'; Command = 'New-WorkplaceLink -Name $link -Kind Chat -AccessToken (ConvertTo-SecureString ''EMULATOR-ADMIN-TOKEN-0001'' -AsPlainText -Force) -AllowPlainTextTokenFile -WarningAction SilentlyContinue -Confirm:$false | Out-Null; Test-WorkplaceLink -Name $link' }
        @{ Name = 'Test-WorkplaceWebhookSignature'; Command = '1..3 | ForEach-Object { [pscustomobject]@{ Body = ''{}''; Signature256 = ''sha256=00'' } } | Test-WorkplaceWebhookSignature -AppSecret $secret -Detailed' }
    )
}
