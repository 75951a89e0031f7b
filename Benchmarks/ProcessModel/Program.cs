// The process model, measured (see Benchmarks/README.md):
//   cold-start     fresh execution environments behind the Runtime API, functions and floors, executable and managed
//   warm-overhead  the same warm invocation in this process and through a warm execution environment
//
// Usage: ProcessModel cold-start|warm-overhead [--runs N] [--invocations N] [--publish DIR] [--label NAME]
using EventFunctions.Benchmarks.ProcessModel;

var options = RunnerOptions.Parse(args);
var stdout = Console.Out;
// In-process handlers write their invocation log line to Console.Out: formatted, then dropped (an environment's
// goes to its log file). The report goes to the real stdout.
Console.SetOut(TextWriter.Null);
var report = options.Command == RunnerOptions.ColdStart
    ? await ColdStartRunner.RunAsync(options)
    : await WarmOverheadRunner.RunAsync(options);
await stdout.WriteLineAsync(report);
Directory.CreateDirectory(options.ResultsDirectory);
await File.WriteAllTextAsync(options.ResultsFile, report);
await stdout.WriteLineAsync($"Written to {Path.GetRelativePath(options.Root, options.ResultsFile)}");
return 0;
