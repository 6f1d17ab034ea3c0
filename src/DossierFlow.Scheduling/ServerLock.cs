namespace DossierFlow.Scheduling;

/// <summary>
/// An exclusive lock on a file beside Hangfire's SQLite file, held for the life of the process that runs the
/// Hangfire server on it. Two servers on one SQLite file were seen running the same job twice; a process that
/// cannot take the lock only enqueues, and the one that holds it runs the jobs. The operating system releases
/// the lock when the process ends, even after a crash, so a stale lock file blocks nobody.
/// </summary>
internal sealed class ServerLock : IDisposable
{
    private readonly FileStream _file;

    private ServerLock(FileStream file) => _file = file;

    /// <summary>The lock, or null when another process (or another server in this one) holds it.</summary>
    public static ServerLock? TryTake(string path)
    {
        try
        {
            return new ServerLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();
}
