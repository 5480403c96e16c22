using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>Import-WorkplaceGroupFeed restores a backup into a group of another community: order, threads, author and time, idempotence.</summary>
public class RestoreFeedTests
{
    /// <summary>A backup of All Company in $file, and a fresh group $group in a second emulator reached by $target.</summary>
    private const string Setup = """
        $folder = Join-Path ([IO.Path]::GetTempPath()) "wa-restore-$([guid]::NewGuid())"
        $file = (Export-WorkplaceGroupFeed -Group 'All Company' -Path $folder -Confirm:$false).Path
        $target = Connect-Workplace -Emulator -PassThru
        $group = New-WorkplaceGroup -Name 'Restored' -Admin 'ava.ross@contoso.example' -Connection $target -Confirm:$false

        """;

    /// <summary>Every restored record of the target group as "source mark|parent's source mark", sorted; and how many records carry a mark twice.</summary>
    private const string Restored = """

        $rows = foreach ($p in Get-WorkplacePost -Group $group.Id -Connection $target) {
            $ps = [regex]::Match($p.Message, '\[restored from (\S+)\]').Groups[1].Value
            "$ps|"
            $byId = @{}
            foreach ($c in Get-WorkplaceComment -PostId $p.Id -Connection $target) {
                $cs = [regex]::Match($c.Message, '\[restored from (\S+)\]').Groups[1].Value; $byId[$c.Id] = $cs
                if ($c.ParentId) { "$cs|$($byId[$c.ParentId])" } else { "$cs|$ps" }
            }
        }
        ($rows | Sort-Object) -join ';'
        @($rows | ForEach-Object { ($_ -split '\|')[0] } | Group-Object | Where-Object Count -gt 1).Count
        """;

    [Fact]
    public void A_backup_is_restored_oldest_first_with_threads_authors_and_times_and_a_rerun_posts_nothing()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run(Setup + """
            $results = @(Import-WorkplaceGroupFeed -Path $file -Group $group.Id -Connection $target -Confirm:$false)
            @($results | Where-Object Status -ne 'Created').Count
            $results.Count -eq @(Get-Content $file).Count
            $posts = @(Get-WorkplacePost -Group $group.Id -Connection $target)
            # Newest first in the feed, so restored oldest first: the original times descend too.
            $original = $posts | ForEach-Object { [datetime]::ParseExact([regex]::Match($_.Message, 'on (\d{4}-\d\d-\d\d \d\d:\d\d) UTC').Groups[1].Value, 'yyyy-MM-dd HH:mm', $null) }
            (($original | Sort-Object -Descending) -join ',') -eq ($original -join ',')
            $posts[-1].Message -match '^Welcome' -and $posts[-1].Message -match 'Originally by Ava Ross on 2025-03-03 09:00 UTC' -and $posts[-1].Message -match 'Attachments kept in the backup: \d+\.png'
            Clear-WorkplaceEmulatorRequest -Connection $target -Confirm:$false
            $again = @(Import-WorkplaceGroupFeed -Path $file -Group $group.Id -Connection $target -Confirm:$false)
            @($again | Where-Object Status -ne 'AlreadyImported').Count
            @(Get-WorkplaceEmulatorRequest -Connection $target | Where-Object Method -ne 'GET').Count
            """).ThrowIfFailed();
        Assert.Equal(new object[] { 0, true, true, true, 0, 0 }, run.Objects);
    }

    [Fact]
    public void WhatIf_shows_the_plan_and_sends_nothing()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run(Setup + """
            Clear-WorkplaceEmulatorRequest -Connection $target -Confirm:$false
            $plan = @(Import-WorkplaceGroupFeed -Path $file -Group $group.Id -Connection $target -WhatIf)
            @($plan | Where-Object Status -eq 'Skipped').Count -eq @(Get-Content $file).Count
            @(Get-WorkplaceEmulatorRequest -Connection $target | Where-Object Method -ne 'GET').Count
            """).ThrowIfFailed();
        Assert.Equal(new object[] { true, 0 }, run.Objects);
    }

    [Fact]
    public void A_run_under_server_errors_then_a_rerun_restore_everything_exactly_once()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var clean = session.Run(Setup + "Import-WorkplaceGroupFeed -Path $file -Group $group.Id -Connection $target -Confirm:$false | Out-Null" + Restored).ThrowIfFailed();

        var faulty = session.Run(Setup + """
            Set-WorkplaceEmulator -ServerErrorRate 0.3 -ThrottleRate 0.1 -Connection $target -Confirm:$false
            $first = @(Import-WorkplaceGroupFeed -Path $file -Group $group.Id -Connection $target -Confirm:$false -ErrorAction SilentlyContinue)
            Set-WorkplaceEmulator -ServerErrorRate 0 -ThrottleRate 0 -Connection $target -Confirm:$false
            $second = @(Import-WorkplaceGroupFeed -Path $file -Group $group.Id -Connection $target -Confirm:$false)
            @($second | Where-Object Status -notin 'Created', 'AlreadyImported').Count
            """ + Restored);
        Assert.Null(faulty.Terminating);
        Assert.Equal(0, faulty.Objects[0]);
        Assert.Equal(clean.Objects, faulty.Objects.Skip(1).ToList());
        Assert.Equal(0, clean.Objects[1]);
    }

    [Fact]
    public void A_missing_or_foreign_file_is_a_file_error_naming_it_and_nothing_is_posted()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            $missing = Join-Path ([IO.Path]::GetTempPath()) "wa-missing-$([guid]::NewGuid()).jsonl"
            $foreign = Join-Path ([IO.Path]::GetTempPath()) "wa-foreign-$([guid]::NewGuid()).jsonl"
            '{"hello":"world"}' | Set-Content $foreign
            Clear-WorkplaceEmulatorRequest -Confirm:$false
            Import-WorkplaceGroupFeed -Path $missing -Group 'Engineering' -Confirm:$false
            Import-WorkplaceGroupFeed -Path $foreign -Group 'Engineering' -Confirm:$false
            @(Get-WorkplaceEmulatorRequest | Where-Object Method -ne 'GET').Count
            Remove-Item $foreign
            """);
        Assert.Equal(2, run.Errors.Count);
        Assert.Contains("wa-missing-", run.Errors[0].ToString());
        Assert.Equal("ObjectNotFound", run.Errors[0].CategoryInfo.Category.ToString());
        Assert.Contains("wa-foreign-", run.Errors[1].ToString());
        Assert.Equal("ReadError", run.Errors[1].CategoryInfo.Category.ToString());
        Assert.Equal(new object[] { 0 }, run.Objects);
    }
}
