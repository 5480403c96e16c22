using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>
/// -Skip and -First apply to everything a SupportsPaging cmdlet writes, in every parameter set; -IncludeTotalCount
/// writes the real number of objects found (accuracy 1), never an unknown count.
/// </summary>
public class PagingTests
{
    [Fact]
    public void Skip_and_First_apply_to_groups_read_by_id_and_by_url_and_stop_the_reads()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            $ids = (Get-WorkplaceGroup -First 3).Id
            Clear-WorkplaceEmulatorRequest -Confirm:$false
            (Get-WorkplaceGroup -Id $ids -Skip 1 -First 1).Id -eq $ids[1]
            @(Get-WorkplaceEmulatorRequest).Count
            (Get-WorkplaceGroup -Url ($ids | ForEach-Object { "https://contoso.workplace.com/groups/$_/" }) -First 2).Id -join ','
            ($ids | Select-Object -First 2) -join ','
            """).ThrowIfFailed();

        Assert.Equal(true, run.Objects[0]);
        Assert.Equal(2, run.Objects[1]);
        Assert.Equal(run.Objects[3], run.Objects[2]);
    }

    [Fact]
    public void First_applies_to_posts_read_by_id()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            $ids = (Get-WorkplacePost -Group 'All Company' -First 3).Id
            (Get-WorkplacePost -Id $ids -Skip 1 -First 1).Id -eq $ids[1]
            @(Get-WorkplacePost -Id $ids -First 2).Count
            """).ThrowIfFailed();

        Assert.Equal(new object[] { true, 2 }, run.Objects);
    }

    [Theory]
    [InlineData("Get-WorkplaceGroup", "Get-WorkplaceGroup")]
    [InlineData("Get-WorkplacePost -Group 'All Company'", "Get-WorkplacePost -Group 'All Company'")]
    [InlineData("Get-WorkplaceGroup -Id (Get-WorkplaceGroup).Id", "Get-WorkplaceGroup")]
    public void IncludeTotalCount_writes_the_real_count_also_beyond_First(string paged, string everything)
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($"""
            $all = @({everything}).Count
            $out = @({paged} -First 1 -IncludeTotalCount)
            $out.Count
            $out[-1].ToString() -eq "Total count: $all"
            """).ThrowIfFailed();

        Assert.Equal(new object[] { 2, true }, run.Objects);
    }
}
