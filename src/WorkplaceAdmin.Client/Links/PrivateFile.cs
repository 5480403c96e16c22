namespace WorkplaceAdmin.Client.Links;

/// <summary>
/// Writes files only their owner can read: on Linux and macOS the folder is created with mode 0700 and the file
/// with 0600 from the start (no window where it is readable by others); the write goes to a temporary file that
/// replaces the target, so a crash never leaves half a file.
/// </summary>
internal static class PrivateFile
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static void EnsureFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(folder);
        else
            Directory.CreateDirectory(folder, FolderMode);
    }

    public static void WriteAllBytes(string path, byte[] bytes)
    {
        EnsureFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = FileMode;
        try
        {
            using (var stream = new FileStream(temporary, options))
                stream.Write(bytes);
            File.Move(temporary, path, overwrite: true);
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(path, FileMode);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
