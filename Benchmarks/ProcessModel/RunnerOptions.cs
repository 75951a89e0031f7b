using System.Globalization;

namespace EventFunctions.Benchmarks.ProcessModel;

/// <summary>Which measurement, where the published code is, how many rounds or invocations, the results label.</summary>
internal sealed record RunnerOptions(string Command, string Root, string PublishRoot, int Runs, int Invocations, string Label)
{
    public const string ColdStart = "cold-start";

    public const string WarmOverhead = "warm-overhead";

    public const string MemorySize = "memory-size";

    public string ResultsDirectory => Path.Combine(Root, "Benchmarks", "results");

    public string SamplesDirectory => Path.Combine(Root, "events-samples");

    /// <summary>The functions as the deployment publishes them (ReadyToRun, linux-x64, framework-dependent).</summary>
    public string FunctionsFolder => Path.Combine(PublishRoot, "functions");

    /// <summary>The floor program, published the same way.</summary>
    public string FloorFolder => Path.Combine(PublishRoot, "floor");

    /// <summary>The functions' Native AOT <c>bootstrap</c> (<c>scripts/publish-aot.sh</c>), alone in its folder.</summary>
    public string AotFunctionsFolder => Path.Combine(PublishRoot, "functions-aot");

    /// <summary>The floor program published with <c>-p:PublishAot=true</c>, its native binary named <c>bootstrap</c>.</summary>
    public string AotFloorFolder => Path.Combine(PublishRoot, "floor-aot");

    /// <summary>The folder a mode runs: the AOT folders for <see cref="EventFunctions.LocalGateway.Lambda.RuntimeMode.Aot"/>, the ReadyToRun ones otherwise.</summary>
    public string Folder(EventFunctions.LocalGateway.Lambda.RuntimeMode mode, bool floor) =>
        mode == EventFunctions.LocalGateway.Lambda.RuntimeMode.Aot
            ? (floor ? AotFloorFolder : AotFunctionsFolder)
            : (floor ? FloorFolder : FunctionsFolder);

    /// <summary>The results file: <c>process-cold-start-LABEL.md</c> or <c>process-overhead-LABEL.md</c>.</summary>
    public string ResultsFile => Path.Combine(ResultsDirectory, Command switch
    {
        ColdStart => $"process-cold-start-{Label}.md",
        MemorySize => $"memory-size-{Label}.md",
        _ => $"process-overhead-{Label}.md",
    });

    public static RunnerOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not (ColdStart or WarmOverhead or MemorySize))
        {
            throw new ArgumentException($"The first argument is the measurement: {ColdStart}, {WarmOverhead} or {MemorySize}.");
        }

        var root = FindRoot(Directory.GetCurrentDirectory());
        var publish = Path.Combine(root, "artifacts", "benchmarks", "publish");
        var runs = 20;
        var invocations = args[0] == MemorySize ? 300 : 2000;
        var label = "latest";
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--runs":
                    runs = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--invocations":
                    invocations = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--publish":
                    publish = Path.GetFullPath(value);
                    break;
                case "--label":
                    label = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}; expected --runs, --invocations, --publish or --label.");
            }

            i++;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 5);
        ArgumentOutOfRangeException.ThrowIfLessThan(invocations, 100);
        return new RunnerOptions(args[0], root, publish, runs, invocations, label);
    }

    private static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EventFunctions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Run from inside the repository: no EventFunctions.sln above '{start}'.");
    }
}
