#Requires -Version 7.4
<#
.SYNOPSIS
    Runs the Pester suites of WorkplaceAdmin against a built module folder and prints one totals line for CI.
.DESCRIPTION
    Pester 5.9.1 is imported by its path in the NuGet package folder, where tools/PesterRestore brings it
    (`dotnet restore tools/PesterRestore`): no gallery, no machine-wide install, no other Pester on the machine
    is ever picked. The runner changes no preference variable: the suites run with PowerShell's defaults, as users do.
#>
[CmdletBinding()]
param(
    # The built module folder (dotnet build lays it out in out/WorkplaceAdmin).
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../out/WorkplaceAdmin'),

    # Suites to run (files or folders); every *.Tests.ps1 beside this script by default.
    [string[]] $Path = @($PSScriptRoot),

    # Where to write the NUnit XML results, if anywhere.
    [string] $ResultPath
)

function Find-PesterManifest {
    # The restore project's assets file names the package folder it restored into (NUGET_PACKAGES, or the default).
    $restoreProject = Join-Path $PSScriptRoot '../../tools/PesterRestore'
    $assets = Join-Path $restoreProject 'obj/project.assets.json'
    if (-not (Test-Path -LiteralPath $assets)) {
        throw "Pester is not restored. Run: dotnet restore $restoreProject"
    }

    $folders = (Get-Content -LiteralPath $assets -Raw | ConvertFrom-Json -AsHashtable).packageFolders.Keys
    foreach ($folder in $folders) {
        $manifest = Join-Path $folder 'pester/5.9.1/tools/Pester.psd1'
        if (Test-Path -LiteralPath $manifest) { return $manifest }
    }

    throw "Pester 5.9.1 is not in the package folder(s) $($folders -join ', '). Run: dotnet restore $restoreProject"
}

Import-Module (Find-PesterManifest) -ErrorAction Stop
$env:WORKPLACEADMIN_MODULE = (Resolve-Path -LiteralPath $ModulePath -ErrorAction Stop).Path

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
if ($ResultPath) {
    $configuration.TestResult.Enabled = $true
    $configuration.TestResult.OutputFormat = 'NUnitXml'
    $configuration.TestResult.OutputPath = $ResultPath
}

$result = Invoke-Pester -Configuration $configuration
if ($null -eq $result) {
    # Invoke-Pester itself failed (no suite found, a broken configuration): nothing ran.
    'PESTER 0 1 0'
    exit 1
}

# One machine-readable line: passed, failed (including failed blocks and containers), skipped.
$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
"PESTER $($result.PassedCount) $failed $($result.SkippedCount)"
if ($failed -gt 0 -or $result.PassedCount -eq 0) { exit 1 }
