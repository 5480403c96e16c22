namespace WorkplaceAdmin.Client.Accounts;

/// <summary>The outcome of looking up one email or external id: the person, nobody, or the error the lookup met.</summary>
public sealed class PersonLookupResult
{
    public static readonly PersonLookupResult NotFound = new(null, null);

    private PersonLookupResult(FoundPerson? person, Exception? error)
    {
        Person = person;
        Error = error;
    }

    public FoundPerson? Person { get; }

    /// <summary>Why the lookup could not tell (permission, throttling, transport, bad input); null otherwise.</summary>
    public Exception? Error { get; }

    public static PersonLookupResult Found(FoundPerson person) => new(person ?? throw new ArgumentNullException(nameof(person)), null);

    public static PersonLookupResult Failed(Exception error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
