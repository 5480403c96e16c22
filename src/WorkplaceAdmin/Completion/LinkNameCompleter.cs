using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using WorkplaceAdmin.Client.Completion;
using WorkplaceAdmin.Client.Links;

namespace WorkplaceAdmin.Completion;

/// <summary>Completes the names of saved links, read from the local definitions file (no request, no secret).</summary>
public sealed class LinkNameCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = CompletionText.Unquote(wordToComplete ?? string.Empty);
        IReadOnlyList<string> names;
        try
        {
            names = FileLinkStore.ForCurrentUser().List().Select(link => link.Name).ToList();
        }
        catch (Exception error) when (error is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException)
        {
            // Completion never fails: an unreadable file simply offers nothing.
            return [];
        }

        return names
            .Where(name => name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(name => new CompletionResult(CompletionText.Quote(name), name, CompletionResultType.ParameterValue, name));
    }
}
