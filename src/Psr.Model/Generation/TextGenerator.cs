using Psr.Core.Diagnostics;
using Psr.Core.Errors;
using Psr.Model.Native;
using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using static TorchSharp.torch;

namespace Psr.Model.Generation;

/// <summary>
/// Batched sampling with a KV cache: all prompts are prefilled once as one left-padded batch, each prompt's cache
/// rows are then repeated for its candidates, and every decoding step advances all unfinished sequences together.
/// Finished sequences are dropped from the batch once a quarter of it has finished. Returns plain records; callers need no dispose scopes.
/// </summary>
public sealed class TextGenerator(Qwen2ForCausalLM model, ITokenizer tokenizer)
{
    /// <summary>Samples <see cref="SamplingOptions.Candidates"/> completions per prompt, prompt-major.</summary>
    public IReadOnlyList<Completion> Sample(IReadOnlyList<string> prompts, SamplingOptions options) =>
        Sample(prompts.Select(p => new GenerationRequest(p)).ToList(), options);

    /// <summary>
    /// Samples completions for requests with their own stop strings and limits, prompt-major. With
    /// <see cref="SamplingOptions.LengthBuckets"/>, where no row draws from the call-wide random stream (greedy, or
    /// every request seeded), the prompts run in <see cref="LengthBuckets"/>, each bucket its own batch: a row's result
    /// does not depend on its batch, so only the pad work changes.
    /// </summary>
    public IReadOnlyList<Completion> Sample(IReadOnlyList<GenerationRequest> requests, SamplingOptions options)
    {
        options.Validate();
        if (requests.Count == 0)
            return [];
        var prompts = requests.Select(Encode).ToList();
        var independent = options.Temperature == 0 || requests.All(r => r.Seed is not null);
        var buckets = options.LengthBuckets && independent ? LengthBuckets.Of(prompts.Select(p => p.Length).ToList(), options.Candidates) : [];
        if (buckets.Count <= 1)
            return SampleBatch(requests, prompts, options);
        var completions = new Completion[requests.Count * options.Candidates];
        foreach (var bucket in buckets)
        {
            var part = SampleBatch(bucket.Select(i => requests[i]).ToList(), bucket.Select(i => prompts[i]).ToList(), options);
            foreach (var c in part)
            {
                var prompt = bucket[c.PromptIndex];
                completions[prompt * options.Candidates + c.Candidate] = c with { PromptIndex = prompt };
            }
        }
        return completions;
    }

    private IReadOnlyList<Completion> SampleBatch(IReadOnlyList<GenerationRequest> requests, List<int[]> prompts, SamplingOptions options)
    {
        var n = options.Candidates;
        var states = requests.SelectMany((r, i) => Enumerable.Range(0, n).Select(j =>
            new SequenceState(i, j, r.StopStrings ?? options.StopStrings, r.MaxNewTokens ?? options.MaxNewTokens))).ToArray();
        var maxNew = requests.Max(r => r.MaxNewTokens ?? options.MaxNewTokens);
        var capacity = prompts.Max(p => p.Length) + maxNew;
        if (capacity > model.Config.MaxPositionEmbeddings)
            throw new PsrException($"prompt ({capacity - maxNew} tokens) + MaxNewTokens ({maxNew}) exceed max_position_embeddings ({model.Config.MaxPositionEmbeddings})");

        using var metered = WorkMeter.Sampling();
        long sampled = 0; // tokens generated, for the run profile (WorkMeter)
        using var noGrad = no_grad();
        using var threads = DecodeThreads.For(model.Config, states.Length);
        using var generator = new Generator((ulong)options.Seed, model.Device);
        var rowRandom = RowStreams(requests, n, options.Seed); // null: the call-wide generator
        using var cache = new KvCache(model.Config, prompts.Count, capacity, model.Device, model.Dtype.ToScalarType());
        var promptPads = LeftPadding.PadLengths(prompts);
        var rows = Enumerable.Range(0, states.Length).ToArray(); // cache row → state index
        var sampler = new RowSampler(options, generator, rowRandom);
        var next = Prefill(prompts, n, cache, rows, sampler);
        var pads = rows.Select(s => promptPads[s / n]).ToArray();
        var slots = (long)rows.Length; // rows computed; the prefill sampled one token per row
        while (true)
        {
            for (var r = 0; r < rows.Length; r++)
            {
                if (!states[rows[r]].Done)
                {
                    states[rows[r]].Add((int)next[r], tokenizer);
                    sampled++;
                }
            }
            var cancelled = Cancel(requests, states, rows, n);
            var alive = Enumerable.Range(0, rows.Length).Where(r => !states[rows[r]].Done).ToArray();
            if (alive.Length == 0)
                break;
            // Compacting copies the whole cache, so finished rows ride along (their tokens ignored) until a quarter
            // of the batch is finished: one copy per quarter instead of one per finishing step. Cancelled rows leave
            // at once: their memory is what a server whose clients went away must give back.
            if (alive.Length <= rows.Length * 3 / 4 || cancelled)
            {
                using (NewDisposeScope())
                    cache.Reorder(tensor(alive.Select(r => (long)r).ToArray(), device: model.Device));
                rows = alive.Select(r => rows[r]).ToArray();
                pads = alive.Select(r => pads[r]).ToArray();
                next = alive.Select(r => next[r]).ToArray();
            }
            next = Step(next, pads, cache, rows, sampler);
            slots += rows.Length;
        }
        metered.Done(sampled, (long)prompts.Count * prompts.Max(p => p.Length), slots);
        return states.Select(s => s.ToCompletion()).ToList();
    }

