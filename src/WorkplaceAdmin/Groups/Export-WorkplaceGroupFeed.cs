using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Groups;

/// <summary>
/// Backs up the posts, comments and replies of groups to JSON Lines files (one per group) in a folder, with the media
/// of posts and comments beside them (unless -SkipAttachments); streams, reports progress, resumes after an
/// interruption, and writes the counts of each group when it ends. An attachment that cannot be saved is an error for
/// that attachment only.
/// </summary>
[Cmdlet(VerbsData.Export, "WorkplaceGroupFeed", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.DocsBase + "Export-WorkplaceGroupFeed.md")]
[OutputType(typeof(GroupFeedExportResult))]
public sealed class ExportWorkplaceGroupFeedCommand : WorkplaceCmdlet
{
    private readonly List<WorkplaceGroupIdentity> _identities = [];

    /// <summary>The groups: ids, URLs, exact names, or groups piped from Get-WorkplaceGroup. CSV rows may carry it in a GroupId column.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("GroupId", "GroupUrl")]
    [GroupObjectTransformation]
    [ArgumentCompleter(typeof(GroupNameCompleter))]
    public WorkplaceGroupIdentity[] Group { get; set; } = [];

    /// <summary>The folder that receives &lt;group-id&gt;.jsonl and its checkpoint; created when missing.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    /// <summary>Starts over: replaces earlier exports of these groups instead of resuming or keeping them.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Writes the text only: no attachment files, no manifest.</summary>
    [Parameter]
    public SwitchParameter SkipAttachments { get; set; }

    // Failures come from download threads; they are written as errors from the pipeline thread.
    private readonly System.Collections.Concurrent.ConcurrentQueue<AttachmentFailure> _failures = new();

    protected override void ProcessRecord() => _identities.AddRange(Group);

    protected override void EndProcessing()
    {
        var folder = GetUnresolvedProviderPathFromPSPath(Path);
        var groups = new List<WorkplaceGroup>();
        foreach (var identity in _identities)
        {
            try
            {
                groups.Add(Await(ct => Groups.ResolveAsync(identity, ct)));
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, identity);
            }
        }

        var exporter = new GroupFeedExporter(Client)
        {
            Progress = ReportProgress,
            SaveAttachments = !SkipAttachments.IsPresent,
            AttachmentFailed = _failures.Enqueue,
        };
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var file = GroupFeedExporter.PathFor(folder, group.Id);
            if (!ShouldProcess(file, $"Export the feed of group '{group.Name}' ({group.Id})"))
                continue;
            try
            {
                WriteObject(RunShowingProgress(exporter, group, file, i + 1, groups.Count));
            }
            catch (Exception error) when (!IsStopping(error))
            {
                // What was written is kept with its checkpoint: after a service failure the same command picks the export
                // up where it stopped.
                var resumable = Unwrapped(error) is WorkplaceApiException { IsTransient: true } or WorkplaceApiException
                {
                    Kind: WorkplaceErrorKind.ServiceUnavailable or WorkplaceErrorKind.Throttled or WorkplaceErrorKind.Transport,
                };
                WriteItemError(error, group, resumable ? $"The export of group '{group.Name}' ({group.Id}) stopped; run the same command again to resume it from {file}" : null);
            }
        }
        WriteProgress(new ProgressRecord(1, "Export-WorkplaceGroupFeed", "Done") { RecordType = ProgressRecordType.Completed });
    }

    private FeedExportProgress? _latest;

    // Called off the pipeline thread, where Write-Progress is not allowed: keep the latest, show it from the pipeline thread.
    private void ReportProgress(FeedExportProgress progress) => Volatile.Write(ref _latest, progress);

    /// <summary>Runs one group's export while the pipeline thread shows its progress and its HTTP calls (-Verbose) every quarter second.</summary>
    private GroupFeedExportResult RunShowingProgress(GroupFeedExporter exporter, WorkplaceGroup group, string file, int number, int count)
    {
        Task<GroupFeedExportResult> export;
        using (RouteCallLog())
        {
            export = exporter.ExportGroupAsync(group, file, Force.IsPresent, number, count, Cancellation);
        }
        while (!export.Wait(TimeSpan.FromMilliseconds(250)))
        {
            DrainCallLog();
            WriteAttachmentFailures();
            if (Volatile.Read(ref _latest) is { } progress)
            {
                WriteProgress(new ProgressRecord(1, "Export-WorkplaceGroupFeed",
                    $"Group {progress.GroupNumber} of {progress.GroupCount} ({group.Name}): {progress.Posts} posts, {progress.Comments} comments, {progress.Replies} replies, {progress.Attachments} attachments")
                {
                    PercentComplete = (int)((progress.GroupNumber - 1) * 100L / Math.Max(1, progress.GroupCount)),
                });
            }
        }
        DrainCallLog();
        WriteAttachmentFailures();
        return export.GetAwaiter().GetResult();
    }

    private void WriteAttachmentFailures()
    {
        while (_failures.TryDequeue(out var failure))
            WriteItemError(new IOException(failure.ToString()), failure.Url);
    }
}
