#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $connection = Connect-Workplace -Emulator -PassThru
    $allGroups = @(Get-WorkplaceGroup)
}

AfterAll {
    Disconnect-Workplace -Connection $connection
}

Describe 'Get-WorkplaceGroup' {
    It 'lists the demo groups as typed objects' {
        $allGroups.Count | Should -BeGreaterOrEqual 6
        $allGroups[0].PSObject.TypeNames | Should -Contain 'WorkplaceAdmin.Client.Models.WorkplaceGroup'
        $allGroups.Privacy | Sort-Object -Unique | Should -Contain 'SECRET'
    }

    It 'shows a table with ids and names first' {
        $table = $allGroups | Format-Table | Out-String
        $table | Should -Match 'Id\s+Name'
    }

    It 'gets a group by id, and by id piped from another group' {
        $first = $allGroups[0]
        (Get-WorkplaceGroup -Id $first.Id).Name | Should -Be $first.Name
        ($first | Get-WorkplaceGroup).Id | Should -Be $first.Id
    }

    It 'gets a group by URL, including the permalink form' {
        $first = $allGroups[0]
        (Get-WorkplaceGroup -Url "https://contoso.workplace.com/groups/$($first.Id)/").Id | Should -Be $first.Id
        (Get-WorkplaceGroup -Url "https://contoso.workplace.com/groups/$($first.Id)/permalink/123456/").Id | Should -Be $first.Id
    }

    It 'binds ids from CSV rows by property name' {
        $rows = $allGroups | Select-Object -First 2 @{ n = 'GroupId'; e = { $_.Id } } | ConvertTo-Csv | ConvertFrom-Csv
        (@($rows | Get-WorkplaceGroup)).Count | Should -Be 2
    }

    It 'filters by name with wildcards' {
        $name = $allGroups[0].Name
        $pattern = $name.Substring(0, 3) + '*'
        Get-WorkplaceGroup -Name $pattern | ForEach-Object { $_.Name | Should -BeLike $pattern }
    }

    It 'reports an exact name that matches nothing as a non-terminating error' {
        $result = Get-WorkplaceGroup -Name 'No Such Group' -ErrorVariable problems -ErrorAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'Workplace.NotFound*'
    }

    It 'pages with -First and -Skip' {
        (@(Get-WorkplaceGroup -First 2)).Count | Should -Be 2
        (Get-WorkplaceGroup -Skip 1 -First 1).Id | Should -Be $allGroups[1].Id
    }

    It 'refuses a URL that is not a group, naming it, and goes on with the next one' {
        $first = $allGroups[0]
        $result = Get-WorkplaceGroup -Url 'https://contoso.workplace.com/chat/t/123', "https://contoso.workplace.com/groups/$($first.Id)/" -ErrorVariable problems -ErrorAction SilentlyContinue
        $result.Id | Should -Be $first.Id
        $problems[0].Exception.Message | Should -BeLike '*https://contoso.workplace.com/chat/t/123*'
        $problems[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It 'reports an unknown id as an error for that id, and stops with -ErrorAction Stop' {
        Get-WorkplaceGroup -Id '999999999999999' -ErrorAction SilentlyContinue -ErrorVariable problems | Should -BeNullOrEmpty
        $problems.Count | Should -Be 1
        { Get-WorkplaceGroup -Id '999999999999999' -ErrorAction Stop } | Should -Throw
    }

    It 'shows each HTTP call with -Verbose and never the token' {
        $verbose = Get-WorkplaceGroup -First 1 -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $verbose | Should -Not -BeNullOrEmpty
        ($verbose | Out-String) | Should -Not -Match 'access_token|Bearer'
    }

    It 'has help with examples' {
        (Get-Help Get-WorkplaceGroup -Examples).Examples.Example.Count | Should -BeGreaterThan 0
    }
}
