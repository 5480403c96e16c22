namespace WorkplaceAdmin.Client.Messages;

/// <summary>A Work Chat thread key: "t_" and the thread id (a bare id is accepted and given the documented prefix).</summary>
public static class ThreadKey
{
    /// <exception cref="ArgumentException">Not t_&lt;digits&gt; or digits.</exception>
    public static string Normalize(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new ArgumentException("The thread key is empty; expected t_ followed by the thread id, as the Send API returns it.", nameof(text));
        var id = trimmed.StartsWith("t_", StringComparison.OrdinalIgnoreCase) ? trimmed[2..] : trimmed;
        if (id.Length is 0 or > 30 || !id.All(char.IsAsciiDigit))
            throw new ArgumentException($"'{InputText.Shown(trimmed)}' is not a Work Chat thread key; expected t_ followed by the thread id, as the Send API returns it.", nameof(text));
        return "t_" + id;
    }
}
