using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Content;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Groups;

/// <summary>
/// Restores feed backups (Export-WorkplaceGroupFeed) into a group of this or another community (-Connection): posts
/// oldest first, comments and replies under them, the original author and time in the text; idempotent (what an earlier
/// run restored is found in the group and not posted again); -WhatIf shows the plan. One result per record.
/// </summary>
[Cmdlet(VerbsData.Import, "WorkplaceGroupFeed", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.DocsBase + "Import-WorkplaceGroupFeed.md")]
[OutputType(typeof(GroupFeedImportResult))]
public sealed class ImportWorkplaceGroupFeedCommand : WorkplaceCmdlet
{
    private readonly List<string> _files = [];

    /// <summary>Backup files (&lt;group-id&gt;.jsonl); export results piped from Export-WorkplaceGroupFeed bind by Path.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = [];

    /// <summary>The group that receives the posts: an id, a URL, an exact name or a group object.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ArgumentCompleter(typeof(GroupNameCompleter))]
    public WorkplaceGroupIdentity? Group { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var path in Path)
        {
            var file = GetUnresolvedProviderPathFromPSPath(path);
            // A file problem is a file error naming the path, before any request.
            if (!File.Exists(file))
                WriteError(new ErrorRecord(new FileNotFoundException($"The backup file '{file}' does not exist; expected a <group-id>.jsonl written by Export-WorkplaceGroupFeed.", file),
                    "Workplace.BackupFileNotFound", ErrorCategory.ObjectNotFound, file));
            else
                _files.Add(file);
        }
    }

    protected override void EndProcessing()
    {
        if (_files.Count == 0)
            return;
        WorkplaceGroup target;
        try
        {
            target = Await(ct => Groups.ResolveForWriteAsync(Group!, "restore posts into", ct));
        }
        catch (Exception error) when (!IsStopping(error))
        {
            ThrowSetupError(error, Group);
            return;
        }

        var importer = new GroupFeedImporter(Client);
        Dictionary<string, string> restored;
        try
        {
            restored = Await(ct => importer.ReadRestoredAsync(target.Id, ct));
        }
        catch (Exception error) when (!IsStopping(error))
        {
            ThrowSetupError(error, target);
            return;
        }

        foreach (var file in _files)
        {
            try
            {
                foreach (var thread in FeedBackupReader.OldestFirst(file))
                    RestoreThread(importer, thread, target, restored);
            }
            catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException && !IsStopping(error))
            {
                WriteError(new ErrorRecord(error, "Workplace.BackupFileUnreadable", ErrorCategory.ReadError, file));
            }
        }
    }

    private void RestoreThread(GroupFeedImporter importer, BackupThread thread, WorkplaceGroup target, Dictionary<string, string> restored)
    {
        var postTarget = Restore(importer, thread.Post, target, null, restored);
        string? commentTarget = null;
        foreach (var comment in thread.Comments)
        {
            var isReply = comment.Kind == "reply";
            var parent = isReply ? commentTarget : postTarget;
            var created = Restore(importer, comment, target, parent, restored);
            if (!isReply)
                commentTarget = created;
        }
    }

    /// <summary>Restores one record (or finds it restored); returns its id in the target, or null when it is not there.</summary>
    private string? Restore(GroupFeedImporter importer, BackupRecord record, WorkplaceGroup target, string? parentTargetId, Dictionary<string, string> restored)
    {
        var sourceId = record.Id;
        var kind = record.Kind;
        GroupFeedImportResult Result(FeedImportStatus status, string? targetId, string? message = null) => new()
        {
            SourceId = sourceId,
            Record = kind,
            Status = status,
            TargetId = targetId,
            TargetGroupId = target.Id,
            FromName = record.FromName,
            CreatedTime = record.CreatedTime,
            Message = message,
        };

        if (restored.TryGetValue(sourceId, out var existing))
        {
            WriteObject(Result(FeedImportStatus.AlreadyImported, existing));
            return existing;
        }
        var isPost = kind == "post";
        if (!isPost && parentTargetId is null)
        {
            var action = $"Restore {kind} {sourceId} by {record.FromName} under its restored {(kind == "reply" ? "comment" : "post")}";
            if (ShouldProcess($"group '{target.Name}' ({target.Id})", action))
                WriteObject(Result(FeedImportStatus.Skipped, null, $"Its {(kind == "reply" ? "comment" : "post")} was not restored; a later run restores both."));
            else
                WriteObject(Result(FeedImportStatus.Skipped, null, "Not confirmed (-WhatIf, or declined)."));
            return null;
        }
        var description = $"Restore {kind} {sourceId} by {record.FromName} of {record.CreatedTime:u}";
        if (!ShouldProcess($"group '{target.Name}' ({target.Id})", description))
        {
            WriteObject(Result(FeedImportStatus.Skipped, null, "Not confirmed (-WhatIf, or declined)."));
            return null;
        }
        try
        {
            var created = Await(ct => importer.RestoreAsync(record, target.Id, parentTargetId, ct));
            restored[sourceId] = created;
            WriteObject(Result(FeedImportStatus.Created, created));
            return created;
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, sourceId);
            WriteObject(Result(FeedImportStatus.Failed, null, error.Message));
            return null;
        }
    }
}
