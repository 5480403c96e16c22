using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Webhooks;

/// <summary>Tab completion of -Field: the fields of the -Object already typed, or of every topic.</summary>
public sealed class WebhookFieldCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var topic = fakeBoundParameters?["Object"]?.ToString();
        var fields = WorkplaceWebhookTopics.IsObject(topic)
            ? WorkplaceWebhookTopics.FieldsOf(topic!)
            : WorkplaceWebhookTopics.Objects.SelectMany(WorkplaceWebhookTopics.FieldsOf).Distinct(StringComparer.Ordinal);
        return fields
            .Where(field => field.StartsWith(wordToComplete ?? "", StringComparison.OrdinalIgnoreCase))
            .Select(field => new CompletionResult(field, field, CompletionResultType.ParameterValue, field));
    }
}
