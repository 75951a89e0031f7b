// Cold start, measured: fresh processes of the Bootstrap (the managed runtime's stand-in) over the published
// Functions assembly, and of the floor program, against one dynalite. See Benchmarks/README.md.
//
// Usage: ColdStart [--runs N] [--publish DIR] [--label NAME]
using EventFunctions.Benchmarks.ColdStart;

var options = RunnerOptions.Parse(args);
var report = await ColdStartRunner.RunAsync(options);
Console.WriteLine(report);
Directory.CreateDirectory(options.ResultsDirectory);
var file = Path.Combine(options.ResultsDirectory, $"cold-start-{options.Label}.md");
await File.WriteAllTextAsync(file, report);
Console.WriteLine($"Written to {Path.GetRelativePath(options.Root, file)}");
