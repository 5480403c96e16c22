using System.Diagnostics;
using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Export;

/// <summary>
/// Starts the employee data export job (or picks up a started one with -JobId), shows its progress while it runs, and
/// downloads the finished workbook to -Path.
/// </summary>
[Cmdlet(VerbsData.Export, "WorkplaceEmployeeData", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.DocsBase + "Export-WorkplaceEmployeeData.md")]
[OutputType(typeof(EmployeeDataExport))]
public sealed class ExportWorkplaceEmployeeDataCommand : WorkplaceCmdlet
{
    private const string Activity = "Export-WorkplaceEmployeeData";

    /// <summary>The file that receives the export (an .xlsx workbook).</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    /// <summary>An export job already started (its id was shown when it started): waits for it and downloads it, starting nothing.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string? JobId { get; set; }

    /// <summary>How long to wait for the job to finish; then the command stops and says how to resume.</summary>
    [Parameter]
    [ValidateRange(1, 24 * 3600)]
    public int TimeoutSeconds { get; set; } = 1800;

    /// <summary>Replaces a file that already exists at -Path.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>How often the job's status is read.</summary>
    internal static TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    protected override void ProcessRecord()
    {
        // Input problems first, before any request: the job id, then the file.
        string? resumed = null;
        string file;
        try
        {
            if (MyInvocation.BoundParameters.ContainsKey(nameof(JobId)))
                resumed = IdentityInput.Require(nameof(JobId), JobId, IdentityKind.Id);
            file = CheckedTarget();
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, (object?)JobId ?? Path);
            return;
        }

        var action = resumed is null ? "Start an employee data export and download it" : $"Download employee data export job {resumed}";
        if (!ShouldProcess(file, action))
            return;

        var watch = Stopwatch.StartNew();
        string? jobId = resumed;
        try
        {
            jobId ??= Await(ct => Client.StartEmployeeExportAsync(ct));
            WriteVerbose($"Employee data export job {jobId}; if this command is stopped, resume it with -JobId {jobId}.");
            var job = WaitForJob(jobId);
            if (job.Status != "COMPLETED" || job.ResultUrl is null)
            {
                throw new InvalidOperationException($"Employee data export job {jobId} ended {job.Status ?? "without a status"}; start a new export.");
            }

            WriteProgress(new ProgressRecord(1, Activity, $"Job {jobId}: downloading to {file}"));
            var length = Await(ct => Client.DownloadEmployeeExportAsync(job.ResultUrl, file, ct));
            WriteObject(new EmployeeDataExport { JobId = jobId, Status = job.Status, Path = file, Length = length, Elapsed = watch.Elapsed });
        }
        catch (Exception error) when (!IsStopping(error))
        {
            var context = jobId is not null && Unwrapped(error) is TimeoutException or WorkplaceApiException { IsTransient: true }
                ? $"Export job {jobId}: run the command again with -JobId {jobId} to resume"
                : null;
            WriteItemError(error, (object?)jobId ?? file, context);
        }
        finally
        {
            WriteProgress(new ProgressRecord(1, Activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
    }

    /// <summary>The full path of -Path: its folder must exist, and an existing file is replaced only with -Force.</summary>
    private string CheckedTarget()
    {
        var file = GetUnresolvedProviderPathFromPSPath(Path);
        if (Directory.Exists(file))
            throw WorkplaceFileException.BadTarget($"'{file}' is a folder; give the path of the file to write (for example {System.IO.Path.Combine(file, "employees.xlsx")}).");
        var folder = System.IO.Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            throw WorkplaceFileException.BadTarget($"The folder of '{file}' does not exist; create it first.");
        if (File.Exists(file) && !Force)
            throw WorkplaceFileException.Exists(file);
        return file;
    }

    /// <summary>Reads the job's status until it finishes, showing it as progress; bounded by -TimeoutSeconds.</summary>
    private EmployeeExportJob WaitForJob(string jobId)
    {
        var deadline = Stopwatch.StartNew();
        var timeout = TimeSpan.FromSeconds(TimeoutSeconds);
        while (true)
        {
            var job = Await(ct => Client.GetEmployeeExportAsync(jobId, ct));
            if (job.IsFinished)
                return job;
            if (deadline.Elapsed >= timeout)
                throw new TimeoutException($"Employee data export job {jobId} is still {job.Status} after {TimeoutSeconds} s.");
            WriteProgress(new ProgressRecord(1, Activity, $"Job {jobId}: {job.Status} for {deadline.Elapsed.TotalSeconds:0} s (Ctrl+C stops waiting; resume with -JobId {jobId})")
            {
                SecondsRemaining = (int)Math.Max(0, (timeout - deadline.Elapsed).TotalSeconds),
            });
            Await(async ct =>
            {
                await Task.Delay(PollInterval, ct).ConfigureAwait(false);
                return true;
            });
        }
    }
}
