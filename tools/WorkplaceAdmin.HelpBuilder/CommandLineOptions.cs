namespace WorkplaceAdmin.HelpBuilder;

/// <summary>The console arguments: <c>--docs &lt;folder&gt; --out &lt;folder&gt; [--help-file &lt;name&gt;]</c>.</summary>
internal sealed record CommandLineOptions(string DocsDir, string OutDir, string HelpFileName)
{
    public const string Usage = "usage: WorkplaceAdmin.HelpBuilder --docs <folder> --out <folder> [--help-file <name>]";

    /// <summary>Returns null (and the reason) when the arguments are incomplete or unknown.</summary>
    public static CommandLineOptions? Parse(IReadOnlyList<string> args, out string error)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (args[i] is not ("--docs" or "--out" or "--help-file") || i + 1 >= args.Count)
            {
                error = $"unexpected argument '{args[i]}'.";
                return null;
            }

            values[args[i]] = args[i + 1];
        }

        if (!values.TryGetValue("--docs", out var docs) || !values.TryGetValue("--out", out var output))
        {
            error = "--docs and --out are required.";
            return null;
        }

        error = string.Empty;
        return new CommandLineOptions(docs, output, values.GetValueOrDefault("--help-file", HelpBuild.DefaultHelpFileName));
    }
}
