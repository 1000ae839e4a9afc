namespace Sermo.Worker.Cli;

/// <summary>
/// A bounded first-in first-out queue between the file verbs' threads whose waits block at once on a monitor.
/// BlockingCollection's semaphore and a Task's wait spin before they block; the verbs' reader and writer wait on
/// nearly every batch, and on two cores that spinning took CPU from the transforming threads (decision 043).
/// </summary>
internal sealed class BlockingHandoff<T>(int capacity)
{
    private readonly Queue<T> _items = new(capacity);
    private bool _completed;

    /// <summary>Adds an item, waiting while the queue is full; throws <see cref="OperationCanceledException"/> when cancelled.</summary>
    public void Add(T item, CancellationToken ct)
    {
        using var wake = ct.Register(Wake);
        lock (_items)
        {
            while (_items.Count >= capacity)
            {
                ct.ThrowIfCancellationRequested();
                Monitor.Wait(_items);
            }

            ct.ThrowIfCancellationRequested();
            _items.Enqueue(item);
            Monitor.PulseAll(_items);
        }
    }

    /// <summary>No more items will be added; takers get the ones left, then false.</summary>
    public void CompleteAdding()
    {
        lock (_items)
        {
            _completed = true;
            Monitor.PulseAll(_items);
        }
    }

    /// <summary>Takes the oldest item, waiting while the queue is empty; false once it is empty and complete.</summary>
    public bool TryTake(out T item, CancellationToken ct)
    {
        using var wake = ct.Register(Wake);
        lock (_items)
        {
            while (_items.Count == 0 && !_completed)
            {
                ct.ThrowIfCancellationRequested();
                Monitor.Wait(_items);
            }

            ct.ThrowIfCancellationRequested();
            if (_items.TryDequeue(out var taken))
            {
                Monitor.PulseAll(_items);
                item = taken;
                return true;
            }

            item = default!;
            return false;
        }
    }

    private void Wake()
    {
        lock (_items)
        {
            Monitor.PulseAll(_items);
        }
    }
}
