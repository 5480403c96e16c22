using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.RegularExpressions;
using WorkplaceAdmin.Client.Accounts;

namespace WorkplaceAdmin.Client.Content;

/// <summary>
/// Turns mentions into the <c>@[user-id]</c> form Graph expects (workplace-api.md §3.5): inline
/// <c>@[alice@contoso.com]</c> tokens get the person's id, and people passed separately (by id or email) that
/// the text does not mention yet are appended. Emails are looked up together, 50 per request.
/// </summary>
internal sealed partial class MentionRenderer
{
    private readonly WorkplaceClient client;

    public MentionRenderer(WorkplaceClient client) => this.client = client;

    /// <exception cref="ArgumentException">A mention is neither an id nor an email (checked before any request).</exception>
    /// <exception cref="KeyNotFoundException">No person has one of the emails.</exception>
    public async Task<string?> RenderAsync(string? message, IReadOnlyList<string>? mentions, CancellationToken ct)
    {
        var extra = (mentions ?? []).Select(MemberReference.Parse).ToList();
        var inline = message is null ? [] : InlineMention().Matches(message).Select(m => m.Groups[1].Value).ToList();
        var inlineEmails = inline.Where(text => !text.All(char.IsAsciiDigit)).Select(MemberReference.Parse).ToList();
        var emails = extra.Concat(inlineEmails).Where(p => p.Email is not null).Select(p => p.Email!)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (extra.Count == 0 && emails.Count == 0)
            return message;

        var ids = await LookUpAsync(emails, ct).ConfigureAwait(false);
        var text = new StringBuilder(message is null ? "" : InlineMention().Replace(message, m =>
            ids.TryGetValue(m.Groups[1].Value, out var id) ? $"@[{id}]" : m.Value));
        var mentioned = InlineMention().Matches(text.ToString()).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        foreach (var person in extra)
        {
            var id = person.Id ?? ids[person.Email!];
            if (!mentioned.Add(id))
                continue;
            if (text.Length > 0 && !char.IsWhiteSpace(text[^1]))
                text.Append(' ');
            text.Append("@[").Append(id).Append(']');
        }
        return text.ToString();
    }

    /// <summary>Each email's person id, through the shared batched lookup (<see cref="PeopleLookup"/>, 50 per request).</summary>
    private async Task<Dictionary<string, string>> LookUpAsync(List<string> emails, CancellationToken ct)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (emails.Count == 0)
            return ids;
        var found = await new PeopleLookup(client).FindByEmailsAsync(emails, ct).ConfigureAwait(false);
        foreach (var email in emails)
        {
            var result = found[email];
            if (result.Error is { } error)
                ExceptionDispatchInfo.Capture(error).Throw();
            ids[email] = result.Person?.Id ?? throw new KeyNotFoundException($"Cannot mention '{email}': no person of the community has this email.");
        }
        return ids;
    }

    [GeneratedRegex(@"@\[([^\[\]\s]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex InlineMention();
}
