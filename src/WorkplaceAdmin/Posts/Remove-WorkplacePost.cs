using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Posts;

/// <summary>Deletes posts (with their comments) by id or permalink.</summary>
[Cmdlet(VerbsCommon.Remove, "WorkplacePost", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpLinks.DocsBase + "Remove-WorkplacePost.md")]
[OutputType(typeof(WorkplacePost))]
public sealed class RemoveWorkplacePostCommand : WorkplaceRemoveCmdlet<WorkplacePost>
{
    /// <summary>Post ids (group-id_post-id) or permalink URLs; posts piped from Get-WorkplacePost bind by their Id.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("PostId", "Permalink", "PermalinkUrl")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    protected override string Action => "Delete post and its comments";

    protected override string ParseId(string input) => ContentReference.ParsePostId(input);

    protected override Task<WorkplacePost> GetAsync(string id, CancellationToken cancellationToken) => Client.GetPostAsync(id, cancellationToken);

    protected override Task DeleteAsync(string id, CancellationToken cancellationToken) => Client.DeletePostAsync(id, cancellationToken);

    protected override void ProcessRecord() => RemoveEach(Id);
}
