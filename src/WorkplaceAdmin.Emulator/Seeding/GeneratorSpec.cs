using System.Globalization;

namespace WorkplaceAdmin.Emulator.Seeding;

/// <summary>The "PEOPLE,GROUPS[,MEMBERS_PER_GROUP]" part of a <c>generated:</c> seed.</summary>
internal readonly record struct GeneratorSpec(int People, int Groups, int MembersPerGroup)
{
    public const int DefaultMembersPerGroup = 20;
    public const int MaxPeople = 5_000_000;

    public static GeneratorSpec Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 3 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw new InvalidDataException($"Generated seed 'generated:{text}' must be 'generated:PEOPLE,GROUPS[,MEMBERS_PER_GROUP]' with whole numbers.");
        }
        var people = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var groups = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var members = parts.Length == 3 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : Math.Min(DefaultMembersPerGroup, people);
        if (people < 1 || people > MaxPeople)
        {
            throw new InvalidDataException($"A generated community needs between 1 and {MaxPeople} people.");
        }
        if (members > people || (groups > 0 && members < 1))
        {
            throw new InvalidDataException("MEMBERS_PER_GROUP must be between 1 and PEOPLE.");
        }
        return new GeneratorSpec(people, groups, members);
    }
}
