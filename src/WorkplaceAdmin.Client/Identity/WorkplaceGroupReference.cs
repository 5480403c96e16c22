using System.Diagnostics.CodeAnalysis;

namespace WorkplaceAdmin.Client;

/// <summary>
/// A group as an admin has it in hand: a numeric id, or a group URL copied from the browser
/// (<c>https://acme.workplace.com/groups/123/</c>, its <c>…/permalink/456/</c> form, with or without
/// trailing slash, query or fragment, and the older <c>acme.facebook.com</c> and
/// <c>workplace.facebook.com</c> hosts). <see cref="Parse"/> gives the group id; <see cref="ParseReference"/>
/// also gives the post id and host of a URL.
/// </summary>
public sealed class WorkplaceGroupReference
{
    private const string Expected = "expected https://<company>.workplace.com/groups/<id>/ or a numeric group id";

    // Consumer Facebook hosts: a group URL there is a Facebook group, not a Workplace one.
    private static readonly HashSet<string> ConsumerFacebookHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "facebook.com", "www.facebook.com", "m.facebook.com", "mbasic.facebook.com", "web.facebook.com",
        "touch.facebook.com", "business.facebook.com", "developers.facebook.com",
    };

    private WorkplaceGroupReference(string groupId, string? postId, string? host)
    {
        GroupId = groupId;
        PostId = postId;
        Host = host;
    }

    public string GroupId { get; }

    /// <summary>The post id of a permalink URL; null otherwise.</summary>
    public string? PostId { get; }

    /// <summary>The Workplace host of a URL input (e.g. acme.workplace.com); null for a bare id.</summary>
    public string? Host { get; }

    /// <summary>The canonical group URL when the input was a URL; null for a bare id (the instance is unknown).</summary>
    public string? Url => Host is null ? null : $"https://{Host}/groups/{GroupId}/";

    /// <summary>The group id the input names.</summary>
    /// <exception cref="ArgumentException">The input is neither a numeric id nor a Workplace group URL; the message names it and says what was expected.</exception>
    public static string Parse(string input) => ParseReference(input).GroupId;

    public static bool TryParse([NotNullWhen(true)] string? input, [NotNullWhen(true)] out string? groupId)
    {
        groupId = TryParse(input, out var reference, out _) ? reference.GroupId : null;
        return groupId is not null;
    }

    /// <summary>The group id with what else the input says: the post of a permalink, the instance host.</summary>
    /// <exception cref="ArgumentException">As for <see cref="Parse"/>.</exception>
    public static WorkplaceGroupReference ParseReference(string input)
    {
        if (TryParse(input, out var reference, out var problem))
            return reference;
        throw new ArgumentException(problem, nameof(input));
    }

    public static bool TryParseReference([NotNullWhen(true)] string? input, [NotNullWhen(true)] out WorkplaceGroupReference? reference) =>
        TryParse(input, out reference, out _);

    public override string ToString() => GroupId;

    private static bool TryParse(string? input, [NotNullWhen(true)] out WorkplaceGroupReference? reference, out string problem)
    {
        reference = null;
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
        {
            problem = $"The group reference is empty; {Expected}.";
            return false;
        }
        if (IsNumericId(text))
        {
            reference = new WorkplaceGroupReference(text, null, null);
            problem = "";
            return true;
        }
        if (WorkplaceId.IsAllDigits(text))
        {
            problem = $"'{InputText.Shown(text)}' has {text.Length:N0} digits, too many for a group id; {Expected}.";
            return false;
        }
        return TryParseUrl(text, out reference, out problem);
    }

    private static bool TryParseUrl(string text, [NotNullWhen(true)] out WorkplaceGroupReference? reference, out string problem)
    {
        reference = null;
        var shown = InputText.Shown(text);
        // Accept "acme.workplace.com/groups/123" as pasted without a scheme.
        var candidate = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri) ||
            (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || !uri.Host.Contains('.'))
        {
            problem = $"'{shown}' is neither a numeric group id nor a URL; {Expected}.";
            return false;
        }
        if (!IsWorkplaceHost(uri.Host))
        {
            problem = $"'{shown}' is not a Workplace group URL (the host '{uri.Host}' is not a Workplace host); {Expected}.";
            return false;
        }
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || !segments[0].Equals("groups", StringComparison.OrdinalIgnoreCase))
        {
            problem = $"'{shown}' is not a Workplace group URL (its path does not start with /groups/); {Expected}.";
            return false;
        }
        if (!IsNumericId(segments[1]))
        {
            problem = $"'{shown}' is not a Workplace group URL (the part after /groups/ is not a numeric id); {Expected}.";
            return false;
        }
        var postId = segments.Length >= 4 && segments[2] is "permalink" or "posts" && IsNumericId(segments[3]) ? segments[3] : null;
        reference = new WorkplaceGroupReference(segments[1], postId, uri.Host.ToLowerInvariant());
        problem = "";
        return true;
    }

    private static bool IsWorkplaceHost(string host) =>
        host.Equals("workplace.com", StringComparison.OrdinalIgnoreCase) ||
        host.EndsWith(".workplace.com", StringComparison.OrdinalIgnoreCase) ||
        (host.EndsWith(".facebook.com", StringComparison.OrdinalIgnoreCase) && !ConsumerFacebookHosts.Contains(host));

    private static bool IsNumericId(string text) => WorkplaceId.IsNumeric(text);
}
