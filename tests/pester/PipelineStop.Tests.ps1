#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# A stopped pipeline is not an error: '<command> | Select-Object -First 1' after every command that writes output
# returns one object, writes no error, and the next statement runs. The same list runs in the hosted-runspace tests.
BeforeDiscovery {
    $outputCommands = Import-PowerShellDataFile -LiteralPath (Join-Path $PSScriptRoot 'OutputCommands.psd1')
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $outputCommands = Import-PowerShellDataFile -LiteralPath (Join-Path $PSScriptRoot 'OutputCommands.psd1')
    # Links live in the user's configuration folder: point it at the test drive.
    $configVariable = if ($IsWindows) { 'APPDATA' } else { 'XDG_CONFIG_HOME' }
    $savedConfig = [Environment]::GetEnvironmentVariable($configVariable)
    [Environment]::SetEnvironmentVariable($configVariable, $TestDrive)
}

AfterAll {
    [Environment]::SetEnvironmentVariable($configVariable, $savedConfig)
}

Describe 'Select-Object -First 1 after <Name>' -ForEach $outputCommands.Cases {
    BeforeEach {
        $script:connection = Connect-Workplace -Emulator -PassThru
        . ([scriptblock]::Create($outputCommands.Setup))
    }

    AfterEach {
        Get-WorkplaceConnection -ErrorAction SilentlyContinue | ForEach-Object { Disconnect-Workplace -Connection $_ }
    }

    It 'returns one object, writes no error, and the script goes on' {
        $Error.Clear()
        $first = @(. ([scriptblock]::Create("$Command | Select-Object -First 1")))
        $wentOn = $true
        $first.Count | Should -Be 1
        $wentOn | Should -BeTrue
        $Error | Should -BeNullOrEmpty
    }
}
