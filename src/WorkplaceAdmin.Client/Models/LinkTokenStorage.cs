namespace WorkplaceAdmin.Client.Models;

/// <summary>Where a link's access token (and app secret) are kept; never in the link definitions file.</summary>
public enum LinkTokenStorage
{
    /// <summary>A file protected with Windows DPAPI for the current user.</summary>
    WindowsDpapi,

    /// <summary>A SecretManagement vault.</summary>
    Vault,

    /// <summary>A plain-text file readable only by its owner (mode 0600), which the user explicitly asked for.</summary>
    PlainTextFile,
}
