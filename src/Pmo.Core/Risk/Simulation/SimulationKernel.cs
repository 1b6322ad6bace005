using System.Numerics;
using System.Runtime.InteropServices;
using Pmo.Core.Common;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// The block kernel: simulates one block of <see cref="B"/> iterations, activity by activity in topological order, with
/// arrays across iterations (structure of arrays), vectorised with <see cref="Vector{T}"/>.
/// </summary>
/// <remarks>
/// Random numbers are drawn in a fixed order per block (this order is part of the seeded result): the eight lane seeds;
/// for each driver its occurrence and factor columns; for each event its occurrence and severity columns; the columns of
/// the correlated activities (in the matrix's order) and the Iman–Conover score permutations; then for each
/// activity in topological order its duration column (if uncertain), existence column (if p &lt; 1) and fixed-cost
/// column (if uncertain). In Latin hypercube mode each column is followed by one more lane column that shuffles its strata.
/// </remarks>
internal sealed class SimulationKernel
{
    public const int B = SimulationOptions.Block;

    private readonly CompiledModel m;
    private readonly bool criticality;
    private readonly double tolerance;
    private readonly SamplingMethod sampling;

    public SimulationKernel(CompiledModel model, SimulationOptions options)
    {
        m = model;
        criticality = options.TrackCriticality;
        tolerance = options.CriticalFloatTolerance;
        sampling = options.Sampling;
    }

    /// <summary>Per-thread scratch.</summary>
    internal sealed class Workspace
    {
        public Workspace(CompiledModel m, bool criticality)
        {
            int n = m.Count;
            Es = new double[n * B];
            Ef = new double[n * B];
            D = criticality ? new double[n * B] : [];
            Lf = criticality ? new double[n * B] : [];
            Duration = new double[B];
            Factor = new double[m.DriverCount * B];
            Occurs = new double[m.EventCount * B];
            Severity = new double[m.EventCount * B];
            Finish = new double[B];
            Cost = new double[B];
            U = new double[B];
            Tmp = new double[B];
            Base = new double[B];
            Exists = new double[B];
            Permutation = new int[B];
            Shuffle = new double[B];
            if (m.Correlation is { } plan)
            {
                Correlated = new double[plan.Count * B];
                CorrelationSpace = plan.CreateWorkspace();
            }
        }

        public double[] Correlated { get; } = [];

        public ImanConoverWorkspace? CorrelationSpace { get; }

        public double[] Es { get; }

        public double[] Ef { get; }

        /// <summary>Durations of every activity (criticality mode only; otherwise <see cref="Duration"/> holds the current one).</summary>
        public double[] D { get; }

        public double[] Duration { get; }

        public double[] Lf { get; }

        public double[] Factor { get; }

        public double[] Occurs { get; }

        public double[] Severity { get; }

        public double[] Finish { get; }

        public double[] Cost { get; }

        public double[] U { get; }

        public double[] Tmp { get; }

        public double[] Base { get; }

        public double[] Exists { get; }

        public int[] Permutation { get; }

        public double[] Shuffle { get; }

        public LaneRandom Lanes { get; } = new();
    }

    /// <summary>The per-block output sinks.</summary>
    internal readonly ref struct BlockOutput
    {
        public BlockOutput(Span<double> finish, Span<double> cost, Span<long> criticalCounts, float[]? durations, int durationStride, int durationOffset)
        {
            Finish = finish;
            Cost = cost;
            CriticalCounts = criticalCounts;
            Durations = durations;
            DurationStride = durationStride;
            DurationOffset = durationOffset;
        }

        public Span<double> Finish { get; }

        public Span<double> Cost { get; }

        public Span<long> CriticalCounts { get; }

        public float[]? Durations { get; }

        public int DurationStride { get; }

        public int DurationOffset { get; }
    }

