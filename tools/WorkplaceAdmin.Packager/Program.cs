using WorkplaceAdmin.Packager;

// dotnet WorkplaceAdmin.Packager.dll --module out/WorkplaceAdmin --out out/packages
string? module = null;
string? output = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--module":
            module = args[i + 1];
            break;
        case "--out":
            output = args[i + 1];
            break;
    }
}

if (module is null || output is null || args.Length != 4)
{
    Console.Error.WriteLine("Usage: WorkplaceAdmin.Packager --module <built module folder> --out <folder for the .nupkg>");
    return 2;
}

try
{
    Console.WriteLine(GalleryPackage.Write(module, output));
    return 0;
}
catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException)
{
    Console.Error.WriteLine(error.Message);
    return 1;
}
