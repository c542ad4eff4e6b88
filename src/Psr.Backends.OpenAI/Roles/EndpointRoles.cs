using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Prompts;
using Psr.Backends.OpenAI.Serving;
using Psr.Roles;
using Psr.Roles.Backends;
using Psr.Roles.Prompts;
using Psr.World.RoleAdapters;

namespace Psr.Backends.OpenAI.Roles;

/// <summary>
/// The pipeline's served roles (<see cref="IRemoteRoles"/>): for each role that <see cref="BackendsConfig"/> puts on
/// an endpoint, an <see cref="OpenAiClient"/> with the role's settings and the stage's model name, and the HTTP role
/// over it — the world's line prompt for the policy (Figure 4 with <c>Step k:</c> headers on a benchmark run), the judge template's prompt and parser for
/// the judge (<see cref="JudgeTemplate.Compact"/>: the world's; <see cref="JudgeTemplate.PaperFigure5"/>: Figure 5 with
/// <c>[[A]]</c>/<c>[[B]]</c>). With <see cref="BackendsConfig.Server"/> set, it first starts the stage's model server
/// (<see cref="ManagedServer"/>) and routes the roles without a base URL to it. <paramref name="handler"/> replaces the
/// network (tests); <paramref name="warn"/> hears truncation warnings.
/// </summary>
public sealed class EndpointRoles(Action<string>? warn = null, HttpMessageHandler? handler = null) : IRemoteRoles, IEftRoles
{
    /// <inheritdoc />
    public IEftRoleSet OpenEft(BackendsConfig backends, EftRoleOptions options, RoleModel baseModel) =>
        new EndpointEftRoles(warn, handler).OpenEft(backends, options, baseModel);

    /// <inheritdoc />
    public async Task<IRemoteRoleSet> OpenAsync(BackendsConfig backends, ServedRoleOptions options, RoleModel model, string serverLog,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(backends);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(model);
        var routed = new[] { backends.Policy, backends.Judge }.Where(backends.UsesManagedServer).ToList();
        var server = routed.Count == 0 ? null : await ManagedServer.StartAsync(backends.Server, model,
            routed.Select(r => r.ModelFor(model.Name, model.Directory)).Distinct(StringComparer.Ordinal).ToList(), routed[0].ApiKeyVariable,
            serverLog, cancellationToken).ConfigureAwait(false);
        var policyClient = backends.Policy.IsServed() ? Client(backends, backends.Policy, model) : null;
        var judgeClient = backends.Judge.IsServed() ? Client(backends, backends.Judge, model) : null;
        IStepJudge? judge = null;
        if (judgeClient is not null)
        {
            var sampling = new JudgeSampling { MaxTokens = options.JudgeMaxTokens, Temperature = options.JudgeTemperature };
            judge = options.JudgeTemplate == JudgeTemplate.PaperFigure5
                ? new HttpStepJudge(judgeClient, new PaperJudgePrompt(), new BracketVerdictParser(), sampling)
                : new HttpStepJudge(judgeClient, new WorldJudgePrompt(), new WorldVerdictParser(), sampling);
        }
        // A benchmark run's policy is a real model: Figure 4 with "Step k:" headers; the world's tiny model writes lines.
        IPolicyPrompt prompt = options.PolicyPrompt == PromptStyle.Paper ? new PaperPolicyPrompt() : new LinePolicyPrompt();
        return new Set(policyClient, judgeClient, judge, prompt, server);
    }

    /// <inheritdoc />
    public IRemoteSegmenter OpenSegmenter(BackendsConfig backends)
    {
        ArgumentNullException.ThrowIfNull(backends);
        var role = backends.Segmenter;
        if (!role.IsServed())
            throw new Psr.Core.Errors.ConfigException(["backends.segmenter.backend = TorchSharp: data.segmentation = Model needs the segmenter on an OpenAiCompatible endpoint"]);
        return new Segmenter(Client(backends, role, new RoleModel("segmenter", Directory.GetCurrentDirectory())));
    }

    private OpenAiClient Client(BackendsConfig backends, RoleBackendConfig role, RoleModel model) =>
        new(Endpoint(role, model, backends.BaseUrlOf(role)), handler, warn);

    /// <summary>
    /// The client endpoint of a role for a stage's model at <paramref name="baseUrl"/> (default the role's own; a bare
    /// <c>http://host:port</c> gets <c>/v1</c>).
    /// </summary>
    public static OpenAiEndpoint Endpoint(RoleBackendConfig role, RoleModel model, string? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(model);
        var url = (baseUrl ?? role.BaseUrl!).TrimEnd('/');
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath is "/" or "")
            url += "/v1";
        return new OpenAiEndpoint
        {
            BaseUrl = url,
            Model = role.ModelFor(model.Name, model.Directory),
            Api = role.Api == EndpointRoute.Chat ? EndpointApi.Chat : EndpointApi.Completions,
            ApiKeyVariable = role.ApiKeyVariable,
            MaxInFlight = role.MaxInFlight,
            RequestTimeout = TimeSpan.FromSeconds(role.RequestTimeoutSeconds),
            MaxRetries = role.MaxRetries,
            RetryBaseDelay = TimeSpan.FromSeconds(role.RetryBaseDelaySeconds),
        };
    }

    private sealed class Segmenter(OpenAiClient client) : IRemoteSegmenter
    {
        public IGreedySolver Solver { get; } = new HttpGreedySolver(client);

        public IReadOnlyDictionary<string, long> Counts()
        {
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            Set.Add(counts, "segmenter", client);
            return counts;
        }

        public void Dispose() => client.Dispose();
    }

    private sealed class Set(OpenAiClient? policyClient, OpenAiClient? judgeClient, IStepJudge? judge, IPolicyPrompt prompt, ManagedServer? server) : IRemoteRoleSet
    {
        public IStepPolicy? Policy { get; } = policyClient is null ? null : new HttpStepPolicy(policyClient, prompt);

        public IStepJudge? Judge => judge;

        public IGreedySolver? Solver { get; } = policyClient is null ? null : new HttpGreedySolver(policyClient);

        public IReadOnlyDictionary<string, long> Counts()
        {
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            Add(counts, "policy", policyClient);
            Add(counts, "judge", judgeClient);
            return counts;
        }

        public async ValueTask DisposeAsync()
        {
            policyClient?.Dispose();
            judgeClient?.Dispose();
            if (server is not null)
                await server.DisposeAsync().ConfigureAwait(false);
        }

        internal static void Add(SortedDictionary<string, long> counts, string role, OpenAiClient? client)
        {
            if (client is null)
                return;
            var c = client.Counters;
            counts[$"{role}Requests"] = c.Requests;
            counts[$"{role}Retries"] = c.Retries;
            counts[$"{role}Truncated"] = c.Truncated;
            counts[$"{role}Skipped"] = c.Skipped;
        }
    }
}
