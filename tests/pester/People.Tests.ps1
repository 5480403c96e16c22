#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $peopleCmdlets = 'Get-WorkplaceUser', 'New-WorkplaceUser', 'Set-WorkplaceUser', 'Disable-WorkplaceUser', 'Enable-WorkplaceUser', 'Remove-WorkplaceUser', 'Sync-WorkplaceUser'
    function Get-Writes {
        @(Get-WorkplaceEmulatorRequest | Where-Object Method -ne 'GET')
    }
}

Describe 'People cmdlets' {
    # Each test gets a fresh demo community: Connect-Workplace -Emulator starts a new emulator.
    BeforeEach {
        $script:connection = Connect-Workplace -Emulator -PassThru
        Clear-WorkplaceEmulatorRequest -Confirm:$false
    }

    AfterEach {
        Disconnect-Workplace -Connection $script:connection
    }

    Describe 'Get-WorkplaceUser' {
        It 'lists every account as typed objects with a table view' {
            $people = @(Get-WorkplaceUser)
            $people.Count | Should -BeGreaterOrEqual 40
            $people[0].PSObject.TypeNames | Should -Contain 'WorkplaceAdmin.Client.Models.WorkplaceUser'
            $table = $people | Format-Table | Out-String -Width 80
            $table | Should -Match '(?m)^Id\s+Email\s+Name\s+Status\s*$'
            $table | Should -Match "$([regex]::Escape($people[0].Email))\s+$([regex]::Escape($people[0].Name))\s+$($people[0].Status)"
        }

        It 'gets one account by email, id and external id' {
            $ben = Get-WorkplaceUser -Email 'ben.carter@contoso.example'
            $ben.Name | Should -Be 'Ben Carter'
            (Get-WorkplaceUser -Id $ben.Id).Email | Should -Be 'ben.carter@contoso.example'
            (Get-WorkplaceUser -ExternalId $ben.ExternalId).Id | Should -Be $ben.Id
            $ben.ManagerName | Should -Be 'Ava Ross'
        }

        It 'filters by status' {
            Get-WorkplaceUser -Status Deactivated | ForEach-Object { $_.Status | Should -Be 'Deactivated' }
            (Get-WorkplaceUser -Status Invited).Email | Should -Contain 'mohamed.ali@contoso.example'
        }

        It 'resolves CSV rows by property name, whatever the email header is called' {
            $rows = 'Mail', 'ben.carter@contoso.example', 'ava.ross@contoso.example' | ConvertFrom-Csv
            (@($rows | Get-WorkplaceUser)).Email | Should -Be @('ben.carter@contoso.example', 'ava.ross@contoso.example')
        }

        It 'reports an unknown email as a non-terminating error, and stops with -ErrorAction Stop' {
            $found = Get-WorkplaceUser -Email 'nobody@contoso.example', 'ben.carter@contoso.example' -ErrorVariable problems -ErrorAction SilentlyContinue
            $found.Email | Should -Be 'ben.carter@contoso.example'
            $problems[0].FullyQualifiedErrorId | Should -BeLike 'Workplace.NotFound*'
            { Get-WorkplaceUser -Email 'nobody@contoso.example' -ErrorAction Stop } | Should -Throw
        }
    }

    Describe 'New-WorkplaceUser' {
        It 'creates an account from parameters' {
            $user = New-WorkplaceUser -Email 'ann.lee@contoso.example' -Name 'Ann Lee' -Title 'Analyst' -Manager 'ben.carter@contoso.example' -Confirm:$false
            $user.Id | Should -Not -BeNullOrEmpty
            $user.Title | Should -Be 'Analyst'
            (Get-WorkplaceUser -Email 'ann.lee@contoso.example').ManagerId | Should -Be (Get-WorkplaceUser -Email 'ben.carter@contoso.example').Id
        }

        It 'creates one account per CSV row, with header aliases and a manager from an earlier row' {
            $csv = @'
UserName,FirstName,LastName,JobTitle,ManagerEmail,StartDate,IsFrontline
lead@contoso.example,Team,Lead,Lead,ben.carter@contoso.example,2026-03-01,false
member1@contoso.example,Member,One,,lead@contoso.example,,
member2@contoso.example,Member,Two,,lead@contoso.example,,yes
'@ | ConvertFrom-Csv
            $created = @($csv | New-WorkplaceUser -Confirm:$false)
            $created.Count | Should -Be 3
            $lead = Get-WorkplaceUser -Email 'lead@contoso.example'
            (Get-WorkplaceUser -Email 'member2@contoso.example').ManagerId | Should -Be $lead.Id
            $lead.StartDate.Year | Should -Be 2026
        }

        It 'reports bad rows with their row number, sends nothing for them, and goes on' {
            $rows = @'
Email,Name
good@contoso.example,Good Row
not-an-email,Bad Email
nameless@contoso.example,
good@contoso.example,Duplicate Row
'@ | ConvertFrom-Csv
            $created = @($rows | New-WorkplaceUser -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue)
            $created.Email | Should -Be @('good@contoso.example')
            $problems.Count | Should -Be 3
            $problems[0].ErrorDetails.Message | Should -BeLike 'Row 2*not a valid email*'
            $problems[1].ErrorDetails.Message | Should -BeLike 'Row 3*no name*'
            $problems[2].ErrorDetails.Message | Should -BeLike 'Row 4*also in row 1*'
            @(Get-Writes).Count | Should -Be 1
        }

        It 'sends nothing with -WhatIf' {
            New-WorkplaceUser -Email 'whatif@contoso.example' -Name 'What If' -WhatIf
            Get-Writes | Should -BeNullOrEmpty
            Get-WorkplaceUser -Email 'whatif@contoso.example' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        }

        It 'reports an existing email as a conflict, and -ErrorAction Stop terminates' {
            { New-WorkplaceUser -Email 'ben.carter@contoso.example' -Name 'Ben Again' -Confirm:$false -ErrorAction Stop } | Should -Throw -ExpectedMessage '*already exists*'
        }
    }

    Describe 'Set-WorkplaceUser' {
        It 'changes only the given fields' {
            $before = Get-WorkplaceUser -Email 'ben.carter@contoso.example'
            $after = Set-WorkplaceUser -Email 'ben.carter@contoso.example' -Title 'Chief Architect' -Confirm:$false
            $after.Title | Should -Be 'Chief Architect'
            $after.Department | Should -Be $before.Department
            $after.ManagerId | Should -Be $before.ManagerId
        }

        It 'updates piped CSV rows, ignoring empty cells' {
            $rows = @'
Email,Department,Title
ben.carter@contoso.example,Research,
ava.ross@contoso.example,Board,
'@ | ConvertFrom-Csv
            $rows | Set-WorkplaceUser -Confirm:$false | Out-Null
            (Get-WorkplaceUser -Email 'ben.carter@contoso.example').Department | Should -Be 'Research'
            (Get-WorkplaceUser -Email 'ben.carter@contoso.example').Title | Should -Be 'Chief Technology Officer'
        }

        It 'sends nothing with -WhatIf' {
            Set-WorkplaceUser -Email 'ben.carter@contoso.example' -Title 'Nope' -WhatIf
            Get-Writes | Should -BeNullOrEmpty
        }

        It 'reports an unknown manager before sending anything' {
            Set-WorkplaceUser -Email 'ben.carter@contoso.example' -Manager 'ghost@contoso.example' -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].Exception.Message | Should -BeLike '*ghost@contoso.example*'
            Get-Writes | Should -BeNullOrEmpty
        }
    }

    Describe 'Disable-, Enable- and Remove-WorkplaceUser' {
        It 'deactivates and reactivates piped accounts' {
            $rows = 'Email', 'ben.carter@contoso.example', 'ava.ross@contoso.example' | ConvertFrom-Csv
            (@($rows | Disable-WorkplaceUser -Confirm:$false)).Status | Should -Be @('Deactivated', 'Deactivated')
            (Get-WorkplaceUser -Email 'ben.carter@contoso.example').Active | Should -BeFalse
            (Enable-WorkplaceUser -Email 'ben.carter@contoso.example' -Confirm:$false).Active | Should -BeTrue
        }

        It 'sends nothing with -WhatIf' {
            Disable-WorkplaceUser -Email 'ben.carter@contoso.example' -WhatIf
            Remove-WorkplaceUser -Email 'xiao.li@contoso.example' -WhatIf
            Get-Writes | Should -BeNullOrEmpty
        }

        It 'deletes an account never claimed' {
            Remove-WorkplaceUser -Email 'xiao.li@contoso.example' -Confirm:$false
            Get-WorkplaceUser -Email 'xiao.li@contoso.example' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        }

        It 'refuses to delete a claimed account and points to Disable-WorkplaceUser' {
            Remove-WorkplaceUser -Email 'ben.carter@contoso.example' -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].Exception.Message | Should -BeLike '*claimed*Disable-WorkplaceUser*'
            { Remove-WorkplaceUser -Email 'ben.carter@contoso.example' -Confirm:$false -ErrorAction Stop } | Should -Throw
            Get-WorkplaceUser -Email 'ben.carter@contoso.example' | Should -Not -BeNullOrEmpty
        }
    }

    Describe 'Sync-WorkplaceUser' {
        BeforeEach {
            $script:desired = Get-WorkplaceUser -Status Active |
                Where-Object Email -ne 'ava.ross@contoso.example' |
                Select-Object Email, ExternalId, Name, Title, Department
            $script:desired[0].Title = 'Renamed Title'
            $script:desired += [pscustomobject]@{ Email = 'sync.new@contoso.example'; ExternalId = 'S-1'; Name = 'Sync New'; Title = 'New'; Department = 'Ops' }
        }

        It 'shows the whole plan with -WhatIf and writes nothing' {
            $out = @($script:desired | Sync-WorkplaceUser -DisableMissing -WhatIf)
            Get-Writes | Should -BeNullOrEmpty
            $summary = $out[-1]
            $summary.WhatIf | Should -BeTrue
            $summary.Created | Should -Be 1
            $summary.Updated | Should -Be 1
            $summary.Disabled | Should -Be 1
        }

        It 'creates, updates and disables, one result per person then a summary' {
            $out = @($script:desired | Sync-WorkplaceUser -DisableMissing -Confirm:$false)
            $results = $out | Where-Object { $_ -is [WorkplaceAdmin.Client.Models.WorkplaceUserSyncResult] }
            ($results | Where-Object Action -eq 'Created').Email | Should -Be 'sync.new@contoso.example'
            ($results | Where-Object Action -eq 'Updated').ChangedFields | Should -Be @('Title')
            ($results | Where-Object Action -eq 'Disabled').Email | Should -Be 'ava.ross@contoso.example'
            $out[-1].PSObject.TypeNames | Should -Contain 'WorkplaceAdmin.Client.Models.WorkplaceUserSyncSummary'
            (Get-WorkplaceUser -Email 'ava.ross@contoso.example').Active | Should -BeFalse
            ($out | Format-Table | Out-String -Width 300) | Should -Match 'Action'
        }

        It 'never disables people matched by -Exclude' {
            $out = @($script:desired | Sync-WorkplaceUser -DisableMissing -Exclude 'ava.*' -Confirm:$false)
            (Get-WorkplaceUser -Email 'ava.ross@contoso.example').Active | Should -BeTrue
            $out[-1].Excluded | Should -Be 1
        }

        It 'reads a CSV file with -Path' {
            $file = Join-Path $TestDrive 'desired.csv'
            $script:desired | Export-Csv $file
            $out = @(Sync-WorkplaceUser -Path $file -Confirm:$false)
            $out[-1].Created | Should -Be 1
            $out[-1].Rows | Should -Be $script:desired.Count
        }

        It 'stops with a classified error naming the line when the CSV file is broken partway' {
            $file = Join-Path $TestDrive 'broken.csv'
            Set-Content $file -Value "Email,Name`nzoe.broken@contoso.example,`"Zoe Broken`nnever closed"
            { Sync-WorkplaceUser -Path $file -DisableMissing -Confirm:$false -ErrorAction SilentlyContinue } |
                Should -Throw -ErrorId 'Workplace.InvalidData*'
            (Get-WorkplaceUser -Status Active).Count | Should -BeGreaterThan 30
        }

        It 'reports a bad row as Failed and as a non-terminating error' {
            $rows = @([pscustomobject]@{ Email = 'not-an-email'; Name = 'Bad' }) + $script:desired
            $out = @($rows | Sync-WorkplaceUser -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue)
            ($out | Where-Object Action -eq 'Failed').Error | Should -BeLike 'Row 1*'
            $problems.Count | Should -Be 1
        }

        It 'refuses -DisableMissing with an empty list' {
            { Sync-WorkplaceUser -DisableMissing -Confirm:$false -ErrorAction Stop } | Should -Throw -ExpectedMessage '*empty*'
            (Get-WorkplaceUser -Status Active).Count | Should -BeGreaterThan 30
        }
    }

    Describe 'People help' {
        It 'has help with examples for <_>' -ForEach @('Get-WorkplaceUser', 'New-WorkplaceUser', 'Set-WorkplaceUser', 'Disable-WorkplaceUser', 'Enable-WorkplaceUser', 'Remove-WorkplaceUser', 'Sync-WorkplaceUser') {
            (Get-Help $_ -Examples).Examples.Example.Count | Should -BeGreaterThan 0
        }
    }
}
