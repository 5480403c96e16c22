using System.Text.RegularExpressions;
using WorkplaceAdmin.Emulator.Faults;
using WorkplaceAdmin.Emulator.Graph.Routes;
using WorkplaceAdmin.Emulator.Http;
using WorkplaceAdmin.Emulator.Logging;
using WorkplaceAdmin.Emulator.Security;

namespace WorkplaceAdmin.Emulator.Graph;

/// <summary>
/// Answers Graph calls: authenticates the token (and app secret proof), spends the rate budget, refuses writes
/// in read-only mode, routes under the community lock, turns every failure into the Graph error envelope and
/// logs the call. Batch operations come back through <see cref="Execute"/> one by one.
/// </summary>
internal sealed partial class GraphEngine
{
    private readonly EngineContext _engine;
    private readonly TraceIds _traceIds = new();

    public GraphEngine(EngineContext engine) => _engine = engine;

    public EmulatorResponse Handle(EmulatorRequest request, ApiSurface surface, FaultKind fault)
    {
        var logPath = request.Url.PathAndQuery;
        GraphOutcome outcome;
        if (fault != FaultKind.None)
        {
            outcome = Fail(FaultError(fault));
            Log(request.Method, logPath, outcome.Status, integration: null, isBatchOperation: false);
        }
        else if (CdnRoute.Matches(WithoutVersion(surface.Segments())))
        {
            // Media links carry their own signature instead of a token.
            var served = CdnRoute.Serve(_engine, request, WithoutVersion(surface.Segments()));
            Log(request.Method, logPath, served.StatusCode, integration: null, isBatchOperation: false);
            return served;
        }
        else
        {
            ParameterBag? parameters = null;
            try
            {
                parameters = ParameterBag.From(request.Url.Query, request.Body, request.ContentType);
            }
            catch (FormatException e)
            {
                outcome = Fail(GraphErrors.InvalidParameter(e.Message));
                Log(request.Method, logPath, outcome.Status, integration: null, isBatchOperation: false);
                return ToResponse(outcome);
            }
            outcome = Execute(new GraphOperation(request.Method, surface.BaseUrl, surface.RawPath, parameters,
                request.GetHeader("Authorization"), logPath, IsBatchOperation: false));
        }
        return ToResponse(outcome);
    }

    public GraphOutcome Execute(GraphOperation operation)
    {
        string? integrationName = null;
        GraphOutcome outcome;
        try
        {
            var token = TokenReader.Read(operation.AuthorizationHeader, operation.Params["access_token"])
                ?? throw GraphErrors.MissingToken();
            var caller = TokenReader.Identify(_engine.Community, token) ?? throw GraphErrors.BadToken();
            integrationName = caller.Integration.Name;
            CheckProof(caller, operation.Params);
            var segments = WithoutVersion(new ApiSurface(ApiKind.Graph, operation.BaseUrl, operation.RawPath).Segments());
            // Each batch operation counts towards the budget; the envelope carrying them does not.
            if (!IsBatchEnvelope(operation.Method, segments, operation.Params) && !_engine.Controls.TrySpend(out _))
            {
                throw GraphErrors.RateBudgetSpent();
            }
            var call = new GraphCall(_engine, operation.Method, operation.BaseUrl, operation.RawPath, segments,
                operation.Params, caller.Integration, caller.IsAppToken);
            outcome = new GraphOutcome(200, Route(call, operation).Body, []);
        }
        catch (GraphException e)
        {
            outcome = Fail(e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never a stack trace on the wire: an unexpected failure is Graph's generic code 1.
            outcome = Fail(new GraphException(500, EmulatorErrorCodes.UnknownError, "An unknown error occurred", isTransient: true));
        }
        Log(operation.Method, operation.LogPath, outcome.Status, integrationName, operation.IsBatchOperation);
        return outcome;
    }

    private GraphResult Route(GraphCall call, GraphOperation operation)
    {
        if (IsBatchEnvelope(call.Method, call.Segments, call.Params))
        {
            if (operation.IsBatchOperation)
            {
                throw GraphErrors.InvalidParameter("A batch operation cannot itself be a batch");
            }
            return BatchRoute.Handle(call, this, operation);
        }
        var isWrite = call.Method != "GET";
        if (isWrite && _engine.Controls.ReadOnly && call.Method is "POST" or "DELETE" && !ExportRoutes.IsExportStart(call))
        {
            throw GraphErrors.ReadOnlyMode();
        }
        if (Webhooks.WebhookSubscriptionRoutes.Matches(call))
        {
            // Outside the community lock: subscribing waits for the callback's handshake.
            return Webhooks.WebhookSubscriptionRoutes.Handle(call);
        }
        using (isWrite ? _engine.Community.Lock.Write() : _engine.Community.Lock.Read())
        {
            return GraphRouter.Route(call);
        }
    }

    private static bool IsBatchEnvelope(string method, string[] segments, ParameterBag parameters) =>
        segments.Length == 0 && method == "POST" && parameters.Has("batch");

    private void CheckProof(Caller caller, ParameterBag parameters)
    {
        var skew = _engine.Options.AppSecretTimeSkew;
        switch (AppSecretProof.Check(caller, parameters["appsecret_proof"], parameters["appsecret_time"], _engine.Now, skew))
        {
            case ProofCheck.Missing:
                throw GraphErrors.MissingProof();
            case ProofCheck.Invalid:
                throw GraphErrors.InvalidProof();
            case ProofCheck.TimeOutOfRange:
                throw GraphErrors.ProofTimeOutOfRange(skew);
        }
    }

    private GraphException FaultError(FaultKind fault) => fault switch
    {
        FaultKind.ServerError => GraphErrors.ServerError(unavailable: false),
        FaultKind.ServiceUnavailable => GraphErrors.ServerError(unavailable: true),
        FaultKind.Throttle => GraphErrors.Throttled(),
        FaultKind.Throttle429 => GraphErrors.Throttled429(_engine.Controls.RetryAfter),
        _ => throw new ArgumentOutOfRangeException(nameof(fault)),
    };

    private GraphOutcome Fail(GraphException error) =>
        new(error.HttpStatus, GraphErrorEnvelope.Write(error, _traceIds.Next()), error.Headers);

    private EmulatorResponse ToResponse(GraphOutcome outcome)
    {
        var headers = new List<KeyValuePair<string, string>>(outcome.Headers.Count + 1) { AppUsageHeader.For(_engine.Controls.PercentUsed) };
        headers.AddRange(outcome.Headers);
        return new EmulatorResponse(outcome.Status, outcome.Body, EmulatorResponse.JsonContentType, headers);
    }

    private void Log(string method, string path, int status, string? integration, bool isBatchOperation)
    {
        var redacted = UrlRedactor.Redact(path, _engine.SecretTexts, out var hadSecret);
        _engine.Log.Add(new RequestLogEntry(_engine.Now, method, redacted, status, hadSecret, integration, isBatchOperation));
    }

    /// <summary>Drops an optional <c>vNN.N</c> version prefix, which the emulator ignores.</summary>
    private static string[] WithoutVersion(string[] segments) =>
        segments.Length > 0 && VersionPattern().IsMatch(segments[0]) ? segments[1..] : segments;

    [GeneratedRegex(@"^v\d+(\.\d+)?$")]
    private static partial Regex VersionPattern();
}
