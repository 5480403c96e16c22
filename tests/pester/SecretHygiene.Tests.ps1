#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# Issue 9's secret hygiene, as users run the module: every cmdlet family with -Verbose -Debug against the embedded
# emulator, connected as an integration with a distinctive token and app secret (declared in a seed file, and
# requiring app secret proof). Every stream (*>&1), every output object (ConvertTo-Json -Depth 6 and its formatted
# view), every error record (Out-String, the whole exception chain and its Data), the emulator's request log and
# every file the module wrote (export folder, link folder) is searched for the credentials: zero hits.
# Get-WorkplaceEmulatorIntegration is left out on purpose: showing the emulator's tokens is its job.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    # '+', '/' and '=' change under URL encoding, so an encoded leak is told apart from the raw one.
    $token = 'PESTER.hyg1ene+tok/6b1f9d3a27e='
    $appSecret = 'pester-hyg1ene+secret/c47e02b9='
    $limitedToken = 'PESTER.hyg1ene+limited/81d5c0='
    $limitedSecret = 'pester-hyg1ene+limsec/2fa9e4='
    $wrongSecret = 'pester-hyg1ene+wrong/93c1b7='
    $secrets = @($token, $appSecret, $limitedToken, $limitedSecret, $wrongSecret)
    $verifyToken = ConvertTo-SecureString 'pester-hygiene-verify' -AsPlainText -Force

    # The forms a secret can take in text: raw, percent-encoded, form-encoded, and JSON-escaped ('+' as \u002B, '/' as \/).
    function Get-SecretForm([string] $Secret) {
        $json = [System.Text.Encodings.Web.JavaScriptEncoder]::Default.Encode($Secret)
        @(
            $Secret
            [Uri]::EscapeDataString($Secret)
            [System.Net.WebUtility]::UrlEncode($Secret)
            $json
            $Secret.Replace('/', '\/')
            $json.Replace('/', '\/')
        ) | Select-Object -Unique
    }

    # A seed with the hygiene integrations, a few people (one unclaimed, so it can be deleted) and two groups.
    $seedPath = Join-Path $TestDrive 'hygiene-seed.json'
    @{
        community    = @{ id = '100000000000001'; name = 'Hygiene Community' }
        integrations = @(
            @{ name = 'Hygiene'; accessToken = $token; appId = '900000000000071'; appSecret = $appSecret; botPageId = '100000000000071'
               permissions = @('*'); requireAppSecretProof = $true }
            @{ name = 'Hygiene limited'; accessToken = $limitedToken; appId = '900000000000072'; appSecret = $limitedSecret; botPageId = '100000000000072'
               permissions = @('read_group'); requireAppSecretProof = $false }
        )
        people       = @(
            @{ email = 'ava.ross@contoso.example'; firstName = 'Ava'; lastName = 'Ross'; title = 'CEO' }
            @{ email = 'ben.carter@contoso.example'; firstName = 'Ben'; lastName = 'Carter'; title = 'CTO'; manager = 'ava.ross@contoso.example' }
            @{ email = 'chloe.nguyen@contoso.example'; firstName = 'Chloe'; lastName = 'Nguyen'; manager = 'ava.ross@contoso.example' }
            @{ email = 'dan.wu@contoso.example'; firstName = 'Dan'; lastName = 'Wu'; manager = 'ben.carter@contoso.example' }
            @{ email = 'eve.stone@contoso.example'; firstName = 'Eve'; lastName = 'Stone'; status = 'invited' }
        )
        groups       = @(
            @{ name = 'Engineering'; privacy = 'CLOSED'; admins = @('ben.carter@contoso.example'); members = @('*')
               posts = @(@{ from = 'ben.carter@contoso.example'; message = 'Welcome to Engineering'; createdTime = '2024-01-02T09:00:00Z'
                           comments = @(@{ from = 'ava.ross@contoso.example'; message = 'Thanks'; createdTime = '2024-01-02T10:00:00Z' }) }) }
            @{ name = 'Announcements'; privacy = 'OPEN'; admins = @('ava.ross@contoso.example'); members = @('ava.ross@contoso.example') }
        )
    } | ConvertTo-Json -Depth 8 | Set-Content -Path $seedPath -Encoding utf8

    # Links and any other per-user file go to the test drive, never to the real configuration folder.
    $configVariable = if ($IsWindows) { 'APPDATA' } else { 'XDG_CONFIG_HOME' }
    $savedConfig = [Environment]::GetEnvironmentVariable($configVariable)
    $configFolder = Join-Path $TestDrive 'config'
    New-Item -ItemType Directory -Path $configFolder | Out-Null
    [Environment]::SetEnvironmentVariable($configVariable, $configFolder)
    $exportFolder = Join-Path $TestDrive 'export'

    $captured = [System.Collections.Generic.List[object]]::new()
    $loud = @{ Verbose = $true; Debug = $true }

    # Keeps every text a record can show: streams, error records (whole exception chains with their Data), objects.
    function Add-Captured([string] $Label, [object[]] $Records) {
        foreach ($record in $Records) {
            if ($null -eq $record) { continue }
            $texts = [System.Collections.Generic.List[string]]::new()
            if ($record -is [System.Management.Automation.ErrorRecord]) {
                $texts.Add(($record | Out-String))
                $texts.Add("$($record.ErrorDetails)")
                $texts.Add("$($record.TargetObject)")
                $texts.Add("$($record.FullyQualifiedErrorId)")
                for ($exception = $record.Exception; $null -ne $exception; $exception = $exception.InnerException) {
                    $texts.Add($exception.ToString())
                    foreach ($key in $exception.Data.Keys) { $texts.Add("$key=$($exception.Data[$key])") }
                }
            }
            elseif ($record -is [System.Management.Automation.InformationRecord]) { $texts.Add("$($record.MessageData)") }
            elseif ($record -is [System.Management.Automation.VerboseRecord] -or $record -is [System.Management.Automation.DebugRecord] -or
                    $record -is [System.Management.Automation.WarningRecord]) { $texts.Add($record.Message) }
            else {
                $texts.Add(($record | ConvertTo-Json -Depth 6 -Compress -WarningAction SilentlyContinue))
                $texts.Add(($record | Out-String))
                $texts.Add(($record | Format-List -Property * | Out-String))
                $texts.Add("$record")
            }
            foreach ($text in $texts) { $captured.Add([pscustomobject]@{ Label = $Label; Kind = $record.GetType().Name; Text = $text }) }
        }
    }

    # Runs a script block, capturing all its streams, and a terminating error too.
    function Invoke-Captured([string] $Label, [scriptblock] $Script) {
        $records = [System.Collections.Generic.List[object]]::new()
        try { & $Script *>&1 | ForEach-Object { $records.Add($_) } } catch { $records.Add($_) }
        Add-Captured $Label $records.ToArray()
        $records.ToArray()
    }

    function Find-Secret {
        foreach ($item in $captured) {
            for ($s = 0; $s -lt $secrets.Count; $s++) {
                foreach ($form in Get-SecretForm $secrets[$s]) {
                    if ($item.Text -and $item.Text.IndexOf($form, [StringComparison]::OrdinalIgnoreCase) -ge 0) {
                        "$($item.Label) ($($item.Kind)): secret #$($s + 1)"
                    }
                }
            }
        }
    }

    $connection = Invoke-Captured 'connect' { Connect-Workplace -Emulator -Seed $seedPath -Integration 'Hygiene' -PassThru @loud } |
        Where-Object { $_ -is [WorkplaceAdmin.Client.WorkplaceConnection] } | Select-Object -First 1
}

