namespace Psr.Extensions.RealData.RealEft;

/// <summary>How <see cref="EftTreeWalk"/> grows a problem's tree.</summary>
/// <param name="Width">Siblings sampled per node (w).</param>
/// <param name="Temperature">Sampling temperature.</param>
/// <param name="TopP">Nucleus threshold.</param>
/// <param name="MaxStepTokens">Token cap of one step.</param>
/// <param name="MaxDepth">Deepest node expanded.</param>
/// <param name="ScoreMargin">Smallest best − worst score difference that makes a pair.</param>
/// <param name="Seed">Run seed (every sample's seed derives from it and the problem id).</param>
public sealed record TreeSettings(int Width, double Temperature, double TopP, int MaxStepTokens, int MaxDepth, double ScoreMargin, long Seed);
