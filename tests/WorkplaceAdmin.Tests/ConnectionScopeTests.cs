using WorkplaceAdmin.Tests.Hosting;
using WorkplaceAdmin.Tests.Metadata;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>Which connection a cmdlet uses: never a previous tenant's after a failed connect or in a reused runspace.</summary>
public class ConnectionScopeTests
{
    private static readonly Dictionary<string, object?> Manifest = new() { ["manifest"] = TestPaths.ModuleManifest };

    [Fact]
    public void A_failed_connect_leaves_no_connection_in_use()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            Connect-Workplace -Emulator -Integration 'No Such Integration' -ErrorAction SilentlyContinue
            @(Get-WorkplaceConnection -ErrorAction SilentlyContinue).Count
            try { Get-WorkplaceGroup } catch { $_.FullyQualifiedErrorId }
            """);

        Assert.Equal(0, (int)run.Objects[0]);
        Assert.StartsWith("Workplace.NotConnected,", (string)run.Objects[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_reused_parallel_runspace_does_not_inherit_an_earlier_iterations_connection()
    {
        using var session = new ModuleSession();
        var run = session.Run("""
            1..3 | ForEach-Object -ThrottleLimit 1 -Parallel {
                Import-Module $using:manifest
                $before = @(Get-WorkplaceConnection -ErrorAction SilentlyContinue).Count
                if ($_ -eq 1) { Connect-Workplace -Emulator }
                "$_ saw $before"
            }
            """, Manifest).ThrowIfFailed();

        Assert.Equal(new object[] { "1 saw 0", "2 saw 0", "3 saw 0" }, run.Objects);
    }

    [Fact]
    public void ReturnConnection_gives_a_connection_for_side_by_side_use_and_keeps_the_current_one()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            $current = Get-WorkplaceConnection
            $other = Connect-Workplace -Emulator -Integration 'Read Only Groups' -ReturnConnection
            [object]::ReferenceEquals((Get-WorkplaceConnection), $current)
            [object]::ReferenceEquals($other, $current)
            (Get-WorkplaceCommunity -Connection $other).Id -eq $other.CommunityId
            $passed = Connect-Workplace -Emulator -PassThru
            [object]::ReferenceEquals((Get-WorkplaceConnection), $passed)
            """).ThrowIfFailed();

        Assert.Equal(new object[] { true, false, true, true }, run.Objects);
    }

    [Fact]
    public void The_connection_of_a_closed_runspace_is_dropped()
    {
        using var session = new ModuleSession();
        var run = session.Run("""
            $store = (Get-Command Connect-Workplace).ImplementingType.Assembly.GetType('WorkplaceAdmin.Base.ConnectionStore')
            $holds = { param($id) $store.GetMethod('Holds', [Reflection.BindingFlags]'NonPublic, Static').Invoke($null, @($id)) }
            $runspace = [runspacefactory]::CreateRunspace()
            $runspace.Open()
            $shell = [powershell]::Create($runspace)
            $shell.AddScript("Import-Module '$manifest'; Connect-Workplace -Emulator").Invoke() | Out-Null
            & $holds $runspace.InstanceId
            $shell.Dispose(); $runspace.Close(); $runspace.Dispose()
            & $holds $runspace.InstanceId
            """, Manifest).ThrowIfFailed();

        Assert.Equal(new object[] { true, false }, run.Objects);
    }
}
