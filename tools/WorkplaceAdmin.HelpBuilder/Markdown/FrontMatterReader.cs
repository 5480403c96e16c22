namespace WorkplaceAdmin.HelpBuilder;

/// <summary>Reads the optional <c>---</c> delimited "key: value" header of a PlatyPS file.</summary>
internal static class FrontMatterReader
{
    private const string Delimiter = "---";

    /// <param name="bodyStart">The 0-based index of the first line after the front matter.</param>
    public static IReadOnlyDictionary<string, string> Read(IReadOnlyList<string> lines, string sourceName, out int bodyStart)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        bodyStart = 0;
        if (lines.Count == 0 || lines[0].Trim() != Delimiter)
        {
            return values;
        }

        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line == Delimiter)
            {
                bodyStart = i + 1;
                return values;
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw new HelpFormatException(sourceName, i + 1, $"front matter line '{line}' is not 'key: value'.");
            }

            var key = line[..colon].Trim();
            if (!values.TryAdd(key, Unquote(line[(colon + 1)..].Trim())))
            {
                throw new HelpFormatException(sourceName, i + 1, $"front matter key '{key}' appears twice.");
            }
        }

        throw new HelpFormatException(sourceName, 1, "front matter opened with '---' is never closed.");
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
