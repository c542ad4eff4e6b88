using ScottPlot;

namespace Psr.Reports;

/// <summary>The report's plots, drawn with ScottPlot as SVG text to embed in the HTML (no network, no image files).</summary>
public static class ReportPlots
{
    private const int Width = 640;
    private const int Height = 360;

    /// <summary>Greedy accuracy per model with its 95% interval as a whisker.</summary>
    public static string Accuracy(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = new Plot();
        var models = report.Models;
        plot.Add.Bars(models.Select((_, i) => (double)i).ToArray(), models.Select(m => 100 * m.Greedy.Accuracy).ToArray());
        for (var i = 0; i < models.Count; i++)
        {
            var whisker = plot.Add.Line(i, 100 * models[i].Greedy.Interval.Low, i, 100 * models[i].Greedy.Interval.High);
            whisker.LineWidth = 2;
            whisker.Color = Colors.Black;
        }
        Label(plot, models.Select(m => m.Model).ToList(), "Greedy accuracy (%) with 95% bootstrap interval", "accuracy (%)");
        plot.Axes.SetLimitsY(0, 100);
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>Step-DPO loss per optimizer step, one line per round.</summary>
    public static string DpoLoss(RunReport report) => DpoCurves(report, d => d.Loss, "Step-DPO loss", "loss");

    /// <summary>Step-DPO reward margin per optimizer step, one line per round.</summary>
    public static string DpoMargin(RunReport report) => DpoCurves(report, d => d.RewardMargin, "Step-DPO reward margin (chosen − rejected)", "margin");

    /// <summary>Per-token policy log-prob of the chosen (filled markers) and rejected (open markers) steps per optimizer step, one colour per round.</summary>
    public static string DpoLogProbs(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = new Plot();
        foreach (var m in report.Models.Where(m => m.Dpo is { ChosenLogProb.Count: > 0 }))
        {
            var steps = m.Dpo!.Steps.Select(s => (double)s).ToArray();
            var chosen = plot.Add.Scatter(steps, m.Dpo.ChosenLogProb.ToArray());
            chosen.LegendText = $"{m.Model} chosen";
            chosen.MarkerShape = MarkerShape.FilledCircle;
            if (m.Dpo.RejectedLogProb.Count == 0)
                continue; // an NLL-only update never reads its rejected steps
            var rejected = plot.Add.Scatter(steps, m.Dpo.RejectedLogProb.ToArray());
            rejected.LegendText = $"{m.Model} rejected";
            rejected.Color = chosen.Color;
            // open markers rather than a dashed line: the SVG backend prints a warning per dashed segment
            rejected.MarkerShape = MarkerShape.OpenCircle;
        }
        plot.ShowLegend();
        plot.Title("Step-DPO per-token log-prob of chosen and rejected steps");
        plot.XLabel("optimizer step");
        plot.YLabel("log-prob per token");
        return plot.GetSvgXml(Width, Height);
    }

    private static string DpoCurves(RunReport report, Func<DpoCurve, IReadOnlyList<double>> values, string title, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = new Plot();
        foreach (var m in report.Models.Where(m => m.Dpo is { Steps.Count: > 0 } d && values(d).Count == d.Steps.Count))
        {
            var line = plot.Add.Scatter(m.Dpo!.Steps.Select(s => (double)s).ToArray(), values(m.Dpo).ToArray());
            line.LegendText = $"{m.Model} (round {m.Round})";
        }
        plot.ShowLegend();
        plot.Title(title);
        plot.XLabel("optimizer step");
        plot.YLabel(yLabel);
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>Each round's pairs stacked by the oracle's category.</summary>
    public static string PairsBreakdown(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = new Plot();
        var rounds = report.Models.Where(m => m.Pairs is not null).ToList();
        var categories = new (string Name, Func<Pipeline.Metrics.PairOracleBreakdown, int> Count, Color Color)[]
        {
            ("clean", b => b.Clean, Colors.SeaGreen), ("reversed", b => b.Reversed, Colors.Crimson), ("both wrong", b => b.BothWrong, Colors.Orange),
            ("both right", b => b.BothRight, Colors.SteelBlue), ("after wrong prefix", b => b.AfterWrongPrefix, Colors.Gray), ("unknown", b => b.Unknown, Colors.Silver),
        };
        var bars = new List<Bar>();
        for (var i = 0; i < rounds.Count; i++)
        {
            var b = rounds[i].Pairs!.Breakdown ?? new Pipeline.Metrics.PairOracleBreakdown { Unknown = rounds[i].Pairs!.Pairs };
            double bottom = 0;
            foreach (var c in categories)
            {
                bars.Add(new Bar { Position = i, ValueBase = bottom, Value = bottom + c.Count(b), FillColor = c.Color });
                bottom += c.Count(b);
            }
        }
        plot.Add.Bars(bars);
        foreach (var c in categories)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = c.Name, FillColor = c.Color });
        plot.ShowLegend();
        Label(plot, rounds.Select(m => m.Model).ToList(), "Pairs per round by the oracle's category", "pairs");
        return plot.GetSvgXml(Width, Height);
    }

    private static void Label(Plot plot, IReadOnlyList<string> names, string title, string yLabel)
    {
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(names.Select((_, i) => (double)i).ToArray(), names.ToArray());
        plot.Title(title);
        plot.YLabel(yLabel);
        plot.Axes.Margins(bottom: 0);
    }
}
