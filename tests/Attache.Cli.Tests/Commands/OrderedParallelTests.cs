using Attache.Cli.Commands;

namespace Attache.Cli.Tests.Commands;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Map_ManyThreads_InputOrder()
    {
        var results = OrderedParallel.Map(Enumerable.Range(0, 500), i =>
        {
            Thread.SpinWait((i * 7919) % 5000); // uneven work, so that later items finish first
            return i * 2;
        }, 4, CancellationToken.None).ToList();
        Assert.Equal(Enumerable.Range(0, 500).Select(i => i * 2), results);
    }

    [Fact]
    public void Map_ReadsABoundedWindowAhead()
    {
        // Streamed input: however long the input, no more than the window is read ahead of the result being taken.
        var read = 0;
        var maxAhead = 0;
        var taken = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 1000; i++)
            {
                read++;
                maxAhead = Math.Max(maxAhead, read - taken);
                yield return i;
            }
        }
        foreach (var _ in OrderedParallel.Map(Source(), i => i, 3, CancellationToken.None)) taken++;
        Assert.Equal(1000, taken);
        Assert.InRange(maxAhead, 1, 3 * OrderedParallel.WindowPerThread + 1);
    }

    [Fact]
    public void Map_NeverMoreThanThreadsAtOnce()
    {
        var running = 0;
        var most = 0;
        var results = OrderedParallel.Map(Enumerable.Range(0, 200), i =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep(1);
            Interlocked.Decrement(ref running);
            return i;
        }, 2, CancellationToken.None).Count();
        Assert.Equal(200, results);
        Assert.InRange(most, 1, 2);
    }

    [Fact]
    public void Map_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.Throws<OperationCanceledException>(() => OrderedParallel.Map(Enumerable.Range(0, 10), i => i, 2, cancel.Token).ToList());
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
