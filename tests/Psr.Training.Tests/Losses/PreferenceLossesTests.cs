using Psr.Training.Losses;
using static TorchSharp.torch;

namespace Psr.Training.Tests.Losses;

public sealed class PreferenceLossesTests
{
    private const double Beta = 0.1;

    // Pair 0: chosen ratio +1, rejected ratio −1 (margin 2). Pair 1: chosen ratio −1, rejected ratio −2 (margin 1).
    private static DpoLossOutput Compute(PreferenceLossKind kind, double lambda, Tensor? policyChosen = null) => PreferenceLosses.Compute(
        kind,
        policyChosen ?? tensor(new[] { -1f, -3f }),
        tensor(new[] { -3f, -4f }),
        tensor(new[] { -2f, -2f }),
        tensor(new[] { -2f, -2f }),
        Beta,
        lambda);

    private static double Softplus(double x) => Math.Log(1 + Math.Exp(x));

    [Fact]
    public void Dpo_kind_is_the_sigmoid_dpo_loss()
    {
        using var scope = NewDisposeScope();

        var output = Compute(PreferenceLossKind.Dpo, lambda: 50);

        Assert.Equal((Softplus(-0.2) + Softplus(-0.1)) / 2, output.Loss.item<float>(), 6);
    }

    [Fact]
    public void Dpop_penalises_only_a_chosen_step_that_lost_likelihood()
    {
        using var scope = NewDisposeScope();

        var output = Compute(PreferenceLossKind.Dpop, lambda: 5);

        // Pair 0 gained likelihood: no penalty (z = 0.2). Pair 1 lost 1 nat: z = β·(1 − 5·1) = −0.4.
        Assert.Equal((Softplus(-0.2) + Softplus(0.4)) / 2, output.Loss.item<float>(), 6);
    }

    [Fact]
    public void Dpop_with_lambda_zero_equals_dpo()
    {
        using var scope = NewDisposeScope();

        var dpop = Compute(PreferenceLossKind.Dpop, lambda: 0).Loss.item<float>();
        var dpo = Compute(PreferenceLossKind.Dpo, lambda: 0).Loss.item<float>();

        Assert.Equal(dpo, dpop, 6);
    }

    [Fact]
    public void Dpop_gradient_raises_a_fallen_chosen_step_harder_than_dpo()
    {
        using var scope = NewDisposeScope();
        var forDpo = tensor(new[] { -1f, -3f }).requires_grad_();
        var forDpop = tensor(new[] { -1f, -3f }).requires_grad_();

        Compute(PreferenceLossKind.Dpo, 5, forDpo).Loss.backward();
        Compute(PreferenceLossKind.Dpop, 5, forDpop).Loss.backward();

        // Pair 1's chosen step fell below the reference: DPOP pushes it up (negative gradient) by more than DPO.
        Assert.True(forDpop.grad!.data<float>()[1] < forDpo.grad!.data<float>()[1]);
        Assert.Equal(forDpo.grad!.data<float>()[0], forDpop.grad!.data<float>()[0], 6); // pair 0 untouched
    }

    [Fact]
    public void Ipo_is_the_squared_distance_of_the_margin_to_one_over_two_beta()
    {
        using var scope = NewDisposeScope();

        var output = Compute(PreferenceLossKind.Ipo, lambda: 0);

        var target = 1 / (2 * Beta); // 5
        Assert.Equal((Math.Pow(2 - target, 2) + Math.Pow(1 - target, 2)) / 2, output.Loss.item<float>(), 4);
    }

    [Fact]
    public void None_is_zero_and_gives_the_policy_no_gradient()
    {
        using var scope = NewDisposeScope();
        var policyChosen = tensor(new[] { -1f, -3f }).requires_grad_();

        var output = Compute(PreferenceLossKind.None, 5, policyChosen);
        output.Loss.backward();

        Assert.Equal(0f, output.Loss.item<float>());
        Assert.All(policyChosen.grad!.data<float>().ToArray(), g => Assert.Equal(0f, g));
    }

    [Theory]
    [InlineData(PreferenceLossKind.Dpop)]
    [InlineData(PreferenceLossKind.Ipo)]
    [InlineData(PreferenceLossKind.None)]
    public void Rewards_are_beta_times_the_log_ratios_whatever_the_loss(PreferenceLossKind kind)
    {
        using var scope = NewDisposeScope();

        var output = Compute(kind, 5);

        Assert.Equal([0.1f, -0.1f], output.ChosenRewards.data<float>().ToArray(), new Tolerance(1e-6f));
        Assert.Equal([-0.1f, -0.2f], output.RejectedRewards.data<float>().ToArray(), new Tolerance(1e-6f));
        Assert.Equal(1.0, output.RewardAccuracy.item<float>(), 6);
        Assert.False(output.ChosenRewards.requires_grad);
    }

    private sealed class Tolerance(float epsilon) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= epsilon;

        public int GetHashCode(float obj) => 0;
    }
}
