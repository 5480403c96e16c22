using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>
/// <c>Get-WorkplaceComment | Remove-WorkplaceComment</c> deletes every comment with no error: a comment removed
/// downstream takes its replies with it, so the listing neither reads nor writes them.
/// </summary>
public class CommentRemovalTests
{
    [Fact]
    public void Removing_the_listed_comments_reports_nothing_about_the_replies_that_went_with_them()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        session.Run("""
            $post = New-WorkplacePost -Group 'All Company' -Message 'Lunch?' -Confirm:$false
            foreach ($topic in 'Tacos', 'Pizza') {
                $comment = New-WorkplaceComment -PostId $post.Id -Message $topic -Confirm:$false
                'Agreed', 'Me too' | ForEach-Object { New-WorkplaceComment -CommentId $comment.Id -Message $_ -Confirm:$false } | Out-Null
            }
            Clear-WorkplaceEmulatorRequest -Confirm:$false
            """).ThrowIfFailed();

        var run = session.Run("""
            $removed = @(Get-WorkplaceComment -PostId $post.Id | Remove-WorkplaceComment -PassThru -Confirm:$false)
            $removed.Message -join ','
            @(Get-WorkplaceEmulatorRequest | Where-Object { $_.Method -eq 'GET' -and $_.Path -like '*/comments*' }).Count
            @(Get-WorkplaceComment -PostId $post.Id).Count
            """).ThrowIfFailed();

        // Only the post's comments are listed (one request); the replies of each deleted comment are never read.
        Assert.Equal(new object[] { "Tacos,Pizza", 1, 0 }, run.Objects);
    }
}
