using System.Collections.Immutable;

namespace Pmo.Core.Kpis.Spc;

/// <summary>
/// Options of an XmR chart. Every published variant the limits depend on is chosen here explicitly; each setter
/// validates its value.
/// </summary>
public sealed class XmrOptions
{
    /// <summary>Gets the default options: mean centre, average moving range, Wheeler's constants, one phase, no floor.</summary>
    public static XmrOptions Default { get; } = new();

    /// <summary>Gets the centre line statistic; default <see cref="CentreLine.Mean"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="Spc.CentreLine"/>.</exception>
    public CentreLine CentreLine
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(CentreLine), value, $"{nameof(CentreLine)} must be a defined {nameof(Spc.CentreLine)} (got {(int)value}).");
    } = CentreLine.Mean;

    /// <summary>Gets the moving-range statistic; default <see cref="DispersionStatistic.AverageMovingRange"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="DispersionStatistic"/>.</exception>
    public DispersionStatistic Dispersion
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Dispersion), value, $"{nameof(Dispersion)} must be a defined {nameof(DispersionStatistic)} (got {(int)value}).");
    } = DispersionStatistic.AverageMovingRange;

    /// <summary>Gets the scaling constants; default <see cref="ScalingConstant.Wheeler"/> (2.66 and 3.268).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="ScalingConstant"/>.</exception>
    public ScalingConstant Constant
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Constant), value, $"{nameof(Constant)} must be a defined {nameof(ScalingConstant)} (got {(int)value}).");
    } = ScalingConstant.Wheeler;

    /// <summary>Gets whether very large moving ranges are screened out; default <see cref="MovingRangeScreening.None"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="MovingRangeScreening"/>.</exception>
    public MovingRangeScreening Screening
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Screening), value, $"{nameof(Screening)} must be a defined {nameof(MovingRangeScreening)} (got {(int)value}).");
    } = MovingRangeScreening.None;

    /// <summary>
    /// Gets the number of leading points of each phase the limits are computed from (a baseline; NHSRplotthedots
    /// <c>fix_after_n_points</c>); later points of the phase are judged against those fixed limits. Null (the
    /// default) uses every point of the phase. At least 2.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 2.</exception>
    public int? BaselineLength
    {
        get;
        init => field = value is { } v && v < 2
            ? throw new ArgumentOutOfRangeException(nameof(BaselineLength), v, $"{nameof(BaselineLength)} must be at least 2 so that one moving range exists (got {v}).")
            : value;
    }

    /// <summary>
    /// Gets the indices at which a new phase starts (re-basing after a known change; NHSRplotthedots <c>rebase</c>).
    /// Each phase has its own centre and limits and rules never look across a phase boundary. Strictly increasing and
    /// greater than 0; each must be less than the number of values (checked by <see cref="XmrChart.Compute"/>).
    /// Default empty: one phase.
    /// </summary>
    /// <exception cref="ArgumentException">The indices are not strictly increasing or one is not positive.</exception>
    public ImmutableArray<int> PhaseStarts
    {
        get;
        init
        {
            ImmutableArray<int> v = value.IsDefault ? [] : value;
            for (int i = 0; i < v.Length; i++)
            {
                if (v[i] <= 0 || (i > 0 && v[i] <= v[i - 1]))
                {
                    throw new ArgumentException($"{nameof(PhaseStarts)} must be strictly increasing indices greater than 0, but {nameof(PhaseStarts)}[{i}] = {v[i]}.", nameof(PhaseStarts));
                }
            }

            field = v;
        }
    } = [];

    /// <summary>
    /// Gets whether the lower natural process limit is floored at 0, for counts and other measures that cannot be
    /// negative; default <see langword="false"/>. The floor changes only the reported lower limit (and so rule 1
    /// below it); the sigma zones keep the unfloored σ̂ so that zone rules are unchanged.
    /// </summary>
    public bool FloorLowerLimitAtZero { get; init; }
}
