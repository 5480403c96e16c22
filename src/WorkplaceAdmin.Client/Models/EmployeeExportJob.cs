namespace WorkplaceAdmin.Client.Models;

/// <summary>An employee data export job (<c>GET /{job}</c>): PENDING, STARTED, then COMPLETED with a result link or FAILED.</summary>
public sealed class EmployeeExportJob
{
    public string Id { get; init; } = "";
    public string? Status { get; init; }

    /// <summary>The signed link of the finished file; set once the job is COMPLETED.</summary>
    public Uri? ResultUrl { get; init; }

    public bool IsFinished => Status is "COMPLETED" or "FAILED";

    public override string ToString() => $"{Id} ({Status})";
}
