using System.Globalization;

namespace WorkplaceAdmin.Emulator.Graph.Fields;

/// <summary>
/// Parses Graph's <c>fields</c> syntax: <c>a,b{c,d{e}},f.limit(5).summary(true).as(g)</c>.
/// Syntax errors become Graph code 100.
/// </summary>
internal sealed class FieldParser
{
    private static readonly HashSet<string> KnownModifiers = new(StringComparer.Ordinal)
    {
        "limit", "summary", "as", "type", "order", "filter", "source", "since", "until",
    };

    private readonly string _text;
    private int _position;

    private FieldParser(string text) => _text = text;

    public static List<FieldSpec> Parse(string text)
    {
        var parser = new FieldParser(text);
        var fields = parser.ParseList(nested: false);
        if (parser._position < text.Length)
        {
            throw parser.Error("unexpected '" + text[parser._position] + "'");
        }
        return fields;
    }

    private List<FieldSpec> ParseList(bool nested)
    {
        var fields = new List<FieldSpec>();
        while (true)
        {
            SkipSpaces();
            if (_position >= _text.Length || _text[_position] == '}')
            {
                if (nested && _position >= _text.Length)
                {
                    throw Error("missing '}'");
                }
                return fields;
            }
            if (_text[_position] == ',')
            {
                _position++;
                continue;
            }
            fields.Add(ParseField());
            SkipSpaces();
            if (_position < _text.Length && _text[_position] is not (',' or '}'))
            {
                throw Error("expected ',' after field '" + fields[^1].Name + "'");
            }
        }
    }

    private FieldSpec ParseField()
    {
        var field = new FieldSpec(ReadName());
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '.')
            {
                _position++;
                ApplyModifier(field, ReadName());
            }
            else if (c == '{')
            {
                if (field.Children is not null)
                {
                    throw Error("a field can have only one '{...}'");
                }
                _position++;
                field.Children = ParseList(nested: true);
                Expect('}');
            }
            else
            {
                break;
            }
        }
        return field;
    }

    private void ApplyModifier(FieldSpec field, string modifier)
    {
        if (!KnownModifiers.Contains(modifier))
        {
            throw Error($"unknown modifier '{modifier}'");
        }
        Expect('(');
        var close = _text.IndexOf(')', _position);
        if (close < 0)
        {
            throw Error("missing ')'");
        }
        var argument = _text[_position..close].Trim();
        _position = close + 1;
        switch (modifier)
        {
            case "limit":
                if (!int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
                {
                    throw Error($"limit({argument}) needs a non-negative integer");
                }
                field.Limit = limit;
                break;
            case "summary":
                field.Summary = !string.Equals(argument, "false", StringComparison.OrdinalIgnoreCase) && argument != "0";
                break;
            case "as":
                if (argument.Length == 0)
                {
                    throw Error("as() needs an alias");
                }
                field.Alias = argument;
                break;
            default:
                (field.Modifiers ??= new(StringComparer.Ordinal))[modifier] = argument;
                break;
        }
    }

    private string ReadName()
    {
        SkipSpaces();
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }
        if (_position == start)
        {
            throw Error("expected a field name");
        }
        var name = _text[start.._position];
        SkipSpaces();
        return name;
    }

    private void Expect(char expected)
    {
        SkipSpaces();
        if (_position >= _text.Length || _text[_position] != expected)
        {
            throw Error($"expected '{expected}'");
        }
        _position++;
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private GraphException Error(string what) =>
        GraphErrors.InvalidParameter($"Syntax error in fields at character {_position}: {what}. fields={_text}");
}
