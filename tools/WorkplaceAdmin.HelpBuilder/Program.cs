using WorkplaceAdmin.HelpBuilder;

// Errors use MSBuild's canonical "file(line): error CODE: message" form, so a build that runs this tool
// shows them like compiler errors.
var options = CommandLineOptions.Parse(args, out var usageError);
if (options is null)
{
    Console.Error.WriteLine($"error HB0003: {usageError}");
    Console.Error.WriteLine(CommandLineOptions.Usage);
    return 2;
}

try
{
    var result = HelpBuild.Run(options.DocsDir, options.OutDir, options.HelpFileName);
    Console.WriteLine($"Help: {result.Sources.Commands.Count} command(s) -> {result.MamlPath}; {result.AboutTopicPaths.Count} about topic(s).");
    return 0;
}
catch (HelpBuildException failure)
{
    foreach (var error in failure.Errors)
    {
        Console.Error.WriteLine($"{error.SourceName}({error.Line}): error HB0001: {error.Reason}");
    }

    return 1;
}
catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error HB0002: {failure.Message}");
    return 1;
}