    /// <summary>Runs one block; the first <paramref name="count"/> of its <see cref="B"/> iterations are recorded.</summary>
    /// <returns>The number of (iteration, activity) durations floored at 0.</returns>
    public long RunBlock(ref Xoshiro256StarStar generator, int count, Workspace w, BlockOutput output)
    {
        w.Lanes.Seed(ref generator);
        int n = m.Count;
        Span<double> cost = w.Cost;
        Span<double> finish = w.Finish;
        cost.Clear();
        finish.Clear();

        // Drivers: factor = occurs ? F⁻¹(u) : 1.
        for (int k = 0; k < m.DriverCount; k++)
        {
            Span<double> f = w.Factor.AsSpan(k * B, B);
            Uniforms(ref generator, w, w.Tmp);
            Uniforms(ref generator, w, w.U);
            m.DriverFactor[k].QuantilesCore(w.U, f);
            double p = m.DriverProbability[k];
            for (int i = 0; i < B; i++)
            {
                f[i] = w.Tmp[i] < p ? f[i] : 1.0;
            }
        }

        // Events: occurrence (0/1) and severity; cost impact at the severity.
        for (int e = 0; e < m.EventCount; e++)
        {
            Span<double> o = w.Occurs.AsSpan(e * B, B);
            Span<double> s = w.Severity.AsSpan(e * B, B);
            Uniforms(ref generator, w, o);
            Uniforms(ref generator, w, s);
            double p = m.EventProbability[e];
            for (int i = 0; i < B; i++)
            {
                o[i] = o[i] < p ? 1.0 : 0.0;
            }

            if (m.EventCost[e] is { } c)
            {
                c.QuantilesCore(s, w.Tmp);
                MulAdd(cost, o, w.Tmp);
            }
        }

        // Correlated durations: one uniform column per correlated activity, reordered together (Iman–Conover).
        if (m.Correlation is { } plan)
        {
            for (int c = 0; c < plan.Count; c++)
            {
                Uniforms(ref generator, w, w.Correlated.AsSpan(c * B, B));
            }

            plan.Apply(w.Correlated, ref generator, w.CorrelationSpace!);
        }

        long floored = 0;
        for (int p = 0; p < n; p++)
        {
            Span<double> d = criticality ? w.D.AsSpan(p * B, B) : w.Duration;
            Span<double> es = w.Es.AsSpan(p * B, B);
            Span<double> ef = w.Ef.AsSpan(p * B, B);

            // Duration.
            if (m.DurationDistribution[p] is { } dist)
            {
                int c = m.CorrelationIndex[p];
                if (c >= 0)
                {
                    dist.QuantilesCore(w.Correlated.AsSpan(c * B, B), d);
                }
                else
                {
                    Uniforms(ref generator, w, w.U);
                    dist.QuantilesCore(w.U, d);
                }
            }
            else
            {
                d.Fill(m.Planned[p]);
            }

            for (int q = m.DriverStart[p]; q < m.DriverStart[p + 1]; q++)
            {
                Mul(d, w.Factor.AsSpan(m.DriverIndex[q] * B, B));
            }

            int i0 = m.ImpactStart[p], i1 = m.ImpactStart[p + 1];
            if (i1 > i0)
            {
                d.CopyTo(w.Base);
                for (int q = i0; q < i1; q++)
                {
                    int e = m.ImpactEvent[q];
                    m.ImpactAmount[q].QuantilesCore(w.Severity.AsSpan(e * B, B), w.Tmp);
                    if (m.ImpactRelative[q])
                    {
                        Mul(w.Tmp, w.Base);
                    }

                    MulAdd(d, w.Occurs.AsSpan(e * B, B), w.Tmp);
                }
            }

            bool partial = m.Existence[p] < 1;
            if (partial)
            {
                Uniforms(ref generator, w, w.Exists);
                double ep = m.Existence[p];
                Span<double> x = w.Exists;
                for (int i = 0; i < B; i++)
                {
                    x[i] = x[i] < ep ? 1.0 : 0.0;
                }

                Mul(d, x);
            }

            if (m.MayGoNegative && i1 > i0)
            {
                for (int i = 0; i < B; i++)
                {
                    if (d[i] < 0)
                    {
                        if (i < count)
                        {
                            floored++;
                        }

                        d[i] = 0;
                    }
                }
            }

            // Cost: existence × fixed + rate × duration.
            if (m.FixedCostDistribution[p] is { } fd)
            {
                Uniforms(ref generator, w, w.U);
                fd.QuantilesCore(w.U, w.Tmp);
                if (partial)
                {
                    Mul(w.Tmp, w.Exists);
                }

                Add(cost, w.Tmp);
            }
            else if (m.FixedCost[p] != 0)
            {
                if (partial)
                {
                    AddScaled(cost, w.Exists, m.FixedCost[p]);
                }
                else
                {
                    AddConstant(cost, m.FixedCost[p]);
                }
            }

            if (m.Rate[p] != 0)
            {
                AddScaled(cost, d, m.Rate[p]);
            }

            // Forward pass: bounds from the predecessors' stored early starts and finishes (EF = ES + d, as in CPM).
            es.Fill(m.Snet[p]);
            for (int q = m.PredStart[p]; q < m.PredStart[p + 1]; q++)
            {
                int pp = m.PredPos[q];
                double lag = m.PredLag[q];
                switch (m.PredType[q])
                {
                    case LinkType.FinishToStart:
                        MaxOfPlus(es, w.Ef.AsSpan(pp * B, B), lag);
                        break;
                    case LinkType.StartToStart:
                        MaxOfPlus(es, w.Es.AsSpan(pp * B, B), lag);
                        break;
                    case LinkType.FinishToFinish:
                        MaxOfPlusMinus(es, w.Ef.AsSpan(pp * B, B), lag, d);
                        break;
                    default:
                        MaxOfPlusMinus(es, w.Es.AsSpan(pp * B, B), lag, d);
                        break;
                }
            }

            SumAndMax(ef, es, d, finish);

            if (output.Durations is { } store)
            {
                int offset = (p * output.DurationStride) + output.DurationOffset;
                for (int i = 0; i < count; i++)
                {
                    store[offset + i] = (float)d[i];
                }
            }
        }

        if (criticality)
        {
            BackwardPass(w, count, output.CriticalCounts);
        }

        finish[..count].CopyTo(output.Finish);
        cost[..count].CopyTo(output.Cost);
        return floored;
    }

