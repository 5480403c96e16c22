#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $connection = Connect-Workplace -Emulator -PassThru
    $ava = 'ava.ross@contoso.example'
}

AfterAll {
    Disconnect-Workplace -Connection $connection
}

Describe 'New-WorkplaceGroup' {
    It 'creates a group with its settings and first admin, by email' {
        $group = New-WorkplaceGroup -Name 'Pester Atlas' -Privacy SECRET -Purpose WORK_TEAMWORK -PostPermissions ADMIN_ONLY -JoinSetting ADMIN_ONLY -Admin $ava -Confirm:$false
        $group.PSObject.TypeNames | Should -Contain 'WorkplaceAdmin.Client.Models.WorkplaceGroup'
        $group.Name | Should -Be 'Pester Atlas'
        $group.Privacy | Should -Be 'SECRET'
        $group.PostPermissions | Should -Be 'ADMIN_ONLY'
        (Get-WorkplaceGroupMember -Group $group -Admin).Email | Should -Contain $ava
    }

    It 'sends nothing with -WhatIf' {
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        New-WorkplaceGroup -Name 'Pester WhatIf' -Admin $ava -WhatIf
        Get-WorkplaceEmulatorRequest | Where-Object Method -ne 'GET' | Should -BeNullOrEmpty
        Get-WorkplaceGroup -Name 'Pester WhatIf' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'creates one group per CSV row, binding by property name' {
        $rows = @(
            [pscustomobject]@{ Name = 'Pester CSV One'; Description = 'first'; Privacy = 'OPEN' }
            [pscustomobject]@{ Name = 'Pester CSV Two'; Description = 'second'; Privacy = 'CLOSED' }
        ) | ConvertTo-Csv | ConvertFrom-Csv
        $created = @($rows | New-WorkplaceGroup -Confirm:$false)
        $created.Count | Should -Be 2
        $created[1].Description | Should -Be 'second'
        $created[1].Privacy | Should -Be 'CLOSED'
    }

    It 'reports an unknown admin as a non-terminating error naming it, and stops with -ErrorAction Stop' {
        $result = New-WorkplaceGroup -Name 'Pester Nobody' -Admin 'nobody@contoso.example' -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $problems[0].Exception.Message | Should -BeLike '*nobody@contoso.example*'
        { New-WorkplaceGroup -Name 'Pester Nobody' -Admin 'nobody@contoso.example' -Confirm:$false -ErrorAction Stop } | Should -Throw
    }

    It 'says in its help that groups cannot be deleted, and what to do instead' {
        (Get-Help New-WorkplaceGroup -Full | Out-String) | Should -Match 'cannot be deleted'
        (Get-Help New-WorkplaceGroup -Full | Out-String) | Should -Match '-Archive'
        (Get-Help New-WorkplaceGroup -Examples).Examples.Example.Count | Should -BeGreaterThan 0
    }
}

Describe 'Set-WorkplaceGroup' {
    BeforeAll {
        $target = New-WorkplaceGroup -Name 'Pester Set Target' -Admin $ava -Confirm:$false
    }

    It 'changes only the settings given, by name, and writes the group with -PassThru' {
        $updated = Set-WorkplaceGroup -Group 'Pester Set Target' -Description 'changed' -PassThru -Confirm:$false
        $updated.Description | Should -Be 'changed'
        $updated.Name | Should -Be 'Pester Set Target'
    }

    It 'archives and unarchives a piped group' {
        ($target | Set-WorkplaceGroup -Archive -PassThru -Confirm:$false).Archived | Should -BeTrue
        (Set-WorkplaceGroup -Group $target.Id -Archived $false -PassThru -Confirm:$false).Archived | Should -BeFalse
    }

    It 'sends nothing with -WhatIf' {
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        Set-WorkplaceGroup -Group $target.Id -Archive -WhatIf
        Get-WorkplaceEmulatorRequest | Where-Object Method -ne 'GET' | Should -BeNullOrEmpty
        (Get-WorkplaceGroup -Id $target.Id).Archived | Should -BeFalse
    }

    It 'refuses a URL that is not a group, naming it' {
        Set-WorkplaceGroup -Group 'https://contoso.workplace.com/chat/t/123' -Archive -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].Exception.Message | Should -BeLike '*https://contoso.workplace.com/chat/t/123*'
        $problems[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It 'stops when asked to archive and unarchive at once' {
        { Set-WorkplaceGroup -Group $target.Id -Archive -Unarchive -Confirm:$false } | Should -Throw
    }

    It 'has help with examples' {
        (Get-Help Set-WorkplaceGroup -Examples).Examples.Example.Count | Should -BeGreaterThan 0
    }
}
