using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkplaceAdmin.Client.Content;

/// <summary>
/// The text of a restored post or comment: the original message, then a line stating the original author and time and
/// a mark naming the source id, "[restored from 356_789]". The mark is what makes a restore idempotent: a later run
/// finds it in the target group and posts nothing twice, even when an earlier run lost the answer to a create.
/// </summary>
public static partial class RestoreText
{
    /// <summary>The restored text, within the post or comment length limit (the original message is shortened if it must be).</summary>
    public static string Compose(string sourceId, string? message, string? fromName, DateTimeOffset? created, IReadOnlyList<string> attachmentFiles, int maxLength)
    {
        var when = created?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "an unknown time";
        var footer = $"— Originally by {fromName ?? "an unknown author"} on {when}.";
        if (attachmentFiles.Count > 0)
            footer += $" Attachments kept in the backup: {string.Join(", ", attachmentFiles)}.";
        footer += $" [restored from {sourceId}]";
        var body = message ?? "";
        var room = maxLength - footer.Length - 2;
        if (body.Length > room)
            body = body[..Math.Max(0, room - 1)] + "…";
        return body.Length == 0 ? footer : body + "\n\n" + footer;
    }

    /// <summary>The source id a restored text names, or null for a text no restore wrote.</summary>
    public static string? SourceOf(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        var match = Mark().Match(text);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"\[restored from (\d+(?:_\d+)?)\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Mark();
}
