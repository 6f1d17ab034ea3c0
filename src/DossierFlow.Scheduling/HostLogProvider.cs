using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace DossierFlow.Scheduling;

/// <summary>
/// Hangfire's log goes to the host's loggers. Hangfire keeps one log provider for the whole process, set by the
/// host that configured it last; where several hosts live in one process (the tests) a host may be gone while
/// another still logs through its provider, and that message is dropped instead of failing the job store.
/// </summary>
internal sealed class HostLogProvider(Microsoft.Extensions.Logging.ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _host = new(factory);

    public ILog GetLogger(string name) => new HostLog(_host, name);

    private sealed class HostLog(AspNetCoreLogProvider host, string name) : ILog
    {
        private ILog? _log;

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string> messageFunc, Exception exception)
        {
            try
            {
                return (_log ??= host.GetLogger(name)).Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
