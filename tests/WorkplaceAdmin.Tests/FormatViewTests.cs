using Xunit;
using System.Reflection;
using System.Runtime.InteropServices;
using WorkplaceAdmin.Tests.Metadata;

namespace WorkplaceAdmin.Tests;

/// <summary>Every type a cmdlet outputs has a table and a list view, and every view names real properties.</summary>
public class FormatViewTests
{
    private static readonly string[] NoViewNeeded = ["System.Void", "System.Boolean", "System.String", "System.Management.Automation.PSObject"];

    public static TheoryData<string> OutputTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in ModuleAssemblyReader.All.SelectMany(cmdlet => cmdlet.OutputTypes).Except(NoViewNeeded).Distinct())
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OutputTypes))]
    public void Output_type_has_a_table_and_a_list_view(string typeName)
    {
        var kinds = FormatFile.Views.Where(view => view.TypeNames.Contains(typeName)).Select(view => view.Kind).ToList();
        Assert.Contains("Table", kinds);
        Assert.Contains("List", kinds);
    }

    [Fact]
    public void Views_name_properties_that_exist_on_their_types()
    {
        var types = LoadModuleTypes(out var context);
        using var _ = context;

        Assert.NotEmpty(FormatFile.Views);
        foreach (var view in FormatFile.Views)
        {
            foreach (var typeName in view.TypeNames)
            {
                Assert.True(types.TryGetValue(typeName, out var type), $"View {view.Name} selects {typeName}, which the module does not define.");
                var properties = type!.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(property => property.Name).ToHashSet();
                foreach (var property in view.Properties)
                {
                    Assert.True(properties.Contains(property), $"View {view.Name} shows {property}, which {typeName} does not have.");
                }
            }
        }
    }

    [Fact]
    public void Table_views_have_a_header_per_column_and_start_with_an_id_when_the_type_has_one()
    {
        var types = LoadModuleTypes(out var context);
        using (context)
        {
            foreach (var view in FormatFile.Views.Where(view => view.Kind == "Table"))
            {
                Assert.Equal(view.TableHeaders, view.TableItems);
                var hasId = view.TypeNames.Any(name => types[name].GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(property => property.Name.EndsWith("Id", StringComparison.Ordinal)));
                if (hasId)
                {
                    Assert.True(view.Properties[0].EndsWith("Id", StringComparison.Ordinal), $"View {view.Name} should show an id first, not {view.Properties[0]}.");
                }
            }
        }
    }

    private static Dictionary<string, Type> LoadModuleTypes(out MetadataLoadContext context)
    {
        var searchPaths = Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
            .Concat(TestPaths.ModuleAssemblies())
            .Append(TestPaths.PowerShellReferenceAssembly);
        context = new MetadataLoadContext(new PathAssemblyResolver(searchPaths));
        var loaded = context;
        return TestPaths.ModuleAssemblies("WorkplaceAdmin*.dll")
            .SelectMany(path => loaded.LoadFromAssemblyPath(path).GetTypes())
            .Where(type => type.IsPublic && type.FullName is not null)
            .ToDictionary(type => type.FullName!);
    }
}
