namespace WorkplaceAdmin.Emulator.Model;

/// <summary>The reaction types of Workplace posts and comments (Meta's scripts count all seven, CARE included).</summary>
internal static class ReactionTypes
{
    public const string Like = "LIKE";

    public static readonly string[] All = [Like, "LOVE", "CARE", "HAHA", "WOW", "SAD", "ANGRY"];

    /// <summary>The canonical upper-case type, or null when <paramref name="text"/> names none.</summary>
    public static string? Normalize(string text) =>
        All.FirstOrDefault(t => string.Equals(t, text.Trim(), StringComparison.OrdinalIgnoreCase));
}
