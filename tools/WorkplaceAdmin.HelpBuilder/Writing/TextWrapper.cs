using System.Text;

namespace WorkplaceAdmin.HelpBuilder;

/// <summary>Greedy word wrapping for plain-text help. A word longer than the line stays whole on its own line.</summary>
internal static class TextWrapper
{
    /// <summary>Wraps text to <paramref name="width"/> columns; "\n" in the text forces a line break.</summary>
    /// <param name="firstIndent">Written before the first line (for a list item, its marker).</param>
    /// <param name="restIndent">Written before every following line.</param>
    public static IEnumerable<string> Wrap(string text, string firstIndent, string restIndent, int width)
    {
        var prefix = firstIndent;
        foreach (var segment in text.Split('\n'))
        {
            var line = new StringBuilder(prefix);
            var lineHasWord = false;
            foreach (var word in segment.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (lineHasWord && line.Length + 1 + word.Length > width)
                {
                    yield return line.ToString();
                    line.Clear().Append(restIndent);
                    lineHasWord = false;
                }

                line.Append(lineHasWord ? " " : string.Empty).Append(word);
                lineHasWord = true;
            }

            yield return line.ToString().TrimEnd();
            prefix = restIndent;
        }
    }
}
