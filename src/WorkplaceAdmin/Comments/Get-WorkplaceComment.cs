using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Comments;

/// <summary>Gets the comments of posts, oldest first, each followed by its replies; streamed.</summary>
[Cmdlet(VerbsCommon.Get, "WorkplaceComment", HelpUri = HelpLinks.DocsBase + "Get-WorkplaceComment.md")]
[OutputType(typeof(WorkplaceComment))]
public sealed class GetWorkplaceCommentCommand : WorkplaceCmdlet
{
    /// <summary>Post ids or permalinks; posts piped from Get-WorkplacePost bind by their Id.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "Permalink", "PermalinkUrl")]
    [ValidateNotNullOrEmpty]
    public string[] PostId { get; set; } = [];

    /// <summary>Only top-level comments, without replies.</summary>
    [Parameter]
    public SwitchParameter ExcludeReplies { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var postId in PostId)
        {
            try
            {
                foreach (var comment in Stream(Client.GetCommentsAsync(postId, includeReplies: !ExcludeReplies, pageSize: 100, Cancellation)))
                    WriteObject(comment);
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, postId);
            }
        }
    }
}
