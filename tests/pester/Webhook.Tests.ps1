#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $manifest = Join-Path $modulePath 'WorkplaceAdmin.psd1'
    $connection = Connect-Workplace -Emulator -PassThru
    $appId = [WorkplaceAdmin.Emulator.EmulatorDefaults]::AdminAppId
    $plainSecret = [WorkplaceAdmin.Emulator.EmulatorDefaults]::AdminAppSecret
    $secret = ConvertTo-SecureString $plainSecret -AsPlainText -Force
    $verify = ConvertTo-SecureString 'pester-verify-token' -AsPlainText -Force

    function Get-FreePort {
        $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $probe.Start()
        try { $probe.LocalEndpoint.Port } finally { $probe.Stop() }
    }

    # Bounded wait until something listens on the port (a receiver started in a job).
    function Wait-Port([int] $Port) {
        for ($i = 0; $i -lt 100; $i++) {
            $client = [System.Net.Sockets.TcpClient]::new()
            try { $client.Connect('127.0.0.1', $Port); return } catch { Start-Sleep -Milliseconds 100 } finally { $client.Dispose() }
        }
        throw "Nothing listens on port $Port."
    }

    function Get-Signature([string] $Body, [string] $Key, [string] $Algorithm = 'sha256') {
        $hmac = if ($Algorithm -eq 'sha256') { [System.Security.Cryptography.HMACSHA256]::new([Text.Encoding]::UTF8.GetBytes($Key)) }
                else { [System.Security.Cryptography.HMACSHA1]::new([Text.Encoding]::UTF8.GetBytes($Key)) }
        try { "$Algorithm=" + [Convert]::ToHexString($hmac.ComputeHash([Text.Encoding]::UTF8.GetBytes($Body))).ToLowerInvariant() }
        finally { $hmac.Dispose() }
    }

    $envelope = '{"object":"group","entry":[{"id":"1001","time":1530000512,"changes":[{"field":"posts","value":{"post_id":"1001_5","verb":"add","message":"Hi","from":{"id":"7","name":"Alex"}}},{"field":"membership","value":{"verb":"add","member":{"id":"8","name":"Bo"}}}]}]}'
}

AfterAll {
    Remove-WorkplaceWebhookSubscription -All -AppSecret $secret -Confirm:$false -ErrorAction SilentlyContinue
    Disconnect-Workplace -Connection $connection
}

