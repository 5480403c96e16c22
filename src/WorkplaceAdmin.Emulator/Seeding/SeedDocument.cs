namespace WorkplaceAdmin.Emulator.Seeding;

// The JSON seed format (camelCase). People are referenced by email elsewhere in the document; ids are optional and
// otherwise assigned in document order, so the same seed always yields the same ids.

internal sealed class SeedDocument
{
    public SeedCommunity Community { get; set; } = new();
    public List<SeedIntegration>? Integrations { get; set; }
    public List<SeedPerson> People { get; set; } = new();
    public List<SeedGroup> Groups { get; set; } = new();

    /// <summary>Work Chat conversations among people.</summary>
    public List<SeedChat> Chats { get; set; } = new();

    /// <summary>Knowledge Library categories (with sub-categories).</summary>
    public List<SeedKnowledgeCategory> KnowledgeLibrary { get; set; } = new();
}

internal sealed class SeedCommunity
{
    public string? Id { get; set; }
    public string Name { get; set; } = "Emulated Community";
    public string? Description { get; set; }
    public string? InstanceUrl { get; set; }

    /// <summary>The community's verified email domains; when listed, SCIM refuses accounts on other domains.</summary>
    public List<string>? VerifiedDomains { get; set; }
}

internal sealed class SeedIntegration
{
    public string Name { get; set; } = "";
    public string AccessToken { get; set; } = "";
    public string AppId { get; set; } = "";
    public string AppSecret { get; set; } = "";
    public string BotPageId { get; set; } = "";

    /// <summary>Permission identifiers; "*" grants all.</summary>
    public List<string> Permissions { get; set; } = new();
    public bool RequireAppSecretProof { get; set; }
}

internal sealed class SeedPerson
{
    public string? Id { get; set; }
    public string? Email { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? Title { get; set; }
    public string? Department { get; set; }
    public string? Division { get; set; }
    public string? Organization { get; set; }
    public string? CostCenter { get; set; }
    public string? EmployeeNumber { get; set; }
    public string? ExternalId { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? Locale { get; set; }

    /// <summary>Email of the manager.</summary>
    public string? Manager { get; set; }

    /// <summary>claimed (default) | invited | uninvited | deactivated.</summary>
    public string? Status { get; set; }
    public string? AuthMethod { get; set; }
    public bool Frontline { get; set; }
    public DateTimeOffset? Since { get; set; }
    public List<string>? Skills { get; set; }
}

internal sealed class SeedGroup
{
    public string? Id { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string Privacy { get; set; } = "CLOSED";
    public string? Purpose { get; set; }
    public bool Archived { get; set; }
    public bool IsWorkplaceDefault { get; set; }
    public string? PostPermissions { get; set; }
    public DateTimeOffset? CreatedTime { get; set; }

    /// <summary>Name of the group this one is a sub-group of (listed earlier in the seed).</summary>
    public string? Parent { get; set; }

    /// <summary>Emails of admins (also members; the first is the owner).</summary>
    public List<string> Admins { get; set; } = new();

    /// <summary>Emails of members, or ["*"] for every active person.</summary>
    public List<string> Members { get; set; } = new();
    public List<SeedPost> Posts { get; set; } = new();
}

internal sealed class SeedPost
{
    /// <summary>Email of the author; absent for posts by the first integration's bot.</summary>
    public string? From { get; set; }
    public string? Message { get; set; }
    public string? Link { get; set; }
    public string? Formatting { get; set; }
    public DateTimeOffset CreatedTime { get; set; }
    public string? Story { get; set; }
    public List<SeedAttachment> Attachments { get; set; } = new();
    public List<SeedComment> Comments { get; set; } = new();

    /// <summary>Posts elsewhere that share this one.</summary>
    public List<SeedShare> Shares { get; set; } = new();
}

internal sealed class SeedShare
{
    /// <summary>Name of the group the share is posted in.</summary>
    public string Group { get; set; } = "";
    public string? From { get; set; }
    public string? Message { get; set; }
    public DateTimeOffset CreatedTime { get; set; }
}

/// <summary>A photo, file, video, link or album (of <see cref="Photos"/>); media bytes are generated.</summary>
internal sealed class SeedAttachment
{
    /// <summary>photo | file | video | link | album.</summary>
    public string Type { get; set; } = "photo";
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }
    public int Width { get; set; } = 320;
    public int Height { get; set; } = 240;

    /// <summary>Size in bytes of a generated file (photos are real PNGs of their size).</summary>
    public int Size { get; set; } = 4096;
    public List<SeedAttachment> Photos { get; set; } = new();
}

internal sealed class SeedChat
{
    /// <summary>Emails of the people in the conversation (two for a one-to-one chat).</summary>
    public List<string> Participants { get; set; } = new();
    public string? Name { get; set; }
    public List<SeedChatMessage> Messages { get; set; } = new();
}

internal sealed class SeedChatMessage
{
    public string From { get; set; } = "";
    public string? Text { get; set; }
    public DateTimeOffset CreatedTime { get; set; }
    public SeedAttachment? Attachment { get; set; }
}

internal sealed class SeedKnowledgeCategory
{
    public string Title { get; set; } = "";
    public string? Content { get; set; }

    /// <summary>PUBLISHED | DRAFT.</summary>
    public string Status { get; set; } = "PUBLISHED";

    /// <summary>Names of the groups whose members may read it; empty = everyone.</summary>
    public List<string> ReadAudience { get; set; } = new();
    public string? LastEditor { get; set; }
    public DateTimeOffset LastUpdated { get; set; }
    public List<SeedKnowledgeCategory> Subcategories { get; set; } = new();
}

internal sealed class SeedComment
{
    public string? From { get; set; }
    public string Message { get; set; } = "";
    public DateTimeOffset CreatedTime { get; set; }
    public SeedAttachment? Attachment { get; set; }
    public List<SeedComment> Replies { get; set; } = new();
}
