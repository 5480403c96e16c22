using System.Globalization;

namespace WorkplaceAdmin.Client;

/// <summary>
/// What the API accepts as the text of a post or a comment, checked before anything is sent so a bad message
/// fails with an error that names it. The limits are those of Facebook's Graph (63,206 characters for a post,
/// 8,000 for a comment), which Workplace shares.
/// </summary>
public static class MessageRules
{
    public const int MaxPostLength = 63_206;
    public const int MaxCommentLength = 8_000;

    /// <exception cref="ArgumentException">Empty (and no link), or longer than the limit.</exception>
    public static void CheckPost(string? message, string? linkUrl)
    {
        if (string.IsNullOrWhiteSpace(message) && string.IsNullOrWhiteSpace(linkUrl))
            throw new ArgumentException("The post is empty; give a message (or a link).", nameof(message));
        if (linkUrl is not null && (!Uri.TryCreate(linkUrl, UriKind.Absolute, out var link) || (link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps)))
            throw new ArgumentException($"The link '{InputText.Shown(linkUrl)}' is not an absolute http or https URL.", nameof(linkUrl));
        CheckLength(message, MaxPostLength, "post");
    }

    /// <exception cref="ArgumentException">Empty, or longer than the limit.</exception>
    public static void CheckComment(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
            throw new ArgumentException("The comment is empty; give a message.", nameof(message));
        CheckLength(message, MaxCommentLength, "comment");
    }

    private static void CheckLength(string? message, int limit, string what)
    {
        if (message is not null && message.Length > limit)
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "The {0} message is {1:N0} characters long (it starts '{2}'); a {0} may have at most {3:N0}.", what, message.Length, Start(message), limit), nameof(message));
    }

    private static string Start(string message)
    {
        var firstLine = message.Split('\n')[0];
        return firstLine.Length <= 40 ? firstLine : firstLine[..40] + "…";
    }
}
