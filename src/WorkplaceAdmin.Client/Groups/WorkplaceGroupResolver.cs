using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>
/// Turns a <see cref="WorkplaceGroupIdentity"/> into a group: an id is read, a URL is parsed then read, any
/// other text is an exact (case-insensitive) group name. Each distinct input is resolved once per resolver, so
/// a pipeline of thousands of rows naming the same group costs one lookup. Errors name the input.
/// </summary>
public sealed partial class WorkplaceGroupResolver
{
    private readonly WorkplaceClient client;
    private readonly ConcurrentDictionary<string, Lazy<Task<WorkplaceGroup>>> resolved = new(StringComparer.OrdinalIgnoreCase);

    public WorkplaceGroupResolver(WorkplaceClient client) => this.client = client ?? throw new ArgumentNullException(nameof(client));

    /// <exception cref="ArgumentException">A URL that is not a Workplace group URL, or an id that is not a group's.</exception>
    /// <exception cref="KeyNotFoundException">No group has that id or name.</exception>
    /// <exception cref="InvalidOperationException">Several groups have that name.</exception>
    public Task<WorkplaceGroup> ResolveAsync(WorkplaceGroupIdentity identity, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (identity.Group is not null)
            return Task.FromResult(identity.Group);
        var lazy = resolved.GetOrAdd(identity.Text, text => new Lazy<Task<WorkplaceGroup>>(() => LookUpAsync(text, ct)));
        return AwaitOrForgetAsync(identity.Text, lazy);
    }

    /// <summary>Resolves a group that is about to be changed (posted in, commented on, joined): refuses an archived one before any request.</summary>
    /// <param name="action">What is about to happen, for the error ("post in", "add members to").</param>
    public async Task<WorkplaceGroup> ResolveForWriteAsync(WorkplaceGroupIdentity identity, string action, CancellationToken ct = default)
    {
        var group = await ResolveAsync(identity, ct).ConfigureAwait(false);
        if (group.Archived)
            throw new InvalidOperationException(
                $"The group '{InputText.Shown(identity.Text)}' ({group.Name}, {group.Id}) is archived, so you cannot {action} it. Unarchive it first with Set-WorkplaceGroup -Unarchive.");
        return group;
    }

    private async Task<WorkplaceGroup> AwaitOrForgetAsync(string text, Lazy<Task<WorkplaceGroup>> lazy)
    {
        try
        {
            return await lazy.Value.ConfigureAwait(false);
        }
        catch
        {
            // A failed lookup (a transient error, a canceled call) is not remembered: the next row tries again.
            resolved.TryRemove(new KeyValuePair<string, Lazy<Task<WorkplaceGroup>>>(text, lazy));
            throw;
        }
    }

    private Task<WorkplaceGroup> LookUpAsync(string text, CancellationToken ct)
    {
        if (WorkplaceId.IsNumeric(text))
            return ReadByIdAsync(text, text, ct);
        if (WorkplaceId.IsAllDigits(text))
            throw new ArgumentException($"'{InputText.Shown(text)}' has {text.Length:N0} digits, too many for a group id; expected a group id, a group URL or a group name.", nameof(text));
        if (LooksLikeUrl(text))
            return ReadByIdAsync(WorkplaceGroupReference.Parse(text), text, ct);
        return FindByNameAsync(text, ct);
    }

    private async Task<WorkplaceGroup> ReadByIdAsync(string groupId, string input, CancellationToken ct)
    {
        try
        {
            return await client.GetGroupAsync(groupId, ct).ConfigureAwait(false);
        }
        catch (WorkplaceApiException error) when (error.Kind == WorkplaceErrorKind.NotFound)
        {
            throw new KeyNotFoundException($"No group has the id {groupId} (from '{InputText.Shown(input)}'), or it is not visible to this integration: {error.ServerMessage ?? error.Message}", error);
        }
        catch (WorkplaceApiException error) when (error.Kind == WorkplaceErrorKind.InvalidArgument)
        {
            // The id exists but names something else (a person, a post): Graph rejects the group fields.
            throw new ArgumentException($"'{InputText.Shown(input)}' is not the id of a group; expected a group id, a group URL or a group name. ({error.ServerMessage ?? error.Message})", nameof(input), error);
        }
    }

    private async Task<WorkplaceGroup> FindByNameAsync(string name, CancellationToken ct)
    {
        WorkplaceGroup? match = null;
        await foreach (var group in client.GetGroupsAsync(WorkplaceClient.MaxGraphPageSize, ct).ConfigureAwait(false))
        {
            if (!string.Equals(group.Name?.Trim(), name, StringComparison.OrdinalIgnoreCase))
                continue;
            if (match is not null)
                throw new InvalidOperationException($"Several groups are named '{InputText.Shown(name)}' ({match.Id}, {group.Id}, …); give the group's id or URL instead.");
            match = group;
        }
        return match ?? throw new KeyNotFoundException(
            $"No group named '{InputText.Shown(name)}' is visible to this integration. Give the exact name, the group's id or its URL (secret groups are visible only when the integration was added to them).");
    }

    /// <summary>A scheme, or a host name followed by a path: "contoso.workplace.com/groups/1". Group names may contain "/" and ".", but not both shapes.</summary>
    private static bool LooksLikeUrl(string text) =>
        text.Contains("://", StringComparison.Ordinal) || HostThenPath().IsMatch(text);

    [GeneratedRegex(@"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/\S*$", RegexOptions.CultureInvariant)]
    private static partial Regex HostThenPath();
}
