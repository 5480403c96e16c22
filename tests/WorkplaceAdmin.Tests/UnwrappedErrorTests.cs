using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>No bare .NET exception reaches the user: wrapped failures are unwrapped, file problems are file errors.</summary>
public class UnwrappedErrorTests
{
    [Fact]
    public void An_export_to_an_unwritable_place_is_a_file_error_naming_the_path()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            $path = Join-Path ([IO.Path]::GetTempPath()) "wa-$([guid]::NewGuid())"
            Set-Content -Path $path -Value 'a file where a folder should be'
            Export-WorkplaceGroupFeed -Group 'All Company' -Path (Join-Path $path 'backup') -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable problems
            $problems[0].Exception.GetType().Name
            $problems[0].FullyQualifiedErrorId
            $problems[0].ErrorDetails.RecommendedAction
            """);

        Assert.NotEqual("AggregateException", run.Objects[0]);
        Assert.StartsWith("Workplace.File", (string)run.Objects[1], StringComparison.Ordinal);
        Assert.Contains("path", (string)run.Objects[2], StringComparison.Ordinal);
    }
}