Describe 'Test-WorkplaceWebhookSignature' {
    It 'accepts a good SHA-256 signature and the legacy SHA-1 one' {
        Test-WorkplaceWebhookSignature -Body $envelope -Signature256 (Get-Signature $envelope $plainSecret) -AppSecret $secret | Should -BeTrue
        Test-WorkplaceWebhookSignature -Body $envelope -Signature (Get-Signature $envelope $plainSecret 'sha1') -AppSecret $secret | Should -BeTrue
    }

    It 'accepts the raw body as a byte array' {
        $bytes = [Text.Encoding]::UTF8.GetBytes($envelope)
        Test-WorkplaceWebhookSignature -Body $bytes -Signature256 (Get-Signature $envelope $plainSecret) -AppSecret $secret | Should -BeTrue
    }

    It 'refuses a tampered body, a tampered signature, a wrong prefix and a wrong secret' {
        $good = Get-Signature $envelope $plainSecret
        Test-WorkplaceWebhookSignature -Body ($envelope -replace 'Hi', 'Ha') -Signature256 $good -AppSecret $secret | Should -BeFalse
        Test-WorkplaceWebhookSignature -Body $envelope -Signature256 ($good.Substring(0, $good.Length - 1) + 'x') -AppSecret $secret | Should -BeFalse
        Test-WorkplaceWebhookSignature -Body $envelope -Signature256 ($good -replace '^sha256=', 'sha1=') -AppSecret $secret | Should -BeFalse
        $other = ConvertTo-SecureString 'another-secret' -AsPlainText -Force
        Test-WorkplaceWebhookSignature -Body $envelope -Signature256 $good -AppSecret $other | Should -BeFalse
    }

    It 'says why with -Detailed, naming the delivery' {
        $result = Test-WorkplaceWebhookSignature -Body $envelope -AppSecret $secret -Detailed
        $result.PSObject.TypeNames | Should -Contain 'WorkplaceAdmin.Client.Models.WebhookSignatureResult'
        $result.IsValid | Should -BeFalse
        "$($result.Status)" | Should -Be 'Missing'
        $result.EntryId | Should -Be '1001'
        $result.Reason | Should -Not -Match ([regex]::Escape($plainSecret))
        ($result | Format-Table | Out-String) | Should -Match 'EntryId\s+Object\s+IsValid'
    }

    It 'finds the signature in a headers hashtable whatever the case' {
        $headers = @{ 'x-hub-signature-256' = Get-Signature $envelope $plainSecret; 'Content-Type' = 'application/json' }
        Test-WorkplaceWebhookSignature -Body $envelope -Headers $headers -AppSecret $secret | Should -BeTrue
    }

    It 'stops with a clear error when no app secret is known' {
        { Test-WorkplaceWebhookSignature -Body $envelope -Signature256 'sha256=00' -Connection $connection -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*-AppSecret*'
    }

    It 'has help with examples' {
        (Get-Help Test-WorkplaceWebhookSignature -Examples).Examples.Example.Count | Should -BeGreaterThan 0
    }
}

Describe 'Receive-WorkplaceWebhook' {
    It 'writes the events of signed deliveries and refuses unsigned ones, from a background job posting to it' {
        $port = Get-FreePort
        $job = Start-ThreadJob -ArgumentList $port, $envelope, (Get-Signature $envelope $plainSecret) -ScriptBlock {
            param($Port, $Body, $Signature)
            $url = "http://127.0.0.1:$Port/"
            for ($i = 0; $i -lt 100; $i++) {
                try {
                    $handshake = Invoke-WebRequest -Uri "$($url)?hub.mode=subscribe&hub.challenge=31337&hub.verify_token=pester-verify-token" -SkipHttpErrorCheck -NoProxy
                    break
                } catch { Start-Sleep -Milliseconds 100 }
            }
            $wrongToken = Invoke-WebRequest -Uri "$($url)?hub.mode=subscribe&hub.challenge=1&hub.verify_token=wrong" -SkipHttpErrorCheck -NoProxy
            $unsigned = Invoke-WebRequest -Uri $url -Method Post -Body $Body -ContentType 'application/json' -SkipHttpErrorCheck -NoProxy
            $signed = Invoke-WebRequest -Uri $url -Method Post -Body $Body -ContentType 'application/json' -Headers @{ 'X-Hub-Signature-256' = $Signature } -SkipHttpErrorCheck -NoProxy
            [pscustomobject]@{ Handshake = [int]$handshake.StatusCode; Challenge = "$($handshake.Content)"; WrongToken = [int]$wrongToken.StatusCode; Unsigned = [int]$unsigned.StatusCode; Signed = [int]$signed.StatusCode }
        }

        $events = @(Receive-WorkplaceWebhook -Port $port -VerifyToken $verify -AppSecret $secret -Count 2 -Timeout 30 -WarningVariable warnings -WarningAction SilentlyContinue)
        $answers = $job | Wait-Job -Timeout 30 | Receive-Job
        $job | Remove-Job -Force

        $answers.Handshake | Should -Be 200
        $answers.Challenge | Should -Be '31337'
        $answers.WrongToken | Should -Be 403
        $answers.Unsigned | Should -Be 403
        $answers.Signed | Should -Be 200
        $events.Count | Should -Be 2
        $events[0].PSObject.TypeNames | Should -Contain 'WorkplaceAdmin.Client.Models.WorkplaceWebhookEvent'
        $events.Field | Should -Be @('posts', 'membership')
        $events[0].PostId | Should -Be '1001_5'
        $events[1].MemberId | Should -Be '8'
        $warnings.Count | Should -BeGreaterOrEqual 2
        ($events | Format-Table | Out-String) | Should -Match 'EntryId\s+Field\s+Verb\s+Time\s+Message'
    }

    It 'ends at the timeout with a non-terminating error when fewer events came, and -ErrorAction Stop terminates' {
        $port = Get-FreePort
        $result = Receive-WorkplaceWebhook -Port $port -VerifyToken $verify -AppSecret $secret -Count 1 -Timeout 1 -ErrorVariable problems -ErrorAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $problems[0].Exception.Message | Should -BeLike '*0 of 1*'
        { Receive-WorkplaceWebhook -Port (Get-FreePort) -VerifyToken $verify -AppSecret $secret -Count 1 -Timeout 1 -ErrorAction Stop } | Should -Throw
    }

    It 'has help with examples' {
        (Get-Help Receive-WorkplaceWebhook -Examples).Examples.Example.Count | Should -BeGreaterThan 0
    }
}

Describe 'Webhook subscriptions against the emulator' {
    It 'lists no subscription at first' {
        Get-WorkplaceWebhookSubscription -AppSecret $secret | Should -BeNullOrEmpty
    }

    It 'sends no request with -WhatIf' {
        Clear-WorkplaceEmulatorRequest -Confirm:$false
        New-WorkplaceWebhookSubscription -Object group -Field posts -CallbackUrl 'http://127.0.0.1:9/' -VerifyToken $verify -AppSecret $secret -WhatIf
        Remove-WorkplaceWebhookSubscription -All -AppSecret $secret -WhatIf
        Get-WorkplaceEmulatorRequest | Should -BeNullOrEmpty
        Get-WorkplaceWebhookSubscription -AppSecret $secret | Should -BeNullOrEmpty
    }

    It 'reports a callback that fails the handshake as a non-terminating error, and -ErrorAction Stop terminates' {
        $closed = "http://127.0.0.1:$(Get-FreePort)/"
        $result = New-WorkplaceWebhookSubscription -Object group -Field posts -CallbackUrl $closed -VerifyToken $verify -AppSecret $secret -ErrorVariable problems -ErrorAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $problems[0].Exception.Message | Should -BeLike '*callback verification failed*'
        $problems[0].Exception.Message | Should -Not -Match ([regex]::Escape($plainSecret))
        { New-WorkplaceWebhookSubscription -Object group -Field posts -CallbackUrl $closed -VerifyToken $verify -AppSecret $secret -ErrorAction Stop } | Should -Throw
    }

    It 'refuses a plain-http callback that is not loopback before any request, naming it' {
        New-WorkplaceWebhookSubscription -Object group -Field posts -CallbackUrl 'http://hooks.contoso.example/' -VerifyToken $verify -AppSecret $secret -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].Exception.Message | Should -BeLike '*http://hooks.contoso.example/*https*'
        $problems[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It 'subscribes a receiver running in a job, which then receives a post made on the emulator' {
        $port = Get-FreePort
        $job = Start-ThreadJob -ArgumentList $manifest, $port, $verify, $secret -ScriptBlock {
            param($Manifest, $Port, $Verify, $Secret)
            Import-Module $Manifest
            # Select-Object -First stops the receiver after the first event: no error, and the script goes on.
            Receive-WorkplaceWebhook -Port $Port -VerifyToken $Verify -AppSecret $Secret -Count 5 -Timeout 30 | Select-Object -First 1
            'receiver stopped cleanly'
        }
        Wait-Port $port

        $subscription = New-WorkplaceWebhookSubscription -Object group -Field posts, comments -CallbackUrl "http://127.0.0.1:$port/" -VerifyToken $verify -AppSecret $secret |
            Select-Object -First 1
        $subscription.AppId | Should -Be $appId
        $subscription.Fields | Should -Be @('posts', 'comments')

        $group = Get-WorkplaceGroup | Where-Object { -not $_.Archived } | Select-Object -First 1
        $form = [System.Collections.Generic.Dictionary[string, string]]::new()
        $form['message'] = 'Hello from Pester'
        $posted = $connection.Client.GraphPostAsync("$($group.Id)/feed", $form, [System.Threading.CancellationToken]::None, $false).GetAwaiter().GetResult()

        $received, $after = $job | Wait-Job -Timeout 30 | Receive-Job
        $job.ChildJobs[0].Error | Should -BeNullOrEmpty
        $job | Remove-Job -Force
        $after | Should -Be 'receiver stopped cleanly'
        $received.Field | Should -Be 'posts'
        $received.EntryId | Should -Be $group.Id
        $received.PostId | Should -Be $posted.GetProperty('id').GetString()
        $received.Message | Should -Be 'Hello from Pester'
    }

    It 'shows subscriptions as a table with the app id first' {
        $table = Get-WorkplaceWebhookSubscription -AppSecret $secret | Format-Table | Out-String
        $table | Should -Match 'AppId\s+Object\s+Fields'
        @(Get-WorkplaceWebhookSubscription -AppSecret $secret | Select-Object -First 1).Count | Should -Be 1
        (Get-WorkplaceWebhookSubscription -Object group -AppId $appId -AppSecret $secret).Fields | Should -Contain 'posts'
    }

    It 'never shows the app secret in verbose output nor sends it in a URL' {
        $verbose = Get-WorkplaceWebhookSubscription -AppSecret $secret -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $verbose | Should -Not -BeNullOrEmpty
        ($verbose | Out-String) | Should -Not -Match ([regex]::Escape($plainSecret))
        Get-WorkplaceEmulatorRequest | Where-Object SecretInUrl | Should -BeNullOrEmpty
    }

    It 'removes nothing with -WhatIf, then removes a field, then the subscription' {
        Remove-WorkplaceWebhookSubscription -Object group -AppSecret $secret -WhatIf
        (Get-WorkplaceWebhookSubscription -Object group -AppSecret $secret) | Should -Not -BeNullOrEmpty

        Remove-WorkplaceWebhookSubscription -Object group -Field comments -AppSecret $secret -Confirm:$false
        (Get-WorkplaceWebhookSubscription -Object group -AppSecret $secret).Fields | Should -Be @('posts')

        Get-WorkplaceWebhookSubscription -AppSecret $secret | Remove-WorkplaceWebhookSubscription -AppSecret $secret -Confirm:$false
        Get-WorkplaceWebhookSubscription -AppSecret $secret | Should -BeNullOrEmpty
    }

    It 'completes -Field with the fields of the topic typed' {
        $line = 'New-WorkplaceWebhookSubscription -Object group -Field '
        $completions = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText
        $completions | Should -Contain 'membership'
        $completions | Should -Not -Contain 'messages'
    }

    It 'stops with a clear error when no app secret is known' {
        { Get-WorkplaceWebhookSubscription -ErrorAction Stop } | Should -Throw -ExpectedMessage '*-AppSecret*'
    }

    It 'has help with examples for every webhook cmdlet' {
        foreach ($name in 'Get-WorkplaceWebhookSubscription', 'New-WorkplaceWebhookSubscription', 'Remove-WorkplaceWebhookSubscription') {
            (Get-Help $name -Examples).Examples.Example.Count | Should -BeGreaterThan 0
        }
    }
}
