using Sermo.Storage.Safety;

namespace Sermo.Worker.Safety;

/// <summary>What a <c>safety queue</c> verb works with once its use is audited: the queue, where to print, the time and who is reviewing.</summary>
internal sealed record SafetyQueueUse(ISafetyQueue Queue, TextWriter Output, DateTimeOffset Now, string Reviewer, IServiceProvider Services);
