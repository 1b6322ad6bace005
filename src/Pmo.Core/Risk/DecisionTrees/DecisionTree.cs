using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>
/// A validated, immutable decision tree: decision, chance and terminal nodes with probabilities and amounts along the
/// branches. <see cref="RollBack"/> computes every node's expected monetary value (EMV) by backward induction and the
/// best choice at every decision.
/// </summary>
/// <remarks>
/// <para>
/// Build a tree from a flat list of <see cref="DecisionTreeNode"/>s with parent ids (<see cref="Create"/>: any depth,
/// no recursion) or with the small fluent builders <see cref="FromDecision"/> and <see cref="FromChance"/>.
/// </para>
/// <para>
/// Rules checked on construction: ids unique; every parent id present; no cycle (named in the message); exactly one
/// root, carrying no probability and no branch value; terminal nodes have no children; decision and chance nodes have at
/// least one branch; every branch of a chance node has a probability in [0, 1] and they sum to 1 within
/// <see cref="ProbabilityTolerance"/> (never normalised); branches of a decision node carry no probability.
/// </para>
/// <para>
/// Roll-back (H. Raiffa, <i>Decision Analysis</i>, 1968, ch. 2; PMI, <i>PMBOK Guide</i>, 5th ed., 2013, §11.4.2.2):
/// with <c>bᵢ</c> the branch value into child <c>i</c>, <c>pᵢ</c> its probability and <c>v(·)</c> a node's value,
/// <c>v(terminal) = payoff</c>, <c>v(chance) = Σ pᵢ·(bᵢ + v(childᵢ))</c>, <c>v(decision) = maxᵢ (bᵢ + v(childᵢ))</c>
/// (<c>minᵢ</c> with <see cref="DecisionObjective.MinimizeCost"/>). The tree's EMV is <c>v(root)</c>.
/// </para>
/// </remarks>
public sealed class DecisionTree
{
    /// <summary>The largest allowed |Σ p − 1| over a chance node's branch probabilities: 1e-9.</summary>
    public const double ProbabilityTolerance = 1e-9;

    /// <summary>
    /// The relative tolerance of the tie rule: a decision's branches whose values lie within
    /// <c>1e-9 · max(1, |best|)</c> of the best value are tied, and the first of them in input order is chosen.
    /// </summary>
    public const double RelativeTieTolerance = 1e-9;

    private readonly Dictionary<string, int> index;
    private readonly int[] parent;
    private readonly int[] childStart;
    private readonly int[] children;
    private readonly int[] order;
    private readonly int[] depth;

    private DecisionTree(ImmutableArray<DecisionTreeNode> nodes, Dictionary<string, int> index, int[] parent, int[] childStart, int[] children, int[] order, int[] depth)
    {
        Nodes = nodes;
        this.index = index;
        this.parent = parent;
        this.childStart = childStart;
        this.children = children;
        this.order = order;
        this.depth = depth;
    }

    /// <summary>Gets the nodes in input order (a node's branches are its children in this order).</summary>
    public ImmutableArray<DecisionTreeNode> Nodes { get; }

    /// <summary>Gets the root node.</summary>
    public DecisionTreeNode Root => Nodes[order[0]];

    /// <summary>Creates a tree from a flat list of nodes with parent ids.</summary>
    /// <param name="nodes">The nodes (see the rules on <see cref="DecisionTree"/>); a node's branches are its children in list order.</param>
    /// <returns>The validated tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodes"/> or a node is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="nodes"/> is empty; ids repeat; a parent is unknown; the tree has a cycle (named in the message);
    /// there is not exactly one root, or the root has a probability or a branch value; a terminal node has children; a
    /// decision or chance node has no branch; a branch of a chance node has no probability, or the probabilities do not
    /// sum to 1 within <see cref="ProbabilityTolerance"/>; a branch of a decision node has a probability.
    /// </exception>
    [Pure]
    public static DecisionTree Create(IEnumerable<DecisionTreeNode> nodes)
    {
        Guard.Against.Null(nodes);
        ImmutableArray<DecisionTreeNode> list = [.. nodes];
        int count = list.Length;
        if (count == 0)
        {
            throw new ArgumentException($"{nameof(nodes)} must not be empty.", nameof(nodes));
        }

        Forest forest = Forest.Build(list, n => n.Id, n => n.ParentId, nameof(nodes), "tree");
        Dictionary<string, int> index = forest.Index;
        int[] parent = forest.Parent;
        int[] childStart = forest.ChildStart;
        int[] children = forest.Children;
        int[] order = forest.Order;
        int[] depth = forest.Depth;
        int roots = forest.RootCount;

        if (roots != 1)
        {
            string ids = string.Join(", ", order.Take(roots).Select(i => $"'{list[i].Id}'"));
            throw new ArgumentException($"{nameof(nodes)} must have exactly one root (a node without a parent), but has {roots}: {ids}.", nameof(nodes));
        }

        DecisionTreeNode root = list[order[0]];
        if (root.Probability is not null || root.BranchValue != 0)
        {
            throw new ArgumentException($"{nameof(nodes)}: the root '{root.Id}' has no incoming branch, so it must have no probability and a branch value of 0 (got probability {root.Probability?.ToString(CultureInfo.InvariantCulture) ?? "null"}, branch value {root.BranchValue.ToString(CultureInfo.InvariantCulture)}).", nameof(nodes));
        }

        for (int i = 0; i < count; i++)
        {
            CheckBranches(list, i, childStart, children);
        }

        return new DecisionTree(list, index, parent, childStart, children, order, depth);
    }

