using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Completion;

namespace WorkplaceAdmin.Completion;

/// <summary>
/// Tab completion of values read from the community (group names, emails), through the current connection's cache.
/// Without a connection it completes nothing: completion never prompts, fails or sends a token anywhere new.
/// </summary>
public abstract class WorkplaceCompleter : IArgumentCompleter
{
    /// <summary>The cache key, e.g. "groups".</summary>
    protected abstract string Kind { get; }

    /// <summary>Reads the values to complete from the community.</summary>
    protected abstract IAsyncEnumerable<string?> Load(WorkplaceClient client, CancellationToken cancellationToken);

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var connection = ConnectionStore.Get();
        if (connection is null)
        {
            return [];
        }

        return CompletionCaches.For(connection)
            .Complete(Kind, wordToComplete, ct => Load(connection.Client, ct))
            .Select(value => new CompletionResult(CompletionText.Quote(value), value, CompletionResultType.ParameterValue, value));
    }
}

/// <summary>Completes group names.</summary>
public sealed class GroupNameCompleter : WorkplaceCompleter
{
    protected override string Kind => "groups";

    protected override async IAsyncEnumerable<string?> Load(WorkplaceClient client, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var group in client.GetGroupsAsync(ct: cancellationToken).ConfigureAwait(false))
        {
            yield return group.Name;
        }
    }
}

/// <summary>Completes people's emails (needs the integration's "Read user email addresses" permission).</summary>
public sealed class EmailCompleter : WorkplaceCompleter
{
    protected override string Kind => "emails";

    protected override async IAsyncEnumerable<string?> Load(WorkplaceClient client, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var member in client.GetCommunityMembersAsync(ct: cancellationToken).ConfigureAwait(false))
        {
            yield return member.Email;
        }
    }
}
