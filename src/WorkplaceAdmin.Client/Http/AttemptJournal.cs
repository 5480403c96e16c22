namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// Notes, for the calls an operation makes inside its own async flow, whether an attempt went unanswered: sent, then
/// a dropped connection, a lost response or a timeout, so the server may have acted on it. An attempt the server
/// answered (a 5xx, a 429) is taken at its word that it did not act. A create that meets a conflict on a retry uses
/// this to tell "my earlier attempt made it" from "it existed before I began".
/// </summary>
internal sealed class AttemptJournal
{
    private static readonly AsyncLocal<AttemptJournal?> Current = new();
    private volatile bool _unanswered;

    /// <summary>True when an attempt of a call made since <see cref="Begin"/> was sent and never answered.</summary>
    public bool HadUnansweredAttempt => _unanswered;

    /// <summary>
    /// Starts a journal for the calling async method and what it awaits; it ends with that method (an async method's
    /// changes to an <see cref="AsyncLocal{T}"/> do not reach its caller).
    /// </summary>
    public static AttemptJournal Begin() => Current.Value = new AttemptJournal();

    /// <summary>Called by the retry handler for an attempt that got no response.</summary>
    public static void NoteUnanswered()
    {
        if (Current.Value is { } journal)
        {
            journal._unanswered = true;
        }
    }
}
