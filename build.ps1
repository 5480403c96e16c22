#Requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests, packages or demonstrates the WorkplaceAdmin module.
.DESCRIPTION
    A thin wrapper over the dotnet CLI for PowerShell users. 'dotnet build' alone lays out the module folder in
    out/WorkplaceAdmin; this script adds the Pester suites, the Gallery package and a guided demo.
.EXAMPLE
    ./build.ps1 -Task Demo
    Builds the module, imports it, connects to the embedded emulator and tours the main cmdlets.
.EXAMPLE
    ./build.ps1 -Task Test
    Runs the xunit tests (dotnet test) and then the Pester suites against the built module.
.EXAMPLE
    ./build.ps1 -Task Package
    Writes out/packages/WorkplaceAdmin.<version>.nupkg, which Install-PSResource installs from a local repository.
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Demo')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$moduleFolder = Join-Path $root 'out/WorkplaceAdmin'

function Invoke-Build {
    dotnet build (Join-Path $root 'WorkplaceAdmin.sln') -c $Configuration -nologo -v minimal
    if ($LASTEXITCODE -ne 0) { throw "dotnet build failed with exit code $LASTEXITCODE." }
}

function Invoke-Test {
    Invoke-Build
    dotnet test (Join-Path $root 'WorkplaceAdmin.sln') -c $Configuration --no-build -nologo
    $dotnetFailed = $LASTEXITCODE -ne 0
    # The Pester suites import the module in a fresh process, so the loaded assemblies are the ones just built.
    pwsh -NoLogo -NoProfile -File (Join-Path $root 'tests/pester/Invoke-PesterSuite.ps1') -ModulePath $moduleFolder
    if ($dotnetFailed -or $LASTEXITCODE -ne 0) { throw 'Tests failed.' }
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
    # A child process, so the demo always loads the freshly built assemblies.
    pwsh -NoLogo -NoProfile -File (Join-Path $root 'tests/pester/Demo.ps1') -ModulePath $moduleFolder
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test' { Invoke-Test }
    'Package' { Invoke-Package }
    'Demo' { Invoke-Demo }
}
