namespace WorkplaceAdmin.Emulator.Model;

/// <summary>An entity with a numeric key that orders it in its collection (ids are 15-digit numbers).</summary>
internal interface IKeyed
{
    long Key { get; }
}
