using System.Text.RegularExpressions;

namespace WorkplaceAdmin.Packager;

/// <summary>
/// The values of a module manifest (.psd1) that a Gallery package needs. The manifest is PowerShell data, but ours
/// keeps to one shape (quoted scalars, @(...) arrays of quoted strings), so a small reader is enough without pwsh.
/// </summary>
public sealed partial record ModuleManifest(
    string Name,
    string Version,
    string Description,
    string Author,
    string Copyright,
    string PowerShellVersion,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Cmdlets,
    string? ProjectUri,
    string? LicenseUri,
    string? ReleaseNotes,
    string? IconUri = null)
{
    public static ModuleManifest Read(string path)
    {
        var text = File.ReadAllText(path);
        return new ModuleManifest(
            Path.GetFileNameWithoutExtension(path),
            Scalar(text, "ModuleVersion") ?? throw Missing(path, "ModuleVersion"),
            Scalar(text, "Description") ?? throw Missing(path, "Description"),
            Scalar(text, "Author") ?? throw Missing(path, "Author"),
            Scalar(text, "Copyright") ?? string.Empty,
            Scalar(text, "PowerShellVersion") ?? throw Missing(path, "PowerShellVersion"),
            Array(text, "Tags"),
            Array(text, "CmdletsToExport"),
            Scalar(text, "ProjectUri"),
            Scalar(text, "LicenseUri"),
            Scalar(text, "ReleaseNotes"),
            Scalar(text, "IconUri"));
    }

    private static InvalidDataException Missing(string path, string key) => new($"{path} has no {key}; a Gallery package needs it.");

    private static string? Scalar(string text, string key)
    {
        var match = Regex.Match(text, $@"^\s*{key}\s*=\s*'((?:[^']|'')*)'", RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal) : null;
    }

    private static IReadOnlyList<string> Array(string text, string key)
    {
        var match = Regex.Match(text, $@"^\s*{key}\s*=\s*@\(([^)]*)\)", RegexOptions.Multiline);
        return match.Success ? Quoted().Matches(match.Groups[1].Value).Select(m => m.Groups[1].Value).ToList() : [];
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();
}
