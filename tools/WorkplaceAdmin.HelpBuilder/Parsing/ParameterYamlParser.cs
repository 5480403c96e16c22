using System.Globalization;

namespace WorkplaceAdmin.HelpBuilder;

/// <summary>
/// Reads the <c>```yaml</c> block under a parameter: flat "Key: value" lines with the PlatyPS keys. Unknown
/// or repeated keys, and values outside each key's grammar, are errors naming the line.
/// </summary>
internal static class ParameterYamlParser
{
    private const string TypeKey = "Type";
    private const string ParameterSetsKey = "Parameter Sets";
    private const string AliasesKey = "Aliases";
    private const string AcceptedValuesKey = "Accepted values";
    private const string RequiredKey = "Required";
    private const string PositionKey = "Position";
    private const string DefaultValueKey = "Default value";
    private const string PipelineInputKey = "Accept pipeline input";
    private const string WildcardKey = "Accept wildcard characters";

    private static readonly string[] KnownKeys =
        [TypeKey, ParameterSetsKey, AliasesKey, AcceptedValuesKey, RequiredKey, PositionKey, DefaultValueKey, PipelineInputKey, WildcardKey];

    private static readonly Dictionary<string, PipelineInput> PipelineInputKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(PipelineInput.ByValue)] = PipelineInput.ByValue,
        [nameof(PipelineInput.ByPropertyName)] = PipelineInput.ByPropertyName,
    };

    /// <summary>Keys an author must state; the others default (all sets, no aliases, no default, no pipeline, no wildcards).</summary>
    private static readonly string[] MandatoryKeys = [TypeKey, RequiredKey, PositionKey];

    public static ParameterMetadata Parse(CodeBlock yaml, string parameterName, string sourceName)
    {
        var values = ReadKeyValues(yaml, sourceName);
        foreach (var key in MandatoryKeys.Where(k => !values.ContainsKey(k)))
        {
            throw new HelpFormatException(sourceName, yaml.Line, $"the yaml block of parameter -{parameterName} has no '{key}:' line.");
        }

        return new ParameterMetadata
        {
            Type = values[TypeKey].Value,
            ParameterSets = ParseParameterSets(values.GetValueOrDefault(ParameterSetsKey)),
            Aliases = ParseList(values.GetValueOrDefault(AliasesKey)),
            AcceptedValues = ParseList(values.GetValueOrDefault(AcceptedValuesKey)),
            Required = ParseBoolean(values[RequiredKey], sourceName),
            Position = ParsePosition(values[PositionKey], sourceName),
            DefaultValue = ParseDefaultValue(values.GetValueOrDefault(DefaultValueKey)),
            PipelineInput = values.TryGetValue(PipelineInputKey, out var pipeline) ? ParsePipelineInput(pipeline, sourceName) : PipelineInput.None,
            AcceptWildcard = values.TryGetValue(WildcardKey, out var wildcard) && ParseBoolean(wildcard, sourceName),
            Line = yaml.Line,
        };
    }

    /// <summary>The text PowerShell help shows for "Accept pipeline input?", in the form PlatyPS writes.</summary>
    public static string FormatPipelineInput(PipelineInput input) => input switch
    {
        PipelineInput.None => "False",
        PipelineInput.ByValue => "True (ByValue)",
        PipelineInput.ByPropertyName => "True (ByPropertyName)",
        _ => "True (ByPropertyName, ByValue)",
    };

    private static Dictionary<string, YamlValue> ReadKeyValues(CodeBlock yaml, string sourceName)
    {
        var values = new Dictionary<string, YamlValue>(StringComparer.OrdinalIgnoreCase);
        var lines = yaml.Code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var lineNumber = yaml.Line + 1 + i;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw new HelpFormatException(sourceName, lineNumber, $"yaml line '{line}' is not 'Key: value'.");
            }

            var key = line[..colon].Trim();
            var known = KnownKeys.FirstOrDefault(k => k.Equals(key, StringComparison.OrdinalIgnoreCase))
                ?? throw new HelpFormatException(sourceName, lineNumber,
                    $"unknown yaml key '{key}'; expected one of: {string.Join(", ", KnownKeys)}.");
            if (!values.TryAdd(known, new YamlValue(line[(colon + 1)..].Trim(), lineNumber)))
            {
                throw new HelpFormatException(sourceName, lineNumber, $"yaml key '{known}' appears twice.");
            }
        }

        if (values.TryGetValue(TypeKey, out var type) && type.Value.Length == 0)
        {
            throw new HelpFormatException(sourceName, type.Line, "'Type:' has no value.");
        }

        return values;
    }

    private static IReadOnlyList<string> ParseParameterSets(YamlValue? value)
    {
        var sets = ParseList(value);
        return sets.Count == 0 || sets.Contains(ParameterHelp.AllParameterSets, StringComparer.OrdinalIgnoreCase)
            ? [ParameterHelp.AllParameterSets]
            : sets;
    }

    /// <summary>A comma-separated list; "None" or nothing is empty.</summary>
    private static IReadOnlyList<string> ParseList(YamlValue? value)
    {
        if (value is null || value.Value.Length == 0 || value.Value.Equals("None", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        return value.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static bool ParseBoolean(YamlValue value, string sourceName) =>
        bool.TryParse(value.Value, out var result)
            ? result
            : throw new HelpFormatException(sourceName, value.Line, $"'{value.Value}' is not True or False.");

    private static int? ParsePosition(YamlValue value, string sourceName)
    {
        if (value.Value.Equals("Named", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return int.TryParse(value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position
            : throw new HelpFormatException(sourceName, value.Line, $"position '{value.Value}' is neither Named nor a number 0 or greater.");
    }

    private static string? ParseDefaultValue(YamlValue? value) =>
        value is null || value.Value.Length == 0 || value.Value.Equals("None", StringComparison.OrdinalIgnoreCase) ? null : value.Value;

    /// <summary>Accepts "False", or "True (…)" naming ByValue and/or ByPropertyName in any order and case.</summary>
    private static PipelineInput ParsePipelineInput(YamlValue value, string sourceName)
    {
        var text = value.Value;
        if (text.Equals("False", StringComparison.OrdinalIgnoreCase))
        {
            return PipelineInput.None;
        }

        var open = text.IndexOf('(');
        var valid = open > 0 && text.EndsWith(')') && text[..open].Trim().Equals("True", StringComparison.OrdinalIgnoreCase);
        var input = PipelineInput.None;
        foreach (var kind in valid ? text[(open + 1)..^1].Split(',', StringSplitOptions.TrimEntries) : [])
        {
            input |= PipelineInputKinds.TryGetValue(kind, out var parsed) ? parsed : throw InvalidPipelineInput(value, sourceName);
        }

        return input != PipelineInput.None ? input : throw InvalidPipelineInput(value, sourceName);
    }

    private static HelpFormatException InvalidPipelineInput(YamlValue value, string sourceName) =>
        new(sourceName, value.Line,
            $"'Accept pipeline input: {value.Value}' should be False, True (ByValue), True (ByPropertyName) or True (ByPropertyName, ByValue).");

    private sealed record YamlValue(string Value, int Line);
}
