using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>A data export job node: <c>status</c> and, once COMPLETED, <c>result</c> (the file's URL).</summary>
internal static class ExportJobSchema
{
    public static readonly NodeSchema<ExportJob> Job = new NodeSchema<ExportJob>("WorkAsyncJob", j => j.Id, "status", "result")
        .Field("status", (w, j, f, c) => w.WriteString(f.OutputName, j.StatusAt(c.Now)))
        .Field("created_time", Writes.Time<ExportJob>(j => j.Created))
        .Field("result", (w, j, f, c) =>
        {
            if (j.StatusAt(c.Now) == ExportJob.Completed)
            {
                w.WriteString(f.OutputName, CdnLinks.For(c, j.Result));
            }
        });
}
