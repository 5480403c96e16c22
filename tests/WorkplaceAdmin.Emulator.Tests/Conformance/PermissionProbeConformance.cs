using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>
/// The order the client's link verifier relies on to probe permissions without side effects: a write missing its
/// required parameters is refused for a missing permission first (403, code 200), and only then for the parameters
/// (400, code 100); a lookup by email checks "Read user email addresses" before looking.
/// </summary>
public abstract class PermissionProbeConformance(HostFixture fixture) : ConformanceBase(fixture)
{
    [Fact]
    public async Task An_empty_feed_post_is_a_permission_error_without_the_permission_and_a_parameter_error_with_it()
    {
        var group = await CreateGroupAsync();

        var without = Expect.GraphError(await Api.PostForm($"{group}/feed", (IEnumerable<KeyValuePair<string, string>>?)null, Api.ReadOnly), 403, 200);
        Expect.GraphError(await Api.PostForm($"{group}/feed", (IEnumerable<KeyValuePair<string, string>>?)null), 400, 100);

        Assert.Contains("write_group", without.GetProperty("message").GetString());
        Assert.Equal(0, Emulator.State.FindGroup(group)!.PostCount);
    }

    [Fact]
    public async Task A_message_without_recipient_is_a_permission_error_without_the_permission_and_a_parameter_error_with_it()
    {
        var messages = Emulator.State.MessageCount;

        Expect.GraphError(await Api.PostForm("me/messages", (IEnumerable<KeyValuePair<string, string>>?)null, Api.ReadOnly), 403, 200);
        Expect.GraphError(await Api.PostForm("me/messages", (IEnumerable<KeyValuePair<string, string>>?)null), 400, 100);

        Assert.Equal(messages, Emulator.State.MessageCount);
    }

    [Fact]
    public async Task An_unknown_email_is_a_permission_error_without_read_user_email_and_not_found_with_it()
    {
        var without = Expect.GraphError(await Api.Get("nobody%40invalid.example?fields=id", Api.ReadOnly), 403, 200);
        var with = await Api.Get("nobody%40invalid.example?fields=id");

        Assert.Contains("read_user_email", without.GetProperty("message").GetString());
        Assert.Equal(400, with.Status);
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class PermissionProbeInMemory(InMemoryFixture fixture) : PermissionProbeConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class PermissionProbeOverKestrel(KestrelFixture fixture) : PermissionProbeConformance(fixture);
