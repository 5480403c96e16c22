using WorkplaceAdmin.Client.People;

namespace WorkplaceAdmin.Client.Tests.People;

public class UserRowValidatorTests
{
    private static UserRow Row(long number, string? email = null, string? name = "Ann Bell", string? externalId = null) =>
        new() { RowNumber = number, Email = email, Name = name, ExternalId = externalId };

    private static string Problem(UserRowValidator validator, UserRow row) =>
        Assert.Throws<UserRowException>(() => validator.Validate(row)).Message;

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("Ann <ann@x.example>")]
    [InlineData("a b@x.example")]
    public void An_invalid_email_names_the_row(string email)
    {
        var message = Problem(new UserRowValidator(), Row(3, email));
        Assert.StartsWith("Row 3:", message);
        Assert.Contains("not a valid email", message);
    }

    [Fact]
    public void A_new_account_needs_a_name_or_both_parts()
    {
        var validator = new UserRowValidator();
        Assert.Contains("has no name", Problem(validator, Row(1, "a@x.example", name: null)));
        Assert.Contains("has no name", Problem(validator, Row(2, "a@x.example", name: null) with { GivenName = "Ann" }));
        var valid = validator.Validate(Row(3, "a@x.example", name: null) with { GivenName = " Ann ", FamilyName = "Bell" });
        Assert.Equal(("Ann", "Bell"), (valid.Fields.GivenName, valid.Fields.FamilyName));
    }

    [Fact]
    public void An_email_less_account_needs_an_external_id()
    {
        var validator = new UserRowValidator();
        Assert.Contains("needs an ExternalId", Problem(validator, Row(4)));
        var valid = validator.Validate(Row(5, externalId: "EMP-5"));
        Assert.Null(valid.Fields.Email);
        Assert.Equal("EMP-5", valid.Key);
    }

    [Fact]
    public void Duplicates_by_email_or_external_id_name_both_rows()
    {
        var validator = new UserRowValidator();
        validator.Validate(Row(1, "Ann@X.example", externalId: "E1"));
        Assert.Equal("Row 7: ann@x.example is also in row 1; each person may appear once.", Problem(validator, Row(7, "ann@x.example")));
        Assert.Contains("ExternalId E1 is also in row 1", Problem(validator, Row(8, "other@x.example", externalId: "E1")));
        // A rejected row is not remembered: its email may come back later.
        validator.Validate(Row(9, "other@x.example"));
    }

    [Fact]
    public void Managers_must_be_an_email_or_an_id_and_not_oneself()
    {
        var validator = new UserRowValidator();
        Assert.Contains("neither an email address nor a Workplace id", Problem(validator, Row(1, "a@x.example") with { Manager = "Bob" }));
        Assert.Contains("cannot be their own manager", Problem(validator, Row(2, "a@x.example") with { Manager = "A@x.example" }));
        Assert.Equal("100042", validator.Validate(Row(3, "a@x.example") with { Manager = " 100042 " }).ManagerReference);
    }

    [Fact]
    public void Auth_method_is_password_or_sso_and_empty_cells_are_not_given()
    {
        var validator = new UserRowValidator();
        Assert.Contains("AuthMethod 'magic'", Problem(validator, Row(1, "a@x.example") with { AuthMethod = "magic" }));
        var valid = validator.Validate(Row(2, "a@x.example") with { AuthMethod = "SSO", Title = "  ", Department = "" });
        Assert.Equal("sso", valid.Fields.AuthMethod);
        Assert.Equal([UserField.Email, UserField.Name, UserField.AuthMethod], valid.Fields.Given());
    }

    [Fact]
    public void Changes_to_existing_accounts_need_no_name()
    {
        var valid = new UserRowValidator(newAccounts: false).Validate(Row(1, name: null) with { Title = "CTO" });
        Assert.Equal([UserField.Title], valid.Fields.Given());
    }

    [Fact]
    public void A_cell_that_could_not_be_read_is_the_rows_problem()
    {
        Assert.Equal("Row 6: StartDate 'soon' is not a date; use yyyy-MM-dd.",
            Problem(new UserRowValidator(), Row(6, "a@x.example") with { Problem = "StartDate 'soon' is not a date; use yyyy-MM-dd." }));
    }
}
