namespace WorkplaceAdmin.HelpBuilder.Tests;

/// <summary>Paths of the markdown fixtures copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string DocsDir { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "docs");

    public static string CompleteCommandPath { get; } = Path.Combine(DocsDir, "Add-WorkplaceGroupMember.md");

    public static string MinimalCommandPath { get; } = Path.Combine(DocsDir, "Get-WorkplaceCommunity.md");

    public static string AboutTopicPath { get; } = Path.Combine(DocsDir, "about_WorkplaceAdmin.md");

    public static string PlatyPsTemplateAboutPath { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "about_PlatyPsTemplate.md");

    /// <summary>A new empty folder under the temp directory, deleted when the returned scope is disposed.</summary>
    public static TempFolder NewTempFolder() => new();

    public sealed class TempFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "HelpBuilderTests-" + Guid.NewGuid().ToString("N"));

        public TempFolder() => Directory.CreateDirectory(Path);

        public string Write(string fileName, string text)
        {
            var path = System.IO.Path.Combine(Path, fileName);
            File.WriteAllText(path, text);
            return path;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
