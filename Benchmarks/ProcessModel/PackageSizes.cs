using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace EventFunctions.Benchmarks.ProcessModel;

/// <summary>
/// What each mode deploys: the files' bytes and the zip Lambda is given (the folder's contents at the zip's root,
/// <see cref="CompressionLevel.SmallestSize"/>, as <c>zip -9 -r</c>; on Unix the entries keep their permissions, so
/// <c>bootstrap</c> stays executable). Zips are written to <c>artifacts/benchmarks/zips/</c>.
/// </summary>
internal static class PackageSizes
{
    public static string Format(RunnerOptions options)
    {
        var zips = Path.Combine(options.Root, "artifacts", "benchmarks", "zips");
        Directory.CreateDirectory(zips);
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine("Package sizes (what Lambda is given; MiB = 1,048,576 bytes):");
        text.AppendLine();
        text.AppendLine("| package | mode | files | bytes | MiB | zip bytes (deflate, smallest) | zip MiB |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var (name, mode, folder) in new[]
        {
            ("functions: bootstrap (Native AOT, all five)", "aot", options.AotFunctionsFolder),
            ("functions: ReadyToRun publish folder", "managed (and executable, framework-dependent)", options.FunctionsFolder),
            ("floor: bootstrap (Native AOT)", "aot", options.AotFloorFolder),
            ("floor: ReadyToRun publish folder", "managed", options.FloorFolder),
        })
        {
            var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
            var bytes = files.Sum(f => new FileInfo(f).Length);
            var zip = Path.Combine(zips, Path.GetFileName(folder) + ".zip");
            File.Delete(zip);
            ZipFile.CreateFromDirectory(folder, zip, CompressionLevel.SmallestSize, includeBaseDirectory: false);
            var zipBytes = new FileInfo(zip).Length;
            text.AppendLine(invariant,
                $"| {name} | {mode} | {files.Length} | {bytes:N0} | {bytes / 1048576.0:0.0} | {zipBytes:N0} | {zipBytes / 1048576.0:0.0} |");
        }

        return text.ToString();
    }
}
