using System.Text.RegularExpressions;
using WorkplaceAdmin.Tests.Hosting;
using WorkplaceAdmin.Tests.Metadata;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>
/// Every default table view reads well in an 80-column console and in a 120-column one: each output type, made for
/// real by the cmdlets against the emulator, is rendered with <c>Format-Table | Out-String -Width 80</c> and
/// <c>-Width 120</c>; the header line holds every column of the view in order, no header is broken across lines, no
/// row wraps or runs past the width, and the identifying columns (and Status) show their values whole.
/// </summary>
public class TableViewWidthTests
{
    public static readonly int[] Widths = [80, 120];

    /// <summary>Names used by the cases; every case runs in a fresh session connected to a fresh demo emulator.</summary>
    private const string Setup = """
        $ava = 'ava.ross@contoso.example'; $ben = 'ben.carter@contoso.example'; $chloe = 'chloe.nguyen@contoso.example'
        $diego = 'diego.alvarez@contoso.example'
        $folder = Join-Path ([IO.Path]::GetTempPath()) "wa-views-$([guid]::NewGuid())"
        $secret = ConvertTo-SecureString ([WorkplaceAdmin.Emulator.EmulatorDefaults]::AdminAppSecret) -AsPlainText -Force
        $token = ConvertTo-SecureString ([WorkplaceAdmin.Emulator.EmulatorDefaults]::AdminToken) -AsPlainText -Force
        $link = "views-$([guid]::NewGuid().ToString('n').Substring(0, 8))"
        """;

    /// <summary>
    /// A webhook receiver in a runspace of its own (it blocks until it has an event), a subscription whose callback it
    /// verifies, and a post on the emulator that it receives: <c>$subscription</c> and <c>$events</c>.
    /// </summary>
    private const string Webhook = """
        $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0); $probe.Start(); $port = $probe.LocalEndpoint.Port; $probe.Stop()
        $verify = ConvertTo-SecureString 'views-verify-token' -AsPlainText -Force
        $receiver = [powershell]::Create()
        $null = $receiver.AddScript({
            param($Manifest, $Port, $Verify, $Secret)
            Import-Module $Manifest
            Receive-WorkplaceWebhook -Port $Port -VerifyToken $Verify -AppSecret $Secret -Count 1 -Timeout 30 -WarningAction SilentlyContinue
        }).AddArgument((Join-Path (Get-Module WorkplaceAdmin).ModuleBase 'WorkplaceAdmin.psd1')).AddArgument($port).AddArgument($verify).AddArgument($secret)
        $pending = $receiver.BeginInvoke()
        for ($i = 0; $i -lt 100; $i++) {
            $client = [System.Net.Sockets.TcpClient]::new()
            try { $client.Connect('127.0.0.1', $port); break } catch { Start-Sleep -Milliseconds 100 } finally { $client.Dispose() }
        }
        $subscription = New-WorkplaceWebhookSubscription -Object group -Field posts, comments -CallbackUrl "http://127.0.0.1:$port/" -VerifyToken $verify -AppSecret $secret -Confirm:$false
        $null = New-WorkplacePost -Group 'All Company' -Message "A webhook for the table view: $('long text ' * 12)" -Confirm:$false
        $events = @($receiver.EndInvoke($pending)); $receiver.Dispose()
        """;

