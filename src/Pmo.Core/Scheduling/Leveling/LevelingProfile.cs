namespace Pmo.Core.Scheduling.Leveling;

/// <summary>
/// The remaining capacity of every resource as one continuous-time step function: sorted segment start times (the first
/// is 0, the last segment runs for ever) and, per segment, a row of residual capacities (structure of arrays, segment
/// major). Breakpoints are the capacity steps and the starts and finishes of the activities placed so far. Not
/// thread-safe; reset and reused between passes.
/// </summary>
internal sealed class LevelingProfile
{
    private readonly int k;
    private readonly double[] tolerance;
    private readonly double[] initialTimes;
    private readonly double[] initialResidual;
    private double[] times;
    private double[] residual;
    private int count;

    public LevelingProfile(IReadOnlyList<ResourceCapacity> capacities, int expectedBreakpoints)
    {
        k = capacities.Count;
        tolerance = new double[k];
        var all = new SortedSet<double> { 0 };
        for (int r = 0; r < k; r++)
        {
            tolerance[r] = ResourceLeveler.CapacityTolerance(capacities[r]);
            foreach (CapacityStep s in capacities[r].Steps)
            {
                all.Add(s.From);
            }
        }

        initialTimes = [.. all];
        initialResidual = new double[initialTimes.Length * Math.Max(k, 1)];
        for (int r = 0; r < k; r++)
        {
            var steps = capacities[r].Steps;
            int p = 0;
            for (int s = 0; s < initialTimes.Length; s++)
            {
                while (p + 1 < steps.Length && steps[p + 1].From <= initialTimes[s])
                {
                    p++;
                }

                initialResidual[(s * k) + r] = steps[p].Capacity;
            }
        }

        int cap = Math.Max(initialTimes.Length + expectedBreakpoints, 4);
        times = new double[cap];
        residual = new double[cap * Math.Max(k, 1)];
        Reset();
    }

    /// <summary>Restores the capacities (nothing placed).</summary>
    public void Reset()
    {
        count = initialTimes.Length;
        Array.Copy(initialTimes, times, count);
        Array.Copy(initialResidual, residual, initialResidual.Length);
    }

    /// <summary>
    /// The earliest start <c>t</c> in <c>[earliest, latest]</c> at which the requirements <c>res[from..to)</c> with
    /// <c>units[from..to)</c> fit the residual capacity throughout <c>[t, t + duration)</c>; NaN when there is none.
    /// Candidates are <paramref name="earliest"/> and the breakpoints after it: the residual capacity only rises at a
    /// breakpoint, so a feasible start that is not a candidate could be moved earlier.
    /// </summary>
    public double EarliestFit(int[] res, double[] units, int from, int to, double duration, double earliest, double latest)
    {
        int q = SegmentAt(earliest);
        double t = earliest;
        while (true)
        {
            int row = q * k;
            bool fits = true;
            for (int e = from; e < to; e++)
            {
                int r = res[e];
                if (residual[row + r] + tolerance[r] < units[e])
                {
                    fits = false;
                    break;
                }
            }

            if (!fits)
            {
                if (q + 1 == count)
                {
                    return double.NaN;
                }

                t = times[q + 1];
                if (t > latest)
                {
                    return double.NaN;
                }
            }
            else if (q + 1 == count || times[q + 1] >= t + duration)
            {
                return t;
            }

            q++;
        }
    }

    /// <summary>Takes the requirements off the residual capacity over <c>[start, start + duration)</c>.</summary>
    public void Place(int[] res, double[] units, int from, int to, double start, double duration)
    {
        int a = Insert(start);
        int b = Insert(start + duration);
        for (int s = a; s < b; s++)
        {
            int row = s * k;
            for (int e = from; e < to; e++)
            {
                residual[row + res[e]] -= units[e];
            }
        }
    }

    private int SegmentAt(double x)
    {
        int i = Array.BinarySearch(times, 0, count, x);
        return i >= 0 ? i : ~i - 1;
    }

    private int Insert(double x)
    {
        int s = SegmentAt(x);
        if (times[s] == x)
        {
            return s;
        }

        if (count == times.Length)
        {
            Array.Resize(ref times, count * 2);
            Array.Resize(ref residual, count * 2 * Math.Max(k, 1));
        }

        int tail = count - s - 1;
        Array.Copy(times, s + 1, times, s + 2, tail);
        Array.Copy(residual, (s + 1) * k, residual, (s + 2) * k, tail * k);
        times[s + 1] = x;
        Array.Copy(residual, s * k, residual, (s + 1) * k, k);
        count++;
        return s + 1;
    }
}
