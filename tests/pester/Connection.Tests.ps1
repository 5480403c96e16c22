#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Connect-Workplace' {
    AfterEach {
        Get-WorkplaceConnection -ErrorAction SilentlyContinue | ForEach-Object { Disconnect-Workplace }
    }

    It 'connects to the emulator and reports the community on the information stream' {
        $connection = Connect-Workplace -Emulator -PassThru -InformationVariable info
        $connection.CommunityName | Should -Not -BeNullOrEmpty
        $connection.IsEmulator | Should -BeTrue
        ($info | Out-String) | Should -Match ([regex]::Escape($connection.CommunityName))
    }

    It 'keeps the connection for the runspace' {
        Connect-Workplace -Emulator
        (Get-WorkplaceConnection).CommunityId | Should -Not -BeNullOrEmpty
        (Get-WorkplaceCommunity).Id | Should -Be (Get-WorkplaceConnection).CommunityId
    }

    It 'masks the token in the connection object' {
        $connection = Connect-Workplace -Emulator -PassThru
        $json = $connection | ConvertTo-Json -Depth 3 -WarningAction SilentlyContinue
        $json | Should -Not -Match 'AccessToken'
        $connection.TokenHint | Should -Match '\*|…'
    }

    It 'refuses a token that is not a token, before any request' {
        $bad = ConvertTo-SecureString 'not a token' -AsPlainText -Force
        { Connect-Workplace -AccessToken $bad -GraphUri 'http://127.0.0.1:9/graph/' -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*AccessToken*'
    }

    It 'refuses a plain-http endpoint that is not loopback' {
        $token = ConvertTo-SecureString 'EAAtoken1234567890' -AsPlainText -Force
        { Connect-Workplace -AccessToken $token -GraphUri 'http://graph.example.com/' -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*https*'
    }

    It 'refuses an unknown emulator integration, naming the ones there are' {
        { Connect-Workplace -Emulator -Integration 'No Such Integration' -ErrorAction Stop } |
            Should -Throw -ExpectedMessage "*No Such Integration*"
    }

    It 'connects as a read-only integration of the emulator' {
        Connect-Workplace -Emulator -Integration 'Read Only Groups'
        Get-WorkplaceGroup | Should -Not -BeNullOrEmpty
    }
}

Describe 'Disconnect-Workplace' {
    It 'forgets the current connection' {
        Connect-Workplace -Emulator
        Disconnect-Workplace
        { Get-WorkplaceCommunity -ErrorAction Stop } | Should -Throw -ExpectedMessage '*Connect-Workplace*'
    }
}

Describe 'Cmdlets without a connection' {
    It 'say how to connect, as a terminating error' {
        { Get-WorkplaceGroup -ErrorAction Stop } | Should -Throw -ExpectedMessage '*Connect-Workplace*'
        { Get-WorkplaceGroup -ErrorAction SilentlyContinue } | Should -Throw
    }
}

Describe 'Help' {
    It 'has examples for <_>' -ForEach @('Connect-Workplace', 'Disconnect-Workplace', 'Get-WorkplaceConnection', 'Get-WorkplaceCommunity') {
        $help = Get-Help $_ -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Examples.Example.Count | Should -BeGreaterThan 0
    }
}
