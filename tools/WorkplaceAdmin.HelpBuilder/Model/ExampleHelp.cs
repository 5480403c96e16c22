namespace WorkplaceAdmin.HelpBuilder;

/// <summary>One <c>### Example N: title</c> entry of the EXAMPLES section.</summary>
public sealed class ExampleHelp
{
    /// <summary>The heading text, for example "Example 1: Get a group by URL".</summary>
    public required string Title { get; init; }

    /// <summary>Text between the heading and the first code block; empty when none. MAML puts it first in the remarks.</summary>
    public required string Introduction { get; init; }

    /// <summary>The code blocks of the example, separated by a blank line.</summary>
    public required string Code { get; init; }

    /// <summary>Text after the first code block; empty when none.</summary>
    public required string Remarks { get; init; }
}
