namespace EventFunctions.Annotations.Observability;

/// <summary>Lambda's log levels (advanced logging controls), lowest first.</summary>
public enum LambdaLogLevel
{
    Trace,
    Debug,
    Info,
    Warn,
    Error,
    Fatal,
}
