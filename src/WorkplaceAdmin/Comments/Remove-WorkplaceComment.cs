using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Comments;

/// <summary>Deletes comments (with their replies).</summary>
[Cmdlet(VerbsCommon.Remove, "WorkplaceComment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(WorkplaceComment))]
public sealed class RemoveWorkplaceCommentCommand : WorkplaceCmdlet
{
    /// <summary>Comment ids; comments piped from Get-WorkplaceComment bind by their Id.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("CommentId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    /// <summary>Writes each comment as it was before it was deleted (one extra read per comment).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var input in Id)
        {
            try
            {
                var commentId = ContentReference.ParseCommentId(input);
                if (!ShouldProcess(commentId, "Delete comment and its replies"))
                    continue;
                var before = PassThru ? Await(ct => Client.GetCommentAsync(commentId, ct)) : null;
                Await(async ct =>
                {
                    await Client.DeleteCommentAsync(commentId, ct).ConfigureAwait(false);
                    return true;
                });
                if (before is not null)
                    WriteObject(before);
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, input);
            }
        }
    }
}
