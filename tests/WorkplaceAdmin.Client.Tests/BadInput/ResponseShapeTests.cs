using System.Net;
using WorkplaceAdmin.Client.Accounts;
using WorkplaceAdmin.Client.Messages;
using WorkplaceAdmin.Client.People;
using WorkplaceAdmin.Client.Tests.Support;

namespace WorkplaceAdmin.Client.Tests.BadInput;

/// <summary>
/// What the bad-response sweep found: successful answers of the wrong shape used to pass as empty objects and empty
/// lists. Each case here is one of those, with the consequence it had.
/// </summary>
public class ResponseShapeTests
{
    [Fact]
    public async Task A_create_answered_with_an_empty_body_is_an_error_not_an_account_without_id()
    {
        using var client = TestClients.Create(FakeTransport.Always(() => Respond.Empty(HttpStatusCode.Created)));

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() =>
            client.CreateUserAsync(new UserFields { Email = "new.joiner@contoso.example", GivenName = "New", FamilyName = "Joiner" }));

        Assert.Contains("not a SCIM user: it is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("POST /Users", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_list_page_without_resources_nor_total_is_an_error_not_an_empty_community()
    {
        // Read as "no accounts", Sync-WorkplaceUser would have planned to create everyone again.
        using var client = TestClients.Create(FakeTransport.Always(() => Respond.Json("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"]}""")));

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(async () =>
        {
            await foreach (var _ in client.GetUsersAsync())
            {
            }
        });

        Assert.Contains("not a SCIM list: it has neither 'Resources' nor 'totalResults'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_user_list_is_still_empty()
    {
        using var client = TestClients.Create(FakeTransport.Always(() => Respond.Json("""{"totalResults":0,"itemsPerPage":0,"startIndex":1}""")));

        Assert.Null(await client.FindUserByEmailAsync("nobody@contoso.example"));
    }

    [Fact]
    public async Task A_search_answered_with_another_shape_is_an_error_not_an_unknown_email()
    {
        using var client = TestClients.Create(FakeTransport.Always(() => Respond.Json("""{"Resources":{"id":"1"}}""")));

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.FindUserByEmailAsync("ava.ross@contoso.example"));

        Assert.Contains("its 'Resources' is not an array", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_read_as_an_object_without_id_is_an_error_not_a_group_with_an_empty_id()
    {
        using var client = TestClients.Create(FakeTransport.Always(() => Respond.Json("""{"name":"Sales"}""")));

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GetGroupAsync("100000000000100"));

        Assert.Contains("not a group: it has no 'id'", error.Message, StringComparison.Ordinal);
        Assert.Equal("Workplace.InvalidResponse", WorkplaceErrorClassifier.Classify(error).ErrorId);
    }

    [Fact]
    public async Task A_person_lookup_answered_without_id_is_an_error_not_an_unknown_email()
    {
        using var client = TestClients.Create(FakeTransport.Always(() => Respond.Json("{}")));

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.ResolvePersonIdAsync("ava.ross@contoso.example"));

        Assert.Contains("not a person: it is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_whose_items_are_not_objects_is_an_error_not_a_list_of_empty_groups()
    {
        using var client = TestClients.Create(FakeTransport.Always(() => Respond.Json("""{"data":["100","200"]}""")));

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(async () =>
        {
            await foreach (var _ in client.GetGroupsAsync())
            {
            }
        });

        Assert.Contains("An item of the response's 'data' array is not an object: it is a JSON string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_send_answered_without_a_message_id_is_an_error_saying_the_message_may_have_gone()
    {
        // Read as sent, the result would have shown success with no message id; the truth is "unknown".
        using var client = TestClients.Create(FakeTransport.Always(() => Respond.Json("""{"recipient_id":"100000000000001"}""")));

        var error = await Assert.ThrowsAsync<WorkplaceApiException>(() => client.SendMessageAsync(MessageTarget.Person("100000000000001"), "Hello"));

        Assert.Contains("no 'message_id', so whether the message was sent is unknown", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_lookup_answered_without_the_person_is_that_emails_error_not_nobody()
    {
        // Read as "not found", Send-WorkplaceMessage would have said no person has this email.
        using var client = TestClients.Create(FakeTransport.Always(() => Respond.Json("""{"someone.else@contoso.example":{"id":"1"}}""")));

        var result = (await new PeopleLookup(client).FindByEmailsAsync(["ava.ross@contoso.example"]))["ava.ross@contoso.example"];

        Assert.Null(result.Person);
        var error = Assert.IsType<WorkplaceApiException>(result.Error);
        Assert.Contains("no person with an id for 'ava.ross@contoso.example'", error.Message, StringComparison.Ordinal);
    }
}
