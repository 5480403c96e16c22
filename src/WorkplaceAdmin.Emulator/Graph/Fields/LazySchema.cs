namespace WorkplaceAdmin.Emulator.Graph.Fields;

/// <summary>
/// A nested schema named now and built later: lets the member schema offer edges (<c>groups</c>, <c>feed</c>) whose
/// item schemas themselves expand members, without the static schemas building each other.
/// </summary>
internal sealed class LazySchema(string typeName, Func<INodeSchema> schema) : INodeSchema
{
    public string TypeName { get; } = typeName;

    public void Validate(IReadOnlyList<FieldSpec> fields, GraphCall call) => schema().Validate(fields, call);
}
