using System.Management.Automation;
using WorkplaceAdmin.Tests.Hosting;

namespace WorkplaceAdmin.Tests.Metadata;

/// <summary>
/// The cmdlets of the built module as PowerShell itself describes them: <c>Get-Command -Module WorkplaceAdmin</c> in a
/// runspace that imported the module folder, read through <see cref="CommandMetadata"/> (the same view PowerShell's
/// parameter binder and proxy generation use).
/// </summary>
public static class ModuleAssemblyReader
{
    private static readonly Lazy<IReadOnlyList<CmdletMetadata>> Cmdlets = new(ReadCmdlets);

    public static IReadOnlyList<CmdletMetadata> All => Cmdlets.Value;

    private static IReadOnlyList<CmdletMetadata> ReadCmdlets()
    {
        using var session = new ModuleSession();
        return session.Run("Get-Command -Module WorkplaceAdmin -CommandType Cmdlet").ThrowIfFailed()
            .Objects.Cast<CmdletInfo>()
            .Select(ReadCmdlet)
            .OrderBy(cmdlet => cmdlet.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static CmdletMetadata ReadCmdlet(CmdletInfo cmdlet)
    {
        var metadata = new CommandMetadata(cmdlet);
        var parameters = metadata.Parameters.Values
            .Where(parameter => !IsCommon(parameter.Name))
            .Select(ReadParameter)
            .ToList();
        return new CmdletMetadata(
            cmdlet.ImplementingType.FullName!,
            cmdlet.Verb,
            cmdlet.Noun,
            metadata.SupportsShouldProcess,
            metadata.ConfirmImpact.ToString(),
            metadata.SupportsPaging,
            metadata.DefaultParameterSetName == "__AllParameterSets" ? null : metadata.DefaultParameterSetName,
            cmdlet.OutputType.Select(type => type.Name).ToList(),
            parameters);
    }

    private static ParameterMetadata ReadParameter(System.Management.Automation.ParameterMetadata parameter)
    {
        var sets = parameter.ParameterSets
            .Select(set => new ParameterSetMetadata(
                set.Key,
                set.Value.IsMandatory,
                set.Value.Position,
                set.Value.ValueFromPipeline,
                set.Value.ValueFromPipelineByPropertyName))
            .ToList();
        var hasValidation = parameter.Attributes.Any(attribute =>
            attribute is ValidateArgumentsAttribute || attribute.GetType().Name.StartsWith("Allow", StringComparison.Ordinal));
        var completer = parameter.Attributes.OfType<ArgumentCompleterAttribute>().Select(attribute => attribute.Type?.FullName).FirstOrDefault();
        return new ParameterMetadata(parameter.Name, parameter.ParameterType.FullName!, parameter.Aliases.ToList(), sets, hasValidation, completer);
    }

    private static bool IsCommon(string name) =>
        Cmdlet.CommonParameters.Contains(name) || Cmdlet.OptionalCommonParameters.Contains(name);
}
