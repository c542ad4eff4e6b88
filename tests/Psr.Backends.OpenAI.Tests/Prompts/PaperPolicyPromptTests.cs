using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Prompts;
using Psr.Roles;

namespace Psr.Backends.OpenAI.Tests.Prompts;

public sealed class PaperPolicyPromptTests
{
    [Fact]
    public void Accepted_steps_rejoin_into_exactly_what_the_model_wrote()
    {
        // Given a model answer split at the step stop string the way a server cuts it
        const string written = "Step 1: Add 2 and 2.\n\nStep 2: The sum is 4.\nStep 3:";
        var prompt = new PaperPolicyPrompt();
        var stop = Assert.Single(prompt.StepStops);
        var first = written["Step 1:".Length..written.IndexOf(stop, StringComparison.Ordinal)];
        var afterFirst = written.IndexOf(stop, StringComparison.Ordinal) + 1 + "Step 2:".Length;
        var second = written[afterFirst..written.IndexOf(stop, afterFirst, StringComparison.Ordinal)];

        // When the prefix with both steps is formatted
        var text = prompt.Format(new StepPrefix("1", "2+2?", [first, second], 0), EndpointApi.Completions).Text!;

        // Then the prompt is Figure 4, the problem, and the answer so far, verbatim
        Assert.StartsWith("Let's think step by step and solve the following math problem.", text);
        Assert.EndsWith("Problem: 2+2?\n\n" + written, text);
    }
}
