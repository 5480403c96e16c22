using System.Xml;

namespace WorkplaceAdmin.HelpBuilder;

/// <summary>
/// Writes command help as the MAML file PowerShell's Get-Help reads from the module's culture folder
/// (<c>en-US/WorkplaceAdmin.dll-Help.xml</c>): a <c>helpItems schema="maml"</c> root with one
/// <c>command:command</c> per cmdlet, laid out as PlatyPS 0.14 renders it.
/// </summary>
public static class MamlWriter
{
    private const string MamlPrefix = "maml";
    private const string CommandPrefix = "command";
    private const string DevPrefix = "dev";

    /// <summary>Example titles are centred in dashes up to this width, as in PowerShell's own help.</summary>
    private const int ExampleTitleWidth = 64;

    public static void Write(IEnumerable<CommandHelp> commands, TextWriter output)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", CloseOutput = false };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("helpItems", MamlNamespaces.HelpItems);
        xml.WriteAttributeString("schema", "maml");
        foreach (var command in commands)
        {
            WriteCommand(xml, command);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteCommand(XmlWriter xml, CommandHelp command)
    {
        xml.WriteStartElement(CommandPrefix, "command", MamlNamespaces.Command);
        xml.WriteAttributeString("xmlns", MamlPrefix, null, MamlNamespaces.Maml);
        xml.WriteAttributeString("xmlns", DevPrefix, null, MamlNamespaces.Dev);

        xml.WriteStartElement(CommandPrefix, "details", MamlNamespaces.Command);
        xml.WriteElementString(CommandPrefix, "name", MamlNamespaces.Command, command.Name);
        WriteParagraphs(xml, "description", command.Synopsis);
        xml.WriteElementString(CommandPrefix, "verb", MamlNamespaces.Command, command.Verb);
        xml.WriteElementString(CommandPrefix, "noun", MamlNamespaces.Command, command.Noun);
        xml.WriteEndElement();

        WriteParagraphs(xml, "description", command.Description);
        WriteSyntax(xml, command);

        xml.WriteStartElement(CommandPrefix, "parameters", MamlNamespaces.Command);
        foreach (var parameter in command.Parameters)
        {
            WriteParameter(xml, parameter, parameter.Metadata[0], parameter.Required, inSyntax: false);
        }

        xml.WriteEndElement();

        WriteTypes(xml, "inputTypes", "inputType", command.Inputs);
        WriteTypes(xml, "returnValues", "returnValue", command.Outputs);
        WriteNotes(xml, command.Notes);
        WriteExamples(xml, command.Examples);
        WriteLinks(xml, command.RelatedLinks);
        xml.WriteEndElement();
    }

    private static void WriteSyntax(XmlWriter xml, CommandHelp command)
    {
        xml.WriteStartElement(CommandPrefix, "syntax", MamlNamespaces.Command);
        foreach (var item in SyntaxItem.For(command))
        {
            xml.WriteStartElement(CommandPrefix, "syntaxItem", MamlNamespaces.Command);
            xml.WriteElementString(MamlPrefix, "name", MamlNamespaces.Maml, command.Name);
            foreach (var (parameter, metadata) in item.Parameters)
            {
                WriteParameter(xml, parameter, metadata, metadata.Required, inSyntax: true);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>
    /// A <c>command:parameter</c>. In syntax items the description is left out (Get-Help never shows it
    /// there), accepted values are listed, and switches have no value, so the syntax reads <c>[-Force]</c>.
    /// </summary>
    private static void WriteParameter(XmlWriter xml, ParameterHelp parameter, ParameterMetadata metadata, bool required, bool inSyntax)
    {
        var type = ParameterTypeNames.ToMaml(metadata.Type);
        xml.WriteStartElement(CommandPrefix, "parameter", MamlNamespaces.Command);
        xml.WriteAttributeString("required", Lower(required));
        xml.WriteAttributeString("variableLength", Lower(ParameterTypeNames.IsArray(type)));
        xml.WriteAttributeString("globbing", Lower(metadata.AcceptWildcard));
        xml.WriteAttributeString("pipelineInput", ParameterYamlParser.FormatPipelineInput(metadata.PipelineInput));
        xml.WriteAttributeString("position", metadata.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "named");
        xml.WriteAttributeString("aliases", metadata.Aliases.Count > 0 ? string.Join(", ", metadata.Aliases) : "none");

        xml.WriteElementString(MamlPrefix, "name", MamlNamespaces.Maml, parameter.Name);
        if (!inSyntax)
        {
            WriteParagraphs(xml, "description", parameter.Description);
        }

        if (inSyntax && metadata.AcceptedValues.Count > 0)
        {
            xml.WriteStartElement(CommandPrefix, "parameterValueGroup", MamlNamespaces.Command);
            foreach (var value in metadata.AcceptedValues)
            {
                WriteParameterValue(xml, value, required: false, variableLength: false);
            }

            xml.WriteEndElement();
        }

        if (!inSyntax || !metadata.IsSwitch)
        {
            WriteParameterValue(xml, type, required: !metadata.IsSwitch, variableLength: ParameterTypeNames.IsArray(type));
        }

        xml.WriteStartElement(DevPrefix, "type", MamlNamespaces.Dev);
        xml.WriteElementString(MamlPrefix, "name", MamlNamespaces.Maml, type);
        xml.WriteElementString(MamlPrefix, "uri", MamlNamespaces.Maml, string.Empty);
        xml.WriteEndElement();

        var defaultValue = metadata.DefaultValue ?? (metadata.IsSwitch ? "False" : "None");
        xml.WriteElementString(DevPrefix, "defaultValue", MamlNamespaces.Dev, defaultValue);
        xml.WriteEndElement();
    }

    private static void WriteParameterValue(XmlWriter xml, string value, bool required, bool variableLength)
    {
        xml.WriteStartElement(CommandPrefix, "parameterValue", MamlNamespaces.Command);
        xml.WriteAttributeString("required", Lower(required));
        xml.WriteAttributeString("variableLength", Lower(variableLength));
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void WriteTypes(XmlWriter xml, string listElement, string itemElement, IReadOnlyList<TypeHelp> types)
    {
        xml.WriteStartElement(CommandPrefix, listElement, MamlNamespaces.Command);
        foreach (var type in types)
        {
            xml.WriteStartElement(CommandPrefix, itemElement, MamlNamespaces.Command);
            xml.WriteStartElement(DevPrefix, "type", MamlNamespaces.Dev);
            xml.WriteElementString(MamlPrefix, "name", MamlNamespaces.Maml, type.TypeName);
            xml.WriteEndElement();
            WriteParagraphs(xml, "description", type.Description);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteNotes(XmlWriter xml, string notes)
    {
        if (notes.Length == 0)
        {
            return;
        }

        xml.WriteStartElement(MamlPrefix, "alertSet", MamlNamespaces.Maml);
        WriteParagraphs(xml, "alert", notes);
        xml.WriteEndElement();
    }

    private static void WriteExamples(XmlWriter xml, IReadOnlyList<ExampleHelp> examples)
    {
        xml.WriteStartElement(CommandPrefix, "examples", MamlNamespaces.Command);
        foreach (var example in examples)
        {
            xml.WriteStartElement(CommandPrefix, "example", MamlNamespaces.Command);
            xml.WriteElementString(MamlPrefix, "title", MamlNamespaces.Maml, PadExampleTitle(example.Title));
            xml.WriteElementString(DevPrefix, "code", MamlNamespaces.Dev, example.Code);

            // Get-Help prints maml:introduction on the code's first line (it was meant for a "PS C:\>" prompt),
            // so an introduction paragraph goes to the remarks, before the text that follows the code.
            xml.WriteStartElement(DevPrefix, "remarks", MamlNamespaces.Dev);
            WriteParas(xml, example.Introduction);
            WriteParas(xml, example.Remarks);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>
    /// Links with an absolute URI keep it; relative ones (another .md file) keep only their text, because
    /// PowerShell's help engine rejects a uri it cannot resolve.
    /// </summary>
    private static void WriteLinks(XmlWriter xml, IReadOnlyList<LinkHelp> links)
    {
        xml.WriteStartElement(CommandPrefix, "relatedLinks", MamlNamespaces.Command);
        foreach (var link in links)
        {
            xml.WriteStartElement(MamlPrefix, "navigationLink", MamlNamespaces.Maml);
            xml.WriteElementString(MamlPrefix, "linkText", MamlNamespaces.Maml, link.Text);
            var absolute = link.Uri is not null && Uri.TryCreate(link.Uri, UriKind.Absolute, out _);
            xml.WriteElementString(MamlPrefix, "uri", MamlNamespaces.Maml, absolute ? link.Uri : string.Empty);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>Writes <c>maml:{element}</c> holding one <c>maml:para</c> per paragraph.</summary>
    private static void WriteParagraphs(XmlWriter xml, string element, string text)
    {
        xml.WriteStartElement(MamlPrefix, element, MamlNamespaces.Maml);
        WriteParas(xml, text);
        xml.WriteEndElement();
    }

    private static void WriteParas(XmlWriter xml, string text)
    {
        foreach (var paragraph in HelpText.Paragraphs(text))
        {
            xml.WriteElementString(MamlPrefix, "para", MamlNamespaces.Maml, paragraph);
        }
    }

    /// <summary>"Example 1: Title" becomes "----- Example 1: Title -----", centred in <see cref="ExampleTitleWidth"/>.</summary>
    internal static string PadExampleTitle(string title)
    {
        var dashes = (ExampleTitleWidth - title.Length - 2) / 2;
        return dashes <= 0 || title.Length == 0
            ? title
            : $"{new string('-', dashes)} {title} {new string('-', dashes)}";
    }

    private static string Lower(bool value) => value ? "true" : "false";
}
