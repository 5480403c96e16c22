using System.IO.Compression;
using System.Xml.Linq;
using WorkplaceAdmin.Packager;
using WorkplaceAdmin.Tests.Metadata;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>The Gallery package of the built module: its layout and its metadata.</summary>
public sealed class GalleryPackageTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("workplaceadmin-package-").FullName;
    private readonly string _package;

    public GalleryPackageTests() => _package = GalleryPackage.Write(TestPaths.ModuleFolder, _output);

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private static ModuleManifest Manifest => ModuleManifest.Read(Path.Combine(TestPaths.ModuleFolder, "WorkplaceAdmin.psd1"));

    [Fact]
    public void Is_named_after_the_module_and_its_version()
    {
        Assert.Equal($"WorkplaceAdmin.{Manifest.Version}.nupkg", Path.GetFileName(_package));
    }

    [Fact]
    public void Holds_every_file_of_the_module_folder_at_its_root()
    {
        using var zip = ZipFile.OpenRead(_package);
        var entries = zip.Entries.Select(entry => entry.FullName).ToHashSet();
        foreach (var file in Directory.EnumerateFiles(TestPaths.ModuleFolder, "*", SearchOption.AllDirectories))
        {
            Assert.Contains(Path.GetRelativePath(TestPaths.ModuleFolder, file).Replace('\\', '/'), entries);
        }

        Assert.Contains("WorkplaceAdmin.psd1", entries);
        Assert.Contains("WorkplaceAdmin.dll", entries);
        Assert.Contains("en-US/WorkplaceAdmin.dll-Help.xml", entries);
        Assert.Contains("WorkplaceAdmin.nuspec", entries);
        Assert.Contains("[Content_Types].xml", entries);
        Assert.DoesNotContain(entries, entry => entry.EndsWith(".pdb", StringComparison.Ordinal) || entry.Contains("Tests", StringComparison.Ordinal));
    }

    [Fact]
    public void Nuspec_carries_the_manifest_metadata_and_the_gallery_tags()
    {
        using var zip = ZipFile.OpenRead(_package);
        using var stream = zip.GetEntry("WorkplaceAdmin.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = "http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd";
        var metadata = nuspec.Root!.Element(ns + "metadata")!;
        string Value(string name) => (string)metadata.Element(ns + name)!;

        Assert.Equal("WorkplaceAdmin", Value("id"));
        Assert.Equal(Manifest.Version, Value("version"));
        Assert.Equal(Manifest.Description, Value("description"));
        Assert.Equal(Manifest.ProjectUri, Value("projectUrl"));
        Assert.Equal(Manifest.LicenseUri, Value("licenseUrl"));
        var tags = Value("tags").Split(' ');
        Assert.Contains("PSModule", tags);
        Assert.Contains("PSEdition_Core", tags);
        foreach (var cmdlet in ModuleAssemblyReader.All)
        {
            Assert.Contains("PSCmdlet_" + cmdlet.Name, tags);
        }
    }

    [Fact]
    public void Has_an_icon_and_the_release_notes_of_this_version()
    {
        using var zip = ZipFile.OpenRead(_package);
        using var stream = zip.GetEntry("WorkplaceAdmin.nuspec")!.Open();
        XNamespace ns = "http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd";
        var metadata = XDocument.Load(stream).Root!.Element(ns + "metadata")!;

        var icon = (string)metadata.Element(ns + "icon")!;
        Assert.Equal(GalleryPackage.IconFileName, icon);
        using (var png = zip.GetEntry(icon)!.Open())
        {
            var signature = new byte[8];
            png.ReadExactly(signature);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, signature);
        }

        Assert.Equal(Manifest.IconUri, (string?)metadata.Element(ns + "iconUrl"));
        Assert.EndsWith("/module/icon.png", Manifest.IconUri, StringComparison.Ordinal);
        var notes = (string)metadata.Element(ns + "releaseNotes")!;
        Assert.Equal(Manifest.ReleaseNotes, notes);
        Assert.StartsWith(Manifest.Version, notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_folder_that_is_not_a_built_module_naming_it()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_output, "NotAModule")).FullName;
        var error = Assert.Throws<FileNotFoundException>(() => GalleryPackage.Write(empty, _output));
        Assert.Contains("NotAModule", error.Message, StringComparison.Ordinal);
    }
}
