using System.IO.Compression;
using System.Xml.Linq;

namespace WorkplaceAdmin.Packager;

/// <summary>
/// Writes a module folder as a PowerShell Gallery package: a NuGet package with the module's files at its root and
/// a .nuspec carrying the manifest's metadata and the PSModule/PSCmdlet_* tags that the Gallery and PSResourceGet
/// use to find modules and commands. Install-PSResource and Install-Module install it from a local repository.
/// </summary>
public static class GalleryPackage
{
    private static readonly XNamespace Nuspec = "http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd";

    /// <summary>The package icon: a PNG at the root of the module folder, named in the nuspec's &lt;icon&gt;.</summary>
    public const string IconFileName = "icon.png";

    /// <summary>Packs <paramref name="moduleFolder"/> into <paramref name="outputFolder"/>; returns the package's path.</summary>
    public static string Write(string moduleFolder, string outputFolder)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(moduleFolder)));
        var manifestPath = Path.Combine(moduleFolder, name + ".psd1");
        if (!File.Exists(manifestPath))
        {
            throw new FileNotFoundException($"'{moduleFolder}' is not a module folder: it has no {name}.psd1. Build the module first (dotnet build).", manifestPath);
        }

        var manifest = ModuleManifest.Read(manifestPath);
        Directory.CreateDirectory(outputFolder);
        var packagePath = Path.Combine(outputFolder, $"{manifest.Name}.{manifest.Version}.nupkg");
        File.Delete(packagePath);
        using var package = ZipFile.Open(packagePath, ZipArchiveMode.Create);
        var hasIcon = File.Exists(Path.Combine(moduleFolder, IconFileName));
        WriteEntry(package, $"{manifest.Name}.nuspec", NuspecDocument(manifest, hasIcon).ToString());
        foreach (var file in Directory.EnumerateFiles(moduleFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            package.CreateEntryFromFile(file, Path.GetRelativePath(moduleFolder, file).Replace('\\', '/'), CompressionLevel.Optimal);
        }

        WriteEntry(package, "[Content_Types].xml", ContentTypes());
        WriteEntry(package, "_rels/.rels", Relationships(manifest.Name));
        return packagePath;
    }

    /// <summary>The tags PowerShellGet writes for a module: its own, PSModule, and one per exported command.</summary>
    public static IReadOnlyList<string> Tags(ModuleManifest manifest) =>
        manifest.Tags
            .Append("PSModule")
            .Append("PSIncludes_Cmdlet")
            .Concat(manifest.Cmdlets.Select(cmdlet => "PSCmdlet_" + cmdlet))
            .Concat(manifest.Cmdlets.Select(cmdlet => "PSCommand_" + cmdlet))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static XDocument NuspecDocument(ModuleManifest manifest, bool hasIcon)
    {
        var metadata = new XElement(Nuspec + "metadata",
            new XElement(Nuspec + "id", manifest.Name),
            new XElement(Nuspec + "version", manifest.Version),
            new XElement(Nuspec + "authors", manifest.Author),
            new XElement(Nuspec + "owners", manifest.Author),
            new XElement(Nuspec + "requireLicenseAcceptance", "false"),
            new XElement(Nuspec + "description", manifest.Description),
            new XElement(Nuspec + "copyright", manifest.Copyright),
            new XElement(Nuspec + "tags", string.Join(' ', Tags(manifest))));
        if (manifest.LicenseUri is not null)
        {
            metadata.Add(new XElement(Nuspec + "licenseUrl", manifest.LicenseUri));
        }

        if (manifest.ProjectUri is not null)
        {
            metadata.Add(new XElement(Nuspec + "projectUrl", manifest.ProjectUri));
        }

        if (hasIcon)
        {
            // NuGet shows the embedded file; iconUrl is the deprecated fallback for older clients.
            metadata.Add(new XElement(Nuspec + "icon", IconFileName));
        }

        if (manifest.IconUri is not null)
        {
            metadata.Add(new XElement(Nuspec + "iconUrl", manifest.IconUri));
        }

        if (manifest.ReleaseNotes is not null)
        {
            metadata.Add(new XElement(Nuspec + "releaseNotes", manifest.ReleaseNotes));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Nuspec + "package", metadata));
    }

    private static string ContentTypes() =>
        """
        <?xml version="1.0" encoding="utf-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />
          <Default Extension="nuspec" ContentType="application/octet" />
          <Default Extension="psd1" ContentType="application/octet" />
          <Default Extension="dll" ContentType="application/octet" />
          <Default Extension="ps1xml" ContentType="application/octet" />
          <Default Extension="xml" ContentType="application/octet" />
          <Default Extension="txt" ContentType="application/octet" />
          <Default Extension="png" ContentType="application/octet" />
          <Override PartName="/LICENSE" ContentType="application/octet" />
        </Types>
        """;

    private static string Relationships(string name) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Type="http://schemas.microsoft.com/packaging/2010/07/manifest" Target="/{name}.nuspec" Id="R0" />
        </Relationships>
        """;

    private static void WriteEntry(ZipArchive package, string path, string text)
    {
        using var writer = new StreamWriter(package.CreateEntry(path, CompressionLevel.Optimal).Open());
        writer.Write(text);
    }
}
