using System.Globalization;
using WorkplaceAdmin.Emulator.Graph.Schemas;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary>
/// The employee data export: <c>POST /community/export_employee_data</c> answers a job id; <c>GET /{job}</c>
/// shows PENDING → STARTED → COMPLETED (with <c>result</c>, a signed file URL) or FAILED, over
/// <see cref="EmulatorOptions.ExportJobDuration"/>. Needs Export employee data.
/// </summary>
internal static class ExportRoutes
{
    /// <summary>
    /// Starting an export changes nothing, and Workplace's read-only phase kept exports through the Graph API open
    /// (workplace-api.md §9), so read-only mode lets it through.
    /// </summary>
    public static bool IsExportStart(GraphCall call) =>
        call.Method == "POST" && call.Segments is [var head, "export_employee_data"]
        && (head is "community" or "company" || head == call.Community.Id);

    public static GraphResult Start(GraphCall call)
    {
        call.Require(Access.ExportData);
        // The file is made now (under the write lock), from the data as it stands, and shown once the job completes.
        var job = new ExportJob(call.Community.Ids.Next(), call.Now, call.Options.ExportJobDuration, call.Options.ExportJobsFail)
        {
            Result = Export(call.Community),
        };
        call.Community.AddExportJob(job);
        return GraphResult.Id(job.Id);
    }

    public static GraphResult Read(GraphCall call, ExportJob job, string? edge, string? sub)
    {
        GraphRouter.NoSubPath(sub);
        if (edge is not null)
        {
            throw GraphRouter.UnknownEdge(call, edge, "WorkAsyncJob");
        }
        if (call.Method != "GET")
        {
            throw GraphErrors.UnsupportedOperation(call.Method, job.Id, "an export job can only be read");
        }
        call.Require(Access.ExportData);
        ExportJobSchema.Job.ValidateRequested(call);
        return GraphResult.Json((call, job), static (w, s) => ExportJobSchema.Job.Write(w, s.job, s.call.Fields, s.call));
    }

    /// <summary>The export as an Excel workbook: one row per person with profile and account status (see the README).</summary>
    private static MediaFile Export(Community community)
    {
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "id", "name", "email", "title", "department", "manager_id", "active", "claimed", "invited", "account_claim_time" },
        };
        foreach (var p in community.People)
        {
            rows.Add([p.Id, p.Name, p.Email ?? "", p.Title ?? "", p.Department ?? "", p.ManagerId ?? "",
                p.Active ? "true" : "false", p.Claimed ? "true" : "false", p.Invited ? "true" : "false",
                p.ClaimTime is { } claimed ? claimed.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) : ""]);
        }
        return community.AddMedia("employee_data_export.xlsx", XlsxWriter.ContentType, XlsxWriter.Write("Employees", rows));
    }
}
