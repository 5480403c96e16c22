using WorkplaceAdmin.Client.Json;

namespace WorkplaceAdmin.Client;

/// <summary>Turning a person given by email into the id some calls need (a group's first admin).</summary>
public sealed partial class WorkplaceClient
{
    /// <summary>The id of a person given by id (returned as is) or login email (looked up: <c>GET /{email}</c>).</summary>
    /// <exception cref="ArgumentException">Neither an id nor an email; nothing was sent.</exception>
    /// <exception cref="KeyNotFoundException">No person has this email.</exception>
    public async Task<string> ResolvePersonIdAsync(string idOrEmail, CancellationToken ct = default)
    {
        var person = MemberReference.Parse(idOrEmail);
        if (person.Id is not null)
            return person.Id;
        try
        {
            var json = await GraphGetEntityAsync(WorkplacePath.Escape(person.Email!), new Dictionary<string, string?> { ["fields"] = "id" }, "a person", ct).ConfigureAwait(false);
            return json.String("id")!;
        }
        catch (WorkplaceApiException error) when (error.Kind is WorkplaceErrorKind.NotFound or WorkplaceErrorKind.InvalidArgument)
        {
            throw new KeyNotFoundException($"No person of the community has the email '{person.Email}': {error.ServerMessage ?? error.Message}", error);
        }
    }
}
