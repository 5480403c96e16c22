using System.Text;
using System.Text.RegularExpressions;

namespace WorkplaceAdmin.Emulator.Model;

/// <summary>
/// Turns <c>@[user-id]</c> mentions into the person's name and a message tag pointing at it, as Graph stores
/// them (workplace-api.md §3.5). Unknown ids are left as typed.
/// </summary>
internal static partial class Mentions
{
    public static (string Text, IReadOnlyList<MessageTag> Tags) Render(Community community, string message)
    {
        var matches = MentionPattern().Matches(message);
        if (matches.Count == 0)
        {
            return (message, []);
        }
        var text = new StringBuilder(message.Length);
        var tags = new List<MessageTag>();
        var last = 0;
        foreach (Match match in matches)
        {
            text.Append(message, last, match.Index - last);
            last = match.Index + match.Length;
            var id = match.Groups[1].Value;
            if (community.FindPerson(id) is { } person)
            {
                tags.Add(new MessageTag(person.Id, person.Name, "user", text.Length, person.Name.Length));
                text.Append(person.Name);
            }
            else if (community.FindIntegrationByBotId(id) is { } bot)
            {
                tags.Add(new MessageTag(bot.BotPageId, bot.Name, "page", text.Length, bot.Name.Length));
                text.Append(bot.Name);
            }
            else
            {
                text.Append(match.Value);
            }
        }
        text.Append(message, last, message.Length - last);
        return (text.ToString(), tags);
    }

    [GeneratedRegex(@"@\[(\d+)\]")]
    private static partial Regex MentionPattern();
}