    private void BackwardPass(Workspace w, int count, Span<long> criticalCounts)
    {
        int n = m.Count;
        Span<double> t = w.Finish;
        for (int p = n - 1; p >= 0; p--)
        {
            Span<double> lf = w.Lf.AsSpan(p * B, B);
            ReadOnlySpan<double> d = w.D.AsSpan(p * B, B);
            t.CopyTo(lf);
            for (int q = m.SuccStart[p]; q < m.SuccStart[p + 1]; q++)
            {
                int s = m.SuccPos[q];
                ReadOnlySpan<double> lfS = w.Lf.AsSpan(s * B, B);
                ReadOnlySpan<double> dS = w.D.AsSpan(s * B, B);
                double lag = m.SuccLag[q];
                switch (m.SuccType[q])
                {
                    case LinkType.FinishToStart:
                        MinOfDiffMinus(lf, lfS, dS, lag);
                        break;
                    case LinkType.StartToStart:
                        MinOfDiffMinusPlus(lf, lfS, dS, lag, d);
                        break;
                    case LinkType.FinishToFinish:
                        MinOfMinus(lf, lfS, lag);
                        break;
                    default:
                        MinOfMinusPlus(lf, lfS, lag, d);
                        break;
                }
            }

            criticalCounts[m.NetworkIndex[p]] += CountCritical(lf, w.Ef.AsSpan(p * B, B), tolerance, count);
        }
    }

