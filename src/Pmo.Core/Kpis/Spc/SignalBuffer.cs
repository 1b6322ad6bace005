using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Pmo.Core.Kpis.Spc;

/// <summary>
/// Collects signals rule by rule. Each rule pass appends one segment already ordered by index, and phases cover
/// increasing index ranges, so the final order (index, then rule evaluation order) is a k-way merge of each phase's
/// segments: no comparison sort.
/// </summary>
internal sealed class SignalBuffer
{
    private readonly List<SpcSignal> items = [];
    private readonly List<int> segmentStarts = [];
    private readonly List<int> phaseFirstSegment = [];

    public List<SpcSignal> Items => items;

    public void BeginPhase() => phaseFirstSegment.Add(segmentStarts.Count);

    public void BeginSegment() => segmentStarts.Add(items.Count);

    public ImmutableArray<SpcSignal> ToOrderedArray()
    {
        var result = new SpcSignal[items.Count];
        ReadOnlySpan<SpcSignal> all = CollectionsMarshal.AsSpan(items);
        int written = 0;
        int maxK = 0;
        for (int p = 0; p < phaseFirstSegment.Count; p++)
        {
            int last = p + 1 < phaseFirstSegment.Count ? phaseFirstSegment[p + 1] : segmentStarts.Count;
            maxK = Math.Max(maxK, last - phaseFirstSegment[p]);
        }

        Span<int> headBuffer = maxK <= 64 ? stackalloc int[64] : new int[maxK];
        Span<int> endBuffer = maxK <= 64 ? stackalloc int[64] : new int[maxK];
        for (int p = 0; p < phaseFirstSegment.Count; p++)
        {
            int first = phaseFirstSegment[p];
            int last = p + 1 < phaseFirstSegment.Count ? phaseFirstSegment[p + 1] : segmentStarts.Count;
            int k = last - first;
            if (k == 0)
            {
                continue;
            }

            Span<int> heads = headBuffer[..k];
            Span<int> ends = endBuffer[..k];
            int remaining = 0;
            for (int s = 0; s < k; s++)
            {
                heads[s] = segmentStarts[first + s];
                ends[s] = first + s + 1 < segmentStarts.Count ? segmentStarts[first + s + 1] : items.Count;
                remaining += ends[s] - heads[s];
            }

            for (; remaining > 0; remaining--)
            {
                int best = -1;
                int bestIndex = int.MaxValue;
                for (int s = 0; s < k; s++)
                {
                    if (heads[s] < ends[s] && all[heads[s]].Index < bestIndex)
                    {
                        best = s;
                        bestIndex = all[heads[s]].Index;
                    }
                }

                result[written++] = all[heads[best]];
                heads[best]++;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }
}
