namespace WorkplaceAdmin.HelpBuilder;

/// <summary>Everything parsed from a docs folder: cmdlet help sorted by name, and about topics sorted by name.</summary>
public sealed record HelpSources(IReadOnlyList<CommandHelp> Commands, IReadOnlyList<AboutTopic> AboutTopics);
