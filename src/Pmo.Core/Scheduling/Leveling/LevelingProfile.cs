namespace Pmo.Core.Scheduling.Leveling;

/// <summary>
/// The remaining capacity of every resource as one continuous-time step function: sorted segment start times (the first
/// is 0, the last segment runs for ever) and, per segment, a row of residual capacities. Rows live in a pool and the
/// sorted arrays hold only the time and the row number, so inserting a breakpoint in the middle moves 12 bytes per later
/// breakpoint instead of a whole row. Breakpoints are the capacity steps and the starts and finishes of the activities
/// placed so far. Not thread-safe; reset and reused between passes.
/// </summary>
internal sealed class LevelingProfile
{
    private readonly int k;
    private readonly double[] tolerance;
    private readonly double[] initialTimes;
    private readonly double[] initialResidual;
    private double[] times;
    private int[] rowOf;
    private double[] residual;
    private int count;
    private int rows;

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
        rowOf = new int[cap];
        residual = new double[cap * Math.Max(k, 1)];
        Reset();
    }

    /// <summary>Restores the capacities (nothing placed).</summary>
    public void Reset()
    {
        count = initialTimes.Length;
        rows = count;
        Array.Copy(initialTimes, times, count);
        Array.Copy(initialResidual, residual, initialResidual.Length);
        for (int s = 0; s < count; s++)
        {
            rowOf[s] = s;
        }
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
            int row = rowOf[q] * k;
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
            int row = rowOf[s] * k;
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
            Array.Resize(ref rowOf, count * 2);
        }

        if ((rows + 1) * k > residual.Length)
        {
            Array.Resize(ref residual, residual.Length * 2);
        }

        int tail = count - s - 1;
        Array.Copy(times, s + 1, times, s + 2, tail);
        Array.Copy(rowOf, s + 1, rowOf, s + 2, tail);
        times[s + 1] = x;
        rowOf[s + 1] = rows;
        Array.Copy(residual, rowOf[s] * k, residual, rows * k, k);
        rows++;
        count++;
        return s + 1;
    }
}
