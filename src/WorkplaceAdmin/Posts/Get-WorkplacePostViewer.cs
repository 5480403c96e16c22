using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Posts;

/// <summary>Gets the people who saw posts, with when they saw them, streamed: one row per post and person.</summary>
[Cmdlet(VerbsCommon.Get, "WorkplacePostViewer", HelpUri = HelpLinks.DocsBase + "Get-WorkplacePostViewer.md")]
[OutputType(typeof(WorkplacePostViewer))]
public sealed class GetWorkplacePostViewerCommand : WorkplaceCmdlet
{
    /// <summary>Post ids (group-id_post-id) or permalinks; posts piped from Get-WorkplacePost or Get-WorkplacePostEngagement bind by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "Permalink", "PermalinkUrl")]
    [ValidateNotNullOrEmpty]
    public string[] PostId { get; set; } = [];

    protected override void ProcessRecord()
    {
        foreach (var id in PostId)
        {
            try
            {
                var postId = ContentReference.ParsePostId(id);
                foreach (var viewer in Stream(Client.GetPostViewersAsync(postId, pageSize: 100, Cancellation)))
                    WriteObject(viewer);
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, id);
            }
        }
    }
}
