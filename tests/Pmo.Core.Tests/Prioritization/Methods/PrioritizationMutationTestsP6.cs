using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Methods;

/// <summary>
/// Pins down the <see cref="Promethee2"/> constructor rules and its documented name (issue 9 §6, Stryker survivors of
/// Promethee2.cs left out of lists P1–P5).
/// </summary>
public class PrioritizationMutationTestsP6
{
    [Fact]
    public void Per_criterion_constructor_rejects_a_null_sequence() =>
        Reject.Rule<ArgumentNullException>(() => _ = new Promethee2((IEnumerable<PreferenceFunction>)null!), "functions");

    [Fact]
    public void Per_criterion_constructor_rejects_an_empty_sequence() =>
        Reject.Rule<ArgumentException>(() => _ = new Promethee2(Array.Empty<PreferenceFunction>()), "functions", "At least one preference function");

    [Fact]
    public void Per_criterion_constructor_names_the_null_element() =>
        Reject.Rule<ArgumentNullException>(() => _ = new Promethee2([PreferenceFunction.Usual(), null!]), "functions", "functions[1] is null");

    [Fact]
    public void Name_shows_the_shared_function()
    {
        // Shared: "PROMETHEE II (" + the function's text + ")"; a V-shape with p = 2 reads "V-shape (p = 2)".
        var method = new Promethee2(PreferenceFunction.VShape(2));
        Assert.Equal("PROMETHEE II (V-shape (p = 2))", method.Name);
    }

    [Fact]
    public void Name_lists_per_criterion_functions_in_column_order()
    {
        // Per criterion: the functions' texts joined with "; ".
        var method = new Promethee2([PreferenceFunction.Usual(), PreferenceFunction.VShape(2)]);
        Assert.Equal("PROMETHEE II (usual; V-shape (p = 2))", method.Name);
    }
}
