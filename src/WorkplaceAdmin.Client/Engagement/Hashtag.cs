using System.Text.RegularExpressions;

namespace WorkplaceAdmin.Client.Engagement;

/// <summary>
/// A campaign hashtag as an admin types it ("#wellbeing" or "wellbeing"), and whether a post's text carries it: as a
/// whole tag, case-insensitive, so #well does not match #wellbeing.
/// </summary>
public sealed partial class Hashtag
{
    private readonly Regex pattern;

    private Hashtag(string tag)
    {
        Tag = tag;
        pattern = new Regex(@"(?<![\p{L}\p{N}_#])#" + Regex.Escape(tag) + @"(?![\p{L}\p{N}_])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The tag without its '#'.</summary>
    public string Tag { get; }

    /// <exception cref="ArgumentException">Empty, or not one word of letters, digits and underscores; nothing is sent.</exception>
    public static Hashtag Parse(string? input)
    {
        var text = input?.Trim() ?? "";
        var tag = text.StartsWith('#') ? text[1..] : text;
        if (!TagText().IsMatch(tag))
            throw new ArgumentException(
                $"'{InputText.Shown(input)}' is not a hashtag; expected one word of letters, digits and underscores, with or without '#' (such as #wellbeing).", nameof(input));
        return new Hashtag(tag);
    }

    public bool IsIn(string? message) => message is not null && pattern.IsMatch(message);

    public override string ToString() => "#" + Tag;

    [GeneratedRegex(@"^[\p{L}\p{N}_]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex TagText();
}
