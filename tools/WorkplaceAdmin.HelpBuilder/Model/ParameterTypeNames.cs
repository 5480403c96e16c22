namespace WorkplaceAdmin.HelpBuilder;

/// <summary>How parameter type names are recognised and written to MAML.</summary>
internal static class ParameterTypeNames
{
    public const string SwitchParameter = "SwitchParameter";

    public static bool IsSwitch(string type) =>
        type.Equals("switch", StringComparison.OrdinalIgnoreCase)
        || type.Equals(SwitchParameter, StringComparison.OrdinalIgnoreCase)
        || type.Equals("System.Management.Automation.SwitchParameter", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name MAML uses: switches are always "SwitchParameter", anything else as written.</summary>
    public static string ToMaml(string type) => IsSwitch(type) ? SwitchParameter : type;

    /// <summary>An array type takes several values ("variableLength" in MAML).</summary>
    public static bool IsArray(string type) => type.EndsWith("[]", StringComparison.Ordinal);
}
