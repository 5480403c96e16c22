using System.Globalization;
using System.Text;

namespace WorkplaceAdmin.Emulator.Graph.Paging;

/// <summary>
/// Opaque cursors: base64url of the boundary item's key. Keys survive inserts and deletes, so a cursor stays
/// meaningful while the list changes (an item deleted under the cursor just moves it to its neighbour).
/// </summary>
internal static class CursorCodec
{
    private const string Prefix = "wpc:";

    public static string Encode(long key) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(Prefix + key.ToString(CultureInfo.InvariantCulture)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static long Decode(string cursor, string parameter)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(base64));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var key))
            {
                return key;
            }
        }
        catch (FormatException)
        {
            // Falls through to the Graph error below.
        }
        throw GraphErrors.InvalidParameter($"The '{parameter}' cursor is not valid");
    }
}
