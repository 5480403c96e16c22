using System.Reflection;

namespace WorkplaceAdmin.Client.Tests.Http;

/// <summary>
/// Flurl stays an implementation detail of the client: no public member of it takes or returns a Flurl type, so the
/// cmdlets (the other side of the dependency firewall) never bind to one.
/// </summary>
public sealed class FlurlSurfaceTests
{
    [Fact]
    public void No_public_member_of_the_client_exposes_a_Flurl_type()
    {
        var exposed = new List<string>();
        foreach (var type in typeof(WorkplaceClient).Assembly.GetExportedTypes())
        {
            if (IsFlurl(type.BaseType))
                exposed.Add($"{type.Name} derives from {type.BaseType}");
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var types = member switch
                {
                    MethodInfo method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType),
                    ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
                    PropertyInfo property => [property.PropertyType],
                    FieldInfo field => [field.FieldType],
                    EventInfo @event => [@event.EventHandlerType!],
                    _ => [],
                };
                exposed.AddRange(types.Where(IsFlurl).Select(t => $"{type.Name}.{member.Name}: {t}"));
            }
        }
        Assert.Empty(exposed);
    }

    private static bool IsFlurl(Type? type) =>
        type is not null &&
        (type.Assembly.GetName().Name?.StartsWith("Flurl", StringComparison.Ordinal) == true ||
         (type.IsGenericType && type.GetGenericArguments().Any(IsFlurl)) ||
         (type.HasElementType && IsFlurl(type.GetElementType())));
}
