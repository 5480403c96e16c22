#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $connection = Connect-Workplace -Emulator -PassThru
}

AfterAll {
    Disconnect-Workplace -Connection $connection
}

Describe 'Resolve-WorkplaceAccount' {
    It 'reports for each CSV row the person it matches, or that none does' {
        $rows = @'
Email,ExternalId
ava.ross@contoso.example,
,contoso-1002
nobody@contoso.example,no-such-id
'@ | ConvertFrom-Csv
        $results = @($rows | Resolve-WorkplaceAccount)
        $results.Count | Should -Be 3
        $results[0].PSObject.TypeNames | Should -Contain 'WorkplaceAdmin.Client.Models.WorkplaceAccountMatch'
        $results[0].Status | Should -Be 'Matched'
        $results[0].MatchedBy | Should -Be 'Email'
        $results[0].PersonId | Should -Match '^\d+$'
        $results[1].Status | Should -Be 'Matched'
        $results[1].MatchedBy | Should -Be 'ExternalId'
        $results[2].Status | Should -Be 'NotFound'
    }

    It 'looks rows up in batches, not one call per row' {
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        $rows = 1..20 | ForEach-Object { [pscustomobject]@{ Mail = "someone$_@contoso.example" } }
        @($rows | Resolve-WorkplaceAccount).Count | Should -Be 20
        @(Get-WorkplaceEmulatorRequest | Where-Object { -not $_.IsBatchOperation }).Count | Should -BeLessOrEqual 2
    }

    It 'reports a row without email or external id as a non-terminating error and goes on' {
        $rows = [pscustomobject]@{ Email = ''; ExternalId = '' }, [pscustomobject]@{ Email = 'ava.ross@contoso.example'; ExternalId = '' }
        $results = @($rows | Resolve-WorkplaceAccount -ErrorVariable problems -ErrorAction SilentlyContinue)
        $results.Count | Should -Be 1
        $problems.Count | Should -Be 1
        $problems[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        { [pscustomobject]@{ Email = 'x' } | Resolve-WorkplaceAccount -ErrorAction Stop } | Should -Throw
    }

    It 'shows a table with the external id first' {
        (Resolve-WorkplaceAccount -Email 'ava.ross@contoso.example' | Format-Table | Out-String) | Should -Match 'ExternalId\s+Email\s+Status'
    }

    It 'has help with examples' {
        (Get-Help Resolve-WorkplaceAccount -Examples).Examples.Example.Count | Should -BeGreaterThan 0
    }
}
