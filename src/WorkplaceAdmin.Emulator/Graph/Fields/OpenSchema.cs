namespace WorkplaceAdmin.Emulator.Graph.Fields;

/// <summary>
/// The nested "schema" of a structured value (an attachment's <c>media</c>, <c>target</c>): any sub-field
/// selection is accepted and the whole value is written, as these are values, not nodes.
/// </summary>
internal sealed class OpenSchema(string typeName) : INodeSchema
{
    public string TypeName { get; } = typeName;

    public void Validate(IReadOnlyList<FieldSpec> fields, GraphCall call)
    {
    }
}
