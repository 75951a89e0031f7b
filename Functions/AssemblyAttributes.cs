using EventFunctions.Annotations;

// Executable mode: GeneratedProgram.Main runs the function ANNOTATIONS_HANDLER names behind the Lambda Runtime API
// (provided.al2023, Native AOT). The class-library handler strings keep working on the managed runtime.
[assembly: LambdaGlobalProperties(GenerateMain = true)]
