#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $connection = Connect-Workplace -Emulator -PassThru
    $folder = Join-Path ([System.IO.Path]::GetTempPath()) "wpa-feed-$(New-Guid)"
}

AfterAll {
    Disconnect-Workplace -Connection $connection
    Remove-Item $folder -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'Export-WorkplaceGroupFeed' {
    It 'writes one JSON Lines file per piped group and its counts' {
        $results = @(Get-WorkplaceGroup -Name 'All Company', 'Engineering' | Export-WorkplaceGroupFeed -Path $folder -Confirm:$false)
        $results.Count | Should -Be 2
        $results[0].PSObject.TypeNames | Should -Contain 'WorkplaceAdmin.Client.Models.GroupFeedExportResult'
        $records = Get-Content $results[0].Path | ConvertFrom-Json
        @($records | Where-Object record -eq 'post').Count | Should -Be $results[0].Posts
        @($records | Where-Object record -eq 'comment').Count | Should -Be $results[0].Comments
        @($records | Where-Object record -eq 'reply').Count | Should -Be $results[0].Replies
    }

    It 'does not redo a finished export, and starts over with -Force' {
        "$((Export-WorkplaceGroupFeed -Group 'Engineering' -Path $folder -Confirm:$false).Status)" | Should -Be 'AlreadyComplete'
        "$((Export-WorkplaceGroupFeed -Group 'Engineering' -Path $folder -Force -Confirm:$false).Status)" | Should -Be 'Completed'
    }

    It 'writes nothing with -WhatIf' {
        $other = Join-Path $folder 'whatif'
        Export-WorkplaceGroupFeed -Group 'Sales Wins' -Path $other -WhatIf
        Test-Path $other | Should -BeFalse
    }

    It 'reports an unknown group and exports the others' {
        $results = Export-WorkplaceGroupFeed -Group 'No Such Group', 'Social Club' -Path $folder -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        @($results).Count | Should -Be 1
        $problems[0].Exception.Message | Should -BeLike "*'No Such Group'*"
    }

    It 'shows its results as a table with the group id first' {
        (Export-WorkplaceGroupFeed -Group 'Social Club' -Path $folder -Confirm:$false | Format-Table | Out-String) | Should -Match 'GroupId\s+GroupName\s+Status'
    }

    It 'has help with examples' {
        (Get-Help Export-WorkplaceGroupFeed -Examples).Examples.Example.Count | Should -BeGreaterThan 0
    }
}
