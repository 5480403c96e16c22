using Xunit;
using WorkplaceAdmin.Client.Selection;

namespace WorkplaceAdmin.Client.Tests.Selection;

public class AsyncSelectionTests
{
    [Theory]
    [InlineData(0UL, null, new[] { 1, 2, 3, 4, 5 })]
    [InlineData(2UL, null, new[] { 3, 4, 5 })]
    [InlineData(0UL, 2UL, new[] { 1, 2 })]
    [InlineData(1UL, 2UL, new[] { 2, 3 })]
    [InlineData(4UL, 5UL, new[] { 5 })]
    [InlineData(9UL, 1UL, new int[0])]
    [InlineData(0UL, 0UL, new int[0])]
    public async Task Page_skips_then_takes(ulong skip, ulong? first, int[] expected)
    {
        var result = await Numbers(5, new Counter()).Page(skip, first).ToListAsync();
        Assert.Equal(expected, result);
    }

    [Fact]
    public async Task Page_stops_reading_once_it_has_enough()
    {
        var counter = new Counter();
        await Numbers(1_000_000, counter).Page(3, 2).ToListAsync();
        Assert.Equal(5, counter.Read);
    }

    [Fact]
    public async Task WhereNameMatches_keeps_matches_of_any_pattern_and_reports_which_matched()
    {
        var names = new[] { "IT Announcements", "All Company", "Engineering", "IT Help" }.ToAsyncEnumerable();
        var matched = new List<string>();
        var patterns = new[] { NamePattern.Parse("IT*"), NamePattern.Parse("Engineering"), NamePattern.Parse("Nope") };

        var result = await names.WhereNameMatches(patterns, name => name, pattern => matched.Add(pattern.Pattern)).ToListAsync();

        Assert.Equal(["IT Announcements", "Engineering", "IT Help"], result);
        Assert.DoesNotContain("Nope", matched);
        Assert.Contains("Engineering", matched);
    }

    [Fact]
    public async Task WhereNameMatches_without_patterns_keeps_everything()
    {
        var result = await new[] { "a", "b" }.ToAsyncEnumerable().WhereNameMatches([], name => name).ToListAsync();
        Assert.Equal(["a", "b"], result);
    }

    private sealed class Counter
    {
        public int Read { get; set; }
    }

    private static async IAsyncEnumerable<int> Numbers(int count, Counter counter)
    {
        for (var i = 1; i <= count; i++)
        {
            counter.Read++;
            await Task.Yield();
            yield return i;
        }
    }
}
