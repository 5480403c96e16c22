using System.Collections;
using WorkplaceAdmin.Tests.Metadata;

namespace WorkplaceAdmin.Tests.Hosting;

/// <summary>The module's output-writing command lines, read from tests/pester/OutputCommands.psd1 with PowerShell itself.</summary>
public sealed record OutputCommands(string Setup, IReadOnlyList<(string Name, string Command)> Cases)
{
    public static OutputCommands Load()
    {
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "pester", "OutputCommands.psd1");
        using var session = new ModuleSession();
        var data = (Hashtable)session.Run($"Import-PowerShellDataFile -LiteralPath '{path.Replace("'", "''", StringComparison.Ordinal)}'")
            .ThrowIfFailed().Objects.Single();
        var cases = ((object[])data["Cases"]!)
            .Cast<Hashtable>()
            .Select(entry => ((string)entry["Name"]!, (string)entry["Command"]!))
            .ToList();
        return new OutputCommands((string)data["Setup"]!, cases);
    }
}
