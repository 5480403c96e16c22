using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;
using CampaignTag = WorkplaceAdmin.Client.Engagement.Hashtag;

namespace WorkplaceAdmin.Posts;

/// <summary>
/// Gets the engagement of posts as flat rows (seen, reactions by type, comments, shares, reach): of posts by id or
/// permalink, of a group's posts between two dates, or of the posts carrying a hashtag (a campaign report). A feed page
/// of posts with their counts is one request.
/// </summary>
[Cmdlet(VerbsCommon.Get, "WorkplacePostEngagement", DefaultParameterSetName = GroupSet, HelpUri = HelpLinks.DocsBase + "Get-WorkplacePostEngagement.md")]
[OutputType(typeof(WorkplacePostEngagement))]
public sealed class GetWorkplacePostEngagementCommand : WorkplaceCmdlet
{
    private const string GroupSet = "Group";
    private const string PostSet = "Post";
    private const string HashtagSet = "Hashtag";

    private CampaignTag? _hashtag;

    /// <summary>The groups: ids, URLs, exact names, or groups piped from Get-WorkplaceGroup. With -Hashtag, the groups searched (default: all).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = GroupSet)]
    [Parameter(ParameterSetName = HashtagSet)]
    [ArgumentCompleter(typeof(GroupNameCompleter))]
    public WorkplaceGroupIdentity[] Group { get; set; } = [];

    /// <summary>Post ids (group-id_post-id) or permalinks; posts piped from Get-WorkplacePost bind by their PermalinkUrl.</summary>
    /// <remarks>No "Id" alias: a group piped in has an Id too, and must bind to -Group.</remarks>
    [Parameter(Mandatory = true, ParameterSetName = PostSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Permalink", "PermalinkUrl")]
    [ValidateNotNullOrEmpty]
    public string[] PostId { get; set; } = [];

    /// <summary>Only posts whose text carries this hashtag (with or without '#').</summary>
    [Parameter(Mandatory = true, ParameterSetName = HashtagSet)]
    public string Hashtag { get; set; } = "";

    /// <summary>Only posts created at or after this time.</summary>
    [Parameter(ParameterSetName = GroupSet)]
    [Parameter(ParameterSetName = HashtagSet)]
    public DateTimeOffset? Since { get; set; }

    /// <summary>Only posts created at or before this time.</summary>
    [Parameter(ParameterSetName = GroupSet)]
    [Parameter(ParameterSetName = HashtagSet)]
    public DateTimeOffset? Until { get; set; }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        // Bad input is refused before any request.
        if (Since is not null && Until is not null && Since > Until)
            ThrowSetupError(new ArgumentException($"Since ({Since:u}) is after Until ({Until:u}); no post can match.", nameof(Since)), Since);
        if (ParameterSetName == HashtagSet)
        {
            try
            {
                _hashtag = CampaignTag.Parse(Hashtag);
            }
            catch (ArgumentException error)
            {
                ThrowSetupError(error, Hashtag);
            }
        }
    }

    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case PostSet:
                foreach (var id in PostId)
                    WritePost(id);
                break;
            case GroupSet:
                foreach (var identity in Group)
                    WriteGroup(identity, post => true);
                break;
        }
    }

    protected override void EndProcessing()
    {
        if (ParameterSetName != HashtagSet)
            return;
        var tag = _hashtag!;
        if (Group.Length > 0)
        {
            foreach (var identity in Group)
                WriteGroup(identity, post => tag.IsIn(post.Message));
            return;
        }
        List<WorkplaceGroup> groups;
        try
        {
            groups = Stream(Client.GetGroupsAsync(WorkplaceClient.MaxGraphPageSize, Cancellation)).ToList();
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, Hashtag);
            return;
        }
        foreach (var group in groups)
            WriteGroup(new WorkplaceGroupIdentity(group), post => tag.IsIn(post.Message));
    }

    private void WritePost(string id)
    {
        try
        {
            var postId = ContentReference.ParsePostId(id);
            var group = GroupOf(postId);
            WriteObject(Await(ct => Client.GetPostEngagementAsync(postId, group, ct)));
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, id);
        }
    }

    /// <summary>The post's group (for its name and member count), resolved once per group; null for a bare post id.</summary>
    private WorkplaceGroup? GroupOf(string postId)
    {
        var underscore = postId.IndexOf('_');
        return underscore > 0 ? Await(ct => Groups.ResolveAsync(new WorkplaceGroupIdentity(postId[..underscore]), ct)) : null;
    }

    private void WriteGroup(WorkplaceGroupIdentity identity, Func<WorkplacePostEngagement, bool> include)
    {
        try
        {
            var group = Await(ct => Groups.ResolveAsync(identity, ct));
            foreach (var post in Stream(Client.GetGroupPostEngagementAsync(group, Since, Until, pageSize: 100, Cancellation)))
            {
                if (include(post))
                    WriteObject(post);
            }
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, identity);
        }
    }
}
