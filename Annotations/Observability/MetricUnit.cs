namespace EventFunctions.Annotations.Observability;

/// <summary>The CloudWatch units the functions' metrics use.</summary>
public enum MetricUnit
{
    Count,
    Milliseconds,
}
