using WorkplaceAdmin.Emulator.Graph.Schemas;

namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary><c>/me</c> (the integration's bot page), <c>/me/messages</c>, <c>/app</c> and other bot pages.</summary>
internal static class BotRoutes
{
    public static GraphResult Me(GraphCall call, string? edge, string? sub)
    {
        GraphRouter.NoSubPath(sub);
        if (call.IsAppToken)
        {
            throw GraphErrors.AppTokenNotAllowed("/me");
        }
        return (edge, call.Method) switch
        {
            ("messages", "POST") => MessageRoutes.Send(call),
            _ => Page(call, call.Integration, edge, sub),
        };
    }

    public static GraphResult Page(GraphCall call, EmulatorIntegration bot, string? edge, string? sub)
    {
        GraphRouter.NoSubPath(sub);
        return (edge, call.Method) switch
        {
            (null, "GET") => Write(call, BotSchema.Page, bot),
            (null, _) => throw GraphErrors.UnsupportedOperation(call.Method, bot.BotPageId, "a bot page cannot be changed through the API"),
            ("conversations", "GET") => ChatRoutes.ListConversations(call, bot),
            _ => throw GraphRouter.UnknownEdge(call, edge!, "Page"),
        };
    }

    public static GraphResult App(GraphCall call, string? edge, string? sub)
    {
        GraphRouter.NoSubPath(sub);
        return (edge, call.Method) switch
        {
            (null, "GET") => Write(call, BotSchema.App, call.Integration),
            (null, _) => throw GraphErrors.UnsupportedOperation(call.Method, call.Integration.AppId, "the app cannot be changed through the API"),
            _ => throw GraphRouter.UnknownEdge(call, edge!, "Application"),
        };
    }

    private static GraphResult Write(GraphCall call, Fields.NodeSchema<EmulatorIntegration> schema, EmulatorIntegration integration)
    {
        schema.ValidateRequested(call);
        return GraphResult.Json((call, schema, integration), static (w, s) => s.schema.Write(w, s.integration, s.call.Fields, s.call));
    }
}
