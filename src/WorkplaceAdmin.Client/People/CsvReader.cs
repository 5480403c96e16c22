using System.Text;

namespace WorkplaceAdmin.Client.People;

/// <summary>
/// Reads CSV records (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF) one at a
/// time from a <see cref="TextReader"/>, so a file of any size streams in constant memory.
/// </summary>
public sealed class CsvReader
{
    private readonly TextReader reader;
    private readonly char delimiter;

    public CsvReader(TextReader reader, char delimiter = ',')
    {
        this.reader = reader ?? throw new ArgumentNullException(nameof(reader));
        if (delimiter is '"' or '\r' or '\n')
            throw new ArgumentException("A CSV delimiter cannot be a quote or a line break.", nameof(delimiter));
        this.delimiter = delimiter;
    }

    /// <summary>Physical line where the last record returned started (1-based).</summary>
    public long LineNumber { get; private set; }

    private long line = 1;

    /// <summary>The next record's fields, or null at the end. Blank lines are skipped.</summary>
    public IReadOnlyList<string>? ReadRecord()
    {
        while (true)
        {
            var first = reader.Peek();
            if (first < 0)
                return null;
            if (first is '\r' or '\n')
            {
                ReadLineBreak();
                continue;
            }
            LineNumber = line;
            return ReadFields();
        }
    }

    private List<string> ReadFields()
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        while (true)
        {
            var next = reader.Read();
            if (next < 0)
            {
                if (quoted)
                    throw new FormatException($"Line {LineNumber}: a quoted field is not closed before the end of the file.");
                fields.Add(field.ToString());
                return fields;
            }
            var c = (char)next;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                        line++;
                    field.Append(c);
                }
                continue;
            }
            if (c == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && reader.Peek() == '\n')
                    reader.Read();
                line++;
                fields.Add(field.ToString());
                return fields;
            }
            else
            {
                field.Append(c);
            }
        }
    }

    private void ReadLineBreak()
    {
        if (reader.Read() == '\r' && reader.Peek() == '\n')
            reader.Read();
        line++;
    }
}
