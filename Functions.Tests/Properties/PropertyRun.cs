using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace EventFunctions.Tests.Properties;

/// <summary>Runs a property over generated inputs (FsCheck, shrinking on failure) and reports how many it tried.</summary>
internal static class PropertyRun
{
    public const int DefaultCount = 300;

    public static void Check<T>(Gen<T> inputs, Func<T, Task<bool>> property, ITestOutputHelper output, string what, int count = DefaultCount)
    {
        var tried = 0;
        var prop = Prop.ForAll(inputs.ToArbitrary(), (T input) =>
        {
            Interlocked.Increment(ref tried);

            // Off the test's synchronization context, so blocking on the handler cannot deadlock.
            return Task.Run(() => property(input)).GetAwaiter().GetResult();
        });
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(count).WithQuietOnSuccess(true), prop);
        output.WriteLine($"[tally] {what}: {tried} generated inputs tried");
    }
}
