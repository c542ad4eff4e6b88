namespace Psr.Training.Losses;

/// <summary>How an SFT batch's token losses are averaged into its loss.</summary>
public enum LossNormalization
{
    /// <summary>The mean over every loss-carrying token of the batch: a long response weighs more than a short one.</summary>
    Tokens,

    /// <summary>
    /// Each sequence's mean over its own loss-carrying tokens, then the mean over sequences: every example weighs the same.
    /// Why: in a batch that mixes short solutions with longer judge targets the token mean gives the solutions a share
    /// that falls as the judge format grows (docs/world.md §9 attempt 29).
    /// </summary>
    Sequences,
}
