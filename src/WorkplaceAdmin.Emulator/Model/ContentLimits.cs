namespace WorkplaceAdmin.Emulator.Model;

/// <summary>
/// Length limits of post and comment text, as on Facebook's Graph (which Workplace shares), and the checks
/// shared by the feed and comment routes.
/// </summary>
internal static class ContentLimits
{
    public const int MaxPostLength = 63_206;
    public const int MaxCommentLength = 8_000;

    public static void CheckLength(string? message, int limit, string what)
    {
        if (message is not null && message.Length > limit)
        {
            throw Graph.GraphErrors.InvalidParameter($"The {what} message is too long ({message.Length} characters; the maximum is {limit})");
        }
    }

    /// <summary>Archived groups are read-only: no posts, comments or edits until unarchived.</summary>
    public static void CheckNotArchived(Group group)
    {
        if (group.Archived)
        {
            throw Graph.GraphErrors.InvalidParameter($"Group {group.Id} is archived; unarchive it before posting or commenting");
        }
    }
}
