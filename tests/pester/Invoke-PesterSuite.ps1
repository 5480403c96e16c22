#Requires -Version 7.4
<#
.SYNOPSIS
    Runs the Pester suites of WorkplaceAdmin against a built module folder and prints one totals line for CI.
#>
[CmdletBinding()]
param(
    # The built module folder (dotnet build lays it out in out/WorkplaceAdmin).
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../out/WorkplaceAdmin')
)

$ErrorActionPreference = 'Stop'
if (-not (Get-Module -ListAvailable -Name Pester | Where-Object Version -ge '5.0.0')) {
    Install-Module -Name Pester -MinimumVersion 5.0.0 -Scope CurrentUser -Force -SkipPublisherCheck
}
Import-Module Pester -MinimumVersion 5.0.0

$env:WORKPLACEADMIN_MODULE = (Resolve-Path $ModulePath).Path
$configuration = New-PesterConfiguration
$configuration.Run.Path = $PSScriptRoot
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$result = Invoke-Pester -Configuration $configuration

# One machine-readable line: passed, failed (including failed blocks/containers), skipped.
$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
"PESTER $($result.PassedCount) $failed $($result.SkippedCount)"
