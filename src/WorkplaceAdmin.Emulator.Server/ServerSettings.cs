namespace WorkplaceAdmin.Emulator.Server;

/// <summary>What the command line asked for: the emulator options, the port, and whether to only print help.</summary>
public sealed record ServerSettings(EmulatorOptions Options, int Port, bool ShowHelp);
