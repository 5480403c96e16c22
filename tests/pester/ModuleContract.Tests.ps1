#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# What every cmdlet of the module offers, checked through PowerShell itself (the xunit suites check the same
# contracts by reading the assembly; this suite checks what a user actually gets after Import-Module).
BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $commands = @(Get-Command -Module WorkplaceAdmin -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } })
    $stateChanging = 'Add', 'New', 'Set', 'Remove', 'Send', 'Enable', 'Disable', 'Sync', 'Clear', 'Register', 'Unregister', 'Update', 'Publish'
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'The module' {
    It 'exports exactly the cmdlets its manifest lists' {
        $manifest = Import-PowerShellDataFile (Join-Path (Get-Module WorkplaceAdmin).ModuleBase 'WorkplaceAdmin.psd1')
        (Get-Command -Module WorkplaceAdmin).Name | Sort-Object | Should -Be ($manifest.CmdletsToExport | Sort-Object)
    }

    It 'has an about topic' {
        Get-Help about_WorkplaceAdmin | Out-String | Should -Match 'emulator'
    }
}

Describe '<Name>' -ForEach $commands {
    BeforeAll {
        $command = Get-Command $Name
        $help = Get-Help $Name -Full
    }

    It 'has a synopsis and a description' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        # Without a help file, Get-Help makes the synopsis from the syntax, which starts with the command's name.
        $help.Synopsis.Trim() | Should -Not -BeLike "$Name *"
        ($help.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty
    }

    It 'has at least one example that calls it' {
        @($help.Examples.Example).Count | Should -BeGreaterThan 0
        ($help.Examples.Example.Code -join "`n") | Should -Match ([regex]::Escape($Name))
    }

    It 'describes every parameter' {
        $common = @([System.Management.Automation.Cmdlet]::CommonParameters) + @([System.Management.Automation.Cmdlet]::OptionalCommonParameters)
        foreach ($parameter in $command.Parameters.Keys | Where-Object { $_ -notin $common }) {
            $described = $help.Parameters.Parameter | Where-Object Name -EQ $parameter
            ($described.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$parameter of $Name needs a description"
        }
    }

    It 'supports -WhatIf and -Confirm when it changes something' {
        if ($command.Verb -in $stateChanging) {
            $command.Parameters.Keys | Should -Contain 'WhatIf'
            $command.Parameters.Keys | Should -Contain 'Confirm'
        }
    }

    It 'has a table view for what it outputs' {
        foreach ($type in $command.OutputType.Name | Where-Object { $_ -and $_ -notin 'System.Void', 'System.Boolean', 'System.String' }) {
            Get-FormatData -TypeName $type -PowerShellVersion $PSVersionTable.PSVersion | Should -Not -BeNullOrEmpty -Because "$Name outputs $type"
        }
    }
}
