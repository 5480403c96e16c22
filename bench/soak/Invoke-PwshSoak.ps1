#Requires -Version 7.4
<#
.SYNOPSIS
    The soak, through the cmdlets in pwsh: bulk work against the emulator server with faults injected, then an audit
    of the server's state that counts, per family, what was lost, duplicated or misreported.
.DESCRIPTION
    Starts the emulator server on loopback with 5xx, throttling, 429, dropped connections and lost responses, connects
    the built module to it, and runs as a runbook would:
      people       Import-Csv rows | New-WorkplaceUser, then the same rows again (a rerun);
      memberships  the new people | Add-WorkplaceGroupMember;
      messages     the new people | Send-WorkplaceMessage.
    The audit reads the community back (reads are retried through the same faults) and compares it with what each
    cmdlet reported: lost = reported done but absent, duplicated = present more than once, misreported = present but
    reported failed, or reported created on the rerun. It ends with one line per family and exits 1 unless all are 0.
.EXAMPLE
    dotnet pwsh bench/soak/Invoke-PwshSoak.ps1 -People 300
#>
[CmdletBinding()]
param(
    [ValidateRange(10, 100000)] [int] $People = 300,
    [string] $Faults = '5xx=0.1,throttle=0.05,429=0.02,drop=0.01,lost=0.01',
    [string] $Latency = '5ms',
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../out/WorkplaceAdmin'),
    [string] $Server = (Join-Path $PSScriptRoot '../../src/WorkplaceAdmin.Emulator.Server/bin/Debug/net10.0/WorkplaceAdmin.Emulator.Server.dll')
)

Import-Module (Join-Path $ModulePath 'WorkplaceAdmin.psd1') -ErrorAction Stop
if (-not (Test-Path -LiteralPath $Server)) { throw "The emulator server is not built: $Server (dotnet build first)." }

$start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
foreach ($argument in $Server, '--port', '0', '--seed', 'demo', '--latency', $Latency, '--faults', $Faults, '--random-seed', '7', '--retry-after', '100ms') {
    $start.ArgumentList.Add($argument)
}
$start.RedirectStandardOutput = $true
$start.UseShellExecute = $false
$serverProcess = [System.Diagnostics.Process]::Start($start)
try {
    $banner = $serverProcess.StandardOutput.ReadLine() | ConvertFrom-Json
    $admin = $banner.integrations | Where-Object { $_.permissions -contains 'manage_accounts' -and $_.permissions -contains 'message_any_member' } | Select-Object -First 1
    $token = ConvertTo-SecureString $admin.token -AsPlainText -Force
    Connect-Workplace -AccessToken $token -GraphUri $banner.graph -ScimUri $banner.scim -InformationAction SilentlyContinue

    $stamp = Get-Date -Format 'HHmmss'
    $rows = 1..$People | ForEach-Object { [pscustomobject]@{ Email = "soak$stamp.$_@contoso.example"; Name = "Soak $stamp $_" } }

    # People: a run, then a rerun of the same rows, as after a faulted run.
    $created = @($rows | New-WorkplaceUser -Confirm:$false -ErrorAction SilentlyContinue)
    # A rerun comes later than the client's allowance for clock skew (2 s): an account made within it before a retried
    # create meets its conflict counts as that create's own (its first attempt may have made it).
    Start-Sleep -Seconds 3
    $rerunCreated = @($rows | New-WorkplaceUser -Confirm:$false -ErrorAction SilentlyContinue)
    $accounts = @(Get-WorkplaceUser | Where-Object Email -like "soak$stamp.*")
    $byEmail = $accounts | Group-Object Email -AsHashTable -AsString
    $createdEmails = @($created.Email)
    $rerunEmails = @($rerunCreated.Email)
    # Made but never reported created (by the run or, for the rows the run failed, by the rerun), or reported
    # created again by the rerun although the run had made it.
    $unreported = @($rows.Email | Where-Object { $byEmail.ContainsKey($_) -and $_ -notin $createdEmails -and $_ -notin $rerunEmails }).Count
    $createdTwice = @($rerunEmails | Where-Object { $_ -in $createdEmails }).Count
    $peopleAudit = [pscustomobject]@{
        Family = 'people'; Items = $People
        Lost = @($createdEmails | Where-Object { -not $byEmail.ContainsKey($_) }).Count
        Duplicated = @($byEmail.Values | Where-Object { @($_).Count -gt 1 }).Count
        Misreported = $unreported + $createdTwice
    }

    # Memberships: everyone made, into one group.
    $group = Get-WorkplaceGroup -Name 'Social Club'
    $added = @($accounts | ForEach-Object { [pscustomobject]@{ Email = $_.Email } } | Add-WorkplaceGroupMember -Group $group.Id -Confirm:$false -ErrorAction SilentlyContinue)
    $members = @(Get-WorkplaceGroupMember -Group $group.Id).Email
    $addedEmails = @($added | Where-Object Status -in 'Added', 'AlreadyMember' | ForEach-Object Email)
    $membershipAudit = [pscustomobject]@{
        Family = 'memberships'; Items = $accounts.Count
        Lost = @($addedEmails | Where-Object { $_ -notin $members }).Count
        Duplicated = @($members | Group-Object | Where-Object Count -gt 1).Count
        Misreported = @($accounts.Email | Where-Object { $_ -in $members -and $_ -notin $addedEmails }).Count
    }

    # Messages: one each, then the conversations read back as each person sees them.
    $text = "soak $stamp"
    $sent = @($accounts | ForEach-Object { [pscustomobject]@{ Email = $_.Email } } | Send-WorkplaceMessage -Text $text -Confirm:$false -ErrorAction SilentlyContinue)
    $delivered = @($sent | Where-Object Status -eq 'Delivered' | ForEach-Object Recipient)
    $received = @{}
    foreach ($account in $accounts) {
        $received[$account.Email] = @(Get-WorkplaceMessage -Person $account.Email -ErrorAction SilentlyContinue | Where-Object Message -eq $text).Count
    }
    $messageAudit = [pscustomobject]@{
        Family = 'messages'; Items = $accounts.Count
        Lost = @($delivered | Where-Object { $received[$_] -eq 0 }).Count
        Duplicated = @($received.Values | Where-Object { $_ -gt 1 }).Count
        Misreported = @($received.Keys | Where-Object { $received[$_] -gt 0 -and $_ -notin $delivered }).Count
    }

    $report = @($peopleAudit, $membershipAudit, $messageAudit)
    $report | Format-Table -AutoSize | Out-String -Width 100 | Write-Host
    foreach ($family in $report) {
        "SOAK $($family.Family) items=$($family.Items) lost=$($family.Lost) duplicated=$($family.Duplicated) misreported=$($family.Misreported)"
    }
    if ($report | Where-Object { $_.Lost + $_.Duplicated + $_.Misreported -gt 0 }) { exit 1 }
}
finally {
    Disconnect-Workplace -ErrorAction SilentlyContinue
    if (-not $serverProcess.HasExited) { $serverProcess.Kill($true) }
}
