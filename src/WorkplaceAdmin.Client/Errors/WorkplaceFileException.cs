namespace WorkplaceAdmin.Client;

/// <summary>
/// A problem with a local file the module writes (an export's target): a file error naming the path, never mistaken
/// for a network failure as a plain <see cref="IOException"/> would be.
/// </summary>
public sealed class WorkplaceFileException : IOException, IWorkplaceClassifiedError
{
    private WorkplaceFileException(string message, WorkplaceErrorInfo info, Exception? inner = null)
        : base(message, inner) => ErrorInfo = info;

    public WorkplaceErrorInfo ErrorInfo { get; }

    /// <summary>The target exists and may not be replaced (no -Force).</summary>
    public static WorkplaceFileException Exists(string path) =>
        new($"'{path}' already exists; add -Force to replace it.", new("Workplace.FileExists", "ResourceExists", "Add -Force to replace the file, or give another -Path."));

    /// <summary>The target is a folder, or its folder is missing.</summary>
    public static WorkplaceFileException BadTarget(string message) =>
        new(message, new("Workplace.FileError", "InvalidArgument", "Check the path (Test-Path), relative to the current location of PowerShell."));

    /// <summary>Writing failed (disk full, access denied, a locked file).</summary>
    public static WorkplaceFileException WriteFailed(string path, Exception inner) =>
        new($"Cannot write '{path}': {inner.Message}", new("Workplace.FileWriteFailed", "WriteError",
            "Check that the file or folder may be written by this account, that no other program locks it, and that the disk has room."), inner);
}
