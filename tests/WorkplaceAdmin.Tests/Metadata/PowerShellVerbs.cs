namespace WorkplaceAdmin.Tests.Metadata;

/// <summary>PowerShell's approved verbs (Get-Verb in PowerShell 7.4), and which of them change state.</summary>
internal static class PowerShellVerbs
{
    public static readonly IReadOnlySet<string> Approved = new HashSet<string>(StringComparer.Ordinal)
    {
        // Common
        "Add", "Clear", "Close", "Copy", "Enter", "Exit", "Find", "Format", "Get", "Hide", "Join", "Lock", "Move",
        "New", "Open", "Optimize", "Pop", "Push", "Redo", "Remove", "Rename", "Reset", "Resize", "Search", "Select",
        "Set", "Show", "Skip", "Split", "Step", "Switch", "Undo", "Unlock", "Watch",
        // Communications
        "Connect", "Disconnect", "Read", "Receive", "Send", "Write",
        // Data
        "Backup", "Checkpoint", "Compare", "Compress", "Convert", "ConvertFrom", "ConvertTo", "Dismount", "Edit",
        "Expand", "Export", "Group", "Import", "Initialize", "Limit", "Merge", "Mount", "Out", "Publish", "Restore",
        "Save", "Sync", "Unpublish", "Update",
        // Diagnostic
        "Debug", "Measure", "Ping", "Repair", "Resolve", "Test", "Trace",
        // Lifecycle
        "Approve", "Assert", "Build", "Complete", "Confirm", "Deny", "Deploy", "Disable", "Enable", "Install", "Invoke",
        "Register", "Request", "Restart", "Resume", "Start", "Stop", "Submit", "Suspend", "Uninstall", "Unregister", "Wait",
        // Security
        "Block", "Grant", "Protect", "Revoke", "Unblock", "Unprotect",
        // Other
        "Use",
    };

    /// <summary>Verbs whose cmdlets change something (in the community or on disk) and so must honour -WhatIf.</summary>
    public static readonly IReadOnlySet<string> StateChanging = new HashSet<string>(StringComparer.Ordinal)
    {
        "Add", "Approve", "Block", "Clear", "Deny", "Disable", "Enable", "Grant", "Import", "Install", "Invoke", "Move",
        "New", "Publish", "Register", "Remove", "Rename", "Reset", "Restore", "Revoke", "Send", "Set", "Submit", "Sync",
        "Unblock", "Uninstall", "Unpublish", "Unregister", "Update",
    };

    /// <summary>Verbs that destroy or cut off access: they ask for confirmation by default.</summary>
    public static readonly IReadOnlySet<string> HighImpact = new HashSet<string>(StringComparer.Ordinal)
    {
        "Remove", "Disable", "Unregister", "Revoke", "Block", "Uninstall", "Reset",
    };
}
