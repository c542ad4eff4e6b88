using System.Text.Json;
using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Prompts;
using Psr.Protocol.OpenAI;
using Psr.Backends.OpenAI.Roles;

namespace Psr.Backends.OpenAI.Tests.Roles;

public sealed class PoolingStepScorerTests
{
    private static PoolingResponse Response(string data) => JsonSerializer.Deserialize<PoolingResponse>(
        $$"""{"object":"list","data":[{"index":0,"object":"pooling","data":{{data}}}]}""", WireJson.Options)!;

    [Theory]
    [InlineData("http://h:8000/v1", "http://h:8000/pooling")]
    [InlineData("http://h:8000/v1/", "http://h:8000/pooling")]
    [InlineData("http://h:8000", "http://h:8000/pooling")]
    [InlineData("https://h/prm/v1", "https://h/prm/pooling")]
    public void The_pooling_route_is_at_the_server_root(string baseUrl, string expected)
    {
        // Given a role's base URL / When the pooling route is derived / Then /v1 is dropped
        Assert.Equal(expected, PoolingStepScorer.PoolingUrl(baseUrl).ToString());
    }

    [Fact]
    public void The_score_is_the_positive_probability_of_the_last_step_row()
    {
        // Given a pooling answer with one [P(-), P(+)] row per step
        var response = Response("[[0.2,0.8],[0.7,0.3]]");

        // When the last of two steps is scored / Then it is that row's P(+)
        Assert.Equal(0.3, PoolingStepScorer.LastStepScore(response, 2, "q"));
    }

    [Theory]
    [InlineData("[[0.2,0.8]]", 2, "expected 2 step rows")]
    [InlineData("[0.2,0.8]", 2, "a step row must be")]
    [InlineData("[[0.2,0.8],[0.5]]", 2, "a step row must be")]
    [InlineData("[[0.2,0.8],[-0.5,1.5]]", 2, "a step row must be")]
    [InlineData("\"abc\"", 1, "expected 1 step rows")]
    public void A_pooling_answer_of_the_wrong_shape_is_one_clear_error(string data, int steps, string message)
    {
        // Given a malformed pooling answer / When it is read / Then the error names the question and the problem
        var e = Assert.Throws<BackendException>(() => PoolingStepScorer.LastStepScore(Response(data), steps, "q7"));
        Assert.Contains("question q7", e.Message, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_prm_input_is_the_qwen_conversation_with_a_separator_after_every_step()
    {
        // Given a question and two steps, one holding a stray separator
        // When formatted
        var text = QwenPrmFormat.Format("What is 2+2?", ["2+2=4 <extra_0>", " So 4. "]);

        // Then the steps follow the assistant header, each ending with exactly one separator
        Assert.Equal("<|im_start|>system\nPlease reason step by step, and put your final answer within \\boxed{}.<|im_end|>\n" +
            "<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\n2+2=4<extra_0>So 4.<extra_0><|im_end|>\n", text);
    }
}
