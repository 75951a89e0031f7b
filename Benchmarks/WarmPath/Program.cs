// Warm path: BenchmarkDotNet over the five generated handlers and their serialize-only floors.
// Usage: dotnet run -c Release --project Benchmarks/WarmPath -- [--label NAME] [BenchmarkDotNet options, e.g. --filter *GetEvent*]
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using EventFunctions.Benchmarks.WarmPath;

var label = "latest";
var rest = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--label" && i + 1 < args.Length)
    {
        label = args[++i];
    }
    else
    {
        rest.Add(args[i]);
    }
}

// Everything unless told otherwise (BenchmarkSwitcher would ask on the console).
if (!rest.Exists(a => a.StartsWith("--filter", StringComparison.Ordinal) || a == "-f"))
{
    rest.AddRange(["--filter", "*"]);
}

var root = WarmPathReport.FindRoot();

// In-process: no generated benchmark project to build under this repository's warnings-as-errors rules.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(5).WithIterationCount(15))
    .WithArtifactsPath(Path.Combine(root, "artifacts", "benchmarks", "warm-path"))
    .WithOptions(ConfigOptions.JoinSummary);

var summaries = BenchmarkSwitcher.FromTypes([typeof(HandlerBenchmarks)]).Run([.. rest], config).ToList();
if (summaries.Count > 0)
{
    var report = WarmPathReport.Format(label, summaries);
    Console.WriteLine(report);
    var file = Path.Combine(root, "Benchmarks", "results", $"warm-path-{label}.md");
    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
    File.WriteAllText(file, report);
    Console.WriteLine($"Written to {Path.GetRelativePath(root, file)}");
}
