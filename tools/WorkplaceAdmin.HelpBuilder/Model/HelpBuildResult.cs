namespace WorkplaceAdmin.HelpBuilder;

/// <summary>The files <see cref="HelpBuild.Run"/> wrote, and what they were built from.</summary>
public sealed record HelpBuildResult(string MamlPath, IReadOnlyList<string> AboutTopicPaths, HelpSources Sources);
