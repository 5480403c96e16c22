using System.Text.Json;
using System.Text.Json.Serialization;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Links;

/// <summary>
/// Link definitions in one JSON file (links.json) in a folder, by default the user's configuration folder
/// (<see cref="LinkConfigFolder"/>). The file holds no secret. Each change rewrites the file atomically; the file
/// is read on every call, so several sessions see each other's links.
/// </summary>
public sealed class FileLinkStore : ILinkStore
{
    public const string FileName = "links.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly object gate = new();

    public FileLinkStore(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = folder;
    }

    /// <summary>The store in the user's configuration folder.</summary>
    public static FileLinkStore ForCurrentUser() => new(LinkConfigFolder.Resolve());

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, FileName);

    public IReadOnlyList<WorkplaceLink> List()
    {
        lock (gate)
            return Read();
    }

    public WorkplaceLink? Find(string name)
    {
        lock (gate)
            return Read().FirstOrDefault(link => LinkName.Comparer.Equals(link.Name, name?.Trim()));
    }

    public void Add(WorkplaceLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        LinkName.Validate(link.Name);
        lock (gate)
        {
            var links = Read().ToList();
            if (links.Any(existing => LinkName.Comparer.Equals(existing.Name, link.Name)))
                throw Duplicate(link.Name);
            links.Add(link);
            Write(links);
        }
    }

    public bool Remove(string name)
    {
        lock (gate)
        {
            var links = Read().ToList();
            var removed = links.RemoveAll(link => LinkName.Comparer.Equals(link.Name, name?.Trim()));
            if (removed > 0)
                Write(links);
            return removed > 0;
        }
    }

    internal static WorkplaceLinkException Duplicate(string name) =>
        new(LinkErrorIds.Duplicate, $"A link named '{name}' already exists. Choose another name, or remove it first with Remove-WorkplaceLink -Name '{name}'.");

    private List<WorkplaceLink> Read()
    {
        if (!File.Exists(FilePath))
            return [];
        try
        {
            return JsonSerializer.Deserialize<List<WorkplaceLink>>(File.ReadAllBytes(FilePath), Json) ?? [];
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"The link definitions file {FilePath} is not valid JSON ({error.Message.Split(" Path:")[0]}); fix or delete it.", error);
        }
    }

    private void Write(List<WorkplaceLink> links) =>
        PrivateFile.WriteAllBytes(FilePath, JsonSerializer.SerializeToUtf8Bytes(links, Json));
}
