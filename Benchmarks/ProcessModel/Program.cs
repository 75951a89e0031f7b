// The process model, measured (see Benchmarks/README.md):
//   cold-start     fresh execution environments behind the Runtime API, functions and floors, executable and managed
//   warm-overhead  the same warm invocation in this process and through a warm execution environment (time, bytes, RSS)
//   memory-size    GetEvent cold and warm with the environment's CPU limited as Lambda's memory sizes limit it (cgroup)
//
// Usage: ProcessModel cold-start|warm-overhead|memory-size [--runs N] [--invocations N] [--publish DIR] [--label NAME]
using EventFunctions.Benchmarks.ProcessModel;

var options = RunnerOptions.Parse(args);
var stdout = Console.Out;
// Console.Out lines of in-process handlers are dropped. Their invocation records are not: InvocationLog writes them
// to the raw standard output, so warm-overhead prints them ahead of the report (an environment's go to its log file).
// The report goes to the real stdout and to the results file.
Console.SetOut(TextWriter.Null);
var report = options.Command switch
{
    RunnerOptions.ColdStart => await ColdStartRunner.RunAsync(options),
    RunnerOptions.MemorySize => await MemorySizeRunner.RunAsync(options),
    _ => await WarmOverheadRunner.RunAsync(options),
};
await stdout.WriteLineAsync(report);
Directory.CreateDirectory(options.ResultsDirectory);
await File.WriteAllTextAsync(options.ResultsFile, report);
await stdout.WriteLineAsync($"Written to {Path.GetRelativePath(options.Root, options.ResultsFile)}");
return 0;
