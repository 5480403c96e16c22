using Xunit;

namespace WorkplaceAdmin.Client.Tests.Identity;

public class WorkplaceGroupReferenceTests
{
    [Theory]
    [InlineData("356789012345678", "356789012345678", null, null)]
    [InlineData("  356789012345678 ", "356789012345678", null, null)]
    [InlineData("https://acme.workplace.com/groups/356789012345678/", "356789012345678", null, "acme.workplace.com")]
    [InlineData("https://acme.workplace.com/groups/356789012345678", "356789012345678", null, "acme.workplace.com")]
    [InlineData("https://acme.workplace.com/groups/356789012345678/?ref=bookmarks", "356789012345678", null, "acme.workplace.com")]
    [InlineData("https://acme.workplace.com/groups/356789012345678#top", "356789012345678", null, "acme.workplace.com")]
    [InlineData("https://acme.workplace.com/groups/356789012345678/permalink/987654321/", "356789012345678", "987654321", "acme.workplace.com")]
    [InlineData("https://acme.workplace.com/groups/356789012345678/permalink/987654321?comment_id=5", "356789012345678", "987654321", "acme.workplace.com")]
    [InlineData("https://ACME.Workplace.com/Groups/356789012345678/", "356789012345678", null, "acme.workplace.com")]
    [InlineData("https://acme.workplace.com/groups/356789012345678/members/", "356789012345678", null, "acme.workplace.com")]
    [InlineData("acme.workplace.com/groups/356789012345678", "356789012345678", null, "acme.workplace.com")]
    [InlineData("https://workplace.facebook.com/groups/1234/", "1234", null, "workplace.facebook.com")]
    [InlineData("https://acme.facebook.com/groups/1234/permalink/55/", "1234", "55", "acme.facebook.com")]
    [InlineData("http://acme.workplace.com/groups/1234/", "1234", null, "acme.workplace.com")]
    public void Parses_ids_and_group_urls(string input, string groupId, string? postId, string? host)
    {
        var reference = WorkplaceGroupReference.ParseReference(input);

        Assert.Equal(groupId, WorkplaceGroupReference.Parse(input));
        Assert.Equal(groupId, reference.GroupId);
        Assert.Equal(postId, reference.PostId);
        Assert.Equal(host, reference.Host);
        Assert.True(WorkplaceGroupReference.TryParse(input, out var again));
        Assert.Equal(groupId, again);
        Assert.True(WorkplaceGroupReference.TryParseReference(input, out var againReference));
        Assert.Equal(groupId, againReference.GroupId);
    }

    [Fact]
    public void A_url_input_gives_the_canonical_group_url_and_an_id_gives_none()
    {
        Assert.Equal("https://acme.workplace.com/groups/1234/", WorkplaceGroupReference.ParseReference("https://acme.workplace.com/groups/1234/permalink/9/").Url);
        Assert.Null(WorkplaceGroupReference.ParseReference("1234").Url);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("https://x.com/foo", "not a Workplace host")]
    [InlineData("https://www.facebook.com/groups/1234/", "not a Workplace host")]
    [InlineData("https://facebook.com/groups/1234/", "not a Workplace host")]
    [InlineData("https://acme.workplace.com.evil.com/groups/1234/", "not a Workplace host")]
    [InlineData("https://acme.workplace.com/", "does not start with /groups/")]
    [InlineData("https://acme.workplace.com/profile.php?id=1234", "does not start with /groups/")]
    [InlineData("https://acme.workplace.com/groups/", "does not start with /groups/")]
    [InlineData("https://acme.workplace.com/groups/my-team/", "not a numeric id")]
    [InlineData("https://acme.workplace.com/chat/t/1234", "does not start with /groups/")]
    [InlineData("ftp://acme.workplace.com/groups/1234/", "neither")]
    [InlineData("IT Announcements", "neither")]
    [InlineData("12a45", "neither")]
    [InlineData("-1234", "neither")]
    [InlineData("1234567890123456789012345678901234567890", "too many")]
    public void Rejects_anything_else_naming_the_input_and_what_was_expected(string input, string reason)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => WorkplaceGroupReference.Parse(input));

        Assert.Equal("input", error.ParamName);
        Assert.Contains(reason, error.Message);
        Assert.Contains("expected https://<company>.workplace.com/groups/<id>/ or a numeric group id", error.Message);
        if (input.Trim().Length > 0)
            Assert.Contains($"'{input.Trim()}'", error.Message);
        Assert.Throws<ArgumentException>(() => WorkplaceGroupReference.ParseReference(input));
        Assert.False(WorkplaceGroupReference.TryParse(input, out var groupId));
        Assert.Null(groupId);
        Assert.False(WorkplaceGroupReference.TryParseReference(input, out var reference));
        Assert.Null(reference);
    }

    [Fact]
    public void The_contract_example_message()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => WorkplaceGroupReference.Parse("https://x.com/foo"));

        Assert.StartsWith("'https://x.com/foo' is not a Workplace group URL", error.Message);
    }

    [Fact]
    public void Parse_fits_a_string_to_string_function()
    {
        Func<string, string> toGroupId = WorkplaceGroupReference.Parse;

        Assert.Equal("12", toGroupId("https://acme.workplace.com/groups/12/"));
    }

    [Fact]
    public void TryParse_of_null_is_false()
    {
        Assert.False(WorkplaceGroupReference.TryParse(null, out _));
    }
}
