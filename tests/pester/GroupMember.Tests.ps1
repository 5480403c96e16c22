#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $connection = Connect-Workplace -Emulator -PassThru
    $ava = 'ava.ross@contoso.example'
    $ben = 'ben.carter@contoso.example'
    $chloe = 'chloe.nguyen@contoso.example'
    $diego = 'diego.alvarez@contoso.example'
}

AfterAll {
    Disconnect-Workplace -Connection $connection
}

Describe 'Get-WorkplaceGroupMember' {
    It 'lists the members of a group given by name, as typed objects' {
        $members = @(Get-WorkplaceGroupMember -Group 'Engineering')
        $members.Count | Should -BeGreaterThan 1
        $members[0].PSObject.TypeNames | Should -Contain 'WorkplaceAdmin.Client.Models.WorkplaceGroupMember'
        ($members | Where-Object Administrator).Count | Should -BeGreaterThan 0
    }

    It 'lists only admins with -Admin, for a piped group' {
        $admins = @(Get-WorkplaceGroup -Name 'Engineering' | Get-WorkplaceGroupMember -Admin)
        $admins.Count | Should -BeGreaterThan 0
        $admins | ForEach-Object { $_.Administrator | Should -BeTrue }
    }

    It 'shows a table with the id first' {
        (Get-WorkplaceGroupMember -Group 'Engineering' | Format-Table | Out-String) | Should -Match 'Id\s+Name\s+Email'
    }

    It 'reports an unknown group and goes on with the next one' {
        $members = Get-WorkplaceGroupMember -Group 'No Such Group', 'Engineering' -ErrorVariable problems -ErrorAction SilentlyContinue
        @($members).Count | Should -BeGreaterThan 0
        $problems[0].Exception.Message | Should -BeLike "*'No Such Group'*"
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'Workplace.NotFound*'
    }

    It 'has help with examples' {
        (Get-Help Get-WorkplaceGroupMember -Examples).Examples.Example.Count | Should -BeGreaterThan 0
    }
}

Describe 'Add-WorkplaceGroupMember and Remove-WorkplaceGroupMember' {
    BeforeEach {
        $group = New-WorkplaceGroup -Name "Pester Members $(New-Guid)" -Admin $ava -Confirm:$false
    }

    It 'adds people from CSV rows by email, one result each, and already a member is not an error' {
        $rows = @($ben, $chloe, $ava) | ForEach-Object { [pscustomobject]@{ Email = $_ } } | ConvertTo-Csv | ConvertFrom-Csv
        $results = @($rows | Add-WorkplaceGroupMember -Group $group.Id -Confirm:$false -ErrorVariable problems)
        $problems | Should -BeNullOrEmpty
        $results.Count | Should -Be 3
        "$(($results | Where-Object Email -eq $ava).Status)" | Should -Be 'AlreadyMember'
        "$(($results | Where-Object Email -eq $ben).Status)" | Should -Be 'Added'
        (Get-WorkplaceGroupMember -Group $group).Email | Should -Contain $chloe
    }

    It 'binds CSV columns named UserId and Mail' {
        $benId = (Get-WorkplaceGroupMember -Group 'All Company' | Where-Object Email -eq $ben).Id
        $rows = @(
            [pscustomobject]@{ UserId = $benId; Mail = '' }
            [pscustomobject]@{ UserId = ''; Mail = $chloe }
        ) | ConvertTo-Csv | ConvertFrom-Csv
        $results = @($rows | Add-WorkplaceGroupMember -Group $group -Confirm:$false)
        @($results.Status | ForEach-Object ToString) | Should -Be @('Added', 'Added')
    }

    It 'sends nothing with -WhatIf' {
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        $ben, $chloe | ForEach-Object { [pscustomobject]@{ Email = $_ } } | Add-WorkplaceGroupMember -Group $group.Id -WhatIf
        Get-WorkplaceEmulatorRequest | Where-Object Method -ne 'GET' | Should -BeNullOrEmpty
        (Get-WorkplaceGroupMember -Group $group.Id).Email | Should -Not -Contain $ben
    }

    It 'reports a bad row as a non-terminating error naming the row, and adds the others' {
        $rows = @($ben, 'nobody@contoso.example', $chloe) | ForEach-Object { [pscustomobject]@{ Email = $_ } }
        $results = @($rows | Add-WorkplaceGroupMember -Group $group.Id -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue)
        $results.Count | Should -Be 2
        $problems.Count | Should -Be 1
        ($problems[0] | Out-String) | Should -BeLike '*nobody@contoso.example*'
    }

    It 'stops at the first failure with -ErrorAction Stop' {
        { [pscustomobject]@{ Email = 'nobody@contoso.example' } | Add-WorkplaceGroupMember -Group $group.Id -Confirm:$false -ErrorAction Stop } | Should -Throw
    }

    It 'refuses an archived group before sending anything' {
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        { Add-WorkplaceGroupMember -Group 'Office Move 2020' -Email $ben -Confirm:$false -ErrorAction Stop } | Should -Throw -ExpectedMessage '*archived*'
        Get-WorkplaceEmulatorRequest | Where-Object Method -ne 'GET' | Should -BeNullOrEmpty
    }

    It 'promotes and demotes admins with -Admin' {
        "$((Add-WorkplaceGroupMember -Group $group.Id -Email $diego -Admin -Confirm:$false).Status)" | Should -Be 'Promoted'
        (Get-WorkplaceGroupMember -Group $group.Id -Admin).Email | Should -Contain $diego
        "$((Remove-WorkplaceGroupMember -Group $group.Id -Email $diego -Admin -Confirm:$false).Status)" | Should -Be 'Demoted'
        (Get-WorkplaceGroupMember -Group $group.Id).Email | Should -Contain $diego
        (Get-WorkplaceGroupMember -Group $group.Id -Admin).Email | Should -Not -Contain $diego
    }

    It 'removes members piped from Get-WorkplaceGroupMember, and not a member is not an error' {
        Add-WorkplaceGroupMember -Group $group.Id -Email $ben, $chloe -Confirm:$false | Out-Null
        $removed = @(Get-WorkplaceGroupMember -Group $group.Id | Where-Object Email -in $ben, $chloe | Remove-WorkplaceGroupMember -Group $group.Id -Confirm:$false)
        @($removed.Status | ForEach-Object ToString) | Should -Be @('Removed', 'Removed')
        "$((Remove-WorkplaceGroupMember -Group $group.Id -Email $ben -Confirm:$false -ErrorVariable problems).Status)" | Should -BeIn 'NotAMember', 'Removed'
        $problems | Should -BeNullOrEmpty
    }

    It 'sends no removal with -WhatIf' {
        Add-WorkplaceGroupMember -Group $group.Id -Email $ben -Confirm:$false | Out-Null
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        Remove-WorkplaceGroupMember -Group $group.Id -Email $ben -WhatIf
        Get-WorkplaceEmulatorRequest | Where-Object Method -ne 'GET' | Should -BeNullOrEmpty
        (Get-WorkplaceGroupMember -Group $group.Id).Email | Should -Contain $ben
    }

    It 'shows results as a table with the user id first' {
        (Add-WorkplaceGroupMember -Group $group.Id -Email $ben -Confirm:$false | Format-Table | Out-String) | Should -Match 'UserId\s+GroupId\s+Action\s+Status\s+Email'
    }

    It 'has help with examples for <_>' -ForEach @('Add-WorkplaceGroupMember', 'Remove-WorkplaceGroupMember') {
        (Get-Help $_ -Examples).Examples.Example.Count | Should -BeGreaterThan 0
    }
}
