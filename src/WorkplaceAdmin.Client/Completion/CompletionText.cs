namespace WorkplaceAdmin.Client.Completion;

/// <summary>How a completed value is typed at a PowerShell prompt: quoted when it has spaces or special characters.</summary>
public static class CompletionText
{
    private static readonly char[] NeedsQuotes = [' ', '\t', '\'', '"', '`', '$', '(', ')', '{', '}', '[', ']', ';', ',', '&', '|', '@', '#', '<', '>'];

    /// <summary>The text to insert for <paramref name="value"/>: as is, or in single quotes with inner quotes doubled.</summary>
    public static string Quote(string value) =>
        value.IndexOfAny(NeedsQuotes) < 0 && value.Length > 0 ? value : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>What the user has typed so far, without the quote they may have opened.</summary>
    public static string Unquote(string typed)
    {
        var text = typed.Trim();
        if (text.Length > 0 && text[0] is '\'' or '"')
        {
            var quote = text[0];
            text = text[1..];
            if (text.EndsWith(quote))
            {
                text = text[..^1];
            }

            if (quote == '\'')
            {
                text = text.Replace("''", "'", StringComparison.Ordinal);
            }
        }

        return text;
    }
}
