using System.Management.Automation;
using WorkplaceAdmin.Client.People;

namespace WorkplaceAdmin.People;

/// <summary>
/// Lets a [bool?] parameter take CSV text ("true", "yes", "1", "false", "no", "0"; empty = not given), which
/// PowerShell's own binding refuses for Boolean parameters.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class FlagTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        if (value is not string text)
            return value;
        try
        {
            return UserRowColumns.ParseBool(0, text, "The value");
        }
        catch (UserRowException error)
        {
            throw new ArgumentTransformationMetadataException(error.Problem, error);
        }
    }
}
