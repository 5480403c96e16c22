using System.Management.Automation;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Groups;

/// <summary>
/// Turns a piped group object (from Get-WorkplaceGroup, also after Export-Clixml or remoting) into a
/// <see cref="WorkplaceGroupIdentity"/> before PowerShell checks its type, so the group binds to -Group by value at
/// the first binding step, before an Id parameter of another parameter set could take the group's Id property by name.
/// Anything else (a string, a CSV row, a post) passes unchanged and binds as PowerShell would bind it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class GroupObjectTransformationAttribute : ArgumentTransformationAttribute
{
    private const string DeserializedGroup = "Deserialized." + "WorkplaceAdmin.Client.Models.WorkplaceGroup";

    // An array given on the command line (-Group $a, $b) keeps its shape; PowerShell converts any element left as text.
    public override object? Transform(EngineIntrinsics engineIntrinsics, object inputData) =>
        inputData is object[] items ? items.Select(ToIdentity).ToArray() : ToIdentity(inputData);

    private static object? ToIdentity(object? input)
    {
        var value = input is PSObject wrapped ? wrapped.BaseObject : input;
        if (value is WorkplaceGroup group)
            return new WorkplaceGroupIdentity(group);
        if (input is PSObject deserialized && deserialized.TypeNames.Contains(DeserializedGroup) &&
            deserialized.Properties["Id"]?.Value is string { Length: > 0 } id)
            return new WorkplaceGroupIdentity(id);
        return input;
    }
}