AfterAll {
    try { Disconnect-Workplace -Connection $connection } catch { Write-Verbose "Already disconnected: $_" }
    [Environment]::SetEnvironmentVariable($configVariable, $savedConfig)
}

Describe 'Secret hygiene: every cmdlet family with -Verbose -Debug' {
    It 'connects with app secret proof and shows the connection with the token masked' {
        $connection | Should -Not -BeNullOrEmpty
        $connection.HasAppSecret | Should -BeTrue
        Invoke-Captured 'connection' { Get-WorkplaceConnection @loud } | Should -Not -BeNullOrEmpty
        Invoke-Captured 'community' { Get-WorkplaceCommunity @loud } | Should -Not -BeNullOrEmpty
    }

    It 'runs the people cmdlets, a refused delete (412) and bad rows included' {
        Invoke-Captured 'people list' { Get-WorkplaceUser @loud } | Should -Not -BeNullOrEmpty
        Invoke-Captured 'people by email' { Get-WorkplaceUser -Email 'ben.carter@contoso.example' @loud } | Out-Null
        $rows = @"
Email,Name,Title,Manager
hy.one@contoso.example,Hy One,Tester,ben.carter@contoso.example
not-an-email,Bad Row,Tester,
hy.two@contoso.example,Hy Two,Tester,ghost@contoso.example
"@ | ConvertFrom-Csv
        $created = Invoke-Captured 'people create' { $rows | New-WorkplaceUser -Confirm:$false @loud }
        @($created | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).Count | Should -BeGreaterThan 0
        Invoke-Captured 'people set' { Set-WorkplaceUser -Email 'hy.one@contoso.example' -Title 'Senior Tester' -Confirm:$false @loud } | Out-Null
        Invoke-Captured 'people disable' { Disable-WorkplaceUser -Email 'hy.one@contoso.example' -Confirm:$false @loud } | Out-Null
        Invoke-Captured 'people enable' { Enable-WorkplaceUser -Email 'hy.one@contoso.example' -Confirm:$false @loud } | Out-Null
        Invoke-Captured 'people remove' { Remove-WorkplaceUser -Email 'eve.stone@contoso.example' -Confirm:$false @loud } | Out-Null
        $refused = Invoke-Captured 'people remove claimed' { Remove-WorkplaceUser -Email 'ben.carter@contoso.example' -Confirm:$false @loud }
        @($refused | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).Count | Should -BeGreaterOrEqual 1
        $desired = Join-Path $TestDrive 'desired.csv'
        $rows | Select-Object -First 1 | Export-Csv -Path $desired
        Invoke-Captured 'people sync' { Sync-WorkplaceUser -Path $desired -WhatIf @loud } | Out-Null
        Invoke-Captured 'people duplicate' { New-WorkplaceUser -Email 'ben.carter@contoso.example' -Name 'Ben Again' -Confirm:$false @loud } | Out-Null
    }

    It 'runs the group cmdlets: lifecycle and batched membership' {
        $group = Invoke-Captured 'group create' { New-WorkplaceGroup -Name 'Hygiene Group' -Admin 'ava.ross@contoso.example' -Privacy CLOSED -Confirm:$false @loud } |
            Where-Object { $_ -is [WorkplaceAdmin.Client.Models.WorkplaceGroup] }
        $group | Should -Not -BeNullOrEmpty
        Invoke-Captured 'group list' { Get-WorkplaceGroup @loud } | Out-Null
        Invoke-Captured 'group by name' { Get-WorkplaceGroup -Name 'Hygiene*' @loud } | Out-Null
        Invoke-Captured 'group set' { Set-WorkplaceGroup -Group $group.Id -Description 'Secrets stay out' -Confirm:$false -PassThru @loud } | Out-Null
        $people = 'ben.carter@contoso.example', 'chloe.nguyen@contoso.example', 'dan.wu@contoso.example', 'nobody@contoso.example'
        Invoke-Captured 'members add' { Add-WorkplaceGroupMember -Group $group.Id -Email $people -Confirm:$false @loud } | Out-Null
        Invoke-Captured 'members promote' { Add-WorkplaceGroupMember -Group $group.Id -Email 'ben.carter@contoso.example' -Admin -Confirm:$false @loud } | Out-Null
        Invoke-Captured 'members list' { Get-WorkplaceGroupMember -Group $group.Id @loud } | Should -Not -BeNullOrEmpty
        Invoke-Captured 'members remove' { Remove-WorkplaceGroupMember -Group $group.Id -Email 'dan.wu@contoso.example' -Confirm:$false @loud } | Out-Null
        Invoke-Captured 'group unknown' { Get-WorkplaceGroup -Id '100000000099999' @loud } | Out-Null
        Invoke-Captured 'group archive' { Set-WorkplaceGroup -Group $group.Id -Archive -Confirm:$false @loud } | Out-Null
        Invoke-Captured 'members add archived' { Add-WorkplaceGroupMember -Group $group.Id -Email 'ava.ross@contoso.example' -Confirm:$false @loud } | Out-Null
    }

    It 'runs the post and comment cmdlets, and exports feeds to a folder' {
        $post = Invoke-Captured 'post new' { New-WorkplacePost -Group 'Engineering' -Message '**Hello** @ava' -Markdown -Mention 'ava.ross@contoso.example' -LinkUrl 'https://example.com/' -Confirm:$false @loud } |
            Where-Object { $_ -is [WorkplaceAdmin.Client.Models.WorkplacePost] }
        $post | Should -Not -BeNullOrEmpty
        Invoke-Captured 'post list' { Get-WorkplacePost -Group 'Engineering' @loud } | Out-Null
        $comment = Invoke-Captured 'comment new' { New-WorkplaceComment -PostId $post.Id -Message 'A comment' -Mention 'ben.carter@contoso.example' -Confirm:$false @loud } |
            Where-Object { $_ -is [WorkplaceAdmin.Client.Models.WorkplaceComment] }
        Invoke-Captured 'comment reply' { New-WorkplaceComment -CommentId $comment.Id -Message 'A reply' -Confirm:$false @loud } | Out-Null
        Invoke-Captured 'comment list' { Get-WorkplaceComment -PostId $post.Id @loud } | Out-Null
        Invoke-Captured 'post mention nobody' { New-WorkplacePost -Group 'Engineering' -Message 'Hi' -Mention 'nobody@contoso.example' -Confirm:$false @loud } | Out-Null
        Invoke-Captured 'export' { Get-WorkplaceGroup -Name 'Engineering', 'Announcements' | Export-WorkplaceGroupFeed -Path $exportFolder -Confirm:$false @loud } | Out-Null
        Invoke-Captured 'export again' { Export-WorkplaceGroupFeed -Group 'Engineering' -Path $exportFolder -Confirm:$false @loud } | Out-Null
        @(Get-ChildItem $exportFolder -File).Count | Should -BeGreaterThan 1
        Invoke-Captured 'comment remove' { Remove-WorkplaceComment -Id $comment.Id -Confirm:$false @loud } | Out-Null
        Invoke-Captured 'post remove' { Remove-WorkplacePost -Id $post.Id -Confirm:$false @loud } | Out-Null
    }

    It 'runs the Work Chat and account cmdlets' {
        Invoke-Captured 'message' { Send-WorkplaceMessage -Recipient 'ava.ross@contoso.example' -Text 'Your laptop is ready.' -Confirm:$false @loud } | Should -Not -BeNullOrEmpty
        Invoke-Captured 'message many' { Send-WorkplaceMessage -Recipient 'ben.carter@contoso.example', 'nobody@contoso.example' -Text 'Hello' -Confirm:$false @loud } | Out-Null
        Invoke-Captured 'account' { Resolve-WorkplaceAccount -Email 'chloe.nguyen@contoso.example' @loud }
        Invoke-Captured 'account unknown' { Resolve-WorkplaceAccount -Email 'nobody@contoso.example' @loud } | Out-Null | Out-Null
    }

    It 'runs the link cmdlets, the token kept out of every file the user did not ask to hold it' {
        $secureToken = ConvertTo-SecureString $token -AsPlainText -Force
        $secureSecret = ConvertTo-SecureString $appSecret -AsPlainText -Force
        $link = @{ AccessToken = $secureToken; AppSecret = $secureSecret; AllowPlainTextTokenFile = $true; Confirm = $false }
        Invoke-Captured 'link chat' { New-WorkplaceLink -Name 'HygieneBot' -Kind Chat @link @loud } | Out-Null
        Invoke-Captured 'link group' { New-WorkplaceLink -Name 'HygieneFeed' -Group 'Engineering' @link @loud } | Out-Null
        $badLink = @{ AccessToken = (ConvertTo-SecureString $limitedToken -AsPlainText -Force); AllowPlainTextTokenFile = $true; Confirm = $false }
        Invoke-Captured 'link refused' { New-WorkplaceLink -Name 'Limited' -Group 'Engineering' @badLink @loud } | Out-Null
        Invoke-Captured 'link list' { Get-WorkplaceLink @loud } | Should -Not -BeNullOrEmpty
        Invoke-Captured 'link test' { Get-WorkplaceLink | Test-WorkplaceLink @loud } | Out-Null
        Invoke-Captured 'link send' { Send-WorkplaceMessage -Link 'HygieneBot' -Recipient 'ava.ross@contoso.example' -Text 'via link' -Confirm:$false @loud } | Out-Null
        Invoke-Captured 'link remove' { Remove-WorkplaceLink -Name 'HygieneFeed' -Confirm:$false @loud } | Out-Null
    }

    It 'runs the webhook cmdlets: subscriptions with the app token, signatures, a wrong app secret' {
        $secureSecret = ConvertTo-SecureString $appSecret -AsPlainText -Force
        $wrong = ConvertTo-SecureString $wrongSecret -AsPlainText -Force
        $body = '{"object":"group","entry":[{"id":"1001","time":1,"changes":[{"field":"posts","value":{"post_id":"1001_5","verb":"add"}}]}]}'
        $hmac = [System.Security.Cryptography.HMACSHA256]::new([Text.Encoding]::UTF8.GetBytes($appSecret))
        $signature = 'sha256=' + [Convert]::ToHexString($hmac.ComputeHash([Text.Encoding]::UTF8.GetBytes($body))).ToLowerInvariant()
        $hmac.Dispose()
        Invoke-Captured 'signature good' { Test-WorkplaceWebhookSignature -Body $body -Signature256 $signature -Detailed @loud } | Out-Null
        Invoke-Captured 'signature bad' { Test-WorkplaceWebhookSignature -Body "$body " -Signature256 $signature -AppSecret $secureSecret -Detailed @loud } | Out-Null
        Invoke-Captured 'subscriptions' { Get-WorkplaceWebhookSubscription @loud } | Out-Null
        Invoke-Captured 'subscription refused' { New-WorkplaceWebhookSubscription -Object group -Field posts -CallbackUrl 'http://127.0.0.1:9/' -VerifyToken $verifyToken -Confirm:$false @loud } | Out-Null
        Invoke-Captured 'subscriptions wrong secret' { Get-WorkplaceWebhookSubscription -AppSecret $wrong @loud } | Out-Null
        Invoke-Captured 'receive timeout' { Receive-WorkplaceWebhook -Port 0 -VerifyToken $verifyToken -Count 1 -Timeout 1 @loud } | Out-Null
        Invoke-Captured 'unsubscribe' { Remove-WorkplaceWebhookSubscription -All -Confirm:$false @loud } | Out-Null
    }

    It 'reports failures (permission denied, throttling, read-only, a malformed token) without the credentials' {
        Invoke-Captured 'throttled' {
            Set-WorkplaceEmulator -ThrottleRate 1 -Confirm:$false
            try { Get-WorkplaceCommunity @loud } finally { Set-WorkplaceEmulator -ThrottleRate 0 -Confirm:$false }
        } | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | Should -Not -BeNullOrEmpty
        Invoke-Captured 'read-only' {
            Set-WorkplaceEmulator -ReadOnly $true -Confirm:$false
            try { New-WorkplacePost -Group 'Engineering' -Message 'read-only' -Confirm:$false @loud } finally { Set-WorkplaceEmulator -ReadOnly $false -Confirm:$false }
        } | Out-Null
        $malformed = ConvertTo-SecureString "$token x" -AsPlainText -Force
        Invoke-Captured 'malformed token' { Connect-Workplace -AccessToken $malformed @loud } | Out-Null
        $limited = Invoke-Captured 'limited connect' { Connect-Workplace -Emulator -Seed $seedPath -Integration 'Hygiene limited' -PassThru @loud } |
            Where-Object { $_ -is [WorkplaceAdmin.Client.WorkplaceConnection] } | Select-Object -First 1
        $limited | Should -Not -BeNullOrEmpty
        try {
            $denied = Invoke-Captured 'permission denied' { Get-WorkplaceUser -Connection $limited @loud }
            @($denied | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).Count | Should -BeGreaterThan 0
            Invoke-Captured 'permission denied post' { New-WorkplacePost -Connection $limited -Group 'Engineering' -Message 'no' -Confirm:$false @loud } | Out-Null
            # That connection has an emulator of its own: its request log is searched here.
            $limitedRequests = @(Get-WorkplaceEmulatorRequest -Connection $limited)
            $limitedRequests.Count | Should -BeGreaterThan 0
            @($limitedRequests | Where-Object SecretInUrl) | Should -BeNullOrEmpty
            foreach ($request in $limitedRequests) { $captured.Add([pscustomobject]@{ Label = 'limited request log'; Kind = 'Request'; Text = "$($request.Method) $($request.Path) $request" }) }
        }
        finally { Disconnect-Workplace -Connection $limited }
    }

    It 'finds no credential in any stream, output, error, request URL or file' {
        # Connect-Workplace -Link and the failures above may have replaced the current connection: inspect ours.
        $requests = @(Get-WorkplaceEmulatorRequest -Connection $connection)
        $requests.Count | Should -BeGreaterThan 50
        @($requests | Where-Object SecretInUrl) | Should -BeNullOrEmpty
        @($requests | Where-Object Integration -eq 'Hygiene').Count | Should -BeGreaterThan 0
        foreach ($request in $requests) { $captured.Add([pscustomobject]@{ Label = 'request log'; Kind = 'Request'; Text = "$($request.Method) $($request.Path) $request" }) }

        # Files: the export, and the link folder, except the token file the user explicitly asked for
        # (-AllowPlainTextTokenFile; on Windows DPAPI protects it, so it is searched too).
        $files = @(Get-ChildItem $exportFolder, $configFolder -Recurse -File)
        $files.Count | Should -BeGreaterThan 2
        foreach ($file in $files) {
            $optedIn = -not $IsWindows -and $file.Directory.Name -eq 'secrets'
            if (-not $optedIn) { $captured.Add([pscustomobject]@{ Label = "file $($file.Name)"; Kind = 'File'; Text = (Get-Content $file.FullName -Raw) }) }
        }

        @($captured | Where-Object Kind -eq 'VerboseRecord').Count | Should -BeGreaterThan 20
        @($captured | Where-Object Kind -eq 'ErrorRecord').Count | Should -BeGreaterThan 10
        Find-Secret | Should -BeNullOrEmpty
    }
}
