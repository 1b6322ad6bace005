using System.Collections.Immutable;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Risk.Simulation;

/// <summary>The flat, topologically ordered form of a <see cref="SimulationModel"/> that the kernel runs.</summary>
internal sealed class CompiledModel
{
    public CompiledModel(SimulationModel model)
    {
        ActivityNetwork net = model.Network;
        ImmutableArray<Activity> acts = net.Activities;
        int n = acts.Length;
        Count = n;
        NetworkIndex = (int[])net.Order.Clone();
        Position = new int[n];
        for (int p = 0; p < n; p++)
        {
            Position[NetworkIndex[p]] = p;
        }

        Planned = new double[n];
        Snet = new double[n];
        Rate = new double[n];
        FixedCost = new double[n];
        DurationDistribution = new Distribution?[n];
        FixedCostDistribution = new Distribution?[n];
        Existence = new double[n];
        for (int p = 0; p < n; p++)
        {
            Activity a = acts[NetworkIndex[p]];
            Planned[p] = a.Duration;
            Snet[p] = Math.Max(0, a.StartNoEarlierThan ?? 0);
            Rate[p] = a.CostRate;
            FixedCost[p] = a.FixedCost;
            Existence[p] = 1;
        }

        foreach (ActivityUncertainty u in model.Uncertainties)
        {
            int p = Position[net.IndexOf(u.ActivityId)];
            DurationDistribution[p] = u.Duration is { IsConstant: false } d ? d : null;
            if (u.Duration is { IsConstant: true } c)
            {
                Planned[p] = c.Minimum;
            }

            FixedCostDistribution[p] = u.FixedCost is { IsConstant: false } f ? f : null;
            if (u.FixedCost is { IsConstant: true } fc)
            {
                FixedCost[p] = fc.Minimum;
            }

            Existence[p] = u.ExistenceProbability;
        }

        // Predecessor and successor lists by position.
        ImmutableArray<ActivityLink> links = net.Links;
        (PredStart, PredPos, PredType, PredLag) = Csr(n, links.Length, e => Position[net.LinkSuccessor[e]], e => Position[net.LinkPredecessor[e]], links);
        (SuccStart, SuccPos, SuccType, SuccLag) = Csr(n, links.Length, e => Position[net.LinkPredecessor[e]], e => Position[net.LinkSuccessor[e]], links);

        // Drivers.
        ImmutableArray<RiskDriver> drivers = model.RiskDrivers;
        DriverCount = drivers.Length;
        DriverProbability = [.. drivers.Select(d => d.Probability)];
        DriverFactor = [.. drivers.Select(d => d.Factor)];
        var byActivity = new List<int>[n];
        for (int k = 0; k < drivers.Length; k++)
        {
            foreach (string id in drivers[k].ActivityIds)
            {
                int p = Position[net.IndexOf(id)];
                (byActivity[p] ??= []).Add(k);
            }
        }

        DriverStart = new int[n + 1];
        var driverIndex = new List<int>();
        for (int p = 0; p < n; p++)
        {
            DriverStart[p] = driverIndex.Count;
            if (byActivity[p] is { } l)
            {
                driverIndex.AddRange(l);
            }
        }

        DriverStart[n] = driverIndex.Count;
        DriverIndex = [.. driverIndex];

        // Events and their impacts.
        ImmutableArray<RiskEvent> events = model.RiskEvents;
        EventCount = events.Length;
        EventProbability = [.. events.Select(e => e.Probability)];
        EventCost = [.. events.Select(e => e.CostImpact)];
        var impacts = new List<(int Position, int Event, Distribution Amount, bool Relative)>();
        for (int e = 0; e < events.Length; e++)
        {
            foreach (RiskEventImpact i in events[e].Impacts)
            {
                impacts.Add((Position[net.IndexOf(i.ActivityId)], e, i.Amount, i.Mode == ImpactMode.Relative));
            }
        }

        ImpactCount = impacts.Count;
        impacts.Sort((x, y) => x.Position != y.Position ? x.Position.CompareTo(y.Position) : x.Event.CompareTo(y.Event));
        ImpactStart = new int[n + 1];
        ImpactEvent = new int[impacts.Count];
        ImpactAmount = new Distribution[impacts.Count];
        ImpactRelative = new bool[impacts.Count];
        int q = 0;
        for (int p = 0; p < n; p++)
        {
            ImpactStart[p] = q;
            while (q < impacts.Count && impacts[q].Position == p)
            {
                ImpactEvent[q] = impacts[q].Event;
                ImpactAmount[q] = impacts[q].Amount;
                ImpactRelative[q] = impacts[q].Relative;
                MayGoNegative |= impacts[q].Amount.Minimum < 0;
                q++;
            }
        }

        ImpactStart[n] = q;

        CorrelationIndex = new int[n];
        Array.Fill(CorrelationIndex, -1);
        if (model.EffectiveCorrelation is { } corr)
        {
            for (int c = 0; c < corr.Count; c++)
            {
                CorrelationIndex[Position[net.IndexOf(corr.Ids[c])]] = c;
            }

            Correlation = new ImanConoverPlan(corr, SimulationKernel.B);
        }

        CpmResult cpm = CriticalPath.Analyze(net);
        DeterministicFinish = cpm.ProjectDuration;
        DeterministicCost = cpm.TotalCost;
    }

