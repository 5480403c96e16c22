using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Selection;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Posts;

/// <summary>Gets the posts of groups (newest first, streamed, optionally between two dates) or posts by id or permalink.</summary>
[Cmdlet(VerbsCommon.Get, "WorkplacePost", DefaultParameterSetName = GroupSet, SupportsPaging = true, HelpUri = HelpLinks.DocsBase + "Get-WorkplacePost.md")]
[OutputType(typeof(WorkplacePost))]
public sealed class GetWorkplacePostCommand : WorkplaceCmdlet
{
    private const string GroupSet = "Group";
    private const string IdSet = "Id";

    /// <summary>The group: id, URL, exact name, or a group piped from Get-WorkplaceGroup.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = GroupSet)]
    [ArgumentCompleter(typeof(GroupNameCompleter))]
    public WorkplaceGroupIdentity[] Group { get; set; } = [];

    /// <summary>Only posts created at or after this time.</summary>
    [Parameter(ParameterSetName = GroupSet)]
    public DateTimeOffset? Since { get; set; }

    /// <summary>Only posts created at or before this time.</summary>
    [Parameter(ParameterSetName = GroupSet)]
    public DateTimeOffset? Until { get; set; }

    /// <summary>Post ids (group-id_post-id) or permalink URLs.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PostId", "Permalink", "PermalinkUrl")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet)
        {
            foreach (var id in Id)
            {
                try
                {
                    WriteObject(Await(ct => Client.GetPostAsync(id, ct)));
                }
                catch (Exception error) when (!IsStopping(error))
                {
                    WriteItemError(error, id);
                }
            }
            return;
        }

        foreach (var identity in Group)
        {
            try
            {
                var group = Await(ct => Groups.ResolveAsync(identity, ct));
                var posts = Client.GetPostsAsync(group.Id, Since, Until, pageSize: 100, Cancellation)
                    .Page(PagingParameters.Skip, PagingParameters.First == ulong.MaxValue ? null : PagingParameters.First, Cancellation);
                foreach (var post in Stream(posts))
                    WriteObject(post);
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, identity);
            }
        }

        if (PagingParameters.IncludeTotalCount)
            WriteObject(PagingParameters.NewTotalCount(0, 0.0));
    }
}
