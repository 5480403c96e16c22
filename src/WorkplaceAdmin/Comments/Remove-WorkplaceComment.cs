using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Comments;

/// <summary>Deletes comments (with their replies).</summary>
[Cmdlet(VerbsCommon.Remove, "WorkplaceComment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpLinks.DocsBase + "Remove-WorkplaceComment.md")]
[OutputType(typeof(WorkplaceComment))]
public sealed class RemoveWorkplaceCommentCommand : WorkplaceRemoveCmdlet<WorkplaceComment>
{
    /// <summary>Comment ids; comments piped from Get-WorkplaceComment bind by their Id.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("CommentId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    protected override string Action => "Delete comment and its replies";

    protected override string ParseId(string input) => ContentReference.ParseCommentId(input);

    protected override Task<WorkplaceComment> GetAsync(string id, CancellationToken cancellationToken) => Client.GetCommentAsync(id, cancellationToken);

    protected override Task DeleteAsync(string id, CancellationToken cancellationToken) => Client.DeleteCommentAsync(id, cancellationToken);

    protected override void ProcessRecord() => RemoveEach(Id);
}