    /// <summary>Stops the rows of cancelled requests; true when any row was stopped now.</summary>
    private static bool Cancel(IReadOnlyList<GenerationRequest> requests, SequenceState[] states, int[] rows, int candidates)
    {
        var any = false;
        foreach (var row in rows)
        {
            if (!states[row].Done && requests[row / candidates].Cancel.IsCancellationRequested)
            {
                states[row].Cancel();
                any = true;
            }
        }
        return any;
    }

    private int[] Encode(GenerationRequest request, int index)
    {
        var ids = tokenizer.Encode(request.Prompt);
        return ids.Length > 0 ? ids : throw new PsrException($"prompt {index} encodes to no tokens; generation needs at least one");
    }

    /// <summary>One forward over all prompts; returns the first sampled token of every candidate row.</summary>
    private long[] Prefill(List<int[]> prompts, int candidates, KvCache cache, int[] rows, RowSampler sampler)
    {
        using var scope = NewDisposeScope();
        var input = LeftPadding.Batch(prompts, tokenizer.PadId, model.Device, cache);
        var hidden = model.Hidden(input); // (P, T, D)
        var logits = model.Logits(hidden.narrow(1, hidden.shape[1] - 1, 1).squeeze(1)); // (P, V)
        if (candidates > 1)
        {
            var repeat = Scalars.Arange(0, prompts.Count, model.Device).repeat_interleave(candidates); // (P·n)
            cache.Reorder(repeat);
            logits = logits.index_select(0, repeat); // (P·n, V)
        }
        return sampler.Sample(logits, rows);
    }

    /// <summary>Feeds one token per row at the next cache position; returns the next sampled tokens.</summary>
    private long[] Step(long[] tokens, long[] pads, KvCache cache, int[] rows, RowSampler sampler)
    {
        using var scope = NewDisposeScope();
        var ids = tensor(tokens, device: model.Device).view(tokens.Length, 1); // (B, 1)
        // (B, 1); null (past + 0 for every row) when no row is padded, which spares building it every step.
        var positions = pads.All(p => p == 0) ? null : LeftPadding.Positions(pads, cache.Length, 1, model.Device);
        var mask = LeftPadding.Mask(pads, cache.Length + 1, 1, model.Device); // (B, 1, 1, S) or null
        var logits = model.forward(new DecoderInput(ids, positions, mask, cache)).squeeze(1); // (B, V)
        return sampler.Sample(logits, rows);
    }

    /// <summary>One stream per candidate row when any request carries its own seed; null otherwise.</summary>
    private static RowRandom[]? RowStreams(IReadOnlyList<GenerationRequest> requests, int candidates, long callSeed)
    {
        if (requests.All(r => r.Seed is null))
            return null;
        return requests.SelectMany((r, i) => Enumerable.Range(0, candidates).Select(j =>
            RowRandom.For(r.Seed ?? ((ulong)callSeed * 0x9E3779B97F4A7C15UL) + (ulong)i, j))).ToArray();
    }
}
