#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $connection = Connect-Workplace -Emulator -PassThru
    $ava = 'ava.ross@contoso.example'
    $ben = 'ben.carter@contoso.example'
    $group = New-WorkplaceGroup -Name 'Pester Posts' -Admin $ava -Confirm:$false
}

AfterAll {
    Disconnect-Workplace -Connection $connection
}

Describe 'New-WorkplacePost' {
    It 'publishes Markdown with a link and mentions by email' {
        $post = New-WorkplacePost -Group 'Pester Posts' -Message "**Release** is out, thanks @[$ava]" -Markdown -LinkUrl 'https://contoso.example/release' -Mention $ben -Confirm:$false
        $post.PSObject.TypeNames | Should -Contain 'WorkplaceAdmin.Client.Models.WorkplacePost'
        $post.Formatting | Should -Be 'MARKDOWN'
        $post.LinkUrl | Should -Be 'https://contoso.example/release'
        $post.MentionIds.Count | Should -Be 2
        $post.GroupId | Should -Be $group.Id
    }

    It 'sends nothing with -WhatIf' {
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        New-WorkplacePost -Group $group.Id -Message 'not sent' -WhatIf
        Get-WorkplaceEmulatorRequest | Where-Object Method -ne 'GET' | Should -BeNullOrEmpty
        Get-WorkplacePost -Group $group.Id | Where-Object Message -eq 'not sent' | Should -BeNullOrEmpty
    }

    It 'refuses an empty message and one over the limit before sending anything' {
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        New-WorkplacePost -Group $group.Id -Message '' -Confirm:$false -ErrorVariable empty -ErrorAction SilentlyContinue
        New-WorkplacePost -Group $group.Id -Message ('x' * 70000) -Confirm:$false -ErrorVariable long -ErrorAction SilentlyContinue
        $empty[0].Exception.Message | Should -BeLike '*empty*'
        $long[0].Exception.Message | Should -BeLike '*70,000*'
        $long[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        Get-WorkplaceEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'refuses an archived group, naming it, and -ErrorAction Stop terminates' {
        New-WorkplacePost -Group 'Office Move 2020' -Message 'anyone?' -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].Exception.Message | Should -BeLike "*'Office Move 2020'*archived*"
        { New-WorkplacePost -Group 'Office Move 2020' -Message 'anyone?' -Confirm:$false -ErrorAction Stop } | Should -Throw
    }

    It 'posts to groups given in CSV rows by property name' {
        $rows = [pscustomobject]@{ GroupId = $group.Id; Message = 'from a CSV row' } | ConvertTo-Csv | ConvertFrom-Csv
        ($rows | New-WorkplacePost -Confirm:$false).Message | Should -Be 'from a CSV row'
    }
}

Describe 'Get-WorkplacePost and Remove-WorkplacePost' {
    BeforeAll {
        1..3 | ForEach-Object { New-WorkplacePost -Group $group.Id -Message "numbered $_" -Confirm:$false } | Out-Null
    }

    It 'lists a group newest first and pages with -First' {
        $posts = @(Get-WorkplacePost -Group $group)
        $posts.Count | Should -BeGreaterOrEqual 3
        (Get-WorkplacePost -Group $group.Id -First 1).Id | Should -Be $posts[0].Id
    }

    It 'filters with -Since in the future' {
        Get-WorkplacePost -Group $group.Id -Since (Get-Date).AddDays(1) | Should -BeNullOrEmpty
    }

    It 'gets posts by id piped from a listing and by permalink' {
        $first = Get-WorkplacePost -Group $group.Id -First 1
        ($first | Select-Object Id | Get-WorkplacePost).Id | Should -Be $first.Id
        $bare = $first.Id.Split('_')[1]
        (Get-WorkplacePost -Id "https://contoso.workplace.com/groups/$($group.Id)/permalink/$bare/").Id | Should -Be $first.Id
    }

    It 'shows a table with the id first' {
        (Get-WorkplacePost -Group $group.Id -First 2 | Format-Table | Out-String) | Should -Match 'Id\s+CreatedTime\s+FromName\s+Message'
    }

    It 'removes nothing with -WhatIf' {
        $first = Get-WorkplacePost -Group $group.Id -First 1
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        $first | Remove-WorkplacePost -WhatIf
        Get-WorkplaceEmulatorRequest | Where-Object Method -ne 'GET' | Should -BeNullOrEmpty
        (Get-WorkplacePost -Id $first.Id).Id | Should -Be $first.Id
    }

    It 'removes piped posts and writes them with -PassThru' {
        $doomed = New-WorkplacePost -Group $group.Id -Message 'doomed' -Confirm:$false
        ($doomed | Remove-WorkplacePost -PassThru -Confirm:$false).Message | Should -Be 'doomed'
        Get-WorkplacePost -Id $doomed.Id -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'reports a group URL given as a post id and goes on with the next' {
        $keep = New-WorkplacePost -Group $group.Id -Message 'next one' -Confirm:$false
        Remove-WorkplacePost -Id "https://contoso.workplace.com/groups/$($group.Id)/", $keep.Id -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems.Count | Should -Be 1
        $problems[0].Exception.Message | Should -BeLike '*not of a post*'
        Get-WorkplacePost -Id $keep.Id -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'has help with examples for <_>' -ForEach @('New-WorkplacePost', 'Get-WorkplacePost', 'Remove-WorkplacePost') {
        (Get-Help $_ -Examples).Examples.Example.Count | Should -BeGreaterThan 0
    }
}
