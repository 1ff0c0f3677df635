using System.Collections.Concurrent;
using Attache.Record;
using Attache.Storage;

namespace Attache.Api;

/// <summary>Open stores shared by requests: a store serves one request at a time, and at most a fixed number are open.</summary>
/// <remarks>Thread-safe. Writes are serialised among themselves with <see cref="WriteAsync{T}"/>.</remarks>
public sealed class StorePool : IAsyncDisposable
{
    private readonly Func<CancellationToken, Task<IEventStore>> _open;
    private readonly ConcurrentBag<IEventStore> _idle = [];
    private readonly SemaphoreSlim _slots;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private long _version;

    /// <summary>Creates a pool over the database the options name, which must already exist (the server never creates one).</summary>
    public StorePool(ApiOptions options)
        : this(ct => EventStores.OpenExistingAsync((options ?? throw new ArgumentNullException(nameof(options))).Database, cancellationToken: ct), options.MaxConnections)
    {
    }

    /// <summary>Creates a pool with a given way of opening stores.</summary>
    public StorePool(Func<CancellationToken, Task<IEventStore>> open, int size)
    {
        _open = open;
        _slots = new SemaphoreSlim(size, size);
    }

    /// <summary>Grows each time a write through this pool stores something, so caches know to rebuild.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Runs a read with a store of its own.</summary>
    public async Task<T> ReadAsync<T>(Func<IEventStore, Task<T>> action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        IEventStore? store = null;
        try
        {
            if (!_idle.TryTake(out store)) store = await _open(cancellationToken).ConfigureAwait(false);
            var result = await action(store).ConfigureAwait(false);
            _idle.Add(store);
            store = null;
            return result;
        }
        finally
        {
            // A store whose request failed is closed rather than reused: its connection may be in a bad state.
            if (store is not null) await store.DisposeAsync().ConfigureAwait(false);
            _slots.Release();
        }
    }

    /// <summary>Runs a write, one at a time, with a store of its own.</summary>
    public async Task<T> WriteAsync<T>(Func<IEventStore, Task<T>> action, CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ReadAsync(action, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Increment(ref _version);
            _writer.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var store)) await store.DisposeAsync().ConfigureAwait(false);
        _slots.Dispose();
        _writer.Dispose();
    }
}
