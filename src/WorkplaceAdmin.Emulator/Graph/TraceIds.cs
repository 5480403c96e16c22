namespace WorkplaceAdmin.Emulator.Graph;

/// <summary>Deterministic <c>fbtrace_id</c> values: the same run produces the same sequence.</summary>
internal sealed class TraceIds
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private long _counter;

    public string Next()
    {
        // SplitMix64 of a counter: looks random, repeats exactly across runs.
        var z = (ulong)Interlocked.Increment(ref _counter) * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        Span<char> chars = stackalloc char[11];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[(int)(z % (ulong)Alphabet.Length)];
            z /= (ulong)Alphabet.Length;
        }
        return new string(chars);
    }
}
