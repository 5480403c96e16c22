namespace WorkplaceAdmin.Client.Links;

/// <summary>
/// The user's configuration folder for WorkplaceAdmin: %APPDATA%\WorkplaceAdmin on Windows;
/// $XDG_CONFIG_HOME/WorkplaceAdmin (or ~/.config/WorkplaceAdmin) on Linux and macOS.
/// </summary>
public static class LinkConfigFolder
{
    public const string AppFolderName = "WorkplaceAdmin";

    public static string Resolve() =>
        Resolve(OperatingSystem.IsWindows(), Environment.GetEnvironmentVariable,
            folder => Environment.GetFolderPath(folder, Environment.SpecialFolderOption.DoNotVerify));

    /// <summary>The same rules with the platform and environment given, for tests.</summary>
    public static string Resolve(bool isWindows, Func<string, string?> environment, Func<Environment.SpecialFolder, string> specialFolder)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(specialFolder);
        if (isWindows)
        {
            var appData = environment("APPDATA");
            if (string.IsNullOrEmpty(appData))
                appData = specialFolder(Environment.SpecialFolder.ApplicationData);
            return Path.Combine(Required(appData, "APPDATA"), AppFolderName);
        }
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        var xdg = environment("XDG_CONFIG_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg))
            return Path.Combine(xdg, AppFolderName);
        var home = environment("HOME");
        if (string.IsNullOrEmpty(home))
            home = specialFolder(Environment.SpecialFolder.UserProfile);
        return Path.Combine(Required(home, "HOME"), ".config", AppFolderName);
    }

    private static string Required(string? path, string variable) =>
        string.IsNullOrEmpty(path)
            ? throw new InvalidOperationException($"The user's configuration folder is unknown: {variable} is not set.")
            : path;
}
