namespace WorkplaceAdmin.Client;

/// <summary>
/// Post and comment ids as an admin has them: a post as "&lt;group-id&gt;_&lt;post-id&gt;", a bare post id, or
/// the permalink URL copied from the browser; a comment as "&lt;post-id&gt;_&lt;comment-id&gt;" or a bare id.
/// Errors name the input and say what was expected; nothing is sent for a malformed one.
/// </summary>
public static class ContentReference
{
    /// <exception cref="ArgumentException">Not a post id nor a post permalink.</exception>
    public static string ParsePostId(string input)
    {
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
            throw new ArgumentException("The post id is empty; expected <group-id>_<post-id> (such as 356_789), a numeric post id, or a post permalink URL.", nameof(input));
        if (IsIdPair(text) || IsDigits(text))
            return text;
        if (WorkplaceGroupReference.TryParseReference(text, out var reference))
        {
            if (reference.PostId is not null)
                return reference.GroupId + "_" + reference.PostId;
            throw new ArgumentException($"'{InputText.Shown(input)}' is the URL of a group, not of a post; expected a post id such as 356_789 or a permalink …/groups/<group>/permalink/<post>/.", nameof(input));
        }
        throw new ArgumentException($"'{InputText.Shown(input)}' is not a post id; expected <group-id>_<post-id> (such as 356_789), a numeric post id, or a post permalink URL.", nameof(input));
    }

    /// <exception cref="ArgumentException">Not a comment id.</exception>
    public static string ParseCommentId(string input)
    {
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
            throw new ArgumentException("The comment id is empty; expected <post-id>_<comment-id> (such as 789_1011) or a numeric comment id.", nameof(input));
        if (IsIdPair(text) || IsDigits(text))
            return text;
        throw new ArgumentException($"'{InputText.Shown(input)}' is not a comment id; expected <post-id>_<comment-id> (such as 789_1011) or a numeric comment id.", nameof(input));
    }

    private static bool IsDigits(string text) => WorkplaceId.IsNumeric(text);

    private static bool IsIdPair(string text)
    {
        var parts = text.Split('_');
        return parts.Length == 2 && IsDigits(parts[0]) && IsDigits(parts[1]);
    }
}
