namespace WorkplaceAdmin.HelpBuilder;

/// <summary>A conceptual help topic parsed from <c>about_Name.md</c>.</summary>
public sealed class AboutTopic
{
    /// <summary>The lookup name, for example "about_WorkplaceAdmin"; the text file is named after it.</summary>
    public required string Name { get; init; }

    /// <summary>The first line of the SHORT DESCRIPTION section, as plain text.</summary>
    public required string ShortDescription { get; init; }

    /// <summary>Every section (SHORT DESCRIPTION first) and subtopic in document order.</summary>
    public required IReadOnlyList<AboutSection> Sections { get; init; }

    public required string SourceName { get; init; }

    /// <summary>The file name Get-Help looks for: <c>about_Name.help.txt</c>.</summary>
    public string HelpFileName => Name + ".help.txt";
}
