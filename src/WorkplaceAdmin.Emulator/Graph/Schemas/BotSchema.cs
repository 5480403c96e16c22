using WorkplaceAdmin.Emulator.Graph.Fields;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>An integration's bot page (<c>/me</c>) and its app (<c>/app</c>).</summary>
internal static class BotSchema
{
    public static readonly NodeSchema<EmulatorIntegration> Page = new NodeSchema<EmulatorIntegration>("Page", i => i.BotPageId, "name")
        .Field("name", Writes.Text<EmulatorIntegration>(i => i.Name))
        .Field("category", Writes.Text<EmulatorIntegration>(_ => "Bot"))
        .Field("link", (w, i, f, c) => w.WriteString(f.OutputName, CommunityLinks.Profile(c.Community, i.BotPageId)));

    public static readonly NodeSchema<EmulatorIntegration> App = new NodeSchema<EmulatorIntegration>("Application", i => i.AppId, "name")
        .Field("name", Writes.Text<EmulatorIntegration>(i => i.Name))
        .Field("category", Writes.Text<EmulatorIntegration>(_ => "Custom integration"));
}
