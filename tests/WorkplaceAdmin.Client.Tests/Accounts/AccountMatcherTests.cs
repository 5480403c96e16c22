using WorkplaceAdmin.Client.Accounts;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Emulator;
using static WorkplaceAdmin.Client.Tests.Integration.EmulatorClients;

namespace WorkplaceAdmin.Client.Tests.Accounts;

/// <summary>Matching external accounts (email, external id) to Workplace people, in batches, against the emulator.</summary>
public class AccountMatcherTests
{
    private static int TopLevelCalls(WorkplaceEmulator emulator) => emulator.RequestLog.Snapshot().Count(e => !e.IsBatchOperation);

    [Fact]
    public async Task Reports_for_each_account_the_person_it_matches_or_that_none_does()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var people = emulator.State.People().Where(p => p.Email is not null && p.ExternalId is not null).Take(3).ToList();
        var accounts = new[]
        {
            ExternalAccount.Create(people[0].Email!.ToUpperInvariant(), null),
            ExternalAccount.Create(null, people[1].ExternalId),
            ExternalAccount.Create(people[2].Email, people[2].ExternalId),
            ExternalAccount.Create("nobody@contoso.example", "no-such-id"),
            ExternalAccount.Create(people[0].Email, people[1].ExternalId),
        };

        var matches = await new AccountMatcher(client).MatchAsync(accounts);

        Assert.Equal(5, matches.Count);
        Assert.Equal((AccountMatchStatus.Matched, "Email", people[0].Id), (matches[0].Status, matches[0].MatchedBy, matches[0].PersonId));
        Assert.Equal(people[0].Email, matches[0].PersonEmail);
        Assert.Equal((AccountMatchStatus.Matched, "ExternalId", people[1].Id), (matches[1].Status, matches[1].MatchedBy, matches[1].PersonId));
        Assert.Equal((AccountMatchStatus.Matched, "Email, ExternalId", people[2].Id), (matches[2].Status, matches[2].MatchedBy, matches[2].PersonId));
        Assert.Equal(people[2].Name, matches[2].PersonName);
        Assert.True(matches[2].PersonActive);
        Assert.Equal(AccountMatchStatus.NotFound, matches[3].Status);
        Assert.Null(matches[3].PersonId);
        Assert.Equal(AccountMatchStatus.Conflict, matches[4].Status);
        Assert.Contains(people[0].Id, matches[4].Error);
        Assert.Contains(people[1].Id, matches[4].Error);
    }

    [Fact]
    public async Task Fifty_accounts_take_one_email_call_and_one_external_id_call()
    {
        var emulator = new WorkplaceEmulator(new EmulatorOptions { Seed = "generated:200,5" });
        using var client = InMemory(emulator);
        var accounts = emulator.State.People().Where(p => p.Email is not null && p.ExternalId is not null).Take(50)
            .Select(p => ExternalAccount.Create(p.Email, p.ExternalId)).ToList();
        Assert.Equal(50, accounts.Count);

        var matches = await new AccountMatcher(client).MatchAsync(accounts);

        Assert.All(matches, m => Assert.Equal(AccountMatchStatus.Matched, m.Status));
        Assert.Equal(2, TopLevelCalls(emulator));
    }

    [Fact]
    public async Task An_unknown_email_in_a_chunk_costs_one_more_call_not_one_per_email()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator);
        var emails = emulator.State.People().Where(p => p.Email is not null).Take(10).Select(p => p.Email!).Append("ghost@contoso.example").ToList();

        var results = await new PeopleLookup(client).FindByEmailsAsync(emails);

        Assert.Equal(10, results.Values.Count(r => r.Person is not null));
        Assert.Null(results["ghost@contoso.example"].Person);
        Assert.Null(results["ghost@contoso.example"].Error);
        // The ?ids= call fails as a whole (803); one Graph batch then tells which emails exist.
        Assert.Equal(2, TopLevelCalls(emulator));
    }

    [Fact]
    public async Task A_missing_permission_is_a_failure_not_a_confident_no_match()
    {
        var emulator = new WorkplaceEmulator();
        using var client = InMemory(emulator, EmulatorDefaults.ReadOnlyGroupsToken);

        var matches = await new AccountMatcher(client).MatchAsync([ExternalAccount.Create("ava.ross@contoso.example", "contoso-1001")]);

        Assert.Equal(AccountMatchStatus.Failed, matches[0].Status);
        Assert.Contains("Read user email addresses", matches[0].Error);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(" ", "")]
    [InlineData("not-an-email", null)]
    [InlineData(null, "a,b")]
    public void An_account_without_a_usable_email_or_external_id_is_refused(string? email, string? externalId)
    {
        Assert.Throws<ArgumentException>(() => ExternalAccount.Create(email, externalId));
    }
}
