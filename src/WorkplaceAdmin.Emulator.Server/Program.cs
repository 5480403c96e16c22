using System.Runtime.InteropServices;
using WorkplaceAdmin.Emulator.Server;

// Exit codes: 0 stopped normally, 1 could not start (e.g. port in use, bad seed), 2 bad command line.
ServerSettings settings;
try
{
    settings = ServerCommandLine.Parse(args);
}
catch (CommandLineException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    Console.Error.WriteLine("Run with --help to see every option.");
    return 2;
}
if (settings.ShowHelp)
{
    Console.WriteLine(ServerCommandLine.Help);
    return 0;
}

EmulatorServer server;
try
{
    server = await EmulatorServer.StartAsync(settings.Options, settings.Port);
}
catch (InvalidDataException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 2;
}
catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException)
{
    Console.Error.WriteLine("error: the emulator could not start: " + e.Message);
    return 1;
}

await using (server)
{
    Console.WriteLine(StartupBanner.JsonLine(server));
    foreach (var line in StartupBanner.HumanLines(server))
    {
        Console.WriteLine(line);
    }
    Console.Out.Flush();

    var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stopped.TrySetResult();
    };
    using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
    {
        context.Cancel = true;
        stopped.TrySetResult();
    });
    await stopped.Task;
    Console.WriteLine("Stopping.");
}
return 0;
