#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Inspecting the embedded emulator' {
    BeforeEach {
        $script:connection = Connect-Workplace -Emulator -PassThru
    }

    AfterEach {
        Disconnect-Workplace -Connection $script:connection
    }

    It 'lists the seeded integrations with their permissions' {
        $integrations = @(Get-WorkplaceEmulatorIntegration)
        $integrations.Count | Should -BeGreaterOrEqual 2
        $integrations.Name | Should -Contain 'Read Only Groups'
        (Get-WorkplaceEmulatorIntegration -Name 'Read Only*').Permissions | Should -Not -BeNullOrEmpty
    }

    It 'logs every call, without the token in the path' {
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        Get-WorkplaceCommunity | Out-Null
        $requests = @(Get-WorkplaceEmulatorRequest)
        $requests.Count | Should -Be 1
        $requests[0].Method | Should -Be 'GET'
        $requests[0].Path | Should -BeLike '*community*'
        $requests[0].SecretInUrl | Should -BeFalse
    }

    It 'filters the log by method and keeps the newest' {
        Get-WorkplaceGroup | Out-Null
        Get-WorkplaceEmulatorRequest -Method POST | Should -BeNullOrEmpty
        @(Get-WorkplaceEmulatorRequest -Last 1).Count | Should -Be 1
    }

    It 'clears nothing with -WhatIf' {
        Get-WorkplaceCommunity | Out-Null
        Clear-WorkplaceEmulatorRequest -WhatIf
        @(Get-WorkplaceEmulatorRequest).Count | Should -BeGreaterThan 0
    }

    It 'makes every write fail in read-only mode, and reads still work' {
        Set-WorkplaceEmulator -ReadOnly $true -Confirm:$false
        (Set-WorkplaceEmulator -Latency ([timespan]::Zero) -PassThru -Confirm:$false).ReadOnly | Should -BeTrue
        Get-WorkplaceGroup | Should -Not -BeNullOrEmpty
    }

    It 'shows the controls as a table' {
        (Set-WorkplaceEmulator -Latency ([timespan]::Zero) -PassThru -Confirm:$false | Format-Table | Out-String) | Should -Match 'ReadOnly'
    }

    It 'says how to connect when there is no connection' {
        Disconnect-Workplace
        { Get-WorkplaceEmulatorRequest -ErrorAction Stop } | Should -Throw -ExpectedMessage '*Connect-Workplace*'
        $script:connection = Connect-Workplace -Emulator -PassThru
    }

    It 'has help with examples for <_>' -ForEach @('Get-WorkplaceEmulatorIntegration', 'Get-WorkplaceEmulatorRequest', 'Clear-WorkplaceEmulatorRequest', 'Set-WorkplaceEmulator') {
        (Get-Help $_ -Examples).Examples.Example.Count | Should -BeGreaterThan 0
    }
}
