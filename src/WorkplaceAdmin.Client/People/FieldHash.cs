namespace WorkplaceAdmin.Client.People;

/// <summary>
/// A 64-bit FNV-1a hash of a normalized field value, so the sync index keeps 8 bytes per field instead of the
/// text. Null (not known) hashes to 0. A false "unchanged" needs a 64-bit collision on one field of one person.
/// </summary>
internal static class FieldHash
{
    public static ulong Of(string? value)
    {
        if (value is null)
            return 0;
        var hash = 14695981039346656037UL;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash == 0 ? 1 : hash;
    }
}
