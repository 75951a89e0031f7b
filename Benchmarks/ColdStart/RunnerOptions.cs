using System.Globalization;

namespace EventFunctions.Benchmarks.ColdStart;

/// <summary>Where the published programs and samples are, how many fresh processes per program, the results label.</summary>
internal sealed record RunnerOptions(string Root, string PublishRoot, int Runs, string Label)
{
    /// <summary>Another publish root whose functions run beside ours in the same rounds (e.g. the code before a change).</summary>
    public string? ComparePublishRoot { get; init; }

    /// <summary><c>r2r</c>, <c>il</c> or both.</summary>
    public IReadOnlyList<string> Modes { get; init; } = ["r2r", "il"];

    public string ResultsDirectory => Path.Combine(Root, "Benchmarks", "results");

    public string SamplesDirectory => Path.Combine(Root, "events-samples");

    public static RunnerOptions Parse(string[] args)
    {
        var root = FindRoot(Directory.GetCurrentDirectory());
        var publish = Path.Combine(root, "artifacts", "benchmarks", "publish");
        var runs = 15;
        var label = "latest";
        string? compare = null;
        string[] modes = ["r2r", "il"];
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--runs":
                    runs = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--publish":
                    publish = Path.GetFullPath(value);
                    break;
                case "--label":
                    label = value;
                    break;
                case "--compare":
                    compare = Path.GetFullPath(value);
                    break;
                case "--modes":
                    modes = value.Split(',');
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}; expected --runs, --publish, --label, --compare or --modes.");
            }

            i++;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 10);
        return new RunnerOptions(root, publish, runs, label) { ComparePublishRoot = compare, Modes = modes };
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
