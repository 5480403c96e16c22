using WorkplaceAdmin.Client.People;
using WorkplaceAdmin.Client.Tests.Support;
using static WorkplaceAdmin.Client.Tests.BadInput.InputErrorAssert;

namespace WorkplaceAdmin.Client.Tests.BadInput;

/// <summary>
/// Malformed emails, person ids, group references, post and comment ids and message texts through the parsers and
/// validators below the cmdlets: each is refused before any request with an ArgumentException that names it.
/// </summary>
public class MalformedIdentifierTests
{
    private static readonly string TenKilobytes = new('7', 10_000);

    public static TheoryData<string> BadEmails() =>
    [
        "plainaddress",
        "@contoso.example",
        "ava@",
        "ava@contoso",
        "ava ross@contoso.example",
        "ava@@contoso.example",
        "ava@contoso..example",
        ".ava@contoso.example",
        "ava@contoso.example,ben@contoso.example",
        "ava@contoso.example;ben@contoso.example",
        "Ava Ross <ava@contoso.example>",
        "<ava@contoso.example>",
        "'ava@contoso.example'",
        "\"ava@contoso.example\"",
        "ava\n@contoso.example",
        "ava\t@contoso.example",
        "ava@contoso.example\u200B",
        "\u200Bava@contoso.example",
        "ava\u0000@contoso.example",
        new string('a', 10_000) + "@contoso.example",
        "ava@" + new string('b', 10_000) + ".example",
        "ava@" + string.Join('.', Enumerable.Repeat("label", 60)) + ".example",
    ];

    [Theory]
    [MemberData(nameof(BadEmails))]
    public void A_malformed_email_in_a_row_is_refused_with_the_row_and_the_email(string email)
    {
        var row = new UserRow { RowNumber = 7, Email = email, GivenName = "Ava", FamilyName = "Ross" };

        var error = ClearError(() => new UserRowValidator().Validate(row), email, "Row 7");

        Assert.IsType<UserRowException>(error);
    }

    [Theory]
    [MemberData(nameof(BadEmails))]
    public void A_malformed_manager_email_is_refused_with_the_row(string manager)
    {
        var row = new UserRow { RowNumber = 3, Email = "ava.ross@contoso.example", GivenName = "Ava", FamilyName = "Ross", Manager = manager };

        ClearError(() => new UserRowValidator().Validate(row), manager, "Row 3", "Manager");
    }

    [Theory]
    [MemberData(nameof(BadEmails))]
    public void A_malformed_email_is_not_a_member_reference(string email) =>
        ClearError(() => MemberReference.Parse(email), email);

    public static TheoryData<string> BadPersonIds() =>
    [
        "",
        "   ",
        "abc",
        "12 34",
        "-1",
        "1.5",
        "1e9",
        "0x1F",
        "１２３",
        "123\u0000",
        "'123'",
        "\"123\"",
        TenKilobytes,
    ];

    [Theory]
    [MemberData(nameof(BadPersonIds))]
    public void A_malformed_person_id_is_refused(string id) =>
        ClearError(() => MemberReference.Parse(id), id, "expected");

    public static TheoryData<string> BadGroupReferences() =>
    [
        "",
        "  ",
        "abc",
        "12 34",
        "'123'",
        "\"https://contoso.workplace.com/groups/123/\"",
        "https://contoso.workplace.com/",
        "https://contoso.workplace.com/groups/",
        "https://contoso.workplace.com/groups/abc/",
        "https://contoso.workplace.com/groups/123 456/",
        "https://contoso.workplace.com/chat/t/123/",
        "https://evil.example/groups/123/",
        "https://www.facebook.com/groups/123/",
        "ftp://contoso.workplace.com/groups/123/",
        "javascript:alert(1)",
        "https://contoso.workplace.com/groups/" + new string('1', 31) + "/",
        "https://contoso.workplace.com/groups/１２３/",
        new string('1', 31),
        "https://contoso.workplace.com/groups/" + TenKilobytes + "/",
        "https://contoso.workplace.com/" + new string('x', 10_000),
    ];

    [Theory]
    [MemberData(nameof(BadGroupReferences))]
    public void A_malformed_group_reference_is_refused(string text) =>
        ClearError(() => WorkplaceGroupReference.Parse(text), text, "expected");

