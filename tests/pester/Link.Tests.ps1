#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    # Links live in the user's configuration folder: point it at the test drive so the suite never touches the real one.
    $configVariable = if ($IsWindows) { 'APPDATA' } else { 'XDG_CONFIG_HOME' }
    $savedConfig = [Environment]::GetEnvironmentVariable($configVariable)
    [Environment]::SetEnvironmentVariable($configVariable, $TestDrive)
    $linkFolder = Join-Path $TestDrive 'WorkplaceAdmin'

    $adminTokenText = 'EMULATOR-ADMIN-TOKEN-0001'
    $adminToken = ConvertTo-SecureString $adminTokenText -AsPlainText -Force
    $readOnlyToken = ConvertTo-SecureString 'EMULATOR-READ-ONLY-GROUPS-TOKEN-0002' -AsPlainText -Force

    # An advanced function, so -ErrorAction and -ErrorVariable work on it as on the cmdlet it wraps.
    function New-TestLink {
        [CmdletBinding()]
        param([string] $Name, [securestring] $Token = $adminToken, [string] $Group, [string] $Kind = 'GroupFeed')
        $parameters = @{ Name = $Name; AccessToken = $Token; Kind = $Kind; AllowPlainTextTokenFile = $true; WarningAction = 'SilentlyContinue' }
        if ($Group) { $parameters.Group = $Group }
        New-WorkplaceLink @parameters
    }
}

AfterAll {
    [Environment]::SetEnvironmentVariable($configVariable, $savedConfig)
}

