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
Step 'Each HTTP call with -Verbose (the token never appears)' 'Get-WorkplaceCommunity -Verbose'
Step 'Disconnect' 'Disconnect-Workplace'
Write-Host ''
Write-Host 'Next: Get-Help Connect-Workplace -Examples; Get-Command -Module WorkplaceAdmin' -ForegroundColor Green
