#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# Installs the Gallery package from a local repository, as a user would from the PowerShell Gallery.
BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $module = if ($env:WORKPLACEADMIN_MODULE) { $env:WORKPLACEADMIN_MODULE } else { Join-Path $root 'out/WorkplaceAdmin' }
    $packager = Get-ChildItem (Join-Path $root 'tools/WorkplaceAdmin.Packager/bin') -Recurse -Filter 'WorkplaceAdmin.Packager.dll' | Select-Object -First 1
    $repositoryPath = Join-Path ([IO.Path]::GetTempPath()) "workplaceadmin-repo-$([guid]::NewGuid())"
    $installPath = Join-Path ([IO.Path]::GetTempPath()) "workplaceadmin-install-$([guid]::NewGuid())"
    New-Item -ItemType Directory -Path $repositoryPath, $installPath | Out-Null
    $package = dotnet $packager.FullName --module $module --out $repositoryPath
    $repository = "WorkplaceAdminTest$([guid]::NewGuid().ToString('N').Substring(0, 8))"
    Register-PSResourceRepository -Name $repository -Uri $repositoryPath -Trusted
}

AfterAll {
    Unregister-PSResourceRepository -Name $repository -ErrorAction SilentlyContinue
    Remove-Item $repositoryPath, $installPath -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'The Gallery package' {
    It 'is found in a local repository with its commands' {
        $found = Find-PSResource -Name WorkplaceAdmin -Repository $repository
        $found.Name | Should -Be 'WorkplaceAdmin'
        $found.Includes.Cmdlet | Should -Contain 'Connect-Workplace'
    }

    It 'saves, imports and works against the emulator' {
        Save-PSResource -Name WorkplaceAdmin -Repository $repository -Path $installPath -TrustRepository
        $manifest = Get-ChildItem $installPath -Recurse -Filter 'WorkplaceAdmin.psd1' | Select-Object -First 1
        $output = pwsh -NoProfile -Command "Import-Module '$($manifest.FullName)'; Connect-Workplace -Emulator; (Get-WorkplaceGroup).Count"
        [int]($output | Select-Object -Last 1) | Should -BeGreaterThan 0
    }
}
