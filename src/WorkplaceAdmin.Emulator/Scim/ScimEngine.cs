using WorkplaceAdmin.Emulator.Faults;
using WorkplaceAdmin.Emulator.Http;
using WorkplaceAdmin.Emulator.Logging;
using WorkplaceAdmin.Emulator.Security;

namespace WorkplaceAdmin.Emulator.Scim;

/// <summary>
/// Answers SCIM calls: requires a User-Agent, authenticates the token (and app secret proof), requires Manage
/// accounts, spends the rate budget, refuses writes in read-only mode, routes under the community lock, and turns
/// every failure into the SCIM error body. Every call is logged.
/// </summary>
internal sealed class ScimEngine
{
    private readonly EngineContext _engine;

    public ScimEngine(EngineContext engine) => _engine = engine;

    public EmulatorResponse Handle(EmulatorRequest request, ApiSurface surface, FaultKind fault)
    {
        string? integrationName = null;
        ScimResult result;
        try
        {
            var query = QueryString.Parse(request.Url.Query);
            integrationName = Admit(request, query, fault);
            var segments = surface.Segments();
            if (segments.Length > 0 && segments[0].Equals("v2", StringComparison.OrdinalIgnoreCase))
            {
                segments = segments[1..];
            }
            var call = new ScimCall(_engine, request.Method, surface.BaseUrl, segments, query, request.Body);
            var isWrite = request.Method != "GET";
            if (isWrite && _engine.Controls.ReadOnly)
            {
                throw ScimErrors.ReadOnlyMode();
            }
            using (isWrite ? _engine.Community.Lock.Write() : _engine.Community.Lock.Read())
            {
                result = Route(call);
            }
        }
        catch (ScimException e)
        {
            result = new ScimResult(e.Status, ScimErrors.Body(e), e.Headers);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never a stack trace on the wire.
            var error = ScimErrors.ServerError(unavailable: false);
            result = new ScimResult(error.Status, ScimErrors.Body(error), []);
        }
        var path = UrlRedactor.Redact(request.Url.PathAndQuery, _engine.SecretTexts, out var hadSecret);
        _engine.Log.Add(new RequestLogEntry(_engine.Now, request.Method, path, result.Status, hadSecret, integrationName, IsBatchOperation: false));
        return new EmulatorResponse(result.Status, result.Body, result.Body.IsEmpty ? null : EmulatorResponse.ScimContentType, result.Headers);
    }

    /// <summary>Faults, User-Agent, token, proof, permission and budget, in that order; returns the integration name.</summary>
    private string Admit(EmulatorRequest request, List<KeyValuePair<string, string>> query, FaultKind fault)
    {
        switch (fault)
        {
            case FaultKind.ServerError:
                throw ScimErrors.ServerError(unavailable: false);
            case FaultKind.ServiceUnavailable:
                throw ScimErrors.ServerError(unavailable: true);
            case FaultKind.Throttle or FaultKind.Throttle429:
                throw ScimErrors.Throttled(_engine.Controls.RetryAfter);
        }
        if (string.IsNullOrWhiteSpace(request.GetHeader("User-Agent")))
        {
            throw ScimErrors.MissingUserAgent();
        }
        string? Query(string name) => query.FirstOrDefault(p => p.Key == name).Value;
        var token = TokenReader.Read(request.GetHeader("Authorization"), Query("access_token"))
            ?? throw ScimErrors.Unauthorized("An access token is required (Authorization: Bearer <token>).");
        var caller = TokenReader.Identify(_engine.Community, token) ?? throw ScimErrors.Unauthorized("Invalid OAuth access token.");
        switch (AppSecretProof.Check(caller, Query("appsecret_proof"), Query("appsecret_time"), _engine.Now, _engine.Options.AppSecretTimeSkew))
        {
            case ProofCheck.Missing:
                throw ScimErrors.Unauthorized("This integration requires appsecret_proof and appsecret_time.");
            case ProofCheck.Invalid:
                throw ScimErrors.Unauthorized("Invalid appsecret_proof.");
            case ProofCheck.TimeOutOfRange:
                throw ScimErrors.Unauthorized("Invalid appsecret_time: outside the allowed clock skew.");
        }
        if (!caller.Integration.Has(EmulatorPermissions.ManageAccounts))
        {
            throw ScimErrors.MissingPermission(EmulatorPermissions.ManageAccounts);
        }
        if (!_engine.Controls.TrySpend(out _))
        {
            throw ScimErrors.Throttled(_engine.Controls.RetryAfter);
        }
        return caller.Integration.Name;
    }

    private static ScimResult Route(ScimCall call)
    {
        var segments = call.Segments;
        if (segments.Length is >= 1 and <= 2)
        {
            var id = segments.Length == 2 ? segments[1] : null;
            switch (segments[0].ToLowerInvariant())
            {
                case "users":
                    return ScimUsersRoutes.Handle(call, id);
                case "groups":
                    return ScimGroupsRoutes.Handle(call, id);
                case "serviceproviderconfigs" or "serviceproviderconfig" when id is null:
                    return call.Method == "GET" ? ScimDiscovery.ServiceProviderConfig(call) : throw ScimErrors.MethodNotAllowed(call.Method);
                case "schemas":
                    return call.Method == "GET" ? ScimDiscovery.Schemas(call, id) : throw ScimErrors.MethodNotAllowed(call.Method);
            }
        }
        throw ScimErrors.NotFound("Resource /" + string.Join("/", segments));
    }
}
