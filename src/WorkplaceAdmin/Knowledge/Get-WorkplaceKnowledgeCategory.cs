using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Knowledge;

/// <summary>
/// Reads the Knowledge Library: its root categories, or categories by id; with -Recurse each category is followed by
/// its sub-categories, depth first. Streamed.
/// </summary>
[Cmdlet(VerbsCommon.Get, "WorkplaceKnowledgeCategory", DefaultParameterSetName = LibrarySet, HelpUri = HelpLinks.DocsBase + "Get-WorkplaceKnowledgeCategory.md")]
[OutputType(typeof(WorkplaceKnowledgeCategory))]
public sealed class GetWorkplaceKnowledgeCategoryCommand : WorkplaceCmdlet
{
    private const string LibrarySet = "Library";
    private const string IdSet = "Id";

    /// <summary>Category ids; categories piped from this command bind by their Id.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("CategoryId")]
    [AllowEmptyString]
    public string[] Id { get; set; } = [];

    /// <summary>Also writes the sub-categories of each category, and theirs, depth first.</summary>
    [Parameter]
    public SwitchParameter Recurse { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == LibrarySet)
        {
            Each(null, () => WriteEach(Client.GetKnowledgeCategoriesAsync(Recurse, Cancellation)));
            return;
        }

        foreach (var id in Id)
        {
            Each(id, () =>
            {
                // Checked before any request: an empty value or one that is not an id.
                var checkedId = IdentityInput.Require(nameof(Id), id, IdentityKind.Id);
                WriteObject(Await(ct => Client.GetKnowledgeCategoryAsync(checkedId, ct)));
                if (Recurse)
                    WriteEach(Client.GetKnowledgeSubcategoriesAsync(checkedId, depth: 1, recurse: true, Cancellation));
            });
        }
    }

    /// <summary>One input value: its failure (bad id, unknown category, refused call) is an error for it alone.</summary>
    private void Each(string? input, Action read)
    {
        try
        {
            read();
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, input);
        }
    }

    private void WriteEach(IAsyncEnumerable<WorkplaceKnowledgeCategory> categories)
    {
        foreach (var category in Stream(categories))
        {
            WriteObject(category);
        }
    }
}
