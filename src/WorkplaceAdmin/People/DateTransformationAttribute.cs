using System.Management.Automation;
using WorkplaceAdmin.Client.People;

namespace WorkplaceAdmin.People;

/// <summary>
/// Lets a [DateTimeOffset?] parameter take CSV text: ISO 8601 dates (2026-03-01), unix seconds, or an empty cell
/// (not given), which PowerShell's own conversion would refuse.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class DateTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        switch (value)
        {
            case DateTime date:
                return new DateTimeOffset(date.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date);
            case string text:
                try
                {
                    return UserRowColumns.ParseDate(0, text);
                }
                catch (UserRowException error)
                {
                    throw new ArgumentTransformationMetadataException(error.Problem, error);
                }
            default:
                return value;
        }
    }
}
