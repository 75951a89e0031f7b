using System.Net;
using System.Text.Json;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>Checks an RFC 9457 problem response: its status, content type and body, and that it names the request.</summary>
internal static class Problems
{
    public static async Task<JsonElement> AssertAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("https://www.rfc-editor.org/rfc/rfc9110#", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal(Assert.Single(response.Headers.GetValues("x-amzn-RequestId")), problem.GetProperty("requestId").GetString());
        return problem;
    }

    /// <summary>An answer from the gateway itself: <c>{"message": ...}</c> as API Gateway writes it.</summary>
    public static async Task AssertGatewayAsync(HttpResponseMessage response, HttpStatusCode status, string message)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, document.RootElement.GetProperty("message").GetString());
    }
}
