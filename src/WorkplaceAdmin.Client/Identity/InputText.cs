using System.Globalization;

namespace WorkplaceAdmin.Client;

/// <summary>How error messages quote what the user gave: whole when short, else its start and its length, so a 10 kB cell never fills the screen.</summary>
public static class InputText
{
    public const int MaxShown = 100;

    public static string Shown(string? text)
    {
        if (text is null)
            return "";
        return text.Length <= MaxShown
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"{text[..MaxShown]}… ({text.Length:N0} characters)");
    }
}
