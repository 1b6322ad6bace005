using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>A weighted component of a <see cref="CompositeIndex"/>.</summary>
public sealed class CompositeComponent
{
    /// <summary>Creates a component.</summary>
    /// <param name="id">The component's id (for <see cref="CompositeIndex.Evaluate(KpiScorecard)"/>, the KPI id).</param>
    /// <param name="weight">The weight: finite and greater than zero.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is not finite or not positive.</exception>
    public CompositeComponent(string id, double weight)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Id = id;
        Weight = Guard.Against.NotFinitePositive(weight);
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the weight.</summary>
    public double Weight { get; }
}

/// <summary>
/// The veto of a composite: when any component's status is at or below <see cref="Trigger"/> (by rank), the composite's
/// status is capped at <see cref="Cap"/> ("any red component caps the composite at amber").
/// </summary>
public sealed class CompositeVeto
{
    /// <summary>Creates a veto.</summary>
    /// <param name="trigger">The component level that triggers the veto (it and every worse level).</param>
    /// <param name="cap">The best level the composite may then have.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CompositeVeto(StatusLevel trigger, StatusLevel cap)
    {
        Trigger = Guard.Against.Null(trigger);
        Cap = Guard.Against.Null(cap);
    }

    /// <summary>Gets "any red component caps the composite at amber" (RAG).</summary>
    public static CompositeVeto AnyRedCapsAtAmber { get; } = new(StatusScale.Red, StatusScale.Amber);

    /// <summary>Gets "any red component makes the composite red" (RAG).</summary>
    public static CompositeVeto AnyRedCapsAtRed { get; } = new(StatusScale.Red, StatusScale.Red);

    /// <summary>Gets the triggering level.</summary>
    public StatusLevel Trigger { get; }

    /// <summary>Gets the cap.</summary>
    public StatusLevel Cap { get; }
}

/// <summary>One component's input to a composite: a score in [0, 1] (null = missing) and an optional status for the veto.</summary>
public readonly struct CompositeInput : IEquatable<CompositeInput>
{
    /// <summary>Creates an input.</summary>
    /// <param name="componentId">The component's id.</param>
    /// <param name="score">The score in [0, 1], or null when missing.</param>
    /// <param name="status">The component's status (for the veto), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="componentId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="componentId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside [0, 1].</exception>
    public CompositeInput(string componentId, double? score, StatusLevel? status = null)
    {
        Guard.Against.NullOrWhiteSpace(componentId);
        ComponentId = componentId;
        Score = score is { } s ? Guard.Against.NotInRange(s, 0, 1, true, true, nameof(score)) : null;
        Status = status;
    }

    /// <summary>Gets the component's id.</summary>
    public string ComponentId { get; }

    /// <summary>Gets the score, or null when missing.</summary>
    public double? Score { get; }

    /// <summary>Gets the status, or null.</summary>
    public StatusLevel? Status { get; }

    /// <inheritdoc/>
    public bool Equals(CompositeInput other) => ComponentId == other.ComponentId && Score == other.Score && Equals(Status, other.Status);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CompositeInput other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ComponentId, Score, Status);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(CompositeInput left, CompositeInput right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(CompositeInput left, CompositeInput right) => !left.Equals(right);
}

/// <summary>One component's part in a composite result.</summary>
public sealed class CompositeComponentResult
{
    internal CompositeComponentResult()
    {
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>Gets the declared weight.</summary>
    public double Weight { get; internal init; }

    /// <summary>Gets the effective weight after re-normalisation, <c>wᵢ / Σ_present w</c> (0 when missing).</summary>
    public double EffectiveWeight { get; internal init; }

    /// <summary>Gets the score, or null when missing.</summary>
    public double? Score { get; internal init; }

    /// <summary>Gets the status, or null.</summary>
    public StatusLevel? Status { get; internal init; }

    /// <summary>Gets whether the component is missing.</summary>
    public bool IsMissing => Score is null;
}

/// <summary>The result of a composite health index: score, status, the re-normalised weights, the missing components and the veto.</summary>
public sealed class CompositeResult
{
    internal CompositeResult()
    {
    }

    /// <summary>Gets the composite's id.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>Gets the score <c>Σ_present wᵢ·sᵢ / Σ_present wᵢ</c> in [0, 1], or null when undefined (coverage too low).</summary>
    public double? Score { get; internal init; }

    /// <summary>Gets the status after the veto, or null when the score is undefined.</summary>
    public StatusLevel? Status { get; internal init; }