    /// <summary>One case per output type with a table view: a script that writes real objects of the type, and the
    /// columns that identify them (with Status where the type has one), whose values must show whole at 80 columns.</summary>
    public static TheoryData<string, string, string[]> Cases() => new()
    {
        { "WorkplaceAdmin.Client.WorkplaceConnection", "Get-WorkplaceConnection", ["CommunityId", "CommunityName", "IsEmulator"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceCommunity", "Get-WorkplaceCommunity", ["Id", "Name"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceGroup", "Get-WorkplaceGroup", ["Id", "Name", "Privacy", "Archived"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceGroupMember", "Get-WorkplaceGroupMember -Group 'All Company'", ["Id", "Name", "Email"] },
        { "WorkplaceAdmin.Client.Models.GroupMembershipResult", "Add-WorkplaceGroupMember -Group 'Engineering' -Email $ben, $diego -Confirm:$false; Remove-WorkplaceGroupMember -Group 'Engineering' -Email $ben -Confirm:$false", ["UserId", "GroupId", "Action", "Status"] },
        { "WorkplaceAdmin.Client.Models.WorkplacePost", "Get-WorkplacePost -Group 'All Company'", ["Id", "CreatedTime"] },
        { "WorkplaceAdmin.Client.Models.WorkplacePostEngagement", "Get-WorkplacePostEngagement -Group 'All Company'", ["PostId", "Seen", "Reactions", "Comments", "Shares"] },
        { "WorkplaceAdmin.Client.Models.WorkplacePostViewer", "Get-WorkplacePost -Group 'All Company' | Select-Object -First 1 | Get-WorkplacePostViewer", ["PostId", "Id", "SeenTime"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceComment", "Get-WorkplacePost -Group 'All Company' | Get-WorkplaceComment", ["Id", "CreatedTime"] },
        { "WorkplaceAdmin.Client.Models.EmployeeDataExport", "$null = New-Item -ItemType Directory $folder -Force; Export-WorkplaceEmployeeData -Path (Join-Path $folder 'employees.xlsx') -Force -Confirm:$false", ["JobId", "Status", "Length"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceKnowledgeCategory", "Get-WorkplaceKnowledgeCategory -Recurse", ["Id", "Title", "Status"] },
        { "WorkplaceAdmin.Client.Models.GroupFeedExportResult", "Export-WorkplaceGroupFeed -Group 'All Company', 'Engineering' -Path $folder -Confirm:$false", ["GroupId", "GroupName", "Status", "Posts"] },
        { "WorkplaceAdmin.Client.Models.GroupFeedImportResult", "$g = New-WorkplaceGroup -Name \"Restore $([guid]::NewGuid())\" -Admin $ava -Confirm:$false; Export-WorkplaceGroupFeed -Group 'Engineering' -Path $folder -Confirm:$false | Import-WorkplaceGroupFeed -Group $g.Id -Confirm:$false", ["SourceId", "Status", "TargetId"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceMessageResult", "Send-WorkplaceMessage -Recipient $ava, $ben, 'nobody@contoso.example' -Text 'hello' -Confirm:$false -ErrorAction SilentlyContinue", ["RecipientId", "Recipient", "Status"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceChatMessage", "Get-WorkplaceMessage -Person $ben", ["Id"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceMessageRemoval", "Get-WorkplaceMessage -Person $ben | Remove-WorkplaceMessage -Confirm:$false", ["MessageId", "Status"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceAccountMatch", "[pscustomobject]@{ Email = $ava; ExternalId = 'HR-000123' }, [pscustomobject]@{ Email = 'nobody@contoso.example' } | Resolve-WorkplaceAccount", ["ExternalId", "Email", "Status", "PersonId"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceUser", "Get-WorkplaceUser", ["Id", "Email", "Name", "Status"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceUserSyncResult", "Get-WorkplaceUser -Status Active | Sync-WorkplaceUser -WhatIf", ["Id", "Action", "Email"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceUserSyncSummary", "Get-WorkplaceUser -Status Active | Sync-WorkplaceUser -WhatIf", ["CommunityId", "Rows", "Created", "Updated", "Disabled", "Unchanged", "Failed", "Excluded", "WhatIf"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceLink", "New-WorkplaceLink -Name $link -Kind Chat -AccessToken $token -AllowPlainTextTokenFile -WarningAction SilentlyContinue -Confirm:$false", ["CommunityId", "Name", "Kind"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceLinkCheck", "New-WorkplaceLink -Name $link -Kind Chat -AccessToken $token -AllowPlainTextTokenFile -WarningAction SilentlyContinue -Confirm:$false | Test-WorkplaceLink", ["CheckId", "LinkName", "Status"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceWebhookSubscription", Webhook + "; Get-WorkplaceWebhookSubscription -AppSecret $secret", ["AppId", "Object", "Active"] },
        { "WorkplaceAdmin.Client.Models.WorkplaceWebhookEvent", Webhook + "; $events", ["EntryId", "Field", "Verb", "Time"] },
        { "WorkplaceAdmin.Client.Models.WebhookSignatureResult", "Test-WorkplaceWebhookSignature -Body '{\"object\":\"group\",\"entry\":[{\"id\":\"100000000000142\",\"time\":1530000512}]}' -Signature256 'sha256=00' -AppSecret $secret -Detailed", ["EntryId", "Object", "IsValid", "Status"] },
        { "WorkplaceAdmin.Emulator.EmulatorIntegration", "Get-WorkplaceEmulatorIntegration", ["AppId", "Name", "AppSecretProof"] },
        { "WorkplaceAdmin.Emulator.RequestLogEntry", "Get-WorkplaceGroup | Out-Null; Get-WorkplaceEmulatorRequest", ["Time", "Method", "Status"] },
        { "WorkplaceAdmin.Emulator.EmulatorControls", "Set-WorkplaceEmulator -Latency ([timespan]::FromMilliseconds(250)) -PassThru -Confirm:$false", ["ReadOnly", "Latency", "ServerErrorRate"] },
    };

    /// <summary>Renders the case's objects of <paramref name="typeName"/> at each width; returns the view's labels,
    /// the objects' count, the values of the key columns of the first object, and the two texts.</summary>
    private const string Render = """
        param($TypeName, $Keys, $Widths)
        $objects = @($input | Where-Object { $_.PSObject.TypeNames[0] -eq $TypeName })
        $table = (Get-FormatData -TypeName $TypeName).FormatViewDefinition.Control | Where-Object { $_ -is [System.Management.Automation.TableControl] } | Select-Object -First 1
        $labels = for ($i = 0; $i -lt $table.Headers.Count; $i++) {
            if ($table.Headers[$i].Label) { $table.Headers[$i].Label } else { $table.Rows[0].Columns[$i].DisplayEntry.Value }
        }
        $values = foreach ($key in $Keys) { if ($objects.Count -and $null -ne $objects[0].$key -and $objects[0].$key -isnot [datetimeoffset]) { "$($objects[0].$key)" } else { '' } }
        [pscustomobject]@{
            Labels = [string[]]@($labels)
            Count = $objects.Count
            Values = [string[]]@($values)
            Texts = [string[]]@(foreach ($width in $Widths) { $objects | Format-Table | Out-String -Width $width })
        }
        """;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Table_view_reads_at_80_and_120_columns(string typeName, string script, string[] keyColumns)
    {
        using var session = ModuleSession.ConnectedToEmulator();
        session.Run(Setup).ThrowIfFailed();

        var run = session.Run($"& {{ {script} }} | & {{ {Render} }} -TypeName $typeName -Keys $keys -Widths $widths",
            new Dictionary<string, object?> { ["typeName"] = typeName, ["keys"] = keyColumns, ["widths"] = Widths }).ThrowIfFailed();
        var result = Assert.Single(run.Output);
        var labels = (string[])result.Properties["Labels"].Value;
        var count = (int)result.Properties["Count"].Value;
        var values = (string[])result.Properties["Values"].Value;
        var texts = (string[])result.Properties["Texts"].Value;

        Assert.True(count > 0, $"The case wrote no {typeName}.");
        Assert.NotEmpty(labels);
        foreach (var key in keyColumns)
        {
            Assert.True(labels.Contains(key), $"{typeName}: the key column {key} is not in the table view ({string.Join(", ", labels)}).");
        }

        for (var i = 0; i < Widths.Length; i++)
        {
            var width = Widths[i];
            var lines = texts[i].Replace("\r", "", StringComparison.Ordinal).Split('\n');
            var context = $"{typeName} at {width} columns:{Environment.NewLine}{texts[i]}";

            foreach (var line in lines)
            {
                Assert.True(line.Length <= width, $"A line is {line.Length} characters long. {context}");
            }

            // The header line is the one above the dashes; each column's dashes are as long as its label, so a label
            // broken over lines ("Mes/sag/e") shows as a dash run shorter than the label.
            var dashes = Array.FindIndex(lines, line => line.Length > 0 && line.Trim().Length > 0 && line.Trim().All(c => c is '-' or ' '));
            Assert.True(dashes > 0, $"No header. {context}");
            Assert.True(dashes == 1 || lines[dashes - 2].Trim().Length == 0, $"The header takes more than one line. {context}");
            var header = lines[dashes - 1];
            var expected = "^ *" + string.Join(" +", labels.Select(Regex.Escape)) + " *$";
            Assert.Matches(new Regex(expected), header);
            Assert.Equal(labels.Select(label => label.Length), lines[dashes].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(run => run.Length));

            // One line per object: no row wraps.
            var rows = lines.Skip(dashes + 1).TakeWhile(line => line.Trim().Length > 0).ToList();
            Assert.True(rows.Count == count, $"{count} objects took {rows.Count} lines. {context}");

            // The identifying columns show whole: the first object's values are in its row, not cut with "…".
            for (var k = 0; k < keyColumns.Length; k++)
            {
                if (values[k].Length > 0)
                {
                    Assert.True(rows[0].Contains(values[k], StringComparison.Ordinal), $"{keyColumns[k]} '{values[k]}' is not whole in the first row. {context}");
                }
            }
        }
    }

    [Fact]
    public void Every_type_with_a_table_view_has_a_case()
    {
        var viewed = FormatFile.Views.Where(view => view.Kind == "Table").SelectMany(view => view.TypeNames).ToHashSet();
        var cased = Cases().Select(row => (string)row[0]).ToHashSet();

        Assert.Empty(viewed.Except(cased));
        Assert.Empty(cased.Except(viewed));
    }
}
