#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# The soak through the cmdlets, small: bulk people, memberships and messages against the emulator server with 5xx,
# throttling, 429, dropped connections and lost responses; nothing lost, duplicated or misreported in any family.
Describe 'The soak through the cmdlets in pwsh' {
    It 'loses, duplicates and misreports nothing under faults' {
        $script = Join-Path $PSScriptRoot '../../bench/soak/Invoke-PwshSoak.ps1'
        $module = if ($env:WORKPLACEADMIN_MODULE) { $env:WORKPLACEADMIN_MODULE } else { Join-Path $PSScriptRoot '../../out/WorkplaceAdmin' }
        # A new process of this same pwsh (dotnet pwsh runs pwsh.dll under dotnet).
        $exe = (Get-Process -Id $PID).Path
        $hostArguments = @(if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
        $lines = & $exe @hostArguments -NoLogo -NoProfile -NonInteractive -File $script -People 40 -ModulePath $module
        $summary = @($lines | Where-Object { $_ -like 'SOAK *' })
        $summary.Count | Should -Be 3
        $summary | ForEach-Object { $_ | Should -Match 'lost=0 duplicated=0 misreported=0$' }
        $LASTEXITCODE | Should -Be 0
    }
}
