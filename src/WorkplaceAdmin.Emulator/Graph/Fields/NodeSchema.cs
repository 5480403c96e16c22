using System.Text.Json;

namespace WorkplaceAdmin.Emulator.Graph.Fields;

/// <summary>Writes one field of a node: the writer emits the property (or nothing, when the value is absent).</summary>
internal delegate void FieldWriter<in T>(Utf8JsonWriter writer, T item, FieldSpec field, GraphCall call);

/// <summary>What validation needs to know about a node type, whatever its item type.</summary>
internal interface INodeSchema
{
    string TypeName { get; }

    /// <summary>Rejects unknown fields (code 100) and fields the integration may not read (code 200).</summary>
    void Validate(IReadOnlyList<FieldSpec> fields, GraphCall call);
}

/// <summary>
/// The fields a Graph node type offers and how to write them. Output always starts with <c>id</c>, followed by
/// the requested fields, or by the defaults when no <c>fields</c> parameter was given. Absent values are omitted.
/// </summary>
internal sealed class NodeSchema<T> : INodeSchema
{
    private readonly Dictionary<string, Definition> _fields = new(StringComparer.Ordinal);
    private readonly Func<T, string>? _id;
    private readonly string[] _defaults;
    private List<FieldSpec>? _defaultSpecs;

    /// <param name="id">The node's id; null for values that have none (attachments), whose output starts with the fields.</param>
    public NodeSchema(string typeName, Func<T, string>? id, params string[] defaults)
    {
        TypeName = typeName;
        _id = id;
        _defaults = defaults;
    }

    public string TypeName { get; }

    /// <param name="nested">Schema of the field's value, when it accepts <c>{sub,fields}</c>.</param>
    /// <param name="permission">Permission needed to request the field explicitly (defaults skip it silently).</param>
    public NodeSchema<T> Field(string name, FieldWriter<T> write, INodeSchema? nested = null, string? permission = null)
    {
        _fields[name] = new Definition(write, nested, permission);
        return this;
    }

    /// <summary>A schema with every field of this one plus more (e.g. a group member is a user plus <c>administrator</c>).</summary>
    public NodeSchema<TOther> Derive<TOther>(string typeName, Func<TOther, T> inner, Func<TOther, string> id, params string[] defaults) =>
        Derive<TOther>(typeName, (item, _) => inner(item), id, defaults);

    /// <summary>
    /// A schema whose items may lack the inner node (e.g. a post's author is a person, or a bot that is no member):
    /// the inner fields are written only when <paramref name="inner"/> finds it.
    /// </summary>
    public NodeSchema<TOther> Derive<TOther>(string typeName, Func<TOther, GraphCall, T?> inner, Func<TOther, string> id, params string[] defaults)
    {
        var derived = new NodeSchema<TOther>(typeName, id, defaults.Length > 0 ? defaults : _defaults);
        foreach (var (name, definition) in _fields)
        {
            var write = definition.Write;
            derived.Field(name, (w, item, f, c) =>
            {
                if (inner(item, c) is { } value)
                {
                    write(w, value, f, c);
                }
            }, definition.Nested, definition.Permission);
        }
        return derived;
    }

    public void Validate(IReadOnlyList<FieldSpec> fields, GraphCall call)
    {
        foreach (var field in fields)
        {
            if (field.Name == "id" && field.Children is null && _id is not null)
            {
                continue;
            }
            if (!_fields.TryGetValue(field.Name, out var definition))
            {
                throw GraphErrors.UnknownField(field.Name, TypeName);
            }
            if (definition.Permission is not null && !call.Has(definition.Permission))
            {
                throw GraphErrors.MissingPermission(definition.Permission);
            }
            if (field.Children is not null)
            {
                if (definition.Nested is null)
                {
                    throw GraphErrors.InvalidParameter($"Field {field.Name} of node type ({TypeName}) has no sub-fields");
                }
                definition.Nested.Validate(field.Children, call);
            }
        }
    }

    /// <summary>Validates the call's <c>fields</c> against this schema (call before writing anything).</summary>
    public void ValidateRequested(GraphCall call)
    {
        if (call.Fields is { } fields)
        {
            Validate(fields, call);
        }
    }

    /// <summary>Writes the item as an object with the given fields (null = this type's defaults).</summary>
    public void Write(Utf8JsonWriter writer, T item, IReadOnlyList<FieldSpec>? fields, GraphCall call)
    {
        writer.WriteStartObject();
        if (_id is not null)
        {
            writer.WriteString("id", _id(item));
        }
        if (fields is null)
        {
            foreach (var field in DefaultSpecs)
            {
                var definition = _fields[field.Name];
                if (definition.Permission is null || call.Has(definition.Permission))
                {
                    definition.Write(writer, item, field, call);
                }
            }
        }
        else
        {
            foreach (var field in fields)
            {
                if (field.Name == "id" && _id is not null)
                {
                    if (field.Alias is not null)
                    {
                        writer.WriteString(field.OutputName, _id(item));
                    }
                    continue;
                }
                _fields[field.Name].Write(writer, item, field, call);
            }
        }
        writer.WriteEndObject();
    }

    private List<FieldSpec> DefaultSpecs => _defaultSpecs ??= _defaults.Select(name => new FieldSpec(name)).ToList();

    private sealed record Definition(FieldWriter<T> Write, INodeSchema? Nested, string? Permission);
}
