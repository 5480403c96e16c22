using WorkplaceAdmin.Client.Completion;
using Xunit;

namespace WorkplaceAdmin.Client.Tests.Completion;

public class CompletionTests
{
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Completes_by_prefix_case_insensitively_and_sorted()
    {
        var cache = new CompletionCache(clock: () => _now);
        var result = cache.Complete("groups", "it", _ => Values("IT Help", "All Company", "it announcements"));
        Assert.Equal(["it announcements", "IT Help"], result);
    }

    [Fact]
    public void Loads_once_until_the_lifetime_ends()
    {
        var loads = 0;
        var cache = new CompletionCache(lifetime: TimeSpan.FromMinutes(5), clock: () => _now);
        IAsyncEnumerable<string?> Load(CancellationToken _)
        {
            loads++;
            return Values("a", "b");
        }

        cache.Complete("k", "", Load);
        cache.Complete("k", "a", Load);
        Assert.Equal(1, loads);

        _now += TimeSpan.FromMinutes(6);
        cache.Complete("k", "", Load);
        Assert.Equal(2, loads);
    }

    [Fact]
    public void A_slow_load_answers_with_what_it_has_within_the_timeout()
    {
        var cache = new CompletionCache(timeout: TimeSpan.FromMilliseconds(200), clock: () => _now);
        var started = DateTime.UtcNow;
        var result = cache.Complete("k", "", Slow);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(3));
        Assert.Contains("first", result);
        Assert.DoesNotContain("never", result);

        static async IAsyncEnumerable<string?> Slow([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            yield return "first";
            await Task.Delay(Timeout.Infinite, ct);
            yield return "never";
        }
    }

    [Fact]
    public void A_failing_load_completes_nothing_instead_of_throwing()
    {
        var cache = new CompletionCache(clock: () => _now);
        Assert.Empty(cache.Complete("k", "", _ => Failing()));

        static async IAsyncEnumerable<string?> Failing()
        {
            await Task.Yield();
            throw new InvalidOperationException("no permission");
#pragma warning disable CS0162 // an iterator needs a yield
            yield break;
#pragma warning restore CS0162
        }
    }

    [Fact]
    public void Skips_empty_values_and_duplicates()
    {
        var cache = new CompletionCache(clock: () => _now);
        Assert.Equal(["a"], cache.Complete("k", "", _ => Values("a", null, "", "A")));
    }

    [Fact]
    public void Completes_what_was_typed_inside_an_open_quote()
    {
        var cache = new CompletionCache(clock: () => _now);
        Assert.Equal(["IT Help"], cache.Complete("k", "'IT H", _ => Values("IT Help", "ITAM")));
    }

    [Theory]
    [InlineData("Engineering", "Engineering")]
    [InlineData("IT Help", "'IT Help'")]
    [InlineData("Bob's team", "'Bob''s team'")]
    [InlineData("a@contoso.com", "'a@contoso.com'")]
    [InlineData("", "''")]
    public void Quotes_values_that_need_it(string value, string expected)
    {
        Assert.Equal(expected, CompletionText.Quote(value));
    }

    [Theory]
    [InlineData("'IT H", "IT H")]
    [InlineData("\"IT H\"", "IT H")]
    [InlineData("'Bob''s", "Bob's")]
    [InlineData("plain", "plain")]
    public void Unquotes_what_was_typed(string typed, string expected)
    {
        Assert.Equal(expected, CompletionText.Unquote(typed));
    }

    private static async IAsyncEnumerable<string?> Values(params string?[] values)
    {
        foreach (var value in values)
        {
            await Task.Yield();
            yield return value;
        }
    }
}
