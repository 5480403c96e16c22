namespace WorkplaceAdmin.Emulator.Model;

/// <summary>Who wrote a post, comment or message: a person, or an integration's bot page.</summary>
internal sealed record Author(string Id, string Name, string? Email, bool IsBot)
{
    public static Author Of(Person person) => new(person.Id, person.Name, person.Email, IsBot: false);
}
