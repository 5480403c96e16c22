namespace WorkplaceAdmin.Emulator.Graph.Fields;

/// <summary>
/// One requested field of <c>fields=</c>: a name, optional sub-fields (<c>owner{name,email}</c>) and edge
/// modifiers (<c>members.limit(0).summary(true)</c>, <c>.as(alias)</c>).
/// </summary>
internal sealed class FieldSpec
{
    public FieldSpec(string name) => Name = name;

    public string Name { get; }
    public string? Alias { get; set; }
    public List<FieldSpec>? Children { get; set; }
    public int? Limit { get; set; }
    public bool Summary { get; set; }
    public Dictionary<string, string>? Modifiers { get; set; }

    /// <summary>The key the field is written under (its alias, if any).</summary>
    public string OutputName => Alias ?? Name;

    public string? Modifier(string name) => Modifiers is not null && Modifiers.TryGetValue(name, out var value) ? value : null;
}
