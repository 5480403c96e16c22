using System.Reflection;
using System.Runtime.InteropServices;

namespace WorkplaceAdmin.Tests.Metadata;

/// <summary>
/// Reads the cmdlets of the built module through <see cref="MetadataLoadContext"/>: attributes are inspected as
/// data, so no System.Management.Automation code (a throwing reference assembly here) ever runs.
/// </summary>
public static class ModuleAssemblyReader
{
    private const string Sma = "System.Management.Automation.";

    private static readonly Lazy<IReadOnlyList<CmdletMetadata>> Cmdlets = new(ReadCmdlets);

    public static IReadOnlyList<CmdletMetadata> All => Cmdlets.Value;

    private static IReadOnlyList<CmdletMetadata> ReadCmdlets()
    {
        if (!File.Exists(TestPaths.ModuleAssembly))
        {
            throw new FileNotFoundException("The module was not built; run 'dotnet build' first.", TestPaths.ModuleAssembly);
        }

        var searchPaths = Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
            .Concat(TestPaths.ModuleAssemblies())
            .Append(TestPaths.PowerShellReferenceAssembly);
        using var context = new MetadataLoadContext(new PathAssemblyResolver(searchPaths));
        var assembly = context.LoadFromAssemblyPath(TestPaths.ModuleAssembly);
        return assembly.GetTypes()
            .Where(type => !type.IsAbstract && Attribute(type.CustomAttributes, "CmdletAttribute") is not null)
            .Select(ReadCmdlet)
            .OrderBy(cmdlet => cmdlet.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static CmdletMetadata ReadCmdlet(Type type)
    {
        var cmdlet = Attribute(type.CustomAttributes, "CmdletAttribute")!;
        var outputTypes = type.CustomAttributes
            .Where(attribute => attribute.AttributeType.FullName == Sma + "OutputTypeAttribute")
            .SelectMany(attribute => attribute.ConstructorArguments)
            .SelectMany(FlattenTypeNames)
            .ToList();
        var parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(ReadParameter)
            .OfType<ParameterMetadata>()
            .ToList();
        return new CmdletMetadata(
            type.FullName!,
            (string)cmdlet.ConstructorArguments[0].Value!,
            (string)cmdlet.ConstructorArguments[1].Value!,
            Named(cmdlet, "SupportsShouldProcess") as bool? ?? false,
            Named(cmdlet, "ConfirmImpact") is int impact ? ConfirmImpactName(impact) : "Medium",
            Named(cmdlet, "SupportsPaging") as bool? ?? false,
            Named(cmdlet, "DefaultParameterSetName") as string,
            outputTypes,
            parameters);
    }

    private static ParameterMetadata? ReadParameter(PropertyInfo property)
    {
        var attributes = property.CustomAttributes.ToList();
        var sets = attributes
            .Where(attribute => attribute.AttributeType.FullName == Sma + "ParameterAttribute")
            .Select(attribute => new ParameterSetMetadata(
                Named(attribute, "ParameterSetName") as string ?? "__AllParameterSets",
                Named(attribute, "Mandatory") as bool? ?? false,
                Named(attribute, "Position") as int? ?? int.MinValue,
                Named(attribute, "ValueFromPipeline") as bool? ?? false,
                Named(attribute, "ValueFromPipelineByPropertyName") as bool? ?? false))
            .ToList();
        if (sets.Count == 0)
        {
            return null;
        }

        var aliases = attributes
            .Where(attribute => attribute.AttributeType.FullName == Sma + "AliasAttribute")
            .SelectMany(attribute => attribute.ConstructorArguments)
            .SelectMany(FlattenStrings)
            .ToList();
        var hasValidation = attributes.Any(attribute =>
            attribute.AttributeType.Name.StartsWith("Validate", StringComparison.Ordinal) ||
            attribute.AttributeType.Name.StartsWith("Allow", StringComparison.Ordinal));
        var completer = attributes
            .Where(attribute => attribute.AttributeType.FullName == Sma + "ArgumentCompleterAttribute")
            .SelectMany(attribute => attribute.ConstructorArguments)
            .Select(argument => (argument.Value as Type)?.FullName)
            .FirstOrDefault();
        return new ParameterMetadata(property.Name, property.PropertyType.FullName ?? property.PropertyType.Name, aliases, sets, hasValidation, completer);
    }

    private static CustomAttributeData? Attribute(IEnumerable<CustomAttributeData> attributes, string name) =>
        attributes.FirstOrDefault(attribute => attribute.AttributeType.FullName == Sma + name);

    private static object? Named(CustomAttributeData attribute, string name) =>
        attribute.NamedArguments.Where(argument => argument.MemberName == name)
            .Select(argument => argument.TypedValue.Value)
            .FirstOrDefault();

    private static string ConfirmImpactName(int value) => value switch
    {
        0 => "None",
        1 => "Low",
        2 => "Medium",
        3 => "High",
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static IEnumerable<string> FlattenTypeNames(CustomAttributeTypedArgument argument) => argument.Value switch
    {
        Type type => [type.FullName!],
        string name => [name],
        IEnumerable<CustomAttributeTypedArgument> items => items.SelectMany(FlattenTypeNames),
        _ => [],
    };

    private static IEnumerable<string> FlattenStrings(CustomAttributeTypedArgument argument) => argument.Value switch
    {
        string text => [text],
        IEnumerable<CustomAttributeTypedArgument> items => items.SelectMany(FlattenStrings),
        _ => [],
    };
}
