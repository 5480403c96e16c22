using System.Management.Automation;

namespace WorkplaceAdmin.Base;

/// <summary>
/// Tells a piped object of this module (a WorkplaceUser from Get-WorkplaceUser, also after Export-Clixml or remoting)
/// from a row of data (an Import-Csv row, a [pscustomobject], a database row). A module object is a snapshot: it
/// identifies its target, but its other properties are not changes the user asked for.
/// </summary>
internal static class PipedInput
{
    private const string ModuleNamespace = "WorkplaceAdmin.";
    private const string Deserialized = "Deserialized.WorkplaceAdmin.";

    public static bool IsModuleObject(PSObject? input) =>
        input is not null &&
        (input.BaseObject.GetType().FullName?.StartsWith(ModuleNamespace, StringComparison.Ordinal) == true ||
         input.TypeNames.Any(name => name.StartsWith(Deserialized, StringComparison.Ordinal)));
}
