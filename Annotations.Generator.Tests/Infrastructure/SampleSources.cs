namespace EventFunctions.Annotations.Generator.Tests.Infrastructure;

/// <summary>Small annotated programs, written the way a user of the annotations would.</summary>
internal static class SampleSources
{
    public const string Usings = """
        using System;
        using System.Text.Json;
        using System.Threading.Tasks;
        using EventFunctions.Annotations;
        using EventFunctions.Annotations.APIGateway;
        using EventFunctions.Annotations.Authorization;
        using Microsoft.Extensions.DependencyInjection;

        """;

    /// <summary>A tiny service with five functions: a typed route value, a query, a JSON body, a throw and the caller.</summary>
    public const string Greetings = Usings + """
        [assembly: LambdaJsonSerializerContext(typeof(Sample.SampleJsonContext))]

        namespace Sample;

        public interface IGreeter
        {
            string Greet(string name);
        }

        public sealed class Greeter : IGreeter
        {
            public string Greet(string name) => "Hello, " + name;
        }

        [LambdaStartup]
        public sealed class Startup
        {
            public void ConfigureServices(IServiceCollection services) => services.AddSingleton<IGreeter, Greeter>();
        }

        public sealed record Greeting(int Id, string Text, int Times);

        public enum Tone
        {
            [System.Text.Json.Serialization.JsonStringEnumMemberName("warm")]
            Warm,
            Cool,
        }

        [System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
        [System.Text.Json.Serialization.JsonSerializable(typeof(Greeting))]
        public sealed partial class SampleJsonContext : System.Text.Json.Serialization.JsonSerializerContext
        {
        }

        public sealed class Functions(IGreeter greeter)
        {
            /// <summary>Greets greeting number <c>id</c>.</summary>
            [LambdaFunction(ResourceName = "GetGreeting", MemorySize = 256, Timeout = 5, DynamoDbActions = new[] { "dynamodb:GetItem" })]
            [RestApi(LambdaHttpMethod.Get, "/greetings/{id}")]
            public IHttpResult GetGreeting([FromRoute] int id, [FromQuery] string name = "world", [FromQuery] int times = 1, [FromQuery] Tone? tone = null) =>
                HttpResults.Ok(new Greeting(id, greeter.Greet(name) + (tone == Tone.Cool ? "." : string.Empty), times));

            [LambdaFunction(ResourceName = "PostGreeting")]
            [RestApi(LambdaHttpMethod.Post, "/greetings")]
            public Task<IHttpResult> PostGreeting([FromBody] JsonElement body, [FromHeader(Name = "X-Tenant")] string? tenant) =>
                Task.FromResult(HttpResults.Created("/greetings/1", new Greeting(1, body.GetProperty("text").GetString() ?? string.Empty, tenant is null ? 0 : 1)));

            [LambdaFunction(ResourceName = "PutGreeting")]
            [RestApi(LambdaHttpMethod.Put, "/greetings/{id}")]
            public static ValueTask<IHttpResult> PutGreeting([FromRoute] int id, [FromBody] Greeting greeting, [FromServices] IGreeter service) =>
                ValueTask.FromResult(HttpResults.Ok(greeting with { Id = id, Text = service.Greet(greeting.Text) }));

            [LambdaFunction(ResourceName = "GreetCaller")]
            [RestApi(LambdaHttpMethod.Post, "/greetings/caller")]
            public IHttpResult GreetCaller([FromCaller] Caller? caller) =>
                HttpResults.Ok(new Greeting(0, caller is null ? "nobody" : caller.Mode + " " + caller.Id, 0));

            [LambdaFunction(ResourceName = "FailGreeting")]
            [RestApi(LambdaHttpMethod.Delete, "/greetings/{id}")]
            public IHttpResult FailGreeting([FromRoute] string id) =>
                throw new InvalidOperationException("secret internal detail for " + id);
        }
        """;
}
