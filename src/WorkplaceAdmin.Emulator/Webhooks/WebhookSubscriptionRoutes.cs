using System.Net;
using System.Text.Json;
using WorkplaceAdmin.Emulator.Graph;

namespace WorkplaceAdmin.Emulator.Webhooks;

/// <summary>
/// <c>/app/subscriptions</c> and <c>/{app-id}/subscriptions</c> (workplace-api.md §7.1), with the app token only.
/// GET lists the app's subscriptions; POST subscribes to a topic after the callback passes the handshake; DELETE
/// removes a topic's subscription, some of its fields, or every subscription of the app.
/// </summary>
internal static class WebhookSubscriptionRoutes
{
    private const string FieldVersion = "v1.0";

    /// <summary>True for the subscriptions edge of the caller's app, which the engine answers outside the community lock.</summary>
    public static bool Matches(GraphCall call) =>
        call.Segments is [var head, "subscriptions"] && (head == "app" || head == call.Integration.AppId);

    public static GraphResult Handle(GraphCall call)
    {
        if (!call.IsAppToken)
        {
            throw WebhookErrors.AppTokenRequired();
        }
        return call.Method switch
        {
            "GET" => List(call),
            "POST" => Subscribe(call),
            "DELETE" => Unsubscribe(call),
            _ => throw GraphErrors.InvalidParameter($"Unsupported {call.Method.ToLowerInvariant()} request on /subscriptions"),
        };
    }

    private static GraphResult List(GraphCall call)
    {
        var subscriptions = call.Engine.Webhooks.SubscriptionsOf(call.Integration.AppId);
        return GraphResult.Json(subscriptions, static (w, list) =>
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            foreach (var subscription in list)
            {
                w.WriteStartObject();
                w.WriteString("object", subscription.Object);
                w.WriteString("callback_url", subscription.CallbackUrl.AbsoluteUri);
                w.WriteBoolean("active", true);
                w.WriteBoolean("include_values", subscription.IncludeValues);
                w.WriteStartArray("fields");
                foreach (var field in subscription.Fields)
                {
                    w.WriteStartObject();
                    w.WriteString("name", field);
                    w.WriteString("version", FieldVersion);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static GraphResult Subscribe(GraphCall call)
    {
        var topic = Topic(call, call.RequiredParam("object"));
        call.Require(WebhookTopics.PermissionsFor(topic));
        var callback = CallbackUrl(call.RequiredParam("callback_url"));
        var verifyToken = call.RequiredParam("verify_token");
        var fields = Fields(topic, call.RequiredParam("fields"));
        var includeValues = call.BoolParam("include_values") ?? false;

        var failure = call.Engine.Webhooks.VerifyCallback(callback, verifyToken);
        if (failure is not null)
        {
            throw WebhookErrors.CallbackVerificationFailed(failure);
        }
        call.Engine.Webhooks.Subscribe(call.Integration, topic, callback, fields, includeValues, call.Now);
        return GraphResult.Success();
    }

    private static GraphResult Unsubscribe(GraphCall call)
    {
        var topicText = call.Param("object");
        var topic = topicText is null ? null : Topic(call, topicText);
        var fieldsText = call.Param("fields");
        if (fieldsText is not null && topic is null)
        {
            throw GraphErrors.InvalidParameter("Param fields needs param object: fields are removed from one topic's subscription");
        }
        var fields = fieldsText is null ? null : Fields(topic!, fieldsText);
        call.Engine.Webhooks.Unsubscribe(call.Integration.AppId, topic, fields);
        return GraphResult.Success();
    }

    private static string Topic(GraphCall call, string text)
    {
        var topic = text.Trim();
        return WebhookTopics.IsObject(topic)
            ? topic
            : throw GraphErrors.InvalidParameter($"Param object must be one of {{{string.Join(", ", WebhookTopics.Objects)}}}");
    }

    /// <summary>Callbacks must be https, as in Workplace; plain http is accepted for loopback addresses (tests, local receivers).</summary>
    private static Uri CallbackUrl(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || !string.IsNullOrEmpty(url.UserInfo) || !string.IsNullOrEmpty(url.Fragment))
        {
            throw GraphErrors.InvalidParameter("Param callback_url must be a valid absolute URL");
        }
        var loopback = url.IsLoopback || (IPAddress.TryParse(url.IdnHost, out var address) && IPAddress.IsLoopback(address));
        if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && loopback))
        {
            throw GraphErrors.InvalidParameter("Param callback_url must be an https URL (plain http only to a loopback address)");
        }
        return url;
    }

    /// <summary>A comma-separated list or a JSON array of field names, each offered by the topic.</summary>
    private static string[] Fields(string topic, string text)
    {
        string[] names;
        var trimmed = text.Trim();
        if (trimmed.StartsWith('['))
        {
            try
            {
                names = JsonSerializer.Deserialize<string[]>(trimmed) ?? [];
            }
            catch (JsonException)
            {
                throw GraphErrors.InvalidParameter("Param fields must be a comma-separated list or a JSON array of field names");
            }
        }
        else
        {
            names = trimmed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        }
        if (names.Length == 0)
        {
            throw GraphErrors.InvalidParameter("Param fields must name at least one field");
        }
        var known = WebhookTopics.FieldsOf(topic);
        var unknown = names.FirstOrDefault(name => !known.Contains(name));
        if (unknown is not null)
        {
            throw GraphErrors.InvalidParameter($"Param fields: '{unknown}' is not a field of {topic}; its fields are {string.Join(", ", known)}");
        }
        return names.Distinct(StringComparer.Ordinal).ToArray();
    }
}
