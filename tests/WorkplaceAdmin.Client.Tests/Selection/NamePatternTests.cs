using Xunit;
using WorkplaceAdmin.Client.Selection;

namespace WorkplaceAdmin.Client.Tests.Selection;

public class NamePatternTests
{
    [Theory]
    [InlineData("IT Announcements", "it announcements", true)]
    [InlineData("IT Announcements", "IT Announcement", false)]
    [InlineData("IT*", "IT Announcements", true)]
    [InlineData("*ann*", "IT Announcements", true)]
    [InlineData("*ann*", "All Company", false)]
    [InlineData("Team ?", "Team A", true)]
    [InlineData("Team ?", "Team AB", false)]
    [InlineData("Team [A-C]", "Team b", true)]
    [InlineData("Team [A-C]", "Team D", false)]
    [InlineData("Sales (EMEA)", "Sales (EMEA)", true)]
    [InlineData("Q`*", "Q*", true)]
    [InlineData("Q`*", "Qx", false)]
    [InlineData("a.b", "axb", false)]
    public void Matches_like_PowerShell_wildcards(string pattern, string name, bool expected)
    {
        Assert.Equal(expected, NamePattern.Parse(pattern).IsMatch(name));
    }

    [Theory]
    [InlineData("Engineering", false)]
    [InlineData("Eng*", true)]
    [InlineData("Q`*", false)]
    [InlineData("[ab]", true)]
    public void Knows_whether_it_has_wildcards(string pattern, bool expected)
    {
        Assert.Equal(expected, NamePattern.Parse(pattern).HasWildcards);
    }

    [Fact]
    public void Rejects_an_unclosed_range_naming_the_pattern()
    {
        var error = Assert.Throws<ArgumentException>(() => NamePattern.Parse("Team [A"));
        Assert.Contains("'Team [A'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_empty_pattern()
    {
        Assert.Throws<ArgumentException>(() => NamePattern.Parse(""));
    }

    [Fact]
    public void Never_matches_a_missing_name()
    {
        Assert.False(NamePattern.Parse("*").IsMatch(null));
    }
}
