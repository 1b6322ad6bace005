namespace Pmo.Core.Kpis.Spc;

/// <summary>
/// Naive reference of the Nelson tests for one phase: every rule re-scans its window with LINQ at every point. Used by
/// tests (it must agree with <see cref="SpcRules"/>, including the order: by index, then rule) and as the benchmark
/// baseline.
/// </summary>
internal static class NaiveSpcRules
{
    public static List<SpcSignal> Nelson(double[] x, XmrPhase phase, ImprovementDirection direction)
    {
        double c = phase.Centre;
        double sigma = phase.Sigma!.Value;
        double half = phase.UpperLimit!.Value - c;
        var output = new List<SpcSignal>();
        void Add(int i, int start, string id, SignalSide side) =>
            output.Add(new SpcSignal(i, start, id, side, SpcRules.InterpretCore(side, direction), phase.Number));

        IEnumerable<double> D(int from, int count) => x.Skip(from).Take(count).Select(v => v - c);
        IEnumerable<double> Steps(int from, int points) => Enumerable.Range(from + 1, points - 1).Select(j => x[j] - x[j - 1]);

        for (int i = 0; i < x.Length; i++)
        {
            double d = x[i] - c;
            if (d > half)
            {
                Add(i, i, SpcRuleIds.Nelson1, SignalSide.Above);
            }
            else if (d < -half)
            {
                Add(i, i, SpcRuleIds.Nelson1, SignalSide.Below);
            }

            if (i >= 8 && D(i - 8, 9).All(v => v > 0))
            {
                Add(i, i - 8, SpcRuleIds.Nelson2, SignalSide.Above);
            }
            else if (i >= 8 && D(i - 8, 9).All(v => v < 0))
            {
                Add(i, i - 8, SpcRuleIds.Nelson2, SignalSide.Below);
            }

            if (i >= 5 && Steps(i - 5, 6).All(v => v > 0))
            {
                Add(i, i - 5, SpcRuleIds.Nelson3, SignalSide.Increasing);
            }
            else if (i >= 5 && Steps(i - 5, 6).All(v => v < 0))
            {
                Add(i, i - 5, SpcRuleIds.Nelson3, SignalSide.Decreasing);
            }

            if (i >= 13)
            {
                double[] st = Steps(i - 13, 14).ToArray();
                if (st.All(v => v != 0) && st.Zip(st.Skip(1)).All(p => Math.Sign(p.First) == -Math.Sign(p.Second)))
                {
                    Add(i, i - 13, SpcRuleIds.Nelson4, SignalSide.None);
                }
            }

            KOfM(i, 2, 3, 2 * sigma, SpcRuleIds.Nelson5);
            KOfM(i, 4, 5, 1 * sigma, SpcRuleIds.Nelson6);
            if (i >= 14 && D(i - 14, 15).All(v => Math.Abs(v) < sigma))
            {
                Add(i, i - 14, SpcRuleIds.Nelson7, SignalSide.None);
            }

            if (i >= 7 && D(i - 7, 8).All(v => Math.Abs(v) > sigma))
            {
                Add(i, i - 7, SpcRuleIds.Nelson8, SignalSide.None);
            }
        }

        void KOfM(int i, int k, int m, double t, string id)
        {
            int start = Math.Max(0, i - m + 1);
            double[] w = D(start, i - start + 1).ToArray();
            if (w[^1] > t && w.Count(v => v > t) >= k)
            {
                Add(i, start, id, SignalSide.Above);
            }
            else if (w[^1] < -t && w.Count(v => v < -t) >= k)
            {
                Add(i, start, id, SignalSide.Below);
            }
        }

        return output;
    }
}
