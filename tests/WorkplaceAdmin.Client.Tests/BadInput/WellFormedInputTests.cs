using WorkplaceAdmin.Client.People;

namespace WorkplaceAdmin.Client.Tests.BadInput;

/// <summary>The other side of the sweep: the stricter email and id rules still take every well-formed input admins have.</summary>
public class WellFormedInputTests
{
    [Theory]
    [InlineData("ava.ross@contoso.example")]
    [InlineData("ava+joiners@contoso.example")]
    [InlineData("o'brien@contoso.example")]
    [InlineData("AVA_ROSS-2@mail.eu.contoso.example")]
    [InlineData("zoë@exämple.de")]
    [InlineData("x@a.io")]
    public void A_well_formed_email_is_accepted_everywhere(string email)
    {
        Assert.True(EmailAddress.IsValid(email));
        Assert.Equal(email, MemberReference.Parse("  " + email + " ").Email);
        Assert.Equal(email, new UserRowValidator().Validate(new UserRow { RowNumber = 1, Email = email, Name = "Someone" }).Fields.Email);
    }

    [Fact]
    public void A_local_part_of_64_and_an_address_of_254_characters_are_the_limits()
    {
        var longest = new string('l', 64) + "@" + string.Join('.', new string('h', 63), new string('h', 63), new string('h', 53)) + ".example";
        Assert.Equal(254, longest.Length);
        Assert.True(EmailAddress.IsValid(longest));
        Assert.False(EmailAddress.IsValid("a" + longest));
        Assert.False(EmailAddress.IsValid(new string('l', 65) + "@contoso.example"));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("100000000000001")]
    [InlineData("123456789012345678901234567890")]
    public void Ids_of_up_to_30_digits_are_ids(string id)
    {
        Assert.Equal(id, MemberReference.Parse(id).Id);
        Assert.Equal(id, WorkplaceGroupReference.Parse(id));
        Assert.Equal(id + "_" + id, ContentReference.ParsePostId(id + "_" + id));
    }

    [Fact]
    public void A_short_input_is_quoted_whole_and_a_long_one_by_its_start_and_length()
    {
        Assert.Equal("abc", InputText.Shown("abc"));
        Assert.Equal(new string('x', 100) + "… (10,000 characters)", InputText.Shown(new string('x', 10_000)));
    }
}
