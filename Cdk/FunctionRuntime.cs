namespace EventFunctions.Cdk;

/// <summary>How the functions' code runs on Lambda (context <c>runtime</c>).</summary>
internal enum FunctionRuntime
{
    /// <summary>The default: one Native AOT <c>bootstrap</c> on <c>provided.al2023</c>, the function chosen by <c>ANNOTATIONS_HANDLER</c>.</summary>
    Aot,

    /// <summary>The class-library handler strings on the managed <c>dotnet10</c> runtime, ReadyToRun, SnapStart on published versions.</summary>
    Managed,
}
