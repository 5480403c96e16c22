namespace WorkplaceAdmin.Emulator.Model;

/// <summary>
/// The community's reader/writer lock. Reads (GET) run in parallel; every mutation holds the write lock for
/// the whole request, so concurrent clients never see or produce half-applied changes.
/// </summary>
internal sealed class StateLock
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.SupportsRecursion);

    public Releaser Read()
    {
        _lock.EnterReadLock();
        return new Releaser(_lock, write: false);
    }

    public Releaser Write()
    {
        _lock.EnterWriteLock();
        return new Releaser(_lock, write: true);
    }

    public readonly struct Releaser : IDisposable
    {
        private readonly ReaderWriterLockSlim _lock;
        private readonly bool _write;

        public Releaser(ReaderWriterLockSlim rwLock, bool write)
        {
            _lock = rwLock;
            _write = write;
        }

        public void Dispose()
        {
            if (_write)
            {
                _lock.ExitWriteLock();
            }
            else
            {
                _lock.ExitReadLock();
            }
        }
    }
}
