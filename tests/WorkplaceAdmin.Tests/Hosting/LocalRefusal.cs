using Xunit;

namespace WorkplaceAdmin.Tests.Hosting;

/// <summary>Input a cmdlet must refuse on this side: an error saying what is wrong, and no request sent.</summary>
public static class LocalRefusal
{
    /// <summary>Runs the command against a fresh emulator; its error must contain <paramref name="expected"/> and the request log stay empty.</summary>
    public static void AssertRefused(string command, string expected)
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($$"""
            Clear-WorkplaceEmulatorRequest -Confirm:$false
            try { {{command}} -ErrorAction SilentlyContinue -ErrorVariable problems } catch { $problems = @($_) }
            "$problems"
            @(Get-WorkplaceEmulatorRequest).Count
            """);

        Assert.Null(run.Terminating);
        Assert.Contains(expected, (string)run.Objects[^2], StringComparison.Ordinal);
        Assert.Equal(0, run.Objects[^1]);
    }
}
