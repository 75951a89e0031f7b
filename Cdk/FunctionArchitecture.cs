namespace EventFunctions.Cdk;

/// <summary>The instruction set the functions run on. ReadyToRun code can only be produced for x86_64 here.</summary>
internal enum FunctionArchitecture
{
    X86_64,
    Arm64,
}
