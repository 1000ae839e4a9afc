using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// The shared loop of the file verbs (<c>scrub</c>, <c>tag</c>): read <c>{"id","text"}</c> lines, transform them on every
/// core, write one output line per good input line in input order. The file is read as UTF-8 bytes and each line parsed
/// and written with <see cref="Utf8JsonReader"/>/<see cref="Utf8JsonWriter"/> (no DOM per line); batches of lines are
/// transformed in parallel and written in the order they were read.
/// A bad line (malformed JSON, no string "text", a line over <see cref="MaxLineBytes"/>, a text the transform refuses)
/// never stops the run: its line number and reason go to the rejects file (<see cref="JsonlRejects"/>, never the raw
/// text), every good line is still written, stderr gets one summary line, and the verb exits 1 at the end. A lone surrogate escape ("\ud800") or an
/// invalid UTF-8 byte in the text is read as U+FFFD, as a UTF-8 decoder does, and the line is transformed.
/// </summary>
internal static class JsonlTransform
{
    /// <summary>Longest input line read; a longer one is reported and skipped (the scrubber refuses far less anyway).</summary>
    public const int MaxLineBytes = 16 << 20;

    private const int BatchLines = 1024;
    private const int BatchBytes = 512 << 10;
    private const int ProgressEvery = 100_000;

    /// <summary>Writes the transform's fields of one post into the open output object (after "id").</summary>
    public delegate void FieldWriter(string text, Utf8JsonWriter output);

    public static async Task<int> RunAsync(string inPath, string outPath, string? rejectsPath, FieldWriter transform, CancellationToken ct)
    {
        if (!File.Exists(inPath))
        {
            throw new UserInputException($"--in: no such file '{inPath}'.");
        }

        using var rejects = JsonlRejects.Open(inPath, outPath, rejectsPath);

        // A batch run, not a server: no background collector competing with the workers for the two cores.
        var latency = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        try
        {
            await using var input = new FileStream(inPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            // "-" goes through Console.Out (as text), so whoever redirected the console (a test, a host) gets the lines.
            await using var file = outPath == "-" ? null : OpenOutput(outPath);
            var output = file is null ? new JsonlOutput(bytes => Console.Out.Write(Encoding.UTF8.GetString(bytes)), Console.Out.Flush) : new JsonlOutput(file.Write, file.Flush);
            var (lines, written) = await Task.Run(() => Run(input, output, rejects, transform, ct), ct);
            if (rejects.Count == 0)
            {
                await Console.Error.WriteLineAsync($"  {lines:N0} lines read, {written:N0} written, 0 failed");
                return 0;
            }

            await Console.Error.WriteLineAsync(
                $"{inPath}: {rejects.Count:N0} of {lines:N0} lines rejected ({rejects.Summary()}), {written:N0} written; line and reason of each in {rejects.Path}");
            return 1;
        }
        finally
        {
            GCSettings.LatencyMode = latency;
        }
    }

    /// <summary>
    /// The output file, created or emptied. A path the user cannot write (a folder, a read-only place, a missing folder)
    /// is bad input, exit 2 naming --out; found by fuzz seed 20261205 (`tag --out FOLDER`, an internal error).
    /// </summary>
    private static FileStream OpenOutput(string outPath)
    {
        if (Directory.Exists(outPath))
        {
            throw new UserInputException($"--out: '{outPath}' is a folder; name a file.");
        }

        try
        {
            return new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"--out: cannot write '{outPath}': {ex.Message}");
        }
    }

