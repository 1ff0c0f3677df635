namespace Attache.Cli.Commands;

/// <summary>Maps a stream on a fixed number of threads, yielding the results in input order with a bounded number in flight.</summary>
/// <remarks>
/// The calling thread reads the input and takes the results; at most <c>4 × threads</c> items are read ahead of the result
/// being written, so memory does not grow with the input however slow one item is. With one thread the map runs on the
/// calling thread, item by item.
/// </remarks>
internal static class OrderedParallel
{
    /// <summary>Items read ahead of the one being yielded, per thread: enough to keep every thread busy behind a long document.</summary>
    internal const int WindowPerThread = 4;

    /// <summary>The results of <paramref name="map"/> over <paramref name="items"/>, in their order.</summary>
    /// <remarks><paramref name="map"/> must not throw: an exception stops the run when its result is reached.</remarks>
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map, int threads, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        return threads == 1 ? Sequential(items, map, cancel) : Parallel(items, map, threads, cancel);
    }

    private static IEnumerable<TOut> Sequential<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map, CancellationToken cancel)
    {
        foreach (var item in items)
        {
            cancel.ThrowIfCancellationRequested();
            yield return map(item);
        }
    }

    private static IEnumerable<TOut> Parallel<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map, int threads, CancellationToken cancel)
    {
        // A scheduler of its own: never more than `threads` maps at once, whatever else the thread pool runs.
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
        var window = threads * WindowPerThread;
        var pending = new Queue<Task<TOut>>(window);
        try
        {
            foreach (var item in items)
            {
                cancel.ThrowIfCancellationRequested();
                pending.Enqueue(Task.Factory.StartNew(() => map(item), CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler));
                if (pending.Count >= window) yield return pending.Dequeue().GetAwaiter().GetResult();
            }
            while (pending.Count > 0)
            {
                cancel.ThrowIfCancellationRequested();
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // Stopped early (an error, a cancellation, a consumer that broke off): let the started maps finish before returning.
            try
            {
                Task.WaitAll([.. pending]);
            }
            catch (AggregateException)
            {
                // Already stopping: the first error is the one reported.
            }
        }
    }
}
