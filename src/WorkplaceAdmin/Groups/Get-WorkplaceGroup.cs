using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Selection;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Groups;

/// <summary>Gets groups by id, by URL, by name (wildcards allowed), or every group the integration can see, streamed.</summary>
[Cmdlet(VerbsCommon.Get, "WorkplaceGroup", DefaultParameterSetName = NameSet, SupportsPaging = true, HelpUri = HelpLinks.DocsBase + "Get-WorkplaceGroup.md")]
[OutputType(typeof(WorkplaceGroup))]
public sealed class GetWorkplaceGroupCommand : WorkplaceCmdlet
{
    private const string NameSet = "Name";
    private const string IdSet = "Id";
    private const string UrlSet = "Url";
    private const string InputObjectSet = "InputObject";

    [Parameter(Position = 0, ParameterSetName = NameSet)]
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
            default:
                List(Name ?? []);
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
                Output.Add(Await(ct => Client.GetGroupAsync(groupId, ct)));
            }
            catch (Exception error) when (!IsStopping(error))
            {
                WriteItemError(error, input);
            }
        }
    }

    private void List(IReadOnlyList<string> names)
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
        var groups = Client.GetGroupsAsync(ct: Cancellation)
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
