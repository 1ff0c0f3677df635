namespace Attache.Storage;

/// <summary>A database problem worth one clear line to the user (unreachable, locked, wrong schema, conflicting data).</summary>
public class StoreException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public StoreException() { }

    /// <summary>Creates an exception with a message for the user.</summary>
    public StoreException(string message) : base(message) { }

    /// <summary>Creates an exception with a message for the user and its cause.</summary>
    public StoreException(string message, Exception innerException) : base(message, innerException) { }
}

/// <summary>One document cannot be stored (its id is taken by another text); the batch can go on.</summary>
public sealed class DocumentConflictException : StoreException
{
    /// <summary>Creates an exception with no message.</summary>
    public DocumentConflictException() { }

    /// <summary>Creates an exception with a message for the user.</summary>
    public DocumentConflictException(string message) : base(message) { }

    /// <summary>Creates an exception with a message for the user and its cause.</summary>
    public DocumentConflictException(string message, Exception innerException) : base(message, innerException) { }
}

/// <summary>Another process holds the database's write lock: trying again later may succeed, and nothing was written.</summary>
public sealed class StoreLockedException : StoreException
{
    /// <summary>Creates an exception with no message.</summary>
    public StoreLockedException() { }

    /// <summary>Creates an exception with a message for the user.</summary>
    public StoreLockedException(string message) : base(message) { }

    /// <summary>Creates an exception with a message for the user and its cause.</summary>
    public StoreLockedException(string message, Exception innerException) : base(message, innerException) { }
}