    /// <summary>Gets the status of the score before the veto, or null.</summary>
    public StatusLevel? UncappedStatus { get; internal init; }

    /// <summary>Gets whether the veto lowered the status.</summary>
    public bool VetoApplied { get; internal init; }

    /// <summary>Gets the components whose status triggered the veto.</summary>
    public ImmutableArray<string> VetoTriggeredBy { get; internal init; } = [];

    /// <summary>Gets every component's part, in declaration order.</summary>
    public ImmutableArray<CompositeComponentResult> Components { get; internal init; } = [];

    /// <summary>Gets the ids of the missing components.</summary>
    public ImmutableArray<string> MissingComponents { get; internal init; } = [];

    /// <summary>Gets the coverage <c>Σ_present w / Σ_all w</c>.</summary>
    public double Coverage { get; internal init; }

    /// <summary>Gets explanations (re-normalisation, veto, undefined score).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; } = [];
}

/// <summary>
/// A composite health index: a weighted score of components with explicit re-normalisation when a component is missing,
/// bands on the score, and an optional veto.
/// </summary>
/// <remarks>
/// <para><c>score = Σ_present wᵢ·sᵢ / Σ_present wᵢ</c>: the weights of the present components are re-normalised to sum to
/// 1 and the result lists them (<see cref="CompositeComponentResult.EffectiveWeight"/>) with the missing components and
/// the coverage <c>Σ_present w / Σ_all w</c>. Below <see cref="MinimumCoverage"/> (or with nothing present) the score is
/// undefined.</para>
/// <para>The score is classified by <see cref="Bands"/> (default RAG: ≥ 0.75 green, ≥ 0.5 amber, else red — a default to
/// change), then the <see cref="Veto"/> caps it. From a scorecard a component's score is its status's normalised rank
/// <c>rank / (N − 1)</c> (red 0, amber 0.5, green 1).</para>
/// </remarks>
public sealed class CompositeIndex
{
    /// <summary>Creates a composite.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name.</param>
    /// <param name="components">The components: at least one, unique ids.</param>
    /// <param name="bands">The bands of the score; default <c>BandSet.HigherIsBetter(StatusScale.Rag, 0.5, 0.75)</c>.</param>
    /// <param name="veto">The veto, or null; its levels must belong to the bands' scale.</param>
    /// <param name="minimumCoverage">The minimum share of weight present for a defined score, in [0, 1]; default 0 (any component present).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="name"/>, <paramref name="components"/> or a component is null.</exception>
    /// <exception cref="ArgumentException">An id or name is blank, there is no component, a component id repeats, or a veto level is not in the bands' scale.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumCoverage"/> is outside [0, 1].</exception>
    public CompositeIndex(string id, string name, IEnumerable<CompositeComponent> components, BandSet? bands = null, CompositeVeto? veto = null, double minimumCoverage = 0)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(components);
        ImmutableArray<CompositeComponent> list = [.. components];
        if (list.IsEmpty)
        {
            throw new ArgumentException($"{nameof(components)} must contain at least one component.", nameof(components));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(components), $"{nameof(components)}[{i}] is null.");
            }

