using WorkplaceAdmin.Client.Accounts;
using WorkplaceAdmin.Client.Links;
using WorkplaceAdmin.Client.Messages;
using WorkplaceAdmin.Client.Models;
using static WorkplaceAdmin.Client.Tests.BadInput.InputErrorAssert;

namespace WorkplaceAdmin.Client.Tests.BadInput;

/// <summary>
/// Malformed recipients, message texts, thread keys, link names and external accounts through the Work Chat and
/// link validators: each is refused before any request with an ArgumentException that names it.
/// </summary>
public class MalformedChatInputTests
{
    private static readonly string TenKilobytes = new('k', 10_000);

    [Theory]
    [MemberData(nameof(MalformedIdentifierTests.BadEmails), MemberType = typeof(MalformedIdentifierTests))]
    [MemberData(nameof(MalformedIdentifierTests.BadPersonIds), MemberType = typeof(MalformedIdentifierTests))]
    public void A_malformed_recipient_is_refused(string recipient) =>
        ClearError(() => RecipientInput.Normalize(recipient), recipient);

    [Theory]
    [MemberData(nameof(MalformedIdentifierTests.BadEmails), MemberType = typeof(MalformedIdentifierTests))]
    public void A_malformed_email_of_an_external_account_is_refused(string email) =>
        ClearError(() => ExternalAccount.Create(email, null), email);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \r\n\t ")]
    public void An_empty_message_is_refused(string? text) =>
        ClearError(() => MessageText.Validate(text), text, "empty");

    [Fact]
    public void A_message_over_2000_characters_is_refused_with_its_length() =>
        Assert.Contains("2001 characters", Assert.ThrowsAny<ArgumentException>(() => MessageText.Validate(new string('m', 2001))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("Ünïcødé Grüße 日本語 🎉")]
    [InlineData("quotes \"double\" and 'single', commas, and\nline breaks")]
    public void Unicode_quotes_and_line_breaks_in_a_message_are_fine(string text) => MessageText.Validate(text);

    public static TheoryData<string> BadThreadKeys() =>
    [
        "",
        "   ",
        "t_",
        "t_abc",
        "x_123",
        "t_ 123",
        "t_12_34",
        "t_-1",
        "t_１２３",
        "m_123",
        "https://contoso.workplace.com/chat/t/123/",
        "t_" + new string('1', 31),
        "t_" + TenKilobytes,
    ];

    [Theory]
    [MemberData(nameof(BadThreadKeys))]
    public void A_malformed_thread_key_is_refused(string key) =>
        ClearError(() => ThreadKey.Normalize(key), key, "expected");

    public static TheoryData<string> BadLinkNames() =>
    [
        "",
        "  ",
        "-starts-with-dash",
        ".hidden",
        "has space",
        "a/b",
        "a\\b",
        "..",
        "C:",
        "name:stream",
        "ünïcode",
        "semi;colon",
        "quote\"d",
        new string('n', 65),
        TenKilobytes,
    ];

    [Theory]
    [MemberData(nameof(BadLinkNames))]
    public void A_malformed_link_name_is_refused(string name) =>
        ClearError(() => LinkName.Validate(name), name, "expected");

    [Theory]
    [InlineData("https://evil.example/groups/123/")]
    [InlineData("https://contoso.workplace.com/groups/abc/")]
    [InlineData("contoso.workplace.com/groups/")]
    public void A_group_feed_link_to_a_malformed_group_url_is_refused(string group) =>
        ClearError(() => LinkTarget.Create("sales-feed", WorkplaceLinkKind.GroupFeed, group), group, "expected");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_group_feed_link_without_a_group_is_refused(string? group) =>
        ClearError(() => LinkTarget.Create("sales-feed", WorkplaceLinkKind.GroupFeed, group), group, "needs a group");
}
