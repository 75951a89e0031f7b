namespace EventFunctions.Data;

/// <summary>A stored item could not be read as an event: the table holds data this code did not write.</summary>
public sealed class InvalidEventItemException : Exception
{
    public InvalidEventItemException()
        : this("A stored item is not a valid event.")
    {
    }

    public InvalidEventItemException(string message)
        : base(message)
    {
    }

    public InvalidEventItemException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
