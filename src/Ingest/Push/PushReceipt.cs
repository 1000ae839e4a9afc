namespace Sermo.Ingest.Push;

/// <summary>
/// What happened to a pushed batch: the spool file it became, its lines, how many the ingest cycle will store and
/// how many it will dead-letter, by reason. The rejected lines themselves are listed only up to
/// <see cref="ListedRejections"/>, so the answer stays small whatever was pushed (the counts cover every line).
/// </summary>
/// <param name="Rejected">The first rejected lines, in order; <paramref name="RejectedCount"/> counts them all.</param>
public sealed record PushReceipt(
    string File,
    int Lines,
    int Accepted,
    IReadOnlyList<PushedLineRejection> Rejected,
    int RejectedCount,
    IReadOnlyDictionary<string, int> RejectedByReason)
{
    public const int ListedRejections = 20;

    /// <summary>Counts lines as they are checked.</summary>
    internal sealed class Builder
    {
        private readonly List<PushedLineRejection> _listed = [];
        private readonly SortedDictionary<string, int> _byReason = new(StringComparer.Ordinal);

        public int Lines { get; private set; }

        public int Accepted { get; private set; }

        public int RejectedCount { get; private set; }

        public void Accept()
        {
            Lines++;
            Accepted++;
        }

        public void Reject(long line, string reason, string detail)
        {
            Lines++;
            RejectedCount++;
            _byReason[reason] = _byReason.GetValueOrDefault(reason) + 1;
            if (_listed.Count < ListedRejections)
            {
                _listed.Add(new PushedLineRejection(line, reason, detail));
            }
        }

        public PushReceipt Build(string file) => new(file, Lines, Accepted, _listed, RejectedCount, new Dictionary<string, int>(_byReason));
    }
}

/// <summary>A pushed line that will become a dead letter, with the same reason a dropped file's line would get.</summary>
public sealed record PushedLineRejection(long Line, string Reason, string Detail);

/// <summary>The whole batch was refused before anything was spooled.</summary>
public sealed class PushRejectedException(string reason, string message) : Exception(message)
{
    public string Reason { get; } = reason;
}
