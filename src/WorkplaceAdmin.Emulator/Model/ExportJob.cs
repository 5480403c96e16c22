namespace WorkplaceAdmin.Emulator.Model;

/// <summary>
/// A data export job (<c>POST /community/export_employee_data</c>). Its status follows the clock: PENDING, then
/// STARTED, then COMPLETED with a result file (or FAILED) once <see cref="Duration"/> has passed.
/// </summary>
internal sealed class ExportJob
{
    public ExportJob(long key, DateTimeOffset created, TimeSpan duration, bool fails)
    {
        Key = key;
        Id = key.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Created = created;
        Duration = duration;
        Fails = fails;
    }

    public const string Pending = "PENDING";
    public const string Started = "STARTED";
    public const string Completed = "COMPLETED";
    public const string Failed = "FAILED";

    public long Key { get; }
    public string Id { get; }
    public DateTimeOffset Created { get; }
    public TimeSpan Duration { get; }
    public bool Fails { get; }

    /// <summary>The exported file, made when the job starts; shown only once the job has COMPLETED.</summary>
    public required MediaFile Result { get; init; }

    public string StatusAt(DateTimeOffset now)
    {
        var elapsed = now - Created;
        if (elapsed >= Duration)
        {
            return Fails ? Failed : Completed;
        }
        return elapsed * 3 < Duration ? Pending : Started;
    }
}
