using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;
using WorkplaceAdmin.Links;

namespace WorkplaceAdmin.Posts;

/// <summary>Publishes a post in a group: plain text or Markdown, an optional link, and people mentioned by id or email.</summary>
[Cmdlet(VerbsCommon.New, "WorkplacePost", DefaultParameterSetName = GroupSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.DocsBase + "New-WorkplacePost.md")]
[OutputType(typeof(WorkplacePost))]
public sealed class NewWorkplacePostCommand : WorkplaceCmdlet
{
    private const string GroupSet = "Group";
    private const string LinkSet = "Link";
    private WorkplaceConnection? _linkConnection;
    private string? _linkGroupId;

    /// <summary>The group: id, URL, exact name, or a group piped from Get-WorkplaceGroup.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = GroupSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("GroupId", "GroupUrl")]
    [ArgumentCompleter(typeof(GroupNameCompleter))]
    public WorkplaceGroupIdentity Group { get; set; } = null!;

    /// <summary>The text of the post. @[email] or @[id] in it mentions that person.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Text", "Body")]
    public string? Message { get; set; }

    /// <summary>Sends the message as Markdown.</summary>
    [Parameter]
    public SwitchParameter Markdown { get; set; }

    /// <summary>A URL to share with the post.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? LinkUrl { get; set; }

    /// <summary>People to mention (ids or emails), added after the text unless it mentions them already.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(EmailCompleter))]
    public string[]? Mention { get; set; }

    /// <summary>A saved GroupFeed link (New-WorkplaceLink): posts with its token into its group.</summary>
    [Parameter(Mandatory = true, ParameterSetName = LinkSet)]
    [ArgumentCompleter(typeof(LinkNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Link { get; set; }

    protected override void BeginProcessing()
    {
        if (Link is not null)
        {
            try
            {
                var current = Connection ?? ConnectionStore.Get(SessionState);
                var (link, secrets, endpoint) = LinkSessions.Open(this, Link, current);
                _linkConnection = Await(ct => LinkSessions.ConnectAsync(link, secrets, endpoint, WorkplaceLinkKind.GroupFeed, current, ct));
                _linkGroupId = link.GroupId;
                Connection = _linkConnection;
            }
            catch (Exception error) when (!IsStopping(error))
            {
                ThrowSetupError(error, Link);
            }
        }

        base.BeginProcessing();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _linkConnection?.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override void ProcessRecord()
    {
        try
        {
            var draft = Draft();
            // An empty or oversized message fails here, before the group lookup and before -WhatIf or -Confirm.
            MessageRules.CheckPost(draft.Message, draft.LinkUrl);
            var target = _linkGroupId is null ? Group : new WorkplaceGroupIdentity(_linkGroupId);
            var group = Await(ct => Groups.ResolveForWriteAsync(target, "post in", ct));
            if (!ShouldProcess($"{group.Name} ({group.Id})", "Publish a post"))
                return;
            WriteObject(Await(ct => Client.CreatePostAsync(group.Id, draft, ct)));
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, (object?)Group ?? Link);
        }
    }

    /// <summary>The post to send, from the bound parameters.</summary>
    private WorkplacePostDraft Draft() => new()
    {
        Message = Message,
        Markdown = Markdown.IsPresent,
        LinkUrl = LinkUrl,
        Mentions = Mention ?? [],
    };
}
