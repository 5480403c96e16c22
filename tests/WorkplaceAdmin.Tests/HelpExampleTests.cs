using System.Reflection;
using System.Text.RegularExpressions;
using WorkplaceAdmin.Tests.Hosting;
using WorkplaceAdmin.Tests.Metadata;
using Xunit;
using Xunit.Sdk;

namespace WorkplaceAdmin.Tests;

/// <summary>
/// Every example of every help topic runs as written, read the way users read it (<c>Get-Help X -Examples</c> and
/// <c>Get-Help about_WorkplaceAdmin</c>), each in a fresh session connected to a fresh emulator, with PowerShell's
/// default preferences, and ends with no error record and no terminating error.
/// </summary>
/// <remarks>
/// An example that cannot run here says so in its text with a line of the form
/// "<c>This example needs a real tenant.</c>" (see <see cref="HelpExamples.MarkerPattern"/>); it is reported as a
/// skipped test with that reason, never left out. Examples run one at a time, each with a configuration folder of its
/// own (links are kept there), so this class is in a collection that runs alone.
/// </remarks>
[Collection(HelpExampleCollection.Name)]
public class HelpExampleTests
{
    private static readonly TimeSpan ExampleTimeout = TimeSpan.FromSeconds(60);

    public static TheoryData<string> RunnableExamples() => new(HelpExamples.All.Where(e => e.RunsHere).Select(e => e.Id));

    public static TheoryData<string> AllExamples() => new(HelpExamples.All.Select(e => e.Id));