            if (!ids.Add(list[i].Id))
            {
                throw new ArgumentException($"{nameof(components)} contains the id '{list[i].Id}' more than once.", nameof(components));
            }
        }

        bands ??= BandSet.HigherIsBetter(StatusScale.Rag, 0.5, 0.75);
        if (veto is not null && (!bands.Scale.Contains(veto.Trigger) || !bands.Scale.Contains(veto.Cap)))
        {
            throw new ArgumentException($"{nameof(veto)} levels must belong to the bands' scale '{bands.Scale.Id}'.", nameof(veto));
        }

        Id = id;
        Name = name;
        Components = list;
        Bands = bands;
        Veto = veto;
        MinimumCoverage = Guard.Against.NotInRange(minimumCoverage, 0, 1, true, true);
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the components.</summary>
    public ImmutableArray<CompositeComponent> Components { get; }

    /// <summary>Gets the bands of the score.</summary>
    public BandSet Bands { get; }

    /// <summary>Gets the veto, or null.</summary>
    public CompositeVeto? Veto { get; }

    /// <summary>Gets the minimum coverage.</summary>
    public double MinimumCoverage { get; }

    /// <summary>Evaluates the composite from component inputs (components without an input are missing).</summary>
    /// <param name="inputs">The inputs: each names a component of this index, at most once.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    /// <exception cref="ArgumentException">An input names an unknown component or repeats one.</exception>
    [Pure]
    public CompositeResult Evaluate(IEnumerable<CompositeInput> inputs)
    {
        Guard.Against.Null(inputs);
        var byId = new Dictionary<string, CompositeInput>(StringComparer.Ordinal);
        foreach (CompositeInput input in inputs)
        {
            if (input.ComponentId is null)
            {
                throw new ArgumentException($"{nameof(inputs)} contains a default {nameof(CompositeInput)} without a component id.", nameof(inputs));
            }

            if (!Components.Any(c => c.Id == input.ComponentId))
            {
                throw new ArgumentException($"{nameof(inputs)} names '{input.ComponentId}', which is not a component of '{Id}'.", nameof(inputs));
            }

            if (!byId.TryAdd(input.ComponentId, input))
            {
                throw new ArgumentException($"{nameof(inputs)} names '{input.ComponentId}' more than once.", nameof(inputs));
            }
        }

        double total = 0;
        double present = 0;
        double weighted = 0;
        foreach (CompositeComponent c in Components)
        {
            total += c.Weight;
            if (byId.TryGetValue(c.Id, out CompositeInput x) && x.Score is { } s)
            {
                present += c.Weight;
                weighted += c.Weight * s;
            }
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var parts = ImmutableArray.CreateBuilder<CompositeComponentResult>(Components.Length);
        var missing = ImmutableArray.CreateBuilder<string>();
        var vetoBy = ImmutableArray.CreateBuilder<string>();
        foreach (CompositeComponent c in Components)
        {
            byId.TryGetValue(c.Id, out CompositeInput x);
            double? s = x.ComponentId is null ? null : x.Score;
            StatusLevel? st = x.ComponentId is null ? null : x.Status;
            if (s is null)
            {
                missing.Add(c.Id);
            }

            if (Veto is not null && st is not null && st.Rank <= Veto.Trigger.Rank)
            {
                vetoBy.Add(c.Id);
            }

            parts.Add(new CompositeComponentResult { Id = c.Id, Weight = c.Weight, EffectiveWeight = s is null || present == 0 ? 0 : c.Weight / present, Score = s, Status = st });
        }

        double coverage = present / total;
        if (missing.Count > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, Id, string.Create(CultureInfo.InvariantCulture, $"Missing component(s) {string.Join(", ", missing)}: the other weights were re-normalised to sum to 1 (coverage {coverage:0.###}).")));
        }

        double? score = null;
        StatusLevel? uncapped = null;
        StatusLevel? status = null;
        bool applied = false;
        if (present == 0 || coverage < MinimumCoverage)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, Id, string.Create(CultureInfo.InvariantCulture, $"The composite is undefined: coverage {coverage:0.###} is below the minimum {MinimumCoverage:0.###} or no component is present.")));
        }
        else
        {
            score = weighted / present;
            uncapped = Bands.Classify(score.Value);
            status = uncapped;
            if (vetoBy.Count > 0 && status is not null && status.Rank > Veto!.Cap.Rank)
            {
                status = Veto.Cap;
                applied = true;
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, Id, $"Veto: {string.Join(", ", vetoBy)} at or below {Veto.Trigger.Label} cap(s) the composite at {Veto.Cap.Label} (score alone: {uncapped!.Label})."));
            }
        }

        return new CompositeResult
        {
            Id = Id,
            Score = score,
            Status = status,
            UncappedStatus = uncapped,
            VetoApplied = applied,
            VetoTriggeredBy = vetoBy.ToImmutable(),
            Components = parts.MoveToImmutable(),
            MissingComponents = missing.ToImmutable(),
            Coverage = coverage,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    /// <summary>
    /// Evaluates the composite from a scorecard: component ids are KPI ids; a component's score is its status's
    /// normalised rank <c>rank / (N − 1)</c>; an unknown, neutral or absent KPI is missing.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    [Pure]
    public CompositeResult Evaluate(KpiScorecard scorecard)
    {
        Guard.Against.Null(scorecard);
        var inputs = new List<CompositeInput>();
        foreach (CompositeComponent c in Components)
        {
            KpiEvaluation? e = scorecard.Evaluations.FirstOrDefault(x => x.KpiId == c.Id);
            if (e?.Status is { } st && e.Definition.Scale is { } scale)
            {
                inputs.Add(new CompositeInput(c.Id, scale.Score(st), st));
            }
        }

        return Evaluate(inputs);
    }
}