    public static TheoryData<string> BadGroupIdentities() =>
    [
        "https://evil.example/groups/123/",
        "https://www.facebook.com/groups/123/",
        "https://contoso.workplace.com/groups/abc/",
        "contoso.workplace.com/people/123",
        "https://contoso.workplace.com/groups/" + TenKilobytes + "/",
        TenKilobytes,
        new string('1', 31),
    ];

    [Theory]
    [MemberData(nameof(BadGroupIdentities))]
    public async Task The_group_resolver_refuses_a_malformed_url_or_id_before_any_request(string text)
    {
        var transport = FakeTransport.Always(() => Respond.Json("""{"id":"1","name":"Should not be asked"}"""));
        using var client = TestClients.Create(transport);

        await ClearErrorAsync(() => new WorkplaceGroupResolver(client).ResolveAsync(new WorkplaceGroupIdentity(text)), text, "expected");

        Assert.Equal(0, transport.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void An_empty_group_is_refused(string text) =>
        ClearError(() => new WorkplaceGroupIdentity(text), text, "expected");

    [Fact]
    public async Task An_unknown_group_name_of_10_kB_is_not_found_and_quoted_briefly()
    {
        using var client = TestClients.Create(FakeTransport.Always(() => Respond.Json("""{"data":[]}""")));
        var name = "Team " + new string('n', 10_000);

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => new WorkplaceGroupResolver(client).ResolveAsync(new WorkplaceGroupIdentity(name)));

        Assert.Equal("Workplace.NotFound", WorkplaceErrorClassifier.Classify(error).ErrorId);
        Assert.Contains("Team nnnn", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1000, $"The message is {error.Message.Length} characters long.");
    }

    public static TheoryData<string> BadPostIds() =>
    [
        "",
        " ",
        "abc",
        "1_2_3",
        "_5",
        "5_",
        "1 2",
        "1__2",
        "１_２",
        "https://contoso.workplace.com/groups/123/",
        "https://evil.example/groups/1/permalink/2/",
        TenKilobytes + "_1",
        "1_" + TenKilobytes,
    ];

    [Theory]
    [MemberData(nameof(BadPostIds))]
    public void A_malformed_post_id_is_refused(string text) =>
        ClearError(() => ContentReference.ParsePostId(text), text, "expected");

    [Theory]
    [MemberData(nameof(BadPostIds))]
    public void A_malformed_comment_id_is_refused(string text) =>
        ClearError(() => ContentReference.ParseCommentId(text), text, "expected");

    public static TheoryData<string?, string?, string> BadPosts() => new()
    {
        { "", null, "empty" },
        { "   \n\t", null, "empty" },
        { null, "   ", "empty" },
        { "Hello", "not a url", "not a url" },
        { "Hello", "javascript:alert(1)", "javascript:alert(1)" },
        { "Hello", "ftp://files.contoso.example/a", "ftp://files.contoso.example/a" },
        { "Hello", "/relative/path", "/relative/path" },
        { "Hello", "https://" + new string('x', 10_000), "https://xxxxxxxx" },
        { new string('p', MessageRules.MaxPostLength + 1), null, "63,207 characters" },
    };

    [Theory]
    [MemberData(nameof(BadPosts))]
    public void A_malformed_post_is_refused_before_sending(string? message, string? link, string says)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => MessageRules.CheckPost(message, link));

        Assert.Contains(says, error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1000, $"The message is {error.Message.Length} characters long.");
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(" \r\n ", "empty")]
    [InlineData(null, "empty")]
    public void An_empty_comment_is_refused(string? message, string says) =>
        Assert.Contains(says, Assert.ThrowsAny<ArgumentException>(() => MessageRules.CheckComment(message)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_comment_over_the_limit_is_refused_with_its_length() =>
        Assert.Contains("8,001 characters", Assert.ThrowsAny<ArgumentException>(() => MessageRules.CheckComment(new string('c', 8_001))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("Ünïcødé Grüße 日本語 🎉")]
    [InlineData("  padded with whitespace  ")]
    [InlineData("quotes \"double\" and 'single'")]
    public void Unicode_whitespace_and_quotes_in_a_message_are_fine(string message)
    {
        MessageRules.CheckPost(message, null);
        MessageRules.CheckComment(message);
    }
}
