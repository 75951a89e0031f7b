namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>Waits for something another process does (a log line, an environment starting), bounded.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(25);

    /// <summary>Fails the test unless <paramref name="condition"/> holds within <paramref name="within"/> (default 10 s).</summary>
    public static async Task TrueAsync(Func<bool> condition, string what, TimeSpan? within = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not within {(within ?? TimeSpan.FromSeconds(10)).TotalSeconds:0.#} s: {what}");
            }

            await Task.Delay(Poll);
        }
    }

    /// <summary>The same for a condition that has to ask (a request to the API).</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not within {(within ?? TimeSpan.FromSeconds(10)).TotalSeconds:0.#} s: {what}");
            }

            await Task.Delay(Poll);
        }
    }
}