    private void Uniforms(ref Xoshiro256StarStar generator, Workspace w, Span<double> destination)
    {
        w.Lanes.Fill(destination);
        if (sampling == SamplingMethod.LatinHypercube)
        {
            // A uniformly random permutation of the B strata (Fisher–Yates, Durstenfeld 1964) with j = ⌊v·(i + 1)⌋ from
            // one more column of lane uniforms v (52-bit; the bias of j is below 2⁻⁴⁴, far beneath sampling noise).
            int[] perm = w.Permutation;
            Span<double> v = w.Shuffle;
            w.Lanes.Fill(v);
            for (int i = 0; i < B; i++)
            {
                perm[i] = i;
            }

            for (int i = B - 1; i > 0; i--)
            {
                int j = Math.Min((int)(v[i] * (i + 1)), i);
                (perm[i], perm[j]) = (perm[j], perm[i]);
            }

            const double Width = 1.0 / B;
            for (int i = 0; i < B; i++)
            {
                // (stratum + u)/B with u ∈ (0, 1): stays strictly inside (0, 1).
                destination[i] = (perm[i] + destination[i]) * Width;
            }
        }
    }

    private static int CountCritical(ReadOnlySpan<double> lf, ReadOnlySpan<double> ef, double tol, int count)
    {
        int c = 0;
        for (int i = 0; i < count; i++)
        {
            if (lf[i] - ef[i] <= tol)
            {
                c++;
            }
        }

        return c;
    }

    private static void Mul(Span<double> x, ReadOnlySpan<double> y)
    {
        Span<Vector<double>> xv = MemoryMarshal.Cast<double, Vector<double>>(x);
        ReadOnlySpan<Vector<double>> yv = MemoryMarshal.Cast<double, Vector<double>>(y);
        for (int i = 0; i < xv.Length; i++)
        {
            xv[i] *= yv[i];
        }
    }

    private static void Add(Span<double> x, ReadOnlySpan<double> y)
    {
        Span<Vector<double>> xv = MemoryMarshal.Cast<double, Vector<double>>(x);
        ReadOnlySpan<Vector<double>> yv = MemoryMarshal.Cast<double, Vector<double>>(y);
        for (int i = 0; i < xv.Length; i++)
        {
            xv[i] += yv[i];
        }
    }

    private static void AddConstant(Span<double> x, double c)
    {
        Span<Vector<double>> xv = MemoryMarshal.Cast<double, Vector<double>>(x);
        var cv = new Vector<double>(c);
        for (int i = 0; i < xv.Length; i++)
        {
            xv[i] += cv;
        }
    }

    // x += y · c
    private static void AddScaled(Span<double> x, ReadOnlySpan<double> y, double c)
    {
        Span<Vector<double>> xv = MemoryMarshal.Cast<double, Vector<double>>(x);
        ReadOnlySpan<Vector<double>> yv = MemoryMarshal.Cast<double, Vector<double>>(y);
        var cv = new Vector<double>(c);
        for (int i = 0; i < xv.Length; i++)
        {
            xv[i] += yv[i] * cv;
        }
    }

    // x += a · b
    private static void MulAdd(Span<double> x, ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        Span<Vector<double>> xv = MemoryMarshal.Cast<double, Vector<double>>(x);
        ReadOnlySpan<Vector<double>> av = MemoryMarshal.Cast<double, Vector<double>>(a);
        ReadOnlySpan<Vector<double>> bv = MemoryMarshal.Cast<double, Vector<double>>(b);
        for (int i = 0; i < xv.Length; i++)
        {
            xv[i] += av[i] * bv[i];
        }
    }

