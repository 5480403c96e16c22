using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>Export-WorkplaceGroupFeed saves attachments beside the JSON Lines: named by id, verified, with a manifest, resumable.</summary>
public class BackupAttachmentsTests
{
    private const string Folder = """$folder = Join-Path ([IO.Path]::GetTempPath()) "wa-backup-$([guid]::NewGuid())"; """;

    /// <summary>Every media id of the manifests, sorted, with "|size|content type" of its file: what a complete backup holds.</summary>
    private const string Inventory = """
        @(Get-ChildItem $folder -Filter '*.attachments.jsonl' | Get-Content | ConvertFrom-Json | ForEach-Object {
            "$($_.media_id)|$($_.status)|$($_.bytes)|$((Get-ChildItem $folder -Recurse -Filter $_.file).Length)"
        } | Sort-Object) -join ';'
        @(Get-ChildItem $folder -Filter '*.jsonl' | Where-Object Name -notlike '*.attachments.jsonl' | Get-Content | ConvertFrom-Json | ForEach-Object id | Group-Object | Where-Object Count -gt 1).Count
        """;

    [Fact]
    public void Post_and_comment_media_are_saved_by_id_with_a_manifest_and_verified_sizes()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run(Folder + """
            $results = Export-WorkplaceGroupFeed -Group 'All Company', 'Social Club', 'Engineering' -Path $folder -Confirm:$false
            ($results | Measure-Object Attachments -Sum).Sum
            ($results | Measure-Object AttachmentsFailed -Sum).Sum
            $lines = @(Get-ChildItem $folder -Filter '*.attachments.jsonl' | Get-Content | ConvertFrom-Json)
            $lines.Count
            @($lines | Where-Object { (Get-ChildItem $folder -Recurse -Filter $_.file).Length -ne $_.bytes }).Count
            @($lines | Where-Object { $_.owner_id -notlike '*_*' -or $_.file -notlike "$($_.media_id).*" }).Count
            @($lines.kind | Sort-Object -Unique) -join ','
            @($lines.content_type | Sort-Object -Unique) -join ','
            @(Get-ChildItem $folder -Recurse -Filter '*.partial').Count
            """).ThrowIfFailed();
        Assert.Equal(new object[] { 7L, 0L, 7, 0, 0, "file,photo,video", "application/pdf,image/png,video/mp4", 0 }, run.Objects.Select(Normalize).ToArray());
    }

    [Fact]
    public void A_run_under_server_errors_and_throttling_loses_and_duplicates_nothing()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var clean = session.Run(Folder + "Export-WorkplaceGroupFeed -Group 'All Company', 'Social Club', 'Engineering' -Path $folder -Confirm:$false | Out-Null; " + Inventory).ThrowIfFailed();

        var faulty = session.Run(Folder + """
            Set-WorkplaceEmulator -ServerErrorRate 0.1 -ThrottleRate 0.1 -Confirm:$false
            Export-WorkplaceGroupFeed -Group 'All Company', 'Social Club', 'Engineering' -Path $folder -Confirm:$false | Out-Null
            Set-WorkplaceEmulator -ServerErrorRate 0 -ThrottleRate 0 -Confirm:$false

            """ + Inventory).ThrowIfFailed();
        Assert.Equal(clean.Objects, faulty.Objects);
        Assert.Equal(7, ((string)clean.Objects[0]).Split(';').Length);
    }

    [Fact]
    public void A_backup_stopped_midway_resumes_to_the_same_files_without_duplicates()
    {
        // Groups whose feeds are newest first by creation time, as the resume logic expects of Graph.
        const string Export = "Export-WorkplaceGroupFeed -Group 'All Company', 'Engineering' -Path $folder -Confirm:$false";
        using var clean = ModuleSession.ConnectedToEmulator();
        var expected = clean.Run(Folder + Export + " | Out-Null; " + Inventory).ThrowIfFailed();

        using var session = ModuleSession.ConnectedToEmulator();
        session.Run(Folder + "Set-WorkplaceEmulator -Latency ([timespan]::FromMilliseconds(40)) -Confirm:$false").ThrowIfFailed();
        using (var running = session.Start(Export))
        {
            running.WaitForOutput(1, TimeSpan.FromSeconds(30)); // stopped inside the second group, or near it
            running.Stop();
        }
        var resumed = session.Run("Set-WorkplaceEmulator -Latency ([timespan]::Zero) -Confirm:$false; " + Export + " | Out-Null; " + Inventory).ThrowIfFailed();
        Assert.Equal(expected.Objects, resumed.Objects);
        Assert.Equal(0, expected.Objects[1]);
    }

    [Fact]
    public void SkipAttachments_writes_the_text_only_and_WhatIf_writes_nothing()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run(Folder + """
            $r = Export-WorkplaceGroupFeed -Group 'Social Club' -Path $folder -SkipAttachments -Confirm:$false
            $r.Attachments; $null -eq $r.ManifestPath
            @(Get-ChildItem $folder -Recurse -File).Count
            $other = "$folder-whatif"
            Clear-WorkplaceEmulatorRequest -Confirm:$false
            Export-WorkplaceGroupFeed -Group 'Social Club' -Path $other -WhatIf
            @(Get-WorkplaceEmulatorRequest | Where-Object Path -like '*/feed*').Count
            Test-Path (Join-Path $other '*')
            """).ThrowIfFailed();
        Assert.Equal(new object[] { 0L, true, 2, 0, false }, run.Objects.Select(Normalize).ToArray());
    }

    private static object Normalize(object value) => value is double d ? (long)d : value;
}
