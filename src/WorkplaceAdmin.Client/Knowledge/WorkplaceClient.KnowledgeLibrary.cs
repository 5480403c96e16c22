using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Knowledge;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>Knowledge Library reads: root categories, a category by id, and sub-categories (permission "Read Knowledge Library content").</summary>
public sealed partial class WorkplaceClient
{
    /// <summary>Categories nest a few levels in practice; a deeper walk means a loop in the data, so it stops there.</summary>
    public const int MaxKnowledgeCategoryDepth = 20;

    /// <summary>The root categories of the library (<c>community/knowledge_library_categories</c>), each followed by its sub-categories when <paramref name="recurse"/>.</summary>
    public IAsyncEnumerable<WorkplaceKnowledgeCategory> GetKnowledgeCategoriesAsync(bool recurse = false, CancellationToken ct = default) =>
        CategoriesUnderAsync("community/knowledge_library_categories", parentId: null, depth: 0, recurse, ct);

    /// <summary>One category by id.</summary>
    /// <exception cref="ArgumentException">Not a Workplace id; nothing was sent.</exception>
    public async Task<WorkplaceKnowledgeCategory> GetKnowledgeCategoryAsync(string categoryId, CancellationToken ct = default)
    {
        var id = IdentityInput.Require("Id", categoryId, IdentityKind.Id);
        var json = await GraphGetEntityAsync(id, FieldsQuery(KnowledgeCategoryJson.Fields), "a Knowledge Library category", ct).ConfigureAwait(false);
        return KnowledgeCategoryJson.Read(json, parentId: null, depth: 0);
    }

    /// <summary>The sub-categories of a category (depth first: each is followed by its own sub-categories when <paramref name="recurse"/>).</summary>
    public IAsyncEnumerable<WorkplaceKnowledgeCategory> GetKnowledgeSubcategoriesAsync(string categoryId, int depth = 1, bool recurse = false, CancellationToken ct = default) =>
        CategoriesUnderAsync(WorkplacePath.Of(IdentityInput.Require("Id", categoryId, IdentityKind.Id), "subcategories"), categoryId, depth, recurse, ct);

    private async IAsyncEnumerable<WorkplaceKnowledgeCategory> CategoriesUnderAsync(
        string path, string? parentId, int depth, bool recurse, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (depth > MaxKnowledgeCategoryDepth)
            throw new InvalidOperationException($"Knowledge Library categories nest deeper than {MaxKnowledgeCategoryDepth} levels under {parentId}; stopped, as that can only be a loop.");
        await foreach (var category in GraphPagesAsync(path, FieldsQuery(KnowledgeCategoryJson.Fields, 100), json => KnowledgeCategoryJson.Read(json, parentId, depth), ct).ConfigureAwait(false))
        {
            yield return category;
            if (!recurse)
                continue;
            await foreach (var sub in GetKnowledgeSubcategoriesAsync(category.Id, depth + 1, recurse, ct).ConfigureAwait(false))
                yield return sub;
        }
    }
}
