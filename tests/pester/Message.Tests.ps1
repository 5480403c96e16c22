#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $ava = 'ava.ross@contoso.example'
    $ben = 'ben.carter@contoso.example'
    $chloe = 'chloe.nguyen@contoso.example'

    function Get-SendRequest {
        @(Get-WorkplaceEmulatorRequest | Where-Object { $_.Method -eq 'POST' -and $_.Path -like '*me/messages*' })
    }
}

Describe 'Send-WorkplaceMessage' {
    BeforeEach {
        $script:connection = Connect-Workplace -Emulator -PassThru
    }

    AfterEach {
        Disconnect-Workplace -Connection $script:connection
    }

    It 'sends a direct message by email and returns a typed result' {
        $result = Send-WorkplaceMessage -Recipient $ava -Text 'Your laptop is ready.'
        $result.PSObject.TypeNames | Should -Contain 'WorkplaceAdmin.Client.Models.WorkplaceMessageResult'
        $result.Recipient | Should -Be $ava
        $result.RecipientId | Should -Match '^\d+$'
        $result.MessageId | Should -BeLike 'm_*'
        $result.Error | Should -BeNullOrEmpty
        (Get-SendRequest).Count | Should -Be 1
    }

    It 'sends one message per CSV row, binding Email and Message by property name' {
        $rows = @"
Email,Message
$ava,Hello Ava
$ben,Hello Ben
$chloe,Hello Chloe
"@ | ConvertFrom-Csv
        $results = @($rows | Send-WorkplaceMessage)
        $results.Count | Should -Be 3
        ($results.Recipient | Sort-Object) | Should -Be (@($ava, $ben, $chloe) | Sort-Object)
        (Get-SendRequest).Count | Should -Be 3
    }

    It 'binds piped objects by their Id' {
        $ids = @($ava, $ben | ForEach-Object { (Send-WorkplaceMessage -Recipient $_ -Text 'first').RecipientId })
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        $results = @($ids | ForEach-Object { [pscustomobject]@{ Id = $_ } } | Send-WorkplaceMessage -Text 'by id')
        ($results.RecipientId | Sort-Object) | Should -Be ($ids | Sort-Object)
        @(Get-WorkplaceEmulatorRequest | Where-Object Path -like '*ids=*').Count | Should -Be 0
    }

    It 'sends nothing with -WhatIf over 10,000 rows' {
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        1..10000 | ForEach-Object { [pscustomobject]@{ Email = "person$_@contoso.example" } } |
            Send-WorkplaceMessage -Text 'Not sent' -WhatIf
        @(Get-WorkplaceEmulatorRequest).Count | Should -Be 0
    }

    It 'reports an unknown email for that recipient only, as a non-terminating error and a result row' {
        $results = @(Send-WorkplaceMessage -Recipient $ava, 'nobody@contoso.example', $ben -Text 'Hi' -ErrorVariable problems -ErrorAction SilentlyContinue)
        $results.Count | Should -Be 3
        @($results | Where-Object { -not $_.Error }).Count | Should -Be 2
        ($results | Where-Object Error).Recipient | Should -Be 'nobody@contoso.example'
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'Workplace.NotFound*'
        $problems[0].Exception.Message | Should -BeLike '*nobody@contoso.example*'
        (Get-SendRequest).Count | Should -Be 2
    }

    It 'stops at the first failure with -ErrorAction Stop' {
        { Send-WorkplaceMessage -Recipient 'nobody@contoso.example' -Text 'Hi' -ErrorAction Stop } | Should -Throw
    }

    It 'refuses a recipient that is neither an id nor an email before any request' {
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        Send-WorkplaceMessage -Recipient 'not an email' -Text 'Hi' -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $problems[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        @(Get-WorkplaceEmulatorRequest).Count | Should -Be 0
    }

    It 'refuses a text over 2,000 characters and sends nothing' {
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        Send-WorkplaceMessage -Recipient $ava -Text ('x' * 2001) -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $problems[0].Exception.Message | Should -BeLike '*2000*'
        $problems[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        @(Get-WorkplaceEmulatorRequest).Count | Should -Be 0
    }

    It 'starts a new group chat on every -GroupChat call and continues one with -ThreadKey' {
        $first = Send-WorkplaceMessage -Recipient $ava, $ben -Text 'Kick-off' -GroupChat
        $second = Send-WorkplaceMessage -Recipient $ava, $ben -Text 'Kick-off again' -GroupChat
        $first.ThreadKey | Should -BeLike 't_*'
        $second.ThreadKey | Should -Not -Be $first.ThreadKey
        (Send-WorkplaceMessage -ThreadKey $first.ThreadKey -Text 'Agenda').ThreadKey | Should -Be $first.ThreadKey
    }

    It 'collects piped recipients into one group chat' {
        $rows = $ava, $ben, $chloe | ForEach-Object { [pscustomobject]@{ Email = $_ } }
        $results = @($rows | Send-WorkplaceMessage -Text 'All three' -GroupChat)
        $results.Count | Should -Be 1
        (Get-SendRequest).Count | Should -Be 1
    }

    It 'names the missing permission for an integration that cannot message' {
        $readOnly = Connect-Workplace -Emulator -Integration 'Read Only Groups' -PassThru
        Send-WorkplaceMessage -Connection $readOnly -Recipient $ava -Text 'Hi' -ErrorVariable problems -ErrorAction SilentlyContinue | Out-Null
        $problems[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        Disconnect-Workplace -Connection $readOnly
    }

    It 'shows results as a table with the recipient id first' {
        (Send-WorkplaceMessage -Recipient $ava -Text 'Table' | Format-Table | Out-String) | Should -Match 'RecipientId\s+Recipient\s+Status\s+Error'
    }

    It 'has help with examples' {
        (Get-Help Send-WorkplaceMessage -Examples).Examples.Example.Count | Should -BeGreaterThan 0
    }
}
