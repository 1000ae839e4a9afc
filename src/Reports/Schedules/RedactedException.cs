namespace Sermo.Reports.Schedules;

/// <summary>
/// An exception as a log or the job store may keep it (<see cref="ReportLogText"/>): the original's type name, message and
/// full text (stack traces and inner exceptions) with report ids, report folders and request values replaced. It holds no
/// inner exception, so nothing that prints exceptions can reach the original text through it.
/// </summary>
public sealed class RedactedException : Exception
{
    private readonly string _text;

    public RedactedException(string originalType, string message, string text)
        : base(message)
    {
        OriginalType = originalType;
        _text = text;
    }

    /// <summary>The full name of the exception this stands for (<c>System.IO.IOException</c>).</summary>
    public string OriginalType { get; }

    /// <summary>What the original's ToString() said, redacted: what console logs and Hangfire's failed state print.</summary>
    public override string ToString() => _text;
}
