namespace WorkplaceAdmin.Client.Models;

/// <summary>What Export-WorkplaceEmployeeData wrote: the job and the file it downloaded.</summary>
public sealed class EmployeeDataExport
{
    public string JobId { get; init; } = "";
    public string Status { get; init; } = "";
    public string Path { get; init; } = "";
    public long Length { get; init; }
    public TimeSpan Elapsed { get; init; }
}
