using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Seeding;

/// <summary>
/// Gives seeded posts and comments realistic, deterministic engagement: most active members of the group see a
/// post within hours, about a third react (mostly LIKE, every type occurring), a few react to comments.
/// The same seed always yields the same engagement.
/// </summary>
internal static class EngagementSeeder
{
    // Weights of the reaction types, in ReactionTypes.All order: LIKE dominates, as on Workplace.
    private static readonly int[] TypeWeights = [50, 15, 8, 10, 7, 6, 4];

    public static void Engage(Post post)
    {
        foreach (var membership in post.Group.Members)
        {
            var person = membership.Person;
            if (!person.Active || person.Id == post.From.Id)
            {
                continue;
            }
            var roll = Roll(post.Key, person.Key);
            if (roll >= 80)
            {
                continue;
            }
            var seen = post.CreatedTime.AddMinutes(7 * (roll + 1));
            post.Seen.Add(new PostView(person, seen));
            if (roll < 35)
            {
                post.Reactions.Add(new Reaction(person, TypeFor(roll * 7 + (int)(person.Key % 13)), seen.AddMinutes(1)));
            }
            foreach (var comment in post.Comments)
            {
                if (comment.From.Id != person.Id && Roll(comment.Key, person.Key) < 20)
                {
                    comment.Reactions.Add(new Reaction(person, TypeFor(Roll(comment.Key, person.Key) * 5), comment.CreatedTime.AddMinutes(30)));
                }
            }
        }
    }

    /// <summary>A well-mixed number in [0, 100) from two keys.</summary>
    private static int Roll(long a, long b)
    {
        var x = (ulong)(a * 0x9E3779B1L ^ b * 0x85EBCA77L);
        x ^= x >> 29;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 32;
        return (int)(x % 100);
    }

    private static string TypeFor(int number)
    {
        var point = Math.Abs(number) % 100;
        for (var i = 0; i < TypeWeights.Length; i++)
        {
            if (point < TypeWeights[i])
            {
                return ReactionTypes.All[i];
            }
            point -= TypeWeights[i];
        }
        return ReactionTypes.Like;
    }
}