    [Theory]
    [MemberData(nameof(RunnableExamples))]
    public void Runs_as_written_against_the_emulator(string id)
    {
        var example = HelpExamples.Get(id);
        var configVariable = OperatingSystem.IsWindows() ? "APPDATA" : "XDG_CONFIG_HOME";
        var sharedConfig = Environment.GetEnvironmentVariable(configVariable);
        var config = Path.Combine(Path.GetTempPath(), $"WorkplaceAdmin.HelpExample-{Guid.NewGuid():n}");
        Environment.SetEnvironmentVariable(configVariable, config);

        // As in a user's pwsh with the module installed: the module and pwsh's own modules (Start-ThreadJob) load by
        // name, also in the runspaces of thread jobs.
        var sharedModulePath = Environment.GetEnvironmentVariable("PSModulePath");
        Environment.SetEnvironmentVariable("PSModulePath", string.Join(Path.PathSeparator, new[] { Path.GetDirectoryName(TestPaths.ModuleFolder), TestPaths.PowerShellModules, sharedModulePath }.Where(p => !string.IsNullOrEmpty(p))));
        try
        {
            using var session = ModuleSession.ConnectedToEmulator();
            if (example.UsesPester)
            {
                Assert.True(File.Exists(TestPaths.PesterManifest), $"{id} uses Pester's Should; restore Pester first: dotnet restore tools/PesterRestore");
                session.Run($"Import-Module '{TestPaths.PesterManifest.Replace("'", "''", StringComparison.Ordinal)}'").ThrowIfFailed();
            }

            var run = session.Run(example.Code, timeout: ExampleTimeout);

            Assert.True(run.Terminating is null && run.Errors.Count == 0,
                $"{id} failed:{Environment.NewLine}{example.Code}{Environment.NewLine}---{Environment.NewLine}"
                + string.Join(Environment.NewLine, run.Errors.Select(e => $"{e.FullyQualifiedErrorId}: {e}").Prepend(run.Terminating?.ToString()).OfType<string>()));
        }
        finally
        {
            Environment.SetEnvironmentVariable(configVariable, sharedConfig);
            Environment.SetEnvironmentVariable("PSModulePath", sharedModulePath);
            try
            {
                Directory.Delete(config, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
            }
        }
    }

    /// <summary>Examples that need what this machine lacks: one skipped case each, its reason the marker line of its text.</summary>
    [Theory]
    [MarkedExamples(HelpExamples.NeedsTenant, Skip = "This example needs a real tenant.")]
    [MarkedExamples(HelpExamples.NeedsWindows, Skip = "This example needs Windows.")]
    [MarkedExamples(HelpExamples.NeedsVault, Skip = "This example needs a SecretManagement vault.")]
    [MarkedExamples(HelpExamples.NeedsEmulatorServer, Skip = "This example needs the emulator server.")]
    public void Is_marked_as_not_runnable_here(string id) =>
        Assert.NotNull(HelpExamples.Get(id).Need);

    [Fact]
    public void Every_help_topic_has_examples_and_a_marker_is_written_exactly()
    {
        var topics = HelpExamples.All.Select(e => e.Topic).ToHashSet();
        Assert.Equal(ModuleAssemblyReader.All.Count + 1, topics.Count);
        Assert.Contains("about_WorkplaceAdmin", topics);

        // A near miss ("This example need a tenant") would neither run nor skip cleanly: catch it here.
        foreach (var example in HelpExamples.All)
        {
            foreach (var line in example.Description.Split('\n').Where(l => l.Contains("This example need", StringComparison.OrdinalIgnoreCase)))
            {
                Assert.Matches(HelpExamples.MarkerPattern, line.Trim());
            }
        }
    }

    /// <summary>Item 17: an example says in a sentence what it does, besides any marker line.</summary>
    [Theory]
    [MemberData(nameof(AllExamples))]
    public void Says_in_a_sentence_what_it_does(string id)
    {
        var example = HelpExamples.Get(id);
        var text = HelpExamples.MarkerPattern.Replace(example.Description, string.Empty).Trim();
        Assert.True(Regex.IsMatch(text, @"\w.*[.!?]", RegexOptions.Singleline), $"{id} ({example.Title}) has no sentence saying what it does.");
    }

    private sealed class MarkedExamplesAttribute(string need) : DataAttribute
    {
        public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
            HelpExamples.All.Where(e => e.Need == need && !e.RunsHere).Select(e => new object[] { e.Id });
    }
}

/// <summary>Help examples change the process's configuration folder while they run, so they run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HelpExampleCollection
{
    public const string Name = "Help examples";
}

/// <summary>One example of a help topic as Get-Help shows it.</summary>
public sealed record HelpExample(string Topic, int Number, string Title, string Code, string Description)
{
    public string Id => $"{Topic} Example {Number}";

    /// <summary>What the example needs that is not here (the marker's words), or null.</summary>
    public string? Need => HelpExamples.MarkerPattern.Match(Description) is { Success: true } match ? match.Groups["need"].Value : null;

    public bool RunsHere => Need is null || (Need == HelpExamples.NeedsWindows && OperatingSystem.IsWindows());

    public bool UsesPester => Regex.IsMatch(Code, @"\|\s*Should\s+-");
}

/// <summary>Reads every example through Get-Help in a session with the built module, once.</summary>
public static class HelpExamples
{
    public const string NeedsTenant = "a real tenant";
    public const string NeedsWindows = "Windows";
    public const string NeedsVault = "a SecretManagement vault";
    public const string NeedsPrompt = "an interactive prompt";
    public const string NeedsEmulatorServer = "the emulator server";

    /// <summary>The marker line an example that cannot run against the emulator carries in its text.</summary>
    public static readonly Regex MarkerPattern = new(
        $@"^This example needs (?<need>{NeedsTenant}|{NeedsWindows}|{NeedsVault}|{NeedsPrompt}|{NeedsEmulatorServer})\.$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private const string ReadCmdletExamples = """
        Get-Command -Module WorkplaceAdmin | Sort-Object Name | ForEach-Object {
            $name = $_.Name
            $number = 0
            foreach ($example in (Get-Help $name -Examples).examples.example) {
                $number++
                [pscustomobject]@{
                    Topic = $name
                    Number = $number
                    Title = $example.title.Trim(' ', '-')
                    Code = [string]$example.code
                    Description = (@($example.introduction | ForEach-Object Text) + @($example.remarks | ForEach-Object Text) | Where-Object { $_ }) -join "`n"
                }
            }
        }
        """;

    private static readonly Lazy<IReadOnlyList<HelpExample>> Examples = new(Read);

    public static IReadOnlyList<HelpExample> All => Examples.Value;

    public static HelpExample Get(string id) => All.Single(e => e.Id == id);

    private static IReadOnlyList<HelpExample> Read()
    {
        using var session = new ModuleSession();
        var cmdlets = session.Run(ReadCmdletExamples).ThrowIfFailed().Output.Select(o => new HelpExample(
            (string)o.Properties["Topic"].Value,
            (int)o.Properties["Number"].Value,
            (string)o.Properties["Title"].Value,
            ((string)o.Properties["Code"].Value).Trim(),
            ((string)o.Properties["Description"].Value).Replace("\r\n", "\n", StringComparison.Ordinal).Trim()));
        var about = (string)session.Run("Get-Help about_WorkplaceAdmin | Out-String -Width 200").ThrowIfFailed().Objects.Single();
        return cmdlets.Concat(AboutExamples("about_WorkplaceAdmin", about)).ToList();
    }

    /// <summary>
    /// The EXAMPLES section of an about topic's text: each example is its description (text indented by four spaces)
    /// followed by its code (indented by eight).
    /// </summary>
    internal static IEnumerable<HelpExample> AboutExamples(string topic, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var section = lines.SkipWhile(l => l.TrimEnd() != "EXAMPLES").Skip(1).TakeWhile(l => l.Length == 0 || l.StartsWith(' '));
        var description = new List<string>();
        var code = new List<string>();
        var number = 0;
        foreach (var line in section.Append("    "))
        {
            var isCode = line.StartsWith("        ", StringComparison.Ordinal);
            if (!isCode && line.Trim().Length > 0 && code.Count > 0)
            {
                number++;
                yield return new HelpExample(topic, number, $"Example {number}", string.Join('\n', code).Trim(), Regex.Replace(string.Join(' ', description), @" ?\n ?", "\n").Trim());
                description.Clear();
                code.Clear();
            }

            if (isCode)
            {
                code.Add(line[8..]);
            }
            else if (line.Trim().Length > 0)
            {
                description.Add(line.Trim());
            }
            else if (code.Count > 0)
            {
                code.Add(string.Empty);
            }
            else if (description.Count > 0)
            {
                description.Add("\n");
            }
        }
    }
}
