using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Posts;

/// <summary>Deletes posts (with their comments) by id or permalink.</summary>
[Cmdlet(VerbsCommon.Remove, "WorkplacePost", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(WorkplacePost))]
public sealed class RemoveWorkplacePostCommand : WorkplaceCmdlet
{
    /// <summary>Post ids (group-id_post-id) or permalink URLs; posts piped from Get-WorkplacePost bind by their Id.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("PostId", "Permalink", "PermalinkUrl")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    /// <summary>Writes each post as it was before it was deleted (one extra read per post), for a log.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var input in Id)
        {
            try
            {
                var postId = ContentReference.ParsePostId(input);
                if (!ShouldProcess(postId, "Delete post and its comments"))
                    continue;
                var before = PassThru ? Await(ct => Client.GetPostAsync(postId, ct)) : null;
                Await(async ct =>
                {
                    await Client.DeletePostAsync(postId, ct).ConfigureAwait(false);
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
