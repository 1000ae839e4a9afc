namespace Sermo.Worker.Jobs;

/// <summary>
/// A job was given input it can never run with (a client or report that is gone, a broken definition, a bad day): it
/// fails at once with this reason and is not retried (<see cref="JobRetryPolicy"/>).
/// </summary>
public sealed class JobInputException(string message, Exception? innerException = null) : Exception(message, innerException);
