namespace Pmo.Core.Kpis.Spc;

/// <summary>The rule sets to evaluate; combine with <c>|</c>. See <see cref="SpcRuleIds"/> for every rule.</summary>
[Flags]
public enum SpcRuleSets
{
    /// <summary>No rules.</summary>
    None = 0,

    /// <summary>Western Electric rules 1–4 (<c>WE1</c>–<c>WE4</c>).</summary>
    WesternElectric = 1,

    /// <summary>Nelson tests 1–8 (<c>N1</c>–<c>N8</c>).</summary>
    Nelson = 2,

    /// <summary>Wheeler's detection rules 1–4 and the moving-range rule (<c>WH1</c>–<c>WH4</c>, <c>WH1-MR</c>).</summary>
    Wheeler = 4,

    /// <summary>NHS "Making Data Count" rules (<c>NHS-LIMIT</c>, <c>NHS-RUN</c>, <c>NHS-TREND</c>, <c>NHS-2OF3</c>).</summary>
    Nhs = 8,

    /// <summary>Anhøj run-chart rules (<c>ANHOJ-RUN</c>, <c>ANHOJ-CROSSINGS</c>) about the chart's centre line.</summary>
    Anhoj = 16,

    /// <summary>Every rule set.</summary>
    All = WesternElectric | Nelson | Wheeler | Nhs | Anhoj,
}
