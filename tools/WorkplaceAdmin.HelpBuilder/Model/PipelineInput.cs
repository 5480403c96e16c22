namespace WorkplaceAdmin.HelpBuilder;

/// <summary>How a parameter takes its value from the pipeline ("Accept pipeline input").</summary>
[Flags]
public enum PipelineInput
{
    None = 0,
    ByValue = 1,
    ByPropertyName = 2,
}
