using WorkplaceAdmin.Emulator.Graph;

namespace WorkplaceAdmin.Emulator.Webhooks;

/// <summary>The Graph errors of the app subscriptions endpoint, with Graph's codes and wording.</summary>
internal static class WebhookErrors
{
    /// <summary>Graph's "(#15) This method must be called with an app access_token".</summary>
    public const int AppTokenRequiredCode = 15;

    /// <summary>Graph's "(#2200) callback verification failed".</summary>
    public const int CallbackVerificationFailedCode = 2200;

    public static GraphException AppTokenRequired() =>
        new(400, AppTokenRequiredCode,
            "(#15) This method must be called with an app access_token (app_id|app_secret), not an integration access token.",
            "OAuthException");

    public static GraphException CallbackVerificationFailed(string reason) =>
        new(400, CallbackVerificationFailedCode, "(#2200) callback verification failed: " + reason, "OAuthException");
}
