using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>One cdk-nag finding: the rule (with its finding, e.g. <c>AwsSolutions-IAM5[Resource::*]</c>), where, and whether a suppression silenced it.</summary>
public sealed record NagFinding(string RuleId, string LogicalId, string Level, bool Suppressed, string? Reason);

/// <summary>
/// cdk-nag's AwsSolutions pack over a synthesized template, through <c>Cdk.Tests/Nag/nag.mjs</c> (npm cdk-nag, node): run once
/// per synthesis, bounded in time, and killed by its own handle when it overruns.
/// </summary>
public static class NagReport
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly ConditionalWeakTable<StackSynthesis, IReadOnlyList<NagFinding>> Reports = [];

    public static IReadOnlyList<NagFinding> Of(StackSynthesis synthesis)
    {
        ArgumentNullException.ThrowIfNull(synthesis);
        return Reports.GetValue(synthesis, s => Run(s.TemplateFile));
    }

    private static List<NagFinding> Run(string templateFile)
    {
        var root = RepositoryFiles.Layout.Root;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(root, "Cdk.Tests", "Nag", "nag.mjs"));
        start.ArgumentList.Add(templateFile);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"nag.mjs did not finish within {Timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"nag.mjs exited {process.ExitCode} (run npm ci at the repository root?):\n{stderr.Result}");
        }

        using var report = JsonDocument.Parse(stdout.Result);
        return [.. report.RootElement.GetProperty("findings").EnumerateArray().Select(f => new NagFinding(
            f.GetProperty("ruleId").GetString()!,
            f.GetProperty("logicalId").GetString()!,
            f.GetProperty("level").GetString()!,
            f.GetProperty("suppressed").GetBoolean(),
            f.GetProperty("reason").GetString()))];
    }
}
