using Psr.Model.Tokenization;

namespace Psr.Model.Generation;

/// <summary>One sequence being generated: its tokens so far and whether (and why) it stopped.</summary>
internal sealed class SequenceState(int promptIndex, int candidate, IReadOnlyList<string> stops, int maxNewTokens)
{
    private readonly List<int> _ids = [];
    private string _text = "";
    private StopReason _reason;
    private string? _stop;

    public bool Done { get; private set; }

    /// <summary>Appends a sampled token and checks EOS, stop strings and the token limit.</summary>
    public void Add(int id, ITokenizer tokenizer)
    {
        if (id == tokenizer.EosId)
        {
            Stop(StopReason.Eos);
            return;
        }
        _ids.Add(id);
        _text = tokenizer.Decode(_ids.ToArray());
        var (at, stop) = FirstStop(_text);
        if (stop is not null)
        {
            _text = _text[..at];
            _stop = stop;
            Stop(StopReason.StopString);
        }
        else if (_ids.Count >= maxNewTokens)
        {
            Stop(StopReason.MaxTokens);
        }
    }

    /// <summary>Stops an unfinished sequence whose request was cancelled.</summary>
    public void Cancel()
    {
        if (!Done)
            Stop(StopReason.Cancelled);
    }

    public Completion ToCompletion() => new(promptIndex, candidate, _text, _ids.ToArray(), _reason, _stop);

    private void Stop(StopReason reason)
    {
        Done = true;
        _reason = reason;
    }

    private (int At, string? Stop) FirstStop(string text)
    {
        var best = (At: int.MaxValue, Stop: (string?)null);
        foreach (var stop in stops)
        {
            var at = text.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0 && at < best.At)
                best = (at, stop);
        }
        return best;
    }
}
