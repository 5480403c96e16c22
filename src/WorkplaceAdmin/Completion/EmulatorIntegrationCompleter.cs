using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using WorkplaceAdmin.Client.Completion;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Completion;

/// <summary>Completes the names of the integrations every emulator seed starts with.</summary>
public sealed class EmulatorIntegrationCompleter : IArgumentCompleter
{
    private static readonly string[] Names = [EmulatorDefaults.AdminIntegrationName, EmulatorDefaults.ReadOnlyGroupsIntegrationName];

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = CompletionText.Unquote(wordToComplete ?? string.Empty);
        return Names
            .Where(name => name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(name => new CompletionResult(CompletionText.Quote(name), name, CompletionResultType.ParameterValue, name));
    }
}
