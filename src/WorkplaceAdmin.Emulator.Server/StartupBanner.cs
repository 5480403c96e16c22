using System.Text.Json;

namespace WorkplaceAdmin.Emulator.Server;

/// <summary>
/// What the server prints on start: one JSON line for programs (URLs and seeded integrations, tokens included —
/// that is the emulator's purpose), then lines for people.
/// </summary>
internal static class StartupBanner
{
    public static string JsonLine(EmulatorServer server)
    {
        var emulator = server.Emulator;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("graph", server.GraphUri.ToString());
            w.WriteString("scim", server.ScimUri.ToString());
            w.WriteNumber("port", server.Port);
            w.WriteStartObject("community");
            w.WriteString("id", emulator.State.CommunityId);
            w.WriteString("name", emulator.State.CommunityName);
            w.WriteNumber("people", emulator.State.PeopleCount);
            w.WriteNumber("groups", emulator.State.GroupCount);
            w.WriteEndObject();
            w.WriteStartArray("integrations");
            foreach (var integration in emulator.Integrations)
            {
                w.WriteStartObject();
                w.WriteString("name", integration.Name);
                w.WriteString("token", integration.AccessToken);
                w.WriteString("appId", integration.AppId);
                w.WriteString("appSecret", integration.AppSecret);
                w.WriteString("botPageId", integration.BotPageId);
                w.WriteBoolean("requireAppSecretProof", integration.RequireAppSecretProof);
                w.WriteStartArray("permissions");
                foreach (var permission in integration.Permissions)
                {
                    w.WriteStringValue(permission);
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static IEnumerable<string> HumanLines(EmulatorServer server)
    {
        var state = server.Emulator.State;
        var controls = server.Emulator.Controls;
        yield return $"Workplace emulator serving '{state.CommunityName}' ({state.PeopleCount} people, {state.GroupCount} groups)";
        yield return $"  Graph: {server.GraphUri}";
        yield return $"  SCIM:  {server.ScimUri}";
        foreach (var integration in server.Emulator.Integrations)
        {
            var proof = integration.RequireAppSecretProof ? ", requires appsecret_proof" : "";
            yield return $"  {integration.Name}: token {integration.AccessToken} ({integration.Permissions.Count} permissions{proof})";
        }
        if (controls.Latency > TimeSpan.Zero || controls.LatencyJitter > TimeSpan.Zero)
        {
            yield return $"  Latency {controls.Latency.TotalMilliseconds} ms + up to {controls.LatencyJitter.TotalMilliseconds} ms jitter";
        }
        if (controls.ServerErrorRate + controls.ThrottleRate + controls.Throttle429Rate + controls.DropRate + controls.LostResponseRate + controls.SlowRate > 0)
        {
            yield return $"  Faults: 5xx={controls.ServerErrorRate} throttle={controls.ThrottleRate} 429={controls.Throttle429Rate} drop={controls.DropRate} lost={controls.LostResponseRate} slow={controls.SlowRate}";
        }
        if (controls.RateBudget is { } budget)
        {
            yield return $"  Rate budget: {budget} calls";
        }
        if (controls.ReadOnly)
        {
            yield return "  Read-only mode: every write fails";
        }
        yield return "Press Ctrl+C to stop.";
    }
}
