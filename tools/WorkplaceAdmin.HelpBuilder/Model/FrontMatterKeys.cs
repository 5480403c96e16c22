namespace WorkplaceAdmin.HelpBuilder;

/// <summary>Front matter keys that have a meaning for the help build; any other key is kept and ignored.</summary>
public static class FrontMatterKeys
{
    public const string ExternalHelpFile = "external help file";
    public const string OnlineVersion = "online version";
    public const string Schema = "schema";

    /// <summary>Present only in a PlatyPS module page (<c>ModuleName.md</c>), which is not command help.</summary>
    public const string ModuleGuid = "Module Guid";

    /// <summary>The only PlatyPS schema this builder implements.</summary>
    public const string SupportedSchema = "2.0.0";
}
