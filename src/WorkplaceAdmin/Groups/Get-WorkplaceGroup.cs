using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Selection;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Groups;

/// <summary>
/// Gets groups by id, by URL, by name (wildcards allowed), every group the integration can see, or the sub-groups of a
/// group, streamed; with -IncludeLastActivity each group carries its newest post's time, read with the page of groups.
/// </summary>
[Cmdlet(VerbsCommon.Get, "WorkplaceGroup", DefaultParameterSetName = NameSet, SupportsPaging = true, HelpUri = HelpLinks.DocsBase + "Get-WorkplaceGroup.md")]
[OutputType(typeof(WorkplaceGroup))]
public sealed class GetWorkplaceGroupCommand : WorkplaceCmdlet
{
    private const string NameSet = "Name";
    private const string IdSet = "Id";
    private const string UrlSet = "Url";
    private const string InputObjectSet = "InputObject";
    private const string ParentSet = "Parent";

    [Parameter(Position = 0, ParameterSetName = NameSet)]
    [Parameter(ParameterSetName = ParentSet)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(GroupNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("GroupId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = UrlSet, ValueFromPipelineByPropertyName = true)]
    [Alias("GroupUrl", "Permalink")]
    [ValidateNotNullOrEmpty]
    public string[]? Url { get; set; }

    /// <summary>Groups piped from another cmdlet, read again by id (so a piped group is refreshed, whatever its Url).</summary>
    [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
    public WorkplaceGroup[]? InputObject { get; set; }

    private PagedOutput? _output;

    /// <summary>-First, -Skip and the total count apply to all the groups the command writes, in every parameter set.</summary>
    private PagedOutput Output => _output ??= new PagedOutput(PagingParameters, WriteObject);

    /// <summary>Lists the sub-groups of this group (an id, a URL, an exact name or a group object) instead of the community's groups.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ParentSet)]
    [ArgumentCompleter(typeof(GroupNameCompleter))]
    public WorkplaceGroupIdentity? Parent { get; set; }

    /// <summary>Also reads each group's newest post time (LastPostTime) in the same request as the group or page of groups.</summary>
    [Parameter]
    public SwitchParameter IncludeLastActivity { get; set; }

    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case InputObjectSet:
                GetEach(InputObject!.Select(group => group.Id), id => id);
                break;
            case IdSet:
                GetEach(Id!, id => IdentityInput.Require(nameof(Id), id, IdentityKind.Id));
                break;
            case UrlSet:
                GetEach(Url!, WorkplaceGroupReference.Parse);
                break;
            case ParentSet:
                ListSubGroups();
                break;
            default:
                List(Name ?? [], Client.GetGroupsAsync(IncludeLastActivity.IsPresent, ct: Cancellation));
                break;
        }
    }

    protected override void EndProcessing()
    {
        base.EndProcessing();
        Output.WriteTotalCount();
    }

    /// <summary>One lookup per id or URL; a bad or unknown one is an error for that item only.</summary>
    private void GetEach(IEnumerable<string> inputs, Func<string, string> toGroupId)
    {
        foreach (var input in inputs)
        {
            if (!Output.WantsMore)
                return;
            try
            {
                var groupId = toGroupId(input);
                Output.Add(Await(ct => Client.GetGroupAsync(groupId, IncludeLastActivity.IsPresent, ct)));
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, input);
            }
        }
    }

    private void ListSubGroups()
    {
        WorkplaceGroup parent;
        try
        {
            parent = Await(ct => Groups.ResolveAsync(Parent!, ct));
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, Parent);
            return;
        }
        List(Name ?? [], Client.GetSubGroupsAsync(parent.Id, IncludeLastActivity.IsPresent, ct: Cancellation));
    }

    private void List(IReadOnlyList<string> names, IAsyncEnumerable<WorkplaceGroup> source)
    {
        List<NamePattern> patterns;
        try
        {
            patterns = names.Select(NamePattern.Parse).ToList();
        }
        catch (ArgumentException error)
        {
            ThrowSetupError(error, names);
            return;
        }

        var found = new HashSet<NamePattern>();
        var groups = source
            .WhereNameMatches(patterns, group => group.Name, pattern => found.Add(pattern), Cancellation);
        var listedEverything = true;
        try
        {
            foreach (var group in Stream(groups))
            {
                if (!Output.Add(group))
                {
                    listedEverything = false;
                    break;
                }
            }
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, names);
            return;
        }

        // -First may stop the listing before a name was reached, so only a complete listing can say a name is missing.
        foreach (var missing in patterns.Where(pattern => listedEverything && !pattern.HasWildcards && !found.Contains(pattern)))
        {
            WriteItemError(new KeyNotFoundException($"No group named '{missing.Pattern}' is visible to this integration. Check the name, or whether the group is secret and the integration was not added to it."), missing.Pattern);
        }
    }
}
