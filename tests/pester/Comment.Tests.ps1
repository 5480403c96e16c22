#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $connection = Connect-Workplace -Emulator -PassThru
    $ava = 'ava.ross@contoso.example'
    $ben = 'ben.carter@contoso.example'
    $group = New-WorkplaceGroup -Name 'Pester Comments' -Admin $ava -Confirm:$false
    $post = New-WorkplacePost -Group $group.Id -Message 'Lunch options?' -Confirm:$false
}

AfterAll {
    Disconnect-Workplace -Connection $connection
}

Describe 'New-WorkplaceComment, Get-WorkplaceComment and Remove-WorkplaceComment' {
    It 'comments on a piped post and replies to the comment with a mention' {
        $comment = $post | New-WorkplaceComment -Message 'Tacos' -Confirm:$false
        $comment.PSObject.TypeNames | Should -Contain 'WorkplaceAdmin.Client.Models.WorkplaceComment'
        $reply = New-WorkplaceComment -CommentId $comment.Id -Message 'Agreed' -Mention $ben -Confirm:$false
        $reply.ParentId | Should -Be $comment.Id
        $reply.MentionIds.Count | Should -Be 1
    }

    It 'lists comments each followed by its replies, and only top-level ones with -ExcludeReplies' {
        $all = @($post | Get-WorkplaceComment)
        $all.Count | Should -Be 2
        $all[1].ParentId | Should -Be $all[0].Id
        @(Get-WorkplaceComment -PostId $post.Id -ExcludeReplies).Count | Should -Be 1
    }

    It 'shows a table with the id first' {
        (Get-WorkplaceComment -PostId $post.Id | Format-Table | Out-String) | Should -Match 'Id\s+CreatedTime\s+FromName\s+Message'
    }

    It 'sends nothing with -WhatIf' {
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        New-WorkplaceComment -PostId $post.Id -Message 'not sent' -WhatIf
        Get-WorkplaceComment -PostId $post.Id | Remove-WorkplaceComment -WhatIf
        Get-WorkplaceEmulatorRequest | Where-Object Method -ne 'GET' | Should -BeNullOrEmpty
    }

    It 'refuses an empty comment before sending anything, and -ErrorAction Stop terminates' {
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        New-WorkplaceComment -PostId $post.Id -Message '' -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].Exception.Message | Should -BeLike '*empty*'
        Get-WorkplaceEmulatorRequest | Should -BeNullOrEmpty
        { New-WorkplaceComment -PostId $post.Id -Message '' -Confirm:$false -ErrorAction Stop } | Should -Throw
    }

    It 'refuses a comment in an archived group before sending anything' {
        $archivedPost = Get-WorkplacePost -Group 'Office Move 2020' -First 1
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        { New-WorkplaceComment -PostId $archivedPost.Id -Message 'late' -Confirm:$false -ErrorAction Stop } | Should -Throw -ExpectedMessage '*archived*'
        Get-WorkplaceEmulatorRequest | Where-Object Method -ne 'GET' | Should -BeNullOrEmpty
    }

    It 'removes comments piped by id, from CSV rows, with -PassThru' {
        $doomed = New-WorkplaceComment -PostId $post.Id -Message 'doomed' -Confirm:$false
        $rows = [pscustomobject]@{ CommentId = $doomed.Id } | ConvertTo-Csv | ConvertFrom-Csv
        ($rows | Remove-WorkplaceComment -PassThru -Confirm:$false).Message | Should -Be 'doomed'
        (Get-WorkplaceComment -PostId $post.Id).Id | Should -Not -Contain $doomed.Id
    }

    It 'reports a malformed id as a non-terminating error' {
        Remove-WorkplaceComment -Id 'comment-12' -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].Exception.Message | Should -BeLike "*'comment-12'*"
    }

    It 'has help with examples for <_>' -ForEach @('New-WorkplaceComment', 'Get-WorkplaceComment', 'Remove-WorkplaceComment') {
        (Get-Help $_ -Examples).Examples.Example.Count | Should -BeGreaterThan 0
    }
}
