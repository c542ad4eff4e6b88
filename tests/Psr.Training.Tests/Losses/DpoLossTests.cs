using Psr.Training.Losses;
using static TorchSharp.torch;

namespace Psr.Training.Tests.Losses;

public sealed class DpoLossTests
{
    private const double Beta = 0.1;

    // Pair 0: chosen ratio +1, rejected ratio −1 → z = β·2 = 0.2. Pair 1: chosen ratio 0, rejected ratio +1 → z = −0.1.
    private static DpoLossOutput Compute(Tensor policyChosen) => DpoLoss.Sigmoid(
        policyChosen,
        tensor(new[] { -3f, -1f }),
        tensor(new[] { -2f, -2f }),
        tensor(new[] { -2f, -2f }),
        Beta);

    [Fact]
    public void Loss_is_the_mean_negative_log_sigmoid_of_the_scaled_margin()
    {
        using var scope = NewDisposeScope();

        var output = Compute(tensor(new[] { -1f, -2f }));

        var expected = (Math.Log(1 + Math.Exp(-0.2)) + Math.Log(1 + Math.Exp(0.1))) / 2;
        Assert.Equal(expected, output.Loss.item<float>(), 6);
    }

    [Fact]
    public void Rewards_accuracy_and_margin_are_reported_per_pair()
    {
        using var scope = NewDisposeScope();

        var output = Compute(tensor(new[] { -1f, -2f }));

        Assert.Equal([0.1f, 0f], output.ChosenRewards.data<float>().ToArray(), new Tolerance(1e-6f));
        Assert.Equal([-0.1f, 0.1f], output.RejectedRewards.data<float>().ToArray(), new Tolerance(1e-6f));
        Assert.Equal(0.5, output.RewardAccuracy.item<float>(), 6); // only pair 0 prefers chosen
        Assert.Equal(0.05, output.RewardMargin.item<float>(), 6); // mean of 0.2 and −0.1
        Assert.False(output.ChosenRewards.requires_grad);
    }

    [Fact]
    public void Gradient_on_the_chosen_log_prob_is_minus_beta_sigmoid_minus_z_over_batch()
    {
        using var scope = NewDisposeScope();
        var policyChosen = tensor(new[] { -1f, -2f }).requires_grad_();

        Compute(policyChosen).Loss.backward();

        var grad = policyChosen.grad!.data<float>().ToArray();
        Assert.Equal(-Beta * Sigmoid(-0.2) / 2, grad[0], 6);
        Assert.Equal(-Beta * Sigmoid(0.1) / 2, grad[1], 6);
    }

    [Fact]
    public void Equal_policy_and_reference_give_log_two()
    {
        using var scope = NewDisposeScope();
        var same = tensor(new[] { -4f, -5f });

        var output = DpoLoss.Sigmoid(same, same, same, same, 0.5);

        Assert.Equal(Math.Log(2), output.Loss.item<float>(), 6);
        Assert.Equal(0.0, output.RewardAccuracy.item<float>(), 6); // ties do not count as wins
    }

    [Fact]
    public void Chosen_nll_is_normalised_per_token()
    {
        using var scope = NewDisposeScope();

        var nll = DpoLoss.ChosenNll(tensor(new[] { -3f, -1f }), chosenTokens: 4);

        Assert.Equal(1.0, nll.item<float>(), 6);
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    private sealed class Tolerance(float epsilon) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= epsilon;

        public int GetHashCode(float obj) => 0;
    }
}