    /// <summary>Starts a fluent tree whose root is a decision node.</summary>
    /// <param name="id">The root's id. Descendants get path ids: the parent's id, <c>/</c>, and the name given to the branch.</param>
    /// <param name="branches">Adds the decision's branches.</param>
    /// <returns>The validated tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="branches"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> or a branch name is blank, or the tree breaks a rule of <see cref="Create"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A probability, payoff or branch value is out of range (see <see cref="DecisionTreeNode"/>).</exception>
    /// <example>
    /// <code>
    /// DecisionTree plant = DecisionTree.FromDecision("plant", d => d
    ///     .Chance("build", -120, c => c.Terminal("strong", 0.6, 200).Terminal("weak", 0.4, 90))
    ///     .Chance("upgrade", -50, c => c.Terminal("strong", 0.6, 120).Terminal("weak", 0.4, 60)));
    /// </code>
    /// </example>
    [Pure]
    public static DecisionTree FromDecision(string id, Action<DecisionBranches> branches)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.Null(branches);
        var nodes = new List<DecisionTreeNode> { DecisionTreeNode.Decision(id) };
        branches(new DecisionBranches(nodes, id));
        return Create(nodes);
    }

    /// <summary>Starts a fluent tree whose root is a chance node.</summary>
    /// <param name="id">The root's id. Descendants get path ids: the parent's id, <c>/</c>, and the name given to the branch.</param>
    /// <param name="outcomes">Adds the chance node's outcomes.</param>
    /// <returns>The validated tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="outcomes"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> or a branch name is blank, or the tree breaks a rule of <see cref="Create"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A probability, payoff or branch value is out of range (see <see cref="DecisionTreeNode"/>).</exception>
    [Pure]
    public static DecisionTree FromChance(string id, Action<ChanceOutcomes> outcomes)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.Null(outcomes);
        var nodes = new List<DecisionTreeNode> { DecisionTreeNode.Chance(id) };
        outcomes(new ChanceOutcomes(nodes, id));
        return Create(nodes);
    }

    /// <summary>Gets a node by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The node.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public DecisionTreeNode this[string id] => index.TryGetValue(id, out int i)
        ? Nodes[i]
        : throw new KeyNotFoundException($"No decision-tree node has the id '{id}'.");

    /// <summary>
    /// Rolls the tree back (backward induction): every node's EMV, the chosen branch and the value of every alternative
    /// at every decision, and the optimal policy.
    /// </summary>
    /// <param name="objective">Whether decisions maximise payoff (default) or minimise cost.</param>
    /// <returns>The explained result.</returns>
    /// <remarks>
    /// Formulas on <see cref="DecisionTree"/>. A decision's EMV is exactly the best branch value; the chosen branch is
    /// the first in input order whose value lies within <see cref="RelativeTieTolerance"/> of the best (ties are listed
    /// in <see cref="DecisionNodeResult.Alternatives"/> and reported in <see cref="DecisionTreeResult.Diagnostics"/>).
    /// Iterative: a 100,000-deep tree works. O(n) time and memory.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is not a defined <see cref="DecisionObjective"/>.</exception>
    /// <exception cref="OverflowException">A node's expected value overflows to infinity (amounts near <see cref="double.MaxValue"/>).</exception>
    [Pure]
    public DecisionTreeResult RollBack(DecisionObjective objective = DecisionObjective.MaximizePayoff)
    {
        CheckObjective(objective);
        int count = Nodes.Length;
        bool minimize = objective == DecisionObjective.MinimizeCost;
        double[] value = new double[count];
        int[] chosen = new int[count];
        Array.Fill(chosen, -1);
        var alternatives = new ImmutableArray<DecisionAlternative>[count];
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

        for (int o = count - 1; o >= 0; o--)
        {
            int node = order[o];
            DecisionTreeNode n = Nodes[node];
            int first = childStart[node];
            int end = childStart[node + 1];
            switch (n.Kind)
            {
                case DecisionNodeKind.Terminal:
                    value[node] = n.Payoff;
                    break;
                case DecisionNodeKind.Chance:
                {
                    double sum = 0;
                    for (int k = first; k < end; k++)
                    {
                        int c = children[k];
                        sum += Nodes[c].Probability!.Value * (Nodes[c].BranchValue + value[c]);
                    }

                    value[node] = sum;
                    break;
                }

                default:
                {
                    double best = Branch(children[first]);
                    for (int k = first + 1; k < end; k++)
                    {
                        double v = Branch(children[k]);
                        best = minimize ? Math.Min(best, v) : Math.Max(best, v);
                    }

                    double tolerance = RelativeTieTolerance * Math.Max(1.0, Math.Abs(best));
                    var alts = ImmutableArray.CreateBuilder<DecisionAlternative>(end - first);
                    int tied = 0;
                    for (int k = first; k < end; k++)
                    {
                        int c = children[k];
                        double v = Branch(c);
                        bool isTied = Math.Abs(v - best) <= tolerance;
                        if (isTied)
                        {
                            tied++;
                            if (chosen[node] < 0)
                            {
                                chosen[node] = c;
                            }
                        }

                        alts.Add(new DecisionAlternative(Nodes[c].Id, Nodes[c].BranchValue, value[c], v, c == chosen[node], isTied));
                    }

                    value[node] = best;
                    alternatives[node] = alts.MoveToImmutable();
                    if (tied > 1)
                    {
                        string ids = string.Join(", ", alternatives[node].Where(a => a.IsTied).Select(a => $"'{a.BranchId}'"));
                        diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "EMV", $"Decision '{n.Id}': branches {ids} tie at {best.ToString(CultureInfo.InvariantCulture)}; the first in input order, '{Nodes[chosen[node]].Id}', is chosen."));
                    }

                    break;
                }
            }

            if (!double.IsFinite(value[node]))
            {
                throw new OverflowException($"The expected value of node '{n.Id}' overflows ({value[node].ToString(CultureInfo.InvariantCulture)}); rescale the amounts.");
            }
        }

        // Forward sweep: cumulative path values, reach probabilities and the optimal policy.
        double[] cumulative = new double[count];
        double[] reach = new double[count];
        bool[] onPolicy = new bool[count];
        int rootIndex = order[0];
        reach[rootIndex] = 1;
        onPolicy[rootIndex] = true;
        for (int o = 1; o < count; o++)
        {
            int node = order[o];
            int p = parent[node];
            DecisionTreeNode n = Nodes[node];
            cumulative[node] = cumulative[p] + n.BranchValue;
            reach[node] = reach[p] * (n.Probability ?? 1.0);
            onPolicy[node] = onPolicy[p] && (Nodes[p].Kind != DecisionNodeKind.Decision || chosen[p] == node);
        }

        var results = ImmutableArray.CreateBuilder<DecisionNodeResult>(count);
        for (int i = 0; i < count; i++)
        {
            DecisionTreeNode n = Nodes[i];
            results.Add(new DecisionNodeResult
            {
                Id = n.Id,
                ParentId = n.ParentId,
                Kind = n.Kind,
                Depth = depth[i],
                Probability = n.Probability,
                BranchValue = n.BranchValue,
                ExpectedValue = value[i],
                BranchExpectedValue = n.BranchValue + value[i],
                PathValue = n.Kind == DecisionNodeKind.Terminal ? cumulative[i] + n.Payoff : cumulative[i],
                ReachProbability = reach[i],
                IsOnOptimalPolicy = onPolicy[i],
                ChosenBranchId = chosen[i] >= 0 ? Nodes[chosen[i]].Id : null,
                Alternatives = alternatives[i].IsDefault ? [] : alternatives[i],
            });
        }

        ImmutableArray<DecisionNodeResult> all = results.MoveToImmutable();
        var policy = ImmutableArray.CreateBuilder<DecisionNodeResult>();
        foreach (int node in order)
        {
            if (onPolicy[node] && Nodes[node].Kind == DecisionNodeKind.Decision)
            {
                policy.Add(all[node]);
            }
        }

        return new DecisionTreeResult(objective, all, all[rootIndex], policy.ToImmutable(), diagnostics.ToImmutable(), index);

        double Branch(int c) => Nodes[c].BranchValue + value[c];
    }

    /// <summary>
    /// The expected value of perfect information (EVPI) for the textbook case: the root is a decision whose every branch
    /// leads either to a chance node whose outcomes are all terminal, or directly to a terminal (a sure alternative), and
    /// every such chance node lists the same states — the same number of outcomes with the same probabilities, matched by
    /// position.
    /// </summary>
    /// <param name="objective">Whether decisions maximise payoff (default) or minimise cost.</param>
    /// <returns>EMV without information, expected value with perfect information, EVPI and the best alternative per state.</returns>
    /// <remarks>
    /// With states <c>s</c> of probability <c>p_s</c> and net value <c>V(a, s)</c> of alternative <c>a</c> in state
    /// <c>s</c> (the path value: branch values plus the terminal payoff), <c>EMV = max_a Σ_s p_s·V(a, s)</c> and
    /// <c>EVwPI = Σ_s p_s·max_a V(a, s)</c>; <c>EVPI = EVwPI − EMV ≥ 0</c> (with <see cref="DecisionObjective.MinimizeCost"/>,
    /// min replaces max and <c>EVPI = EMV − EVwPI</c>). Sources: H. Raiffa and R. Schlaifer, <i>Applied Statistical
    /// Decision Theory</i> (1961); F. S. Hillier and G. J. Lieberman, <i>Introduction to Operations Research</i>, chapter
    /// "Decision Analysis" (expected value of perfect information).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is not a defined <see cref="DecisionObjective"/>.</exception>
    /// <exception cref="InvalidOperationException">The tree is not of the textbook shape described above (the message says why).</exception>
    /// <exception cref="OverflowException">A path value or an expected value overflows to infinity (amounts near <see cref="double.MaxValue"/>).</exception>
    [Pure]
    public PerfectInformationResult ExpectedValueOfPerfectInformation(DecisionObjective objective = DecisionObjective.MaximizePayoff)
    {
        CheckObjective(objective);
        int root = order[0];
        if (Nodes[root].Kind != DecisionNodeKind.Decision)
        {
            throw new InvalidOperationException($"EVPI needs a decision at the root; '{Nodes[root].Id}' is a {Nodes[root].Kind} node.");
        }

        double[]? states = null;
        int first = childStart[root];
        int end = childStart[root + 1];
        foreach (int a in children.AsSpan(first, end - first))
        {
            DecisionTreeNode alt = Nodes[a];
            if (alt.Kind == DecisionNodeKind.Decision)
            {
                throw new InvalidOperationException($"EVPI needs each alternative to lead to a chance node or a terminal; '{alt.Id}' is a decision.");
            }

            if (alt.Kind != DecisionNodeKind.Chance)
            {
                continue;
            }

            int cs = childStart[a];
            int ce = childStart[a + 1];
            double[] probs = new double[ce - cs];
            for (int k = cs; k < ce; k++)
            {
                DecisionTreeNode outcome = Nodes[children[k]];
                if (outcome.Kind != DecisionNodeKind.Terminal)
                {
                    throw new InvalidOperationException($"EVPI needs every outcome of '{alt.Id}' to be terminal; '{outcome.Id}' is a {outcome.Kind} node.");
                }

                probs[k - cs] = outcome.Probability!.Value;
            }

            if (states is null)
            {
                states = probs;
            }
            else if (states.Length != probs.Length || states.Zip(probs).Any(t => Math.Abs(t.First - t.Second) > ProbabilityTolerance))
            {
                throw new InvalidOperationException($"EVPI needs every chance node to list the same states with the same probabilities, in the same order; '{alt.Id}' has ({string.Join(", ", probs.Select(p => p.ToString(CultureInfo.InvariantCulture)))}) but an earlier alternative has ({string.Join(", ", states.Select(p => p.ToString(CultureInfo.InvariantCulture)))}).");
            }
        }

        if (states is null)
        {
            throw new InvalidOperationException($"EVPI needs at least one alternative of '{Nodes[root].Id}' to lead to a chance node.");
        }

        bool minimize = objective == DecisionObjective.MinimizeCost;
        int stateCount = states.Length;
        double[] bestPerState = new double[stateCount];
        var bestIds = new string[stateCount];
        double emv = 0;
        bool firstAlt = true;
        foreach (int a in children.AsSpan(first, end - first))
        {
            DecisionTreeNode alt = Nodes[a];
            double expected = 0;
            for (int s = 0; s < stateCount; s++)
            {
                double v = alt.Kind == DecisionNodeKind.Terminal
                    ? alt.BranchValue + alt.Payoff
                    : alt.BranchValue + Nodes[children[childStart[a] + s]].BranchValue + Nodes[children[childStart[a] + s]].Payoff;
                expected += states[s] * v;
                if (!double.IsFinite(v) || !double.IsFinite(expected))
                {
                    throw new OverflowException($"The value of alternative '{alt.Id}' in state {s + 1} overflows (path value {v.ToString(CultureInfo.InvariantCulture)}, expected value so far {expected.ToString(CultureInfo.InvariantCulture)}); rescale the amounts.");
                }

                if (firstAlt || (minimize ? v < bestPerState[s] : v > bestPerState[s]))
                {
                    bestPerState[s] = v;
                    bestIds[s] = alt.Id;
                }
            }

            emv = firstAlt ? expected : minimize ? Math.Min(emv, expected) : Math.Max(emv, expected);
            firstAlt = false;
        }

        double withInformation = 0;
        for (int s = 0; s < stateCount; s++)
        {
            withInformation += states[s] * bestPerState[s];
        }

        double evpi = minimize ? emv - withInformation : withInformation - emv;
        if (!double.IsFinite(withInformation) || !double.IsFinite(evpi))
        {
            throw new OverflowException($"The expected value with perfect information ({withInformation.ToString(CultureInfo.InvariantCulture)}) or the EVPI ({evpi.ToString(CultureInfo.InvariantCulture)}) overflows; rescale the amounts.");
        }

        return new PerfectInformationResult(objective, emv, withInformation, Math.Max(0, evpi), [.. states], [.. bestPerState], [.. bestIds]);
    }

    private static void CheckObjective(DecisionObjective objective)
    {
        if (!Enum.IsDefined(objective))
        {
            throw new ArgumentOutOfRangeException(nameof(objective), objective, $"{nameof(objective)} must be a defined {nameof(DecisionObjective)} (got {(int)objective}).");
        }
    }

    private static void CheckBranches(ImmutableArray<DecisionTreeNode> nodes, int i, int[] childStart, int[] children)
    {
        DecisionTreeNode n = nodes[i];
        int first = childStart[i];
        int end = childStart[i + 1];
        switch (n.Kind)
        {
            case DecisionNodeKind.Terminal:
                if (end > first)
                {
                    throw new ArgumentException($"{nameof(nodes)}: the terminal node '{n.Id}' has {end - first} child node(s) (first '{nodes[children[first]].Id}'); a terminal node ends a path.", nameof(nodes));
                }

                return;
            case DecisionNodeKind.Decision:
                if (end == first)
                {
                    throw new ArgumentException($"{nameof(nodes)}: the decision node '{n.Id}' has no branches; a decision needs at least one alternative.", nameof(nodes));
                }

                for (int k = first; k < end; k++)
                {
                    DecisionTreeNode c = nodes[children[k]];
                    if (c.Probability is { } p)
                    {
                        throw new ArgumentException($"{nameof(nodes)}: '{c.Id}' is a branch of the decision node '{n.Id}' but has the probability {p.ToString(CultureInfo.InvariantCulture)}; decision branches are chosen, not drawn, and carry no probability.", nameof(nodes));
                    }
                }

                return;
            default:
                if (end == first)
                {
                    throw new ArgumentException($"{nameof(nodes)}: the chance node '{n.Id}' has no branches; a chance node needs at least one outcome.", nameof(nodes));
                }

                double sum = 0;
                for (int k = first; k < end; k++)
                {
                    DecisionTreeNode c = nodes[children[k]];
                    sum += c.Probability ?? throw new ArgumentException($"{nameof(nodes)}: '{c.Id}' is a branch of the chance node '{n.Id}' but has no probability.", nameof(nodes));
                }

                if (Math.Abs(sum - 1) > ProbabilityTolerance)
                {
                    throw new ArgumentException($"{nameof(nodes)}: the branch probabilities of the chance node '{n.Id}' sum to {sum.ToString("R", CultureInfo.InvariantCulture)}; they must sum to 1 within {ProbabilityTolerance.ToString(CultureInfo.InvariantCulture)} (they are never normalised).", nameof(nodes));
                }

                return;
        }
    }
}
