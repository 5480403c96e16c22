# The dependency firewall (DESIGN decision 3): WorkplaceAdmin keeps its Flurl (and its engine) in Dependencies/, loaded
# into its own AssemblyLoadContext, so another module that ships an older Flurl beside its cmdlet assembly works with it
# in one session, whichever is imported first. tests/FlurlConflictModule stands for that other module (Flurl.Http
# 2.4.2 with Flurl 3.0.1). Assembly loading is per process, so every case runs in a fresh child pwsh: the same pwsh
# that runs this suite.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:WorkplaceModule = (Get-Module WorkplaceAdmin).ModuleBase
    $script:ConflictModule = if ($env:FLURLCONFLICT_MODULE) { $env:FLURLCONFLICT_MODULE } else { Join-Path $PSScriptRoot '../../out/FlurlConflictModule' }
    $script:ConflictModule = (Resolve-Path $script:ConflictModule).Path

    # Each child script starts with these helpers. A step prints "PASS <name> <result>" or "FAIL <name> <error>",
    # so a failure in one step is reported with its exception instead of ending the child.
    $script:ChildPreamble = @'
param([string] $WorkplaceModule, [string] $ConflictModule)
function Step([string] $Name, [scriptblock] $Body) {
    try { "PASS $Name $(& $Body)" } catch { "FAIL $Name $($_.Exception.GetType().Name): $($_.Exception.Message)" }
}
function Import-Workplace { Import-Module (Join-Path $WorkplaceModule 'WorkplaceAdmin.psd1') -ErrorAction Stop }
function Import-Conflict { Import-Module (Join-Path $ConflictModule 'FlurlConflictModule.dll') -ErrorAction Stop }
function Use-Workplace {
    Connect-Workplace -Emulator -ErrorAction Stop | Out-Null
    $groups = @(Get-WorkplaceGroup -ErrorAction Stop).Count
    $people = @(Get-WorkplaceUser -ErrorAction Stop).Count
    "groups=$groups people=$people"
}
function Use-Conflict { Invoke-FlurlConflictCall -ErrorAction Stop }
# How many of WorkplaceAdmin's resolving handlers the default load context holds (read from its private event field:
# a test-only look, to prove the handler is added once and removed with the module).
function Resolver-Count {
    $field = [System.Runtime.Loader.AssemblyLoadContext].GetField('_resolving', [System.Reflection.BindingFlags]'NonPublic,Instance')
    $handlers = $field.GetValue([System.Runtime.Loader.AssemblyLoadContext]::Default)
    @($(if ($handlers) { $handlers.GetInvocationList() }) | Where-Object { $_.Method.DeclaringType.FullName -eq 'WorkplaceAdmin.Loading.DependencyResolver' }).Count
}
function Flurl-Contexts {
    [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Flurl' } |
        ForEach-Object { '{0}@{1}' -f $_.GetName().Version, [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name } |
        Sort-Object
}

'@

    # Runs a script in a new process of this same pwsh (dotnet pwsh runs pwsh.dll under dotnet) and returns its
    # output lines, error records included as text.
    function script:Invoke-ChildPwsh([string] $Body, [string] $WorkplacePath = $script:WorkplaceModule) {
        $file = Join-Path $TestDrive ("child-{0}.ps1" -f [guid]::NewGuid().ToString('n'))
        Set-Content -LiteralPath $file -Value ($script:ChildPreamble + $Body)
        $exe = (Get-Process -Id $PID).Path
        $hostArguments = @(if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
        $output = & $exe @hostArguments -NoProfile -NonInteractive -File $file -WorkplaceModule $WorkplacePath -ConflictModule $script:ConflictModule 2>&1
        @($output | ForEach-Object { "$_" })
    }

    function script:Assert-AllPassed([string[]] $Lines, [int] $Expected) {
        $Lines | Where-Object { $_ -like 'FAIL *' } | Should -BeNullOrEmpty
        @($Lines | Where-Object { $_ -like 'PASS *' }).Count | Should -Be $Expected -Because ($Lines -join "`n")
    }
}

Describe 'The module folder' {
    It 'holds the cmdlet assembly and the loader at its root, and the engine and Flurl in Dependencies/' {
        (Get-ChildItem -LiteralPath $script:WorkplaceModule -Filter *.dll).Name | Sort-Object |
            Should -Be @('WorkplaceAdmin.dll', 'WorkplaceAdmin.Loader.dll')
        (Get-ChildItem -LiteralPath (Join-Path $script:WorkplaceModule 'Dependencies') -Filter *.dll).Name | Sort-Object |
            Should -Be @('Flurl.dll', 'Flurl.Http.dll', 'WorkplaceAdmin.Client.dll', 'WorkplaceAdmin.Emulator.dll')
    }

    It 'exposes no Flurl type in a cmdlet signature' {
        $commands = Get-Command -Module WorkplaceAdmin -CommandType Cmdlet
        $types = @($commands.Parameters.Values.ParameterType) + @($commands.OutputType.Type)
        $types | Where-Object { $_ -and $_.Assembly.GetName().Name -like 'Flurl*' } | Should -BeNullOrEmpty
        $types.Count | Should -BeGreaterThan 100
    }

    It 'lists no RequiredAssemblies in its manifest' {
        (Import-PowerShellDataFile (Join-Path $script:WorkplaceModule 'WorkplaceAdmin.psd1')).Keys | Should -Not -Contain 'RequiredAssemblies'
    }
}

Describe 'The engine behind the firewall, seen from scripts' {
    It 'loads into the module''s own context, and its types still resolve by name' {
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext([WorkplaceAdmin.Client.WorkplaceClient].Assembly).Name | Should -Be 'WorkplaceAdmin.Dependencies'
        [WorkplaceAdmin.Emulator.EmulatorDefaults]::AdminAppId | Should -Not -BeNullOrEmpty
        Connect-Workplace -Emulator | Out-Null
        Get-WorkplaceConnection | Should -BeOfType ([WorkplaceAdmin.Client.WorkplaceConnection])
        @(Get-WorkplaceGroup | Where-Object { $_ -is [WorkplaceAdmin.Client.Models.WorkplaceGroup] }).Count | Should -Be 9
    }
}

Describe 'Another module with an older Flurl in the same session' {
    It 'both work when the other module is imported first' {
        $lines = Invoke-ChildPwsh @'
Step 'import-conflict' { Import-Conflict }
Step 'conflict-before' { Use-Conflict }
Step 'import-workplace' { Import-Workplace }
Step 'workplace' { Use-Workplace }
Step 'conflict-after' { Use-Conflict }
Step 'flurl' { (Flurl-Contexts) -join ' ' }
'@
        Assert-AllPassed $lines 6
        $lines | Should -Contain 'PASS workplace groups=9 people=42'
        $lines | Should -Contain 'PASS conflict-after /echo?q=old%20flurl (Flurl 3.0.1.0, Flurl.Http 2.4.2.0)'
        $lines | Should -Contain 'PASS flurl 3.0.1.0@Default 4.0.0.0@WorkplaceAdmin.Dependencies'
    }

    It 'both work when WorkplaceAdmin is imported first' {
        $lines = Invoke-ChildPwsh @'
Step 'import-workplace' { Import-Workplace }
Step 'workplace-before' { Use-Workplace }
Step 'import-conflict' { Import-Conflict }
Step 'conflict' { Use-Conflict }
Step 'workplace-after' { Use-Workplace }
Step 'flurl' { (Flurl-Contexts) -join ' ' }
'@
        Assert-AllPassed $lines 6
        $lines | Should -Contain 'PASS conflict /echo?q=old%20flurl (Flurl 3.0.1.0, Flurl.Http 2.4.2.0)'
        $lines | Should -Contain 'PASS workplace-after groups=9 people=42'
        $lines | Should -Contain 'PASS flurl 3.0.1.0@Default 4.0.0.0@WorkplaceAdmin.Dependencies'
    }

    It 'both work in three ForEach-Object -Parallel runspaces, <Order> in the session first; one resolving handler' -TestCases @(
        @{ Order = 'the other module' ; First = 'Import-Conflict; Use-Conflict' }
        @{ Order = 'WorkplaceAdmin' ; First = 'Import-Workplace; Use-Workplace' }
    ) {
        param($Order, $First)
        $lines = Invoke-ChildPwsh (@'
Step 'session-first' { {0} }
$functions = @{ Step = ${function:Step}; IW = ${function:Import-Workplace}; IC = ${function:Import-Conflict}; UW = ${function:Use-Workplace}; UC = ${function:Use-Conflict} }
1..3 | ForEach-Object -ThrottleLimit 3 -Parallel {
    $f = $using:functions
    ${function:Step} = $f.Step.ToString(); ${function:Import-Workplace} = $f.IW.ToString(); ${function:Import-Conflict} = $f.IC.ToString()
    ${function:Use-Workplace} = $f.UW.ToString(); ${function:Use-Conflict} = $f.UC.ToString()
    $WorkplaceModule = $using:WorkplaceModule; $ConflictModule = $using:ConflictModule
    # Runspaces 1 and 3 import the other module first, runspace 2 WorkplaceAdmin first.
    if ($_ % 2) { Step "import-conflict-$_" { Import-Conflict }; Step "import-workplace-$_" { Import-Workplace } }
    else { Step "import-workplace-$_" { Import-Workplace }; Step "import-conflict-$_" { Import-Conflict } }
    Step "workplace-$_" { Use-Workplace }
    Step "conflict-$_" { Use-Conflict }
}
Step 'resolvers' { Resolver-Count }
'@ -replace '\{0\}', $First)
        Assert-AllPassed $lines 14
        $lines | Should -Contain 'PASS resolvers 1'
        @($lines | Where-Object { $_ -like 'PASS workplace-? groups=9 people=42' }).Count | Should -Be 3
        @($lines | Where-Object { $_ -like 'PASS conflict-? /echo?q=old%20flurl (Flurl 3.0.1.0, Flurl.Http 2.4.2.0)' }).Count | Should -Be 3
    }

    It 'Remove-Module then Import-Module works in one session, with the other module loaded' {
        $lines = Invoke-ChildPwsh @'
Step 'import-conflict' { Import-Conflict }
Step 'import-workplace' { Import-Workplace }
Step 'workplace-1' { Use-Workplace }
Step 'remove' { Remove-Module WorkplaceAdmin -ErrorAction Stop; "modules=$(@(Get-Module WorkplaceAdmin).Count) resolvers=$(Resolver-Count)" }
Step 'reimport' { Import-Workplace; "resolvers=$(Resolver-Count)" }
Step 'workplace-2' { Use-Workplace }
Step 'conflict' { Use-Conflict }
Step 'reimport-force' { Import-Module (Join-Path $WorkplaceModule 'WorkplaceAdmin.psd1') -Force -ErrorAction Stop }
Step 'workplace-3' { Use-Workplace }
'@
        Assert-AllPassed $lines 9
        $lines | Should -Contain 'PASS remove modules=0 resolvers=0'
        $lines | Should -Contain 'PASS reimport resolvers=1'
        @($lines | Where-Object { $_ -like 'PASS workplace-? groups=9 people=42' }).Count | Should -Be 3
    }

    It 'Remove-Module in one runspace leaves the module working in the others' {
        $lines = Invoke-ChildPwsh @'
Step 'import-workplace' { Import-Workplace; "resolvers=$(Resolver-Count)" }
$step = ${function:Step}.ToString(); $import = ${function:Import-Workplace}.ToString()
1 | ForEach-Object -Parallel {
    ${function:Step} = $using:step; ${function:Import-Workplace} = $using:import; $WorkplaceModule = $using:WorkplaceModule
    Step 'runspace-import' { Import-Workplace }
    Step 'runspace-remove' { Remove-Module WorkplaceAdmin -ErrorAction Stop }
}
Step 'after' { "resolvers=$(Resolver-Count) $(Use-Workplace)" }
'@
        Assert-AllPassed $lines 4
        $lines | Should -Contain 'PASS import-workplace resolvers=1'
        $lines | Should -Contain 'PASS after resolvers=1 groups=9 people=42'
    }

    It 'the proof fails without the firewall (control: engine and Flurl beside the cmdlet assembly)' {
        # The same assemblies laid out the way the module shipped before the firewall. The other module's call comes
        # first: its Flurl loads when it is used, not when it is imported.
        $plain = Join-Path $TestDrive 'WorkplaceAdmin'
        Copy-Item -LiteralPath $script:WorkplaceModule -Destination $plain -Recurse
        Move-Item (Join-Path $plain 'Dependencies/*.dll') $plain
        Remove-Item (Join-Path $plain 'WorkplaceAdmin.Loader.dll')
        $manifest = Join-Path $plain 'WorkplaceAdmin.psd1'
        (Get-Content -LiteralPath $manifest -Raw) -replace "NestedModules\s*=\s*@\('WorkplaceAdmin.Loader.dll'\)",
            "RequiredAssemblies = @('WorkplaceAdmin.Client.dll', 'WorkplaceAdmin.Emulator.dll')" | Set-Content -LiteralPath $manifest

        $lines = Invoke-ChildPwsh -WorkplacePath $plain @'
Step 'import-conflict' { Import-Conflict }
Step 'conflict' { Use-Conflict }
Step 'import-workplace' { Import-Workplace }
Step 'workplace' { Use-Workplace }
'@
        $lines | Where-Object { $_ -like 'FAIL workplace *' } | Should -Match 'Flurl' -Because ($lines -join "`n")
    }
}
