using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Prompts;
using Psr.Roles;
using Psr.Roles.Backends;
using Psr.Roles.Prompts;

namespace Psr.Backends.OpenAI.Roles;

/// <summary>
/// The served roles of real-data EFT (<see cref="IEftRoles"/>): the policy over <c>backends.policy</c> (Figure 4 or the
/// world's line prompt, per <c>eft.promptStyle</c>), the strong judge over <c>backends.annotator</c> with the Figure 5
/// prompt verbatim and <c>[[A]]</c>/<c>[[B]]</c> parsing, and the PRM over <c>backends.prm</c> (vLLM <c>/pooling</c>).
/// <paramref name="handler"/> replaces the network (tests); <paramref name="warn"/> hears truncation warnings.
/// </summary>
public sealed class EndpointEftRoles(Action<string>? warn = null, HttpMessageHandler? handler = null) : IEftRoles
{
    /// <inheritdoc />
    public IEftRoleSet OpenEft(BackendsConfig backends, EftRoleOptions options, RoleModel baseModel)
    {
        ArgumentNullException.ThrowIfNull(backends);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(baseModel);
        var b = backends;
        return new Set(Client(b.Policy, baseModel), Client(b.Annotator, baseModel), Client(b.Prm, baseModel), options);
    }

    private OpenAiClient? Client(RoleBackendConfig role, RoleModel model) =>
        role.IsServed() ? new OpenAiClient(EndpointRoles.Endpoint(role, model), handler, warn) : null;

    private sealed class Set(OpenAiClient? policyClient, OpenAiClient? annotatorClient, OpenAiClient? prmClient, EftRoleOptions eft) : IEftRoleSet
    {
        public IStepPolicy? Policy { get; } = policyClient is null ? null
            : new HttpStepPolicy(policyClient, eft.PolicyPrompt == PromptStyle.Paper ? new PaperPolicyPrompt() : new LinePolicyPrompt());

        public IStepJudge? Annotator { get; } = annotatorClient is null ? null
            : new HttpStepJudge(annotatorClient, new PaperJudgePrompt(), new BracketVerdictParser(),
                new JudgeSampling { MaxTokens = eft.AnnotatorMaxTokens, Temperature = eft.AnnotatorTemperature });

        public IStepScorer? Prm { get; } = prmClient is null ? null : new PoolingStepScorer(prmClient);

        public IReadOnlyDictionary<string, long> Counts()
        {
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var (role, client) in new[] { ("policy", policyClient), ("annotator", annotatorClient), ("prm", prmClient) })
            {
                if (client is null)
                    continue;
                counts[$"{role}Requests"] = client.Counters.Requests;
                counts[$"{role}Retries"] = client.Counters.Retries;
                counts[$"{role}Truncated"] = client.Counters.Truncated;
                counts[$"{role}Skipped"] = client.Counters.Skipped;
            }
            return counts;
        }

        public void Dispose()
        {
            policyClient?.Dispose();
            annotatorClient?.Dispose();
            prmClient?.Dispose();
        }
    }
}
