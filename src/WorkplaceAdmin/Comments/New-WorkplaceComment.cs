using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Comments;

/// <summary>Comments on a post, or replies to a comment.</summary>
[Cmdlet(VerbsCommon.New, "WorkplaceComment", DefaultParameterSetName = PostSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.DocsBase + "New-WorkplaceComment.md")]
[OutputType(typeof(WorkplaceComment))]
public sealed class NewWorkplaceCommentCommand : WorkplaceCmdlet
{
    private const string PostSet = "Post";
    private const string ReplySet = "Reply";

    /// <summary>The post: id or permalink; a post piped from Get-WorkplacePost binds by its Id.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PostSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "Permalink", "PermalinkUrl")]
    [ValidateNotNullOrEmpty]
    public string PostId { get; set; } = "";

    /// <summary>The comment to reply to.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ReplySet, ValueFromPipelineByPropertyName = true)]
    [Alias("ReplyTo")]
    [ValidateNotNullOrEmpty]
    public string CommentId { get; set; } = "";

    /// <summary>The text. @[email] or @[id] in it mentions that person.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [AllowEmptyString]
    public string Message { get; set; } = "";

    /// <summary>People to mention (ids or emails), added after the text unless it mentions them already.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(EmailCompleter))]
    public string[]? Mention { get; set; }

    protected override void ProcessRecord()
    {
        var target = ParameterSetName == ReplySet ? CommentId : PostId;
        try
        {
            MessageRules.CheckComment(Message);
            var objectId = ParameterSetName == ReplySet ? ContentReference.ParseCommentId(CommentId) : ContentReference.ParsePostId(PostId);
            // A post id names its group: an archived one is refused here, before anything is sent.
            if (ParameterSetName == PostSet && objectId.Split('_') is [var groupId, _])
                Await(ct => Groups.ResolveForWriteAsync(new WorkplaceGroupIdentity(groupId), "comment in", ct));
            if (!ShouldProcess(objectId, ParameterSetName == ReplySet ? "Reply to comment" : "Comment on post"))
                return;
            WriteObject(Await(ct => Client.CreateCommentAsync(objectId, Message, Mention, ct)));
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, target);
        }
    }
}
