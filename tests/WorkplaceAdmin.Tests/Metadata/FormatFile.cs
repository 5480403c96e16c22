using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace WorkplaceAdmin.Tests.Metadata;

/// <summary>The views declared in the module's format files (one per area of the module).</summary>
public static class FormatFile
{
    public static readonly IReadOnlyList<FormatView> Views = Load();

    private static IReadOnlyList<FormatView> Load()
    {
        return Directory.GetFiles(TestPaths.ModuleFolder, "*.format.ps1xml")
            .Select(XDocument.Load)
            .SelectMany(document => document.Descendants("View"))
            .Select(view => new FormatView(
                (string)view.Element("Name")!,
                view.Element("ViewSelectedBy")!.Elements("TypeName").Select(type => (string)type).ToList(),
                view.Element("TableControl") is not null ? "Table" : view.Element("ListControl") is not null ? "List" : "Other",
                view.Descendants().Where(node => node.Name == "PropertyName" || node.Name == "ScriptBlock").SelectMany(PropertiesOf).ToList(),
                view.Descendants("TableColumnHeader").Count(),
                view.Descendants("TableColumnItem").Count()))
            .ToList();
    }

    /// <summary>The property a column names, or those a script-block column reads (<c>$_.Name</c>), in order.</summary>
    private static IEnumerable<string> PropertiesOf(XElement node) => node.Name == "PropertyName"
        ? [(string)node]
        : Regex.Matches((string)node, @"\$_\.(\w+)").Select(match => match.Groups[1].Value).Distinct();
}

public sealed record FormatView(string Name, IReadOnlyList<string> TypeNames, string Kind, IReadOnlyList<string> Properties, int TableHeaders, int TableItems);
