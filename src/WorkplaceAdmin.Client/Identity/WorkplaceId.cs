namespace WorkplaceAdmin.Client;

/// <summary>What a Workplace object id (a person, a group, a post) looks like: ASCII digits, at most <see cref="MaxLength"/> of them.</summary>
public static class WorkplaceId
{
    /// <summary>Workplace ids have 15 to 17 digits; 30 leaves room and still refuses a pasted number that cannot be an id.</summary>
    public const int MaxLength = 30;

    public static bool IsNumeric(string? text) =>
        text is { Length: > 0 and <= MaxLength } && text.All(char.IsAsciiDigit);

    /// <summary>Digits only, however many: an id when also short enough (<see cref="IsNumeric"/>), else a number that cannot be one.</summary>
    public static bool IsAllDigits(string? text) => !string.IsNullOrEmpty(text) && text.All(char.IsAsciiDigit);
}
