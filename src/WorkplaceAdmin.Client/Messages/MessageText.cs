using System.Globalization;

namespace WorkplaceAdmin.Client.Messages;

/// <summary>The rules a Work Chat message's text must meet, checked before anything is sent.</summary>
public static class MessageText
{
    /// <summary>The Send API's limit (Messenger's, which Workplace follows; workplace-api.md §4.1).</summary>
    public const int MaxLength = 2000;

    /// <exception cref="ArgumentException">The text is empty or longer than <see cref="MaxLength"/>.</exception>
    public static void Validate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ArgumentException("The message text is empty; Work Chat messages need text.", nameof(text));
        if (text.Length > MaxLength)
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The message text has {text.Length} characters; Work Chat accepts at most {MaxLength}. Shorten it or send it as several messages. Nothing was sent."),
                nameof(text));
    }
}
