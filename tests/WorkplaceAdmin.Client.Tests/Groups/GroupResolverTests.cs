using WorkplaceAdmin.Client.Tests.Support;

namespace WorkplaceAdmin.Client.Tests.Groups;

/// <summary>The -Group resolver: id, URL, exact name, group object; errors name the input; one lookup per input.</summary>
public class GroupResolverTests
{
    [Fact]
    public async Task Resolves_an_id_a_url_a_permalink_and_a_name_in_any_case()
    {
        using var bed = new EmulatorBed();
        var engineering = bed.GroupNamed("Engineering");
        var resolver = new WorkplaceGroupResolver(bed.Client);

        var byId = await resolver.ResolveAsync(new WorkplaceGroupIdentity(engineering.Id));
        var byUrl = await resolver.ResolveAsync(new WorkplaceGroupIdentity($"https://contoso.workplace.com/groups/{engineering.Id}/"));
        var byPermalink = await resolver.ResolveAsync(new WorkplaceGroupIdentity($"contoso.workplace.com/groups/{engineering.Id}/permalink/42/"));
        var byName = await resolver.ResolveAsync(new WorkplaceGroupIdentity("  engineering "));

        Assert.All(new[] { byId, byUrl, byPermalink, byName }, group => Assert.Equal(engineering.Id, group.Id));
        Assert.Equal("Engineering", byName.Name);
    }

    [Fact]
    public async Task A_group_object_is_used_as_is_and_each_input_is_looked_up_once()
    {
        using var bed = new EmulatorBed();
        var resolver = new WorkplaceGroupResolver(bed.Client);
        var group = await bed.Client.GetGroupAsync(bed.GroupNamed("Sales Wins").Id);
        bed.ForgetRequests();

        var fromObject = await resolver.ResolveAsync(new WorkplaceGroupIdentity(group));
        for (var i = 0; i < 5; i++)
            await resolver.ResolveAsync(new WorkplaceGroupIdentity("Sales Wins"));

        Assert.Same(group, fromObject);
        Assert.Equal(1, bed.HttpRequests);
    }

    [Fact]
    public async Task An_unknown_name_or_id_is_not_found_and_names_the_input()
    {
        using var bed = new EmulatorBed();
        var resolver = new WorkplaceGroupResolver(bed.Client);

        var name = await Assert.ThrowsAsync<KeyNotFoundException>(() => resolver.ResolveAsync(new WorkplaceGroupIdentity("No Such Group")));
        var id = await Assert.ThrowsAsync<KeyNotFoundException>(() => resolver.ResolveAsync(new WorkplaceGroupIdentity("999999999999")));

        Assert.Contains("'No Such Group'", name.Message);
        Assert.Contains("999999999999", id.Message);
        Assert.Equal("Workplace.NotFound", WorkplaceErrorClassifier.Classify(name).ErrorId);
    }

    [Fact]
    public async Task A_url_that_is_not_a_group_fails_before_any_request()
    {
        using var bed = new EmulatorBed();
        var resolver = new WorkplaceGroupResolver(bed.Client);
        bed.ForgetRequests();

        var chat = await Assert.ThrowsAsync<ArgumentException>(() => resolver.ResolveAsync(new WorkplaceGroupIdentity("https://contoso.workplace.com/chat/t/123")));
        var facebook = await Assert.ThrowsAsync<ArgumentException>(() => resolver.ResolveAsync(new WorkplaceGroupIdentity("https://www.facebook.com/groups/123/")));

        Assert.Contains("https://contoso.workplace.com/chat/t/123", chat.Message);
        Assert.Contains("/groups/", chat.Message);
        Assert.Contains("facebook.com", facebook.Message);
        Assert.Equal(0, bed.HttpRequests);
    }

    [Fact]
    public async Task The_id_of_a_person_is_not_a_group()
    {
        using var bed = new EmulatorBed();
        var resolver = new WorkplaceGroupResolver(bed.Client);
        var personId = bed.IdOf(EmulatorBed.Ava);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => resolver.ResolveAsync(new WorkplaceGroupIdentity(personId)));

        Assert.Contains($"'{personId}' is not the id of a group", error.Message);
    }

    [Fact]
    public async Task A_name_with_slashes_and_dots_is_a_name_not_a_url()
    {
        using var bed = new EmulatorBed();
        var id = await bed.NewGroupAsync("Sales / Marketing 2.0");
        var resolver = new WorkplaceGroupResolver(bed.Client);

        var group = await resolver.ResolveAsync(new WorkplaceGroupIdentity("Sales / Marketing 2.0"));

        Assert.Equal(id, group.Id);
    }

    [Fact]
    public async Task Two_groups_with_the_same_name_are_ambiguous()
    {
        using var bed = new EmulatorBed();
        var first = await bed.NewGroupAsync("Twins");
        var second = await bed.NewGroupAsync("Twins");
        var resolver = new WorkplaceGroupResolver(bed.Client);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => resolver.ResolveAsync(new WorkplaceGroupIdentity("Twins")));

        Assert.Contains(first, error.Message);
        Assert.Contains(second, error.Message);
    }

    [Fact]
    public async Task An_archived_group_is_refused_for_writes_but_resolved_for_reads()
    {
        using var bed = new EmulatorBed();
        var resolver = new WorkplaceGroupResolver(bed.Client);

        var read = await resolver.ResolveAsync(new WorkplaceGroupIdentity("Office Move 2020"));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            resolver.ResolveForWriteAsync(new WorkplaceGroupIdentity("Office Move 2020"), "post in"));

        Assert.True(read.Archived);
        Assert.Contains("'Office Move 2020'", error.Message);
        Assert.Contains("archived", error.Message);
        Assert.Contains("-Unarchive", error.Message);
    }

    [Fact]
    public void An_empty_group_is_refused_when_the_parameter_is_bound()
    {
        Assert.Throws<ArgumentException>(() => new WorkplaceGroupIdentity("  "));
    }
}
