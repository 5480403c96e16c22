using WorkplaceAdmin.Emulator.Graph.Paging;
using WorkplaceAdmin.Emulator.Graph.Schemas;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary>
/// Knowledge Library reads: <c>/community/knowledge_library_categories</c> (the root categories), the category
/// node and its <c>/subcategories</c>. Needs Read Knowledge Library content.
/// </summary>
internal static class KnowledgeLibraryRoutes
{
    public static GraphResult List(GraphCall call)
    {
        call.Require(Access.ReadKnowledge);
        KnowledgeSchema.Category.ValidateRequested(call);
        var fields = call.Fields;
        return PagedList.Answer(call, call.Community.KnowledgeLibrary, descending: false,
            (w, c) => KnowledgeSchema.Category.Write(w, c, fields, call));
    }

    public static GraphResult Handle(GraphCall call, KnowledgeCategory category, string? edge, string? sub)
    {
        GraphRouter.NoSubPath(sub);
        if (call.Method != "GET")
        {
            throw GraphErrors.UnsupportedOperation(call.Method, category.Id, "the emulator's Knowledge Library is read-only");
        }
        call.Require(Access.ReadKnowledge);
        return edge switch
        {
            null => Read(call, category),
            "subcategories" => KnowledgeSchema.Subcategories.Answer(call, category),
            _ => throw GraphRouter.UnknownEdge(call, edge, "KnowledgeLibraryCategory"),
        };
    }

    private static GraphResult Read(GraphCall call, KnowledgeCategory category)
    {
        KnowledgeSchema.Category.ValidateRequested(call);
        return GraphResult.Json((call, category), static (w, s) => KnowledgeSchema.Category.Write(w, s.category, s.call.Fields, s.call));
    }
}
