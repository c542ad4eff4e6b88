namespace Psr.Pipeline.Stages;

/// <summary>One IFT solution: a world problem and its gold steps (one line of <c>ift.jsonl</c>).</summary>
/// <param name="Id">The problem's id.</param>
/// <param name="Question">The question text.</param>
/// <param name="Answer">The exact answer.</param>
/// <param name="Steps">The gold steps, the answer line last.</param>
public sealed record IftRecord(string Id, string Question, long Answer, IReadOnlyList<string> Steps);