    public int Count { get; }

    /// <summary>Network index of the activity at each topological position.</summary>
    public int[] NetworkIndex { get; }

    /// <summary>Topological position of each network index.</summary>
    public int[] Position { get; }

    public double[] Planned { get; }

    public double[] Snet { get; }

    public double[] Rate { get; }

    public double[] FixedCost { get; }

    public Distribution?[] DurationDistribution { get; }

    public Distribution?[] FixedCostDistribution { get; }

    public double[] Existence { get; }

    public int[] PredStart { get; }

    public int[] PredPos { get; }

    public LinkType[] PredType { get; }

    public double[] PredLag { get; }

    public int[] SuccStart { get; }

    public int[] SuccPos { get; }

    public LinkType[] SuccType { get; }

    public double[] SuccLag { get; }

    public int DriverCount { get; }

    public double[] DriverProbability { get; }

    public Distribution[] DriverFactor { get; }

    public int[] DriverStart { get; }

    public int[] DriverIndex { get; }

    public int EventCount { get; }

    public double[] EventProbability { get; }

    public Distribution?[] EventCost { get; }

    public int ImpactCount { get; }

    public int[] ImpactStart { get; }

    public int[] ImpactEvent { get; }

    public Distribution[] ImpactAmount { get; }

    public bool[] ImpactRelative { get; }

    /// <summary>Whether some impact can be negative (opportunities), so durations may need flooring at 0.</summary>
    public bool MayGoNegative { get; }

    /// <summary>The correlated variable of each position, or −1.</summary>
    public int[] CorrelationIndex { get; }

    /// <summary>The Iman–Conover plan for one block, or null without correlation.</summary>
    public ImanConoverPlan? Correlation { get; }

    public double DeterministicFinish { get; }

    public double DeterministicCost { get; }

    private static (int[] Start, int[] Other, LinkType[] Type, double[] Lag) Csr(int n, int m, Func<int, int> owner, Func<int, int> other, ImmutableArray<ActivityLink> links)
    {
        int[] start = new int[n + 1];
        for (int e = 0; e < m; e++)
        {
            start[owner(e) + 1]++;
        }

        for (int p = 0; p < n; p++)
        {
            start[p + 1] += start[p];
        }

        int[] fill = (int[])start.Clone();
        int[] o = new int[m];
        var t = new LinkType[m];
        double[] lag = new double[m];
        for (int e = 0; e < m; e++)
        {
            int k = fill[owner(e)]++;
            o[k] = other(e);
            t[k] = links[e].Type;
            lag[k] = links[e].Lag;
        }

        return (start, o, t, lag);
    }
}
