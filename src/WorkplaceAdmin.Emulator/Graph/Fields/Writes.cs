using System.Text.Json;
using WorkplaceAdmin.Emulator.Json;

namespace WorkplaceAdmin.Emulator.Graph.Fields;

/// <summary>Field writers for plain values; absent values write nothing, as Graph omits them.</summary>
internal static class Writes
{
    public static FieldWriter<T> Text<T>(Func<T, string?> get) => (w, item, f, _) =>
    {
        var value = get(item);
        if (value is not null)
        {
            w.WriteString(f.OutputName, value);
        }
    };

    public static FieldWriter<T> Bool<T>(Func<T, bool> get) => (w, item, f, _) => w.WriteBoolean(f.OutputName, get(item));

    public static FieldWriter<T> Number<T>(Func<T, long> get) => (w, item, f, _) => w.WriteNumber(f.OutputName, get(item));

    public static FieldWriter<T> Time<T>(Func<T, DateTimeOffset?> get) => (w, item, f, _) =>
    {
        if (get(item) is { } time)
        {
            w.WriteString(f.OutputName, WireTime.Graph(time));
        }
    };
}
