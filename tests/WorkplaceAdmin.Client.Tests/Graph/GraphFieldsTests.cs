using Xunit;

namespace WorkplaceAdmin.Client.Tests.Graph;

public class GraphFieldsTests
{
    [Fact]
    public void Builds_the_contract_example()
    {
        string fields = GraphFields.Of("id", "name").With("owner", "name", "email").With("members", limit: 0, summary: true);

        Assert.Equal("id,name,owner{name,email},members.limit(0).summary(true)", fields);
    }

    [Fact]
    public void Supports_nesting_type_and_alias()
    {
        var fields = GraphFields.Of("id")
            .With("from", GraphFields.Of("name").With("picture", "url"))
            .With("reactions", type: "LOVE", limit: 0, summary: true, alias: "reactions_love")
            .With("comments", limit: 5, fields: GraphFields.Of("id", "message"));

        Assert.Equal("id,from{name,picture{url}},reactions.type(LOVE).limit(0).summary(true).as(reactions_love),comments.limit(5){id,message}", fields.ToString());
    }

    [Fact]
    public void Is_immutable()
    {
        var basic = GraphFields.Of("id");
        var extended = basic.With("name");

        Assert.Equal("id", basic.ToString());
        Assert.Equal("id,name", extended.ToString());
    }

    [Theory]
    [InlineData("id,name")]
    [InlineData("owner{x}")]
    [InlineData("")]
    [InlineData("na me")]
    [InlineData("1abc")]
    public void Rejects_names_that_would_inject_syntax(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => GraphFields.Of(name));
        Assert.ThrowsAny<ArgumentException>(() => GraphFields.Of("id").With(name, "x"));
    }

    [Fact]
    public void Rejects_a_negative_limit()
    {
        Assert.ThrowsAny<ArgumentException>(() => GraphFields.Of("id").With("members", limit: -1));
    }
}