    // es = max(es, esP + lag)
    private static void MaxOfPlus(Span<double> es, ReadOnlySpan<double> esP, double lag)
    {
        Span<Vector<double>> x = MemoryMarshal.Cast<double, Vector<double>>(es);
        ReadOnlySpan<Vector<double>> a = MemoryMarshal.Cast<double, Vector<double>>(esP);
        var l = new Vector<double>(lag);
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = Vector.Max(x[i], a[i] + l);
        }
    }

    // es = max(es, esP + lag − d)
    private static void MaxOfPlusMinus(Span<double> es, ReadOnlySpan<double> esP, double lag, ReadOnlySpan<double> d)
    {
        Span<Vector<double>> x = MemoryMarshal.Cast<double, Vector<double>>(es);
        ReadOnlySpan<Vector<double>> a = MemoryMarshal.Cast<double, Vector<double>>(esP);
        ReadOnlySpan<Vector<double>> c = MemoryMarshal.Cast<double, Vector<double>>(d);
        var l = new Vector<double>(lag);
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = Vector.Max(x[i], a[i] + l - c[i]);
        }
    }

    // ef = es + d; t = max(t, ef)
    private static void SumAndMax(Span<double> ef, ReadOnlySpan<double> es, ReadOnlySpan<double> d, Span<double> t)
    {
        Span<Vector<double>> e = MemoryMarshal.Cast<double, Vector<double>>(ef);
        ReadOnlySpan<Vector<double>> a = MemoryMarshal.Cast<double, Vector<double>>(es);
        ReadOnlySpan<Vector<double>> b = MemoryMarshal.Cast<double, Vector<double>>(d);
        Span<Vector<double>> x = MemoryMarshal.Cast<double, Vector<double>>(t);
        for (int i = 0; i < e.Length; i++)
        {
            Vector<double> f = a[i] + b[i];
            e[i] = f;
            x[i] = Vector.Max(x[i], f);
        }
    }

    // FS: lf = min(lf, lfS − dS − lag)
    private static void MinOfDiffMinus(Span<double> lf, ReadOnlySpan<double> lfS, ReadOnlySpan<double> dS, double lag)
    {
        Span<Vector<double>> x = MemoryMarshal.Cast<double, Vector<double>>(lf);
        ReadOnlySpan<Vector<double>> a = MemoryMarshal.Cast<double, Vector<double>>(lfS);
        ReadOnlySpan<Vector<double>> b = MemoryMarshal.Cast<double, Vector<double>>(dS);
        var l = new Vector<double>(lag);
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = Vector.Min(x[i], a[i] - b[i] - l);
        }
    }

    // SS: lf = min(lf, lfS − dS − lag + d)
    private static void MinOfDiffMinusPlus(Span<double> lf, ReadOnlySpan<double> lfS, ReadOnlySpan<double> dS, double lag, ReadOnlySpan<double> d)
    {
        Span<Vector<double>> x = MemoryMarshal.Cast<double, Vector<double>>(lf);
        ReadOnlySpan<Vector<double>> a = MemoryMarshal.Cast<double, Vector<double>>(lfS);
        ReadOnlySpan<Vector<double>> b = MemoryMarshal.Cast<double, Vector<double>>(dS);
        ReadOnlySpan<Vector<double>> c = MemoryMarshal.Cast<double, Vector<double>>(d);
        var l = new Vector<double>(lag);
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = Vector.Min(x[i], a[i] - b[i] - l + c[i]);
        }
    }

    // FF: lf = min(lf, lfS − lag)
    private static void MinOfMinus(Span<double> lf, ReadOnlySpan<double> lfS, double lag)
    {
        Span<Vector<double>> x = MemoryMarshal.Cast<double, Vector<double>>(lf);
        ReadOnlySpan<Vector<double>> a = MemoryMarshal.Cast<double, Vector<double>>(lfS);
        var l = new Vector<double>(lag);
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = Vector.Min(x[i], a[i] - l);
        }
    }

    // SF: lf = min(lf, lfS − lag + d)
    private static void MinOfMinusPlus(Span<double> lf, ReadOnlySpan<double> lfS, double lag, ReadOnlySpan<double> d)
    {
        Span<Vector<double>> x = MemoryMarshal.Cast<double, Vector<double>>(lf);
        ReadOnlySpan<Vector<double>> a = MemoryMarshal.Cast<double, Vector<double>>(lfS);
        ReadOnlySpan<Vector<double>> c = MemoryMarshal.Cast<double, Vector<double>>(d);
        var l = new Vector<double>(lag);
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = Vector.Min(x[i], a[i] - l + c[i]);
        }
    }
}
