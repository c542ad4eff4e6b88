namespace Psr.Pipeline.Search;

/// <summary>The result of one knockout match between two candidate groups.</summary>
/// <param name="Winner">The group that advances in the winners' bracket.</param>
/// <param name="Loser">The other group.</param>
/// <param name="Decisive">False when the judge could not separate them (the lower index won the draw) or the match was not judged.</param>
internal sealed record MatchResult(int Winner, int Loser, bool Decisive);
