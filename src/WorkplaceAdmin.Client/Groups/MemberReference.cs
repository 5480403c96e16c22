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
        if (trimmed.Length == 0)
            throw new ArgumentException("The person is empty; expected a person id (digits) or an email address.", nameof(text));
        if (WorkplaceId.IsNumeric(trimmed))
            return new MemberReference(trimmed, null);
        if (WorkplaceId.IsAllDigits(trimmed))
            throw new ArgumentException($"'{InputText.Shown(trimmed)}' has {trimmed.Length:N0} digits; expected a person id (at most {WorkplaceId.MaxLength} digits) or an email address.", nameof(text));
        if (EmailAddress.IsValid(trimmed))
            return new MemberReference(null, trimmed);
        throw new ArgumentException($"'{InputText.Shown(text)}' is neither a person id (digits) nor an email address; expected one of them.", nameof(text));
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

    /// <summary>
    /// The people of one pipeline record (a CSV row, a piped object, or the command line): a row with one id and one
    /// email is one person, known by the id; otherwise every id and every email is a person. Blank values are ignored.
    /// </summary>
    /// <exception cref="ArgumentException">No id and no email, or a malformed one; the message names it.</exception>
    public static IReadOnlyList<MemberReference> FromRecord(IEnumerable<string?>? ids, IEnumerable<string?>? emails)
    {
        var idList = (ids ?? []).Where(text => !string.IsNullOrWhiteSpace(text)).Select(text => text!).ToList();
        var emailList = (emails ?? []).Where(text => !string.IsNullOrWhiteSpace(text)).Select(text => text!).ToList();
        if (idList.Count == 1 && emailList.Count == 1)
            return [From(idList[0], emailList[0])];
        if (idList.Count == 0 && emailList.Count == 0)
            return [From(null, null)];
        return idList.Concat(emailList).Select(Parse).ToList();
    }

    public override string ToString() => Text;
}
