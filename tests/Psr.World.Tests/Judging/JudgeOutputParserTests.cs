using Psr.World.Judging;

namespace Psr.World.Tests.Judging;

public sealed class JudgeOutputParserTests
{
    [Theory]
    [InlineData("A: x right\nB: y wrong\n[[A]]", true, CandidateMark.Right, CandidateMark.Wrong, PairVerdict.A, true)]
    [InlineData("A: x wrong\nB: y right\n[[A]]", true, CandidateMark.Wrong, CandidateMark.Right, PairVerdict.A, false)]
    [InlineData("A: x right\nB: y right\n[[tie]]", true, CandidateMark.Right, CandidateMark.Right, PairVerdict.Tie, true)]
    [InlineData("A: x wrong\nB: y wrong\n[[none]]", true, CandidateMark.Wrong, CandidateMark.Wrong, PairVerdict.None, true)]
    [InlineData("A: x wrong\nB: y right [[B]] [[A]]", true, CandidateMark.Wrong, CandidateMark.Right, PairVerdict.B, true)]
    [InlineData("A: x right\nB: y wrong\n[[C]]", false, CandidateMark.Right, CandidateMark.Wrong, PairVerdict.Missing, false)]
    [InlineData("A: 47*6: 7*6=42,4*6+4=2", false, CandidateMark.Missing, CandidateMark.Missing, PairVerdict.Missing, false)]
    [InlineData("", false, CandidateMark.Missing, CandidateMark.Missing, PairVerdict.Missing, false)]
    [InlineData(null, false, CandidateMark.Missing, CandidateMark.Missing, PairVerdict.Missing, false)]
    [InlineData("[[B]]", true, CandidateMark.Missing, CandidateMark.Missing, PairVerdict.B, false)]
    public void The_parser_reads_marks_and_the_first_verdict(string? output, bool parsed, CandidateMark a,
        CandidateMark b, PairVerdict verdict, bool consistent)
    {
        // When the output is parsed
        var p = JudgeOutputParser.Parse(output);

        // Then every field is as expected
        Assert.Equal((parsed, a, b, verdict, consistent), (p.Parsed, p.MarkA, p.MarkB, p.Verdict, p.Consistent));
    }

    [Fact]
    public void Stats_count_unparsed_outputs()
    {
        // Given three outputs, one without a verdict
        var stats = new JudgeParseStats();

        // When they are counted
        foreach (var o in new[] { "A: right\nB: wrong\n[[A]]", "garbage", "A: wrong\nB: wrong\n[[none]]" })
            stats.Add(JudgeOutputParser.Parse(o));

        // Then the unparsed one is visible
        Assert.Equal((3, 1, 2, 1, 1), (stats.Total, stats.Unparsed, stats.Consistent, stats.Count(PairVerdict.A), stats.Count(PairVerdict.None)));
    }
}