Describe 'Workplace links' {
    BeforeEach {
        $script:connection = Connect-Workplace -Emulator -PassThru
        $script:group = Get-WorkplaceGroup | Where-Object { -not $_.Archived } | Select-Object -First 1
        Get-WorkplaceLink | Remove-WorkplaceLink -Confirm:$false
    }

    AfterEach {
        # Connect-Workplace -Link replaces the current connection; close both.
        try { Disconnect-Workplace } catch { Write-Verbose "No current connection: $_" }
        Disconnect-Workplace -Connection $script:connection
    }

    It 'verifies and saves a group feed link, with no token in the definitions file' {
        $link = New-TestLink -Name 'Jira' -Group "https://contoso.workplace.com/groups/$($group.Id)/"
        $link.PSObject.TypeNames | Should -Contain 'WorkplaceAdmin.Client.Models.WorkplaceLink'
        $link.GroupId | Should -Be $group.Id
        $link.Permissions | Should -Contain 'Manage group content'
        (Get-WorkplaceLink -Name 'jira').Name | Should -Be 'Jira'
        Get-Content (Join-Path $linkFolder 'links.json') -Raw | Should -Not -BeLike "*$adminTokenText*"
    }

    It 'keeps the opted-in token file readable by its owner only, and warns' {
        if ($IsWindows) { Set-ItResult -Skipped -Because 'DPAPI protects the token on Windows'; return }
        New-WorkplaceLink -Name 'Bot' -Kind Chat -AccessToken $adminToken -AllowPlainTextTokenFile -WarningVariable warnings | Out-Null
        $warnings[0] | Should -BeLike '*plain text*'
        $secretFile = Get-ChildItem (Join-Path $linkFolder 'secrets') | Select-Object -First 1
        $secretFile.UnixFileMode | Should -Be ([System.IO.UnixFileMode]'UserRead, UserWrite')
    }

    It 'refuses to store a token in plain text unless asked to' {
        if ($IsWindows) { Set-ItResult -Skipped -Because 'DPAPI protects the token on Windows'; return }
        { New-WorkplaceLink -Name 'Bot' -Kind Chat -AccessToken $adminToken -ErrorAction Stop } | Should -Throw -ExpectedMessage '*-Vault*'
        Get-WorkplaceLink | Should -BeNullOrEmpty
    }

    It 'creates nothing and sends nothing with -WhatIf' {
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        New-WorkplaceLink -Name 'Jira' -AccessToken $adminToken -Group $group.Id -AllowPlainTextTokenFile -WhatIf
        Get-WorkplaceLink | Should -BeNullOrEmpty
        @(Get-WorkplaceEmulatorRequest).Count | Should -Be 0
    }

    It 'refuses a token that fails, a group it cannot see and a missing permission, storing nothing' {
        $bad = ConvertTo-SecureString 'NOT-A-VALID-TOKEN-0000' -AsPlainText -Force
        New-TestLink -Name 'A' -Token $bad -Group $group.Id -ErrorVariable tokenProblem -ErrorAction SilentlyContinue
        New-TestLink -Name 'B' -Group '100000000099999' -ErrorVariable groupProblem -ErrorAction SilentlyContinue
        New-TestLink -Name 'C' -Token $readOnlyToken -Group $group.Id -ErrorVariable permissionProblem -ErrorAction SilentlyContinue
        $tokenProblem[0].FullyQualifiedErrorId | Should -BeLike 'Workplace.Link.TokenRejected*'
        $groupProblem[0].FullyQualifiedErrorId | Should -BeLike 'Workplace.Link.GroupNotVisible*'
        $permissionProblem[0].FullyQualifiedErrorId | Should -BeLike 'Workplace.Link.PermissionMissing*'
        $permissionProblem[0].Exception.Message | Should -BeLike "*'Manage group content'*"
        $permissionProblem[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        Get-WorkplaceLink | Should -BeNullOrEmpty
        if (Test-Path (Join-Path $linkFolder 'secrets')) { Get-ChildItem (Join-Path $linkFolder 'secrets') | Should -BeNullOrEmpty }
    }

    It 'refuses a duplicate name before any request' {
        New-TestLink -Name 'Jira' -Group $group.Id | Out-Null
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        { New-TestLink -Name 'JIRA' -Group $group.Id -ErrorAction Stop } | Should -Throw -ErrorId 'Workplace.Link.Duplicate*'
        @(Get-WorkplaceEmulatorRequest).Count | Should -Be 0
    }

    It 're-runs every check with Test-WorkplaceLink, one row per check, piped by name' {
        New-TestLink -Name 'Jira' -Group $group.Id | Out-Null
        $checks = @(Get-WorkplaceLink -Name 'Jira' | Test-WorkplaceLink)
        $checks.CheckId | Should -Be @('Token', 'Community', 'Group', 'Permission.ReadGroupContent', 'Permission.ManageGroupContent')
        $checks.Status | Sort-Object -Unique | Should -Be 'Passed'
        ($checks | Format-Table | Out-String) | Should -Match 'CheckId\s+LinkName\s+Status'
    }

    It 'reports an unknown link name as a non-terminating error, and stops with -ErrorAction Stop' {
        Test-WorkplaceLink -Name 'Nope' -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'Workplace.Link.NotFound*'
        { Remove-WorkplaceLink -Name 'Nope' -Confirm:$false -ErrorAction Stop } | Should -Throw
    }

    It 'connects with a link and sends through a chat link' {
        New-TestLink -Name 'Bot' -Kind Chat | Out-Null
        (Send-WorkplaceMessage -Link 'Bot' -Recipient 'ava.ross@contoso.example' -Text 'via link').MessageId | Should -BeLike 'm_*'
        $linked = Connect-Workplace -Link 'Bot' -PassThru
        $linked.CommunityId | Should -Be $connection.CommunityId
        { Send-WorkplaceMessage -Link 'Nope' -Recipient 'ava.ross@contoso.example' -Text 'x' } | Should -Throw
    }

    It 'posts through a group feed link into its group' {
        New-TestLink -Name 'Jira' -Group $group.Id | Out-Null
        $post = New-WorkplacePost -Link 'Jira' -Message 'Build 4711 passed.'
        $post.GroupId | Should -Be $group.Id
        { New-TestLink -Name 'Bot' -Kind Chat | Out-Null; New-WorkplacePost -Link 'Bot' -Message 'x' } | Should -Throw -ErrorId 'Workplace.Link.WrongKind*'
    }

    It 'refuses to send through a group feed link' {
        New-TestLink -Name 'Jira' -Group $group.Id | Out-Null
        { Send-WorkplaceMessage -Link 'Jira' -Recipient 'ava.ross@contoso.example' -Text 'x' } | Should -Throw -ErrorId 'Workplace.Link.WrongKind*'
    }

    It 'removes a link and its stored token, and keeps it with -WhatIf' {
        New-TestLink -Name 'Jira' -Group $group.Id | Out-Null
        Remove-WorkplaceLink -Name 'Jira' -WhatIf
        Get-WorkplaceLink -Name 'Jira' | Should -Not -BeNullOrEmpty
        Remove-WorkplaceLink -Name 'Jira' -Confirm:$false
        Get-WorkplaceLink | Should -BeNullOrEmpty
        if (Test-Path (Join-Path $linkFolder 'secrets')) { Get-ChildItem (Join-Path $linkFolder 'secrets') | Should -BeNullOrEmpty }
    }

    It 'shows links as a table' {
        New-TestLink -Name 'Jira' -Group $group.Id | Out-Null
        (Get-WorkplaceLink | Format-Table | Out-String) | Should -Match 'CommunityId\s+Name\s+Kind'
    }

    It 'has help with examples for every link cmdlet' {
        foreach ($command in 'New-WorkplaceLink', 'Get-WorkplaceLink', 'Test-WorkplaceLink', 'Remove-WorkplaceLink') {
            (Get-Help $command -Examples).Examples.Example.Count | Should -BeGreaterThan 0
        }
    }
}