    /// <summary>
    /// Reads on the calling thread, transforms on one dedicated thread per core, writes on one more thread in reading order.
    /// Dedicated threads block while they wait instead of spinning as idle thread-pool workers do, and at most a few batches
    /// are read and not yet written (the slots) whatever the file size.
    /// </summary>
    private static (int Lines, int Written) Run(Stream input, JsonlOutput output, JsonlRejects rejects, FieldWriter transform, CancellationToken ct)
    {
        // The reader takes a slot before it hands a batch on, the writer gives it back once the batch is written. A Semaphore, not
        // bounded queues: a full BlockingCollection makes the reader wait on a SemaphoreSlim, which spins and yields before it
        // blocks, and those spins were 1.8 % of the verb's CPU samples (decision 378); a Semaphore's wait blocks at once.
        using var slots = new Semaphore(Environment.ProcessorCount * 3, Environment.ProcessorCount * 3);
        using var work = new BlockingCollection<(JsonlBatch Batch, TaskCompletionSource<JsonlBatch> Done)>();
        using var ordered = new BlockingCollection<Task<JsonlBatch>>();
        using var failure = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var spare = new ConcurrentQueue<JsonlBatch>(); // written batches, emptied for the reader to fill again
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Start(() =>
        {
            try
            {
                foreach (var (batch, done) in work.GetConsumingEnumerable(failure.Token))
                {
                    try
                    {
                        done.SetResult(batch.Transform(transform));
                    }
                    catch (Exception ex)
                    {
                        done.SetException(ex); // surfaces in the writer, which stops the run with it
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // the run was cancelled or the writer failed; the reader and the writer report why
            }
        })).ToArray();
        (int Lines, int Written) totals = default;
        Exception? writeFailure = null;
        var writer = Start(() =>
        {
            try
            {
                totals = WriteInOrder(ordered, slots, output, rejects, spare, failure.Token);
            }
            catch (Exception ex)
            {
                writeFailure = ex;
                failure.Cancel();
            }
        });

        try
        {
            ReadBatches(input, () => spare.TryDequeue(out var emptied) ? emptied : new JsonlBatch(), batch =>
            {
                if (WaitHandle.WaitAny([slots, failure.Token.WaitHandle]) != 0)
                {
                    failure.Token.ThrowIfCancellationRequested();
                }

                var done = new TaskCompletionSource<JsonlBatch>(TaskCreationOptions.RunContinuationsAsynchronously);
                ordered.Add(done.Task, failure.Token);
                work.Add((batch, done), failure.Token);
            }, failure.Token);
        }
        catch (OperationCanceledException) when (writeFailure is not null)
        {
            // the writer's failure is reported below
        }
        finally
        {
            work.CompleteAdding();
            ordered.CompleteAdding();
        }

        writer.Join();
        foreach (var worker in workers)
        {
            worker.Join();
        }

        if (writeFailure is not null)
        {
            ExceptionDispatchInfo.Throw(writeFailure);
        }

        ct.ThrowIfCancellationRequested();
        return totals;
    }

    private static Thread Start(Action body)
    {
        var thread = new Thread(() => body()) { IsBackground = true, Name = "jsonl-transform" };
        thread.Start();
        return thread;
    }

    /// <summary>Splits the input into lines of bytes and hands them on in batches; a line too long is kept as its line number only.</summary>
    private static void ReadBatches(Stream input, Func<JsonlBatch> nextBatch, Action<JsonlBatch> dispatch, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            int filled = 0, lineNumber = 0;
            var skipping = false; // inside a line longer than MaxLineBytes: its bytes are dropped until the newline
            var batch = nextBatch();
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var read = input.Read(buffer.AsSpan(filled));
                filled += read;
                var start = 0;
                int newline;
                while ((newline = buffer.AsSpan(start, filled - start).IndexOf((byte)'\n')) >= 0)
                {
                    lineNumber++;
                    batch.Add(lineNumber, buffer.AsSpan(start, newline), tooLong: skipping);
                    skipping = false;
                    start += newline + 1;
                    if (batch.IsFull(BatchLines, BatchBytes))
                    {
                        dispatch(batch);
                        batch = nextBatch();
                    }
                }

                if (read == 0)
                {
                    if (filled - start > 0 || skipping)
                    {
                        batch.Add(++lineNumber, buffer.AsSpan(start, filled - start), tooLong: skipping);
                    }

                    break;
                }

                buffer.AsSpan(start, filled - start).CopyTo(buffer);
                filled -= start;
                if (filled == buffer.Length)
                {
                    if (buffer.Length >= MaxLineBytes)
                    {
                        skipping = true;
                        filled = 0;
                    }
                    else
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, filled).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }

            if (batch.Count > 0)
            {
                dispatch(batch);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (int Lines, int Written) WriteInOrder(
        BlockingCollection<Task<JsonlBatch>> batches, Semaphore slots, JsonlOutput output, JsonlRejects rejects, ConcurrentQueue<JsonlBatch> spare, CancellationToken ct)
    {
        int lines = 0, written = 0, nextProgress = ProgressEvery;
        foreach (var pending in batches.GetConsumingEnumerable(ct))
        {
            if (!pending.IsCompleted)
            {
                // Blocks at once; GetResult on a running task spins and yields first, which the writer does for nearly every batch.
                ((IAsyncResult)pending).AsyncWaitHandle.WaitOne();
            }

            var batch = pending.GetAwaiter().GetResult();
            output.Write(batch.Output.Span);
            foreach (var (line, reason) in batch.Errors)
            {
                rejects.Add(line, reason);
            }

            (lines, written) = (batch.LastLine, written + batch.Written);
            batch.Clear();
            spare.Enqueue(batch);
            slots.Release();
            if (lines >= nextProgress)
            {
                Console.Error.WriteLine($"  {lines:N0} lines read, {written:N0} written, {rejects.Count:N0} failed");
                nextProgress += ProgressEvery;
            }
        }

        output.Flush();
        return (lines, written);
    }
}
