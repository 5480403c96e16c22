using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Messages;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;
using WorkplaceAdmin.Groups;

namespace WorkplaceAdmin.Posts;

/// <summary>
/// Gets the posts of groups or the posts people wrote (their timelines), newest first, streamed, optionally between two
/// dates; or posts by id or permalink.
/// </summary>
[Cmdlet(VerbsCommon.Get, "WorkplacePost", DefaultParameterSetName = GroupSet, SupportsPaging = true, HelpUri = HelpLinks.DocsBase + "Get-WorkplacePost.md")]
[OutputType(typeof(WorkplacePost))]
public sealed class GetWorkplacePostCommand : WorkplaceCmdlet
{
    private const string GroupSet = "Group";
    private const string IdSet = "Id";
    private const string PersonSet = "Person";

    /// <summary>
    /// The group: id, URL, exact name, or a group piped from Get-WorkplaceGroup. CSV rows may carry it in a GroupId
    /// column; a piped post is not a group (its GroupId is only a string), so it still binds to -Id.
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = GroupSet)]
    [Alias("GroupId", "GroupUrl")]
    [GroupObjectTransformation]
    [ArgumentCompleter(typeof(GroupNameCompleter))]
    public WorkplaceGroupIdentity[] Group { get; set; } = [];

    /// <summary>
    /// People (id or email) whose timelines are read: the posts they wrote, in every group. Not positional, so a bare
    /// value stays a group. CSV rows may carry it in an Email or UserPrincipalName column.
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = PersonSet, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId", "Email", "Mail", "UserName", "UserPrincipalName", "PrimaryEmail")]
    [ArgumentCompleter(typeof(EmailCompleter))]
    [AllowEmptyString]
    public string[] Person { get; set; } = [];

    /// <summary>Only posts created at or after this time.</summary>
    [Parameter(ParameterSetName = GroupSet)]
    [Parameter(ParameterSetName = PersonSet)]
    public DateTimeOffset? Since { get; set; }

    /// <summary>Only posts created at or before this time.</summary>
    [Parameter(ParameterSetName = GroupSet)]
    [Parameter(ParameterSetName = PersonSet)]
    public DateTimeOffset? Until { get; set; }

    /// <summary>Post ids (group-id_post-id) or permalink URLs.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PostId", "Permalink", "PermalinkUrl")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    private PagedOutput? _output;

    /// <summary>-First, -Skip and the total count apply to all the posts the command writes, over all groups and ids.</summary>
    private PagedOutput Output => _output ??= new PagedOutput(PagingParameters, WriteObject);

    private PersonIdResolver? _people;

    private PersonIdResolver People => _people ??= new PersonIdResolver(Client, Cancellation);

    protected override void BeginProcessing()
    {
        if (Since is not null && Until is not null && Since > Until)
        {
            ThrowSetupError(new ArgumentException($"-Since ({Since:u}) is after -Until ({Until:u}); no post can match."), Since);
        }

        base.BeginProcessing();
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == PersonSet)
        {
            WritePostsOfPeople();
            return;
        }

        if (ParameterSetName == IdSet)
        {
            foreach (var id in Id)
            {
                if (!Output.WantsMore)
                    return;
                try
                {
                    Output.Add(Await(ct => Client.GetPostAsync(id, ct)));
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
            if (!Output.WantsMore)
                return;
            try
            {
                var group = Await(ct => Groups.ResolveAsync(identity, ct));
                foreach (var post in Stream(Client.GetPostsAsync(group.Id, Since, Until, pageSize: 100, Cancellation)))
                {
                    if (!Output.Add(post))
                        break;
                }
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, identity);
            }
        }
    }

    private void WritePostsOfPeople()
    {
        foreach (var person in Person)
        {
            if (!Output.WantsMore)
                return;
            try
            {
                // Checked before any request: empty, or neither an id nor an email.
                var checkedPerson = ChatPerson.Require(nameof(Person), person);
                var id = Await(ct => People.ResolveAsync(checkedPerson, ct));
                foreach (var post in Stream(Client.GetPostsOfPersonAsync(id, Since, Until, pageSize: 100, Cancellation)))
                {
                    if (!Output.Add(post))
                        break;
                }
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, person);
            }
        }
    }

    protected override void EndProcessing()
    {
        base.EndProcessing();
        Output.WriteTotalCount();
    }
}
