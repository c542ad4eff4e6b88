// attempt 22 (b): what a prefill token and a decode step cost for the world's Tiny model (d = 128, 4 layers), one
// thread, random weights: args B T STEPS KV_HEADS. Build outside the solution:
//   dotnet build -c Release docs/experiments/attempt-22/decode-cost -o /tmp/pfbin && dotnet /tmp/pfbin/pf.dll 256 120 40 4
using System.Diagnostics;
using Psr.Model.Generation;
using Psr.Model.Qwen2;
using Psr.Pipeline.Config;
using Psr.Pipeline.WorldModels;
using static TorchSharp.torch;

torch_set();
var cfg = WorldModelShape.For(ModelSize.Tiny, 64) with { NumKeyValueHeads = int.Parse(args[3]) };
var model = Qwen2ForCausalLM.Create(cfg, CPU, ModelDtype.Float32, 3);
model.eval();
int B = int.Parse(args[0]), T = int.Parse(args[1]), steps = int.Parse(args[2]);
var rng = new Random(1);
var seqs = Enumerable.Range(0, B).Select(i => Enumerable.Range(0, T - rng.Next(0, 12)).Select(_ => rng.Next(1, 60)).ToArray()).ToList();
using var ng = no_grad();
double Time(Action a, int reps = 5) { a(); var sw = Stopwatch.StartNew(); for (var i = 0; i < reps; i++) a(); return sw.Elapsed.TotalMilliseconds / reps; }
var masked = Time(() => { using var s = NewDisposeScope(); var input = LeftPadding.Batch(seqs, 0, CPU); model.Hidden(input); });
var causal = Time(() => { using var s = NewDisposeScope(); var input = LeftPadding.Batch(seqs, 0, CPU); model.Hidden(input with { AttentionMask = null, PositionIds = null }); });
var cached = Time(() => { using var s = NewDisposeScope(); using var cache = new KvCache(cfg, B, T + 20, CPU, ScalarType.Float32); var input = LeftPadding.Batch(seqs, 0, CPU, cache); model.Hidden(input); });
// decode steps at cache length ~T
using var cache2 = new KvCache(cfg, B, T + steps + 5, CPU, ScalarType.Float32);
{ using var s = NewDisposeScope(); model.Hidden(LeftPadding.Batch(seqs, 0, CPU, cache2)); cache2.Advance(0); }
var pads = LeftPadding.PadLengths(seqs);
var sw2 = Stopwatch.StartNew();
for (var k = 0; k < steps; k++)
{
    using var s = NewDisposeScope();
    var ids = zeros([B, 1], ScalarType.Int64);
    var pos = LeftPadding.Positions(pads, cache2.Length, 1, CPU);
    var mask = LeftPadding.Mask(pads, cache2.Length + 1, 1, CPU);
    model.Logits(model.Hidden(new DecoderInput(ids, pos, mask, cache2)));
}
var step = sw2.Elapsed.TotalMilliseconds / steps;
Console.WriteLine($"B={B} T={T} threads={get_num_threads()}: prefill masked {masked:F1} ms ({B*T/masked:F0} tok/ms), causal-no-mask {causal:F1} ms, masked+cache {cached:F1} ms; decode step {step:F2} ms ({B/step:F1} rows/ms)");
static void torch_set() { TorchSharp.torch.set_num_threads(1); }
