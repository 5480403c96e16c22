#Requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests, packages or demonstrates the WorkplaceAdmin module.
.DESCRIPTION
    A thin wrapper over the dotnet CLI. Run it with the PowerShell pinned in .config/dotnet-tools.json, so a machine
    needs nothing but the .NET SDK:

        dotnet tool restore; dotnet pwsh ./build.ps1 -Task Test

    'dotnet build' alone lays out the module folder in out/WorkplaceAdmin; this script adds the Pester suites
    (Pester 5.9.1 restored from NuGet by tools/PesterRestore and imported by path), the Gallery package and a demo.
.EXAMPLE
    ./build.ps1 -Task Demo
    Builds the module, imports it in a fresh pwsh, connects to the embedded emulator and tours the main cmdlets.
.EXAMPLE
    ./build.ps1 -Task Test
    Runs every test: the xunit suites (dotnet test WorkplaceAdmin.sln) and then the Pester suites against the built
    module, and ends with one line "N passed, N failed, N skipped".
.EXAMPLE
    ./build.ps1 -Task Package
    Writes out/packages/WorkplaceAdmin.<version>.nupkg from the Release build; Install-PSResource installs it from a
    local repository.
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Demo')]
    [string] $Task = 'Build',

    # Debug for Build, Test and Demo; Release for Package, unless given.
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration,

    # Where Test writes the xunit (trx) and Pester (NUnit XML) results.
    [string] $ResultsDirectory = (Join-Path $PSScriptRoot 'out/test-results')
)

$root = $PSScriptRoot
$moduleFolder = Join-Path $root 'out/WorkplaceAdmin'
if (-not $Configuration) { $Configuration = if ($Task -eq 'Package') { 'Release' } else { 'Debug' } }

function Invoke-Native([string] $What, [scriptblock] $Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed with exit code $LASTEXITCODE." }
}

function Invoke-Build {
    Invoke-Native 'dotnet build' { dotnet build (Join-Path $root 'WorkplaceAdmin.sln') -c $Configuration -nologo -v minimal }
}

# A fresh pwsh of the pinned version, so the module is loaded from the folder just built, never from this session.
function Invoke-ChildPwsh([string] $Script, [string[]] $Arguments) {
    Push-Location $root
    try { dotnet pwsh -NoLogo -NoProfile -NonInteractive -File $Script @Arguments }
    finally { Pop-Location }
}

function Get-TrxCounts([string] $Folder) {
    $totals = [ordered]@{ Passed = 0; Failed = 0; Skipped = 0 }
    foreach ($file in Get-ChildItem -LiteralPath $Folder -Filter *.trx -ErrorAction Ignore) {
        $counters = ([xml](Get-Content -LiteralPath $file.FullName -Raw)).TestRun.ResultSummary.Counters
        $totals.Passed += [int]$counters.passed
        $totals.Failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        # xunit's skipped tests are counted in total but not in executed (notExecuted stays 0).
        $totals.Skipped += [Math]::Max([int]$counters.notExecuted, [int]$counters.total - [int]$counters.executed)
    }
    $totals
}

function Invoke-Test {
    Invoke-Native 'Restoring Pester' { dotnet restore (Join-Path $root 'tools/PesterRestore') -nologo -v quiet }
    Invoke-Build
    Remove-Item -LiteralPath $ResultsDirectory -Recurse -Force -ErrorAction Ignore
    $trxFolder = Join-Path $ResultsDirectory 'dotnet'

    dotnet test (Join-Path $root 'WorkplaceAdmin.sln') -c $Configuration --no-build -nologo --logger trx --results-directory $trxFolder
    $dotnetExit = $LASTEXITCODE
    $xunit = Get-TrxCounts $trxFolder
    if ($dotnetExit -ne 0 -and $xunit.Failed -eq 0) {
        Write-Warning "dotnet test exited with $dotnetExit without a failed test (did a test host crash?)."
        $xunit.Failed = 1
    }

    $pesterOutput = Invoke-ChildPwsh 'tests/pester/Invoke-PesterSuite.ps1' @('-ModulePath', $moduleFolder, '-ResultPath', (Join-Path $ResultsDirectory 'pester.xml')) |
        ForEach-Object { Write-Host $_; $_ }
    $pesterLine = @($pesterOutput | Where-Object { $_ -match '^PESTER \d+ \d+ \d+$' })[-1]
    if ($pesterLine) {
        $null, $pesterPassed, $pesterFailed, $pesterSkipped = -split $pesterLine | ForEach-Object { $_ -as [int] }
    } else {
        Write-Warning 'The Pester suites did not run or did not report their totals.'
        $pesterPassed, $pesterFailed, $pesterSkipped = 0, 1, 0
    }
    if ($pesterPassed -eq 0) {
        Write-Warning 'No Pester test passed: the Pester suites count as not run.'
        $pesterFailed = [Math]::Max(1, $pesterFailed)
    }

    Write-Host "xunit: $($xunit.Passed) passed, $($xunit.Failed) failed, $($xunit.Skipped) skipped; Pester: $pesterPassed passed, $pesterFailed failed, $pesterSkipped skipped"
    $failed = $xunit.Failed + $pesterFailed
    "$($xunit.Passed + $pesterPassed) passed, $failed failed, $($xunit.Skipped + $pesterSkipped) skipped"
    if ($failed -gt 0) { exit 1 }
}

function Invoke-Package {
    Invoke-Build
    # The package is written by tools/WorkplaceAdmin.Packager (also used by the tests), so it needs no PowerShellGet.
    $packager = Join-Path $root "tools/WorkplaceAdmin.Packager/bin/$Configuration/net10.0/WorkplaceAdmin.Packager.dll"
    $package = dotnet $packager --module $moduleFolder --out (Join-Path $root 'out/packages')
    if ($LASTEXITCODE -ne 0) { throw "Packaging failed with exit code $LASTEXITCODE." }
    Get-Item $package
}

function Invoke-Demo {
    Invoke-Build
    Invoke-ChildPwsh 'tests/pester/Demo.ps1' @('-ModulePath', $moduleFolder)
    if ($LASTEXITCODE -ne 0) { throw "The demo failed with exit code $LASTEXITCODE." }
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test' { Invoke-Test }
    'Package' { Invoke-Package }
    'Demo' { Invoke-Demo }
}
