#Requires -Version 7.4
<#
.SYNOPSIS
    A short guided tour of WorkplaceAdmin against the embedded emulator (run by ./build.ps1 -Task Demo).
#>
param([string] $ModulePath = (Join-Path $PSScriptRoot '../../out/WorkplaceAdmin'))

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $ModulePath 'WorkplaceAdmin.psd1') -Force

function Step([string] $Title, [string] $Command) {
    Write-Host ''
    Write-Host "== $Title" -ForegroundColor Cyan
    Write-Host "PS> $Command" -ForegroundColor Yellow
    Invoke-Expression $Command | Out-Host
}

Step 'Connect to the emulator (no tenant needed)' 'Connect-Workplace -Emulator -InformationAction Continue'
Step 'The connection in use (the token is masked)' 'Get-WorkplaceConnection'
Step 'The community' 'Get-WorkplaceCommunity'
Step 'Every group the integration can see' 'Get-WorkplaceGroup'
Step 'Groups by wildcard' "Get-WorkplaceGroup -Name 'IT*'"
Step 'A group from its URL, as copied from the browser' '$g = Get-WorkplaceGroup -First 1; Get-WorkplaceGroup -Url "https://contoso.workplace.com/groups/$($g.Id)/"'
Step 'The admins of a group given by name' "Get-WorkplaceGroupMember -Group 'Engineering' -Admin"
Step 'People from a CSV file added in Graph batches, one result each' "'ben.carter@contoso.example', 'chloe.nguyen@contoso.example' | ForEach-Object { [pscustomobject]@{ Email = `$_ } } | Add-WorkplaceGroupMember -Group 'Sales Wins' -Confirm:`$false"
Step 'A Markdown post with a mention by email' "New-WorkplacePost -Group 'Engineering' -Markdown -Message '**Demo** post, hello @[ava.ross@contoso.example]' -Confirm:`$false"
Step 'A backup of a group feed to JSON Lines' "Export-WorkplaceGroupFeed -Group 'All Company' -Path (Join-Path ([IO.Path]::GetTempPath()) 'workplace-backup') -Force -Confirm:`$false"
Step 'Each HTTP call with -Verbose (the token never appears)' 'Get-WorkplaceCommunity -Verbose'
Step 'Disconnect' 'Disconnect-Workplace'
Write-Host ''
Write-Host 'Next: Get-Help Connect-Workplace -Examples; Get-Command -Module WorkplaceAdmin' -ForegroundColor Green
