namespace WorkplaceAdmin.Client;

/// <summary>
/// A token's visible hint: "…" and its last 4 characters, enough to tell two tokens apart. Short tokens
/// give "****", since their last characters would reveal too much of them.
/// </summary>
public static class TokenMask
{
    public const int MinimumLengthForHint = 12;

    public static string Hint(string? token) =>
        token is null || token.Length < MinimumLengthForHint ? "****" : "…" + token[^4..];
}
