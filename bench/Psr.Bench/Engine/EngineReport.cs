using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Psr.Bench.Engine;

/// <summary>The results of one engine benchmark run: a text table with ratios and MFU, and the same as JSON.</summary>
internal sealed class EngineReport(string command, MachineInfo machine, IReadOnlyList<WorkloadResult> results)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>psr's median matmul peak (GFLOP/s), the MFU denominator of both sides; null when not measured.</summary>
    public double? Peak => results.FirstOrDefault(r => r.Workload.Kind == WorkloadKind.Matmul)?.PsrMedian;

    public string FormatTable()
    {
        var rounds = results.Max(r => r.Psr.Count);
        var text = new StringBuilder();
        Line(text, $"psr engine vs PyTorch peer — {command}");
        Line(text, $"{machine.Cores} cores; {machine.Os}; {machine.Dotnet}; TorchSharp {machine.TorchSharp}; peer torch {Or(machine.PeerTorch)}, BLAS {Or(machine.PeerBlas)}");
        Line(text, $"1-min load average before each round, then at the end: {string.Join(", ", machine.LoadAverages.Select(l => l.ToString("F2", CultureInfo.InvariantCulture)))}");
        var header = new StringBuilder($"{"workload",-11} {"unit",-8}");
        for (var r = 1; r <= rounds; r++)
            header.Append(CultureInfo.InvariantCulture, $" {"round " + r + " psr / peer",21}");
        header.Append(CultureInfo.InvariantCulture, $" {"median psr",11} {"median peer",11} {"psr/peer",8} {"target",-10}");
        Line(text, header.ToString());
        foreach (var r in results)
        {
            var row = new StringBuilder($"{r.Workload.Name,-11} {r.Workload.Unit,-8}");
            for (var k = 0; k < rounds; k++)
                row.Append(CultureInfo.InvariantCulture, $" {Cell(r.Psr, k) + " / " + Cell(r.Peer, k),21}");
            row.Append(CultureInfo.InvariantCulture, $" {r.PsrMedian,11:F0} {Number(r.PeerMedian, "F0"),11} {Number(r.Ratio, "F2"),8} {Target(r),-10}");
            Line(text, row.ToString());
        }
        foreach (var r in results.Where(r => r.Workload.Kind == WorkloadKind.Train && r.Parameters is not null && Peak is not null))
        {
            var psr = Statistics.Mfu(r.Parameters!.Value, r.PsrMedian, Peak!.Value);
            var peer = r.PeerMedian is { } p ? Statistics.Mfu(r.Parameters.Value, p, Peak.Value).ToString("P0", CultureInfo.InvariantCulture) : "-";
            Line(text, $"MFU {r.Workload.Name} ({r.Parameters:N0} params, 6·N·tok/s over psr's peak {Peak:F0} GFLOP/s): psr {psr.ToString("P0", CultureInfo.InvariantCulture)}, peer {peer}");
        }
        return text.ToString();
    }

    public string ToJson() => JsonSerializer.Serialize(new
    {
        command,
        machine,
        peak_gflops = Peak,
        workloads = results.Select(r => new
        {
            name = r.Workload.Name,
            kind = r.Workload.Kind.ToString().ToLowerInvariant(),
            unit = r.Workload.Unit,
            args = r.Workload.Args,
            parameters = r.Parameters,
            psr = r.Psr,
            peer = r.Peer,
            median_psr = r.PsrMedian,
            median_peer = r.PeerMedian,
            ratio = r.Ratio,
            target = r.Workload.Target,
            met = r.Met,
            mfu_psr = r.Parameters is { } n && Peak is { } peak ? Statistics.Mfu(n, r.PsrMedian, peak) : (double?)null,
            mfu_peer = r.Parameters is { } m && Peak is { } pk && r.PeerMedian is { } pm ? Statistics.Mfu(m, pm, pk) : (double?)null,
        }),
    }, Json);

    private static string Target(WorkloadResult r) => r.Workload.Target is not { } target ? "" :
        $"≥{target.ToString("F2", CultureInfo.InvariantCulture)}{(r.Met switch { true => " ok", false => " MISS", null => "" })}";

    private static string Cell(List<double> values, int k) => k < values.Count ? values[k].ToString("F0", CultureInfo.InvariantCulture) : "-";

    private static string Number(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "-";

    private static string Or(string value) => value.Length == 0 ? "-" : value;

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
