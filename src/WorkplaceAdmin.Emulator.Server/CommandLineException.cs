namespace WorkplaceAdmin.Emulator.Server;

/// <summary>A command-line mistake; the program prints it with a hint and exits with code 2.</summary>
public sealed class CommandLineException(string message) : Exception(message);
