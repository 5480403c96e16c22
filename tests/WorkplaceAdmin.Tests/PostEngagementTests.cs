using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>Get-WorkplacePostEngagement and Get-WorkplacePostViewer run as an admin would, against the demo emulator.</summary>
public class PostEngagementTests
{
    [Fact]
    public void Counts_agree_with_the_viewers_and_reaction_types_add_up()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            $e = Get-WorkplacePostEngagement -Group 'All Company' | Select-Object -First 1
            $viewers = @(Get-WorkplacePostViewer -PostId $e.PostId)
            $e.SeenCount -gt 0
            $e.SeenCount -eq $viewers.Count
            $e.ReactionCount -eq ($e.LikeCount + $e.LoveCount + $e.CareCount + $e.HahaCount + $e.WowCount + $e.SadCount + $e.AngryCount)
            $e.LikeCount -gt 0
            $e.SeenPercent -eq [math]::Round($e.SeenCount * 100 / $e.GroupMemberCount, 1)
            $e.CommentCount -eq @(Get-WorkplaceComment -PostId $e.PostId -ExcludeReplies).Count
            @($viewers | Where-Object { $null -eq $_.SeenTime }).Count
            """).ThrowIfFailed();
        Assert.Equal(new object[] { true, true, true, true, true, true, 0 }, run.Objects);
    }

    [Fact]
    public void A_group_page_of_posts_with_their_counts_is_one_request()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            $group = Get-WorkplaceGroup -Name 'All Company'
            Clear-WorkplaceEmulatorRequest -Confirm:$false
            $rows = @($group | Get-WorkplacePostEngagement)
            @(Get-WorkplaceEmulatorRequest).Count
            $rows.Count -eq @(Get-WorkplacePost -Group $group).Count
            """).ThrowIfFailed();
        Assert.Equal(new object[] { 1, true }, run.Objects);
    }

    [Fact]
    public void A_hashtag_finds_the_campaign_posts_in_every_group_and_exports_flat_rows()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            $rows = @(Get-WorkplacePostEngagement -Hashtag '#WellBeing' -Since '2025-03-01')
            $rows.Count
            @($rows.GroupName | Sort-Object -Unique) -join ','
            @(Get-WorkplacePostEngagement -Hashtag 'well').Count
            $csv = Join-Path ([IO.Path]::GetTempPath()) "eng-$([guid]::NewGuid()).csv"
            $rows | Export-Csv $csv
            $back = @(Import-Csv $csv)
            $back.Count
            $back[0].SeenCount -eq "$($rows[0].SeenCount)"
            Remove-Item $csv
            """).ThrowIfFailed();
        Assert.Equal(new object[] { 2, "All Company,Social Club", 0, 2, true }, run.Objects);
    }

    [Fact]
    public void Piped_posts_and_groups_bind_sensibly()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            $posts = @(Get-WorkplacePost -Group 'All Company' -First 2)
            (($posts | Get-WorkplacePostEngagement).PostId -join ',') -eq ($posts.Id -join ',')
            ((Get-WorkplacePostEngagement -PostId $posts[0].PermalinkUrl).PostId) -eq $posts[0].Id
            @(Get-WorkplaceGroup -Name 'Social Club' | Get-WorkplacePostEngagement).Count -eq @(Get-WorkplacePost -Group 'Social Club').Count
            @($posts | Get-WorkplacePostEngagement | Get-WorkplacePostViewer).Count -gt 0
            """).ThrowIfFailed();
        Assert.Equal(new object[] { true, true, true, true }, run.Objects);
    }

    [Theory]
    [InlineData("Get-WorkplacePostEngagement -Hashtag 'two words'", "not a hashtag")]
    [InlineData("Get-WorkplacePostEngagement -Hashtag '#'", "not a hashtag")]
    [InlineData("Get-WorkplacePostEngagement -Group 'All Company' -Since '2026-01-01' -Until '2025-01-01'", "is after Until")]
    [InlineData("Get-WorkplacePostEngagement -PostId 'nonsense'", "not a post id")]
    [InlineData("Get-WorkplacePostViewer -PostId 'https://contoso.workplace.com/groups/123/'", "URL of a group")]
    public void Bad_input_is_refused_before_any_request(string command, string message)
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($"Clear-WorkplaceEmulatorRequest -Confirm:$false; {command}; @(Get-WorkplaceEmulatorRequest).Count");
        Assert.Contains(message, Assert.Single(run.Errors).ToString());
        Assert.Equal(new object[] { 0 }, run.Objects);
    }

    [Fact]
    public void One_failing_post_does_not_stop_the_others()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            $id = (Get-WorkplacePost -Group 'All Company' -First 1).Id
            Get-WorkplacePostEngagement -PostId 'nonsense', $id | ForEach-Object PostId
            """);
        Assert.Single(run.Errors);
        Assert.Single(run.Objects);
    }
}
