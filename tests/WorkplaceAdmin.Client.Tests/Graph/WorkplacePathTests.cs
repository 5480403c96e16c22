using WorkplaceAdmin.Client.Tests.Support;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Graph;

public class WorkplacePathTests
{
    [Theory]
    [InlineData("a@x.com", "a%40x.com")]
    [InlineData("first.last+tag@x.com", "first.last%2Btag%40x.com")]
    [InlineData("123_456", "123_456")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("x?y#z", "x%3Fy%23z")]
    [InlineData(" 123 ", "123")]
    public void Escapes_user_segments(string segment, string expected)
    {
        Assert.Equal(expected, WorkplacePath.Escape(segment));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("..")]
    public void Rejects_empty_or_dot_segments(string segment)
    {
        Assert.ThrowsAny<ArgumentException>(() => WorkplacePath.Escape(segment));
    }

    [Fact]
    public void Joins_escaped_segments()
    {
        Assert.Equal("123/members/a%40x.com", WorkplacePath.Of("123", "members", "a@x.com"));
    }

    [Fact]
    public async Task An_escaped_email_reaches_the_wire_as_percent_40()
    {
        var transport = FakeTransport.Always(() => Respond.Json("""{"id":"1"}"""));
        using var client = TestClients.Create(transport);

        await client.GraphGetAsync(WorkplacePath.Of("123", "members", "a@x.com"));

        Assert.Equal("https://graph.test.example/123/members/a%40x.com", Assert.Single(transport.Requests).Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://evil.example/x")]
    [InlineData("//evil.example/x")]
    [InlineData("../scim/Users")]
    [InlineData("community/../../x")]
    [InlineData("a b")]
    public async Task Low_level_calls_reject_paths_that_could_leave_the_api_root(string path)
    {
        var transport = FakeTransport.Always(() => Respond.Json("{}"));
        using var client = TestClients.Create(transport);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.GraphGetAsync(path));
        Assert.Equal(0, transport.Count);
    }
}
