namespace WorkplaceAdmin.Client;

/// <summary>A person as given for a group change: a numeric id or a login email.</summary>
public sealed class MemberReference
{
    private MemberReference(string? id, string? email)
    {
        Id = id;
        Email = email;
    }

    public string? Id { get; }
    public string? Email { get; }

    /// <summary>The id or the email, as given.</summary>
    public string Text => Id ?? Email!;

    /// <summary>An id (digits) or an email (contains @).</summary>
    /// <exception cref="ArgumentException">Neither; the message names the input.</exception>
    public static MemberReference Parse(string text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length > 0 && trimmed.All(char.IsAsciiDigit))
            return new MemberReference(trimmed, null);
        if (trimmed.Length > 2 && trimmed.IndexOf('@') is > 0 and var at && at < trimmed.Length - 1 && !trimmed.Any(char.IsWhiteSpace))
            return new MemberReference(null, trimmed);
        throw new ArgumentException($"'{text}' is neither a person id (digits) nor an email address; expected one of them.", nameof(text));
    }

    /// <summary>The id when given, else the email (CSV rows often carry both).</summary>
    /// <exception cref="ArgumentException">Both are empty, or the one used is malformed.</exception>
    public static MemberReference From(string? id, string? email)
    {
        if (!string.IsNullOrWhiteSpace(id))
            return Parse(id);
        if (!string.IsNullOrWhiteSpace(email))
            return Parse(email);
        throw new ArgumentException("The person has neither an id nor an email; expected an Id (or UserId) or an Email (or Mail, UserName) value.", nameof(id));
    }

    public override string ToString() => Text;
}
