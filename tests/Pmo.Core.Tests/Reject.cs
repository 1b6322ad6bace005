namespace Pmo.Core.Tests;

/// <summary>The one typed-rejection assertion of the test suite (the domain helpers Ev.Rule, KpiA.Rule, KpiB/KpiC.Throws forward here).</summary>
internal static class Reject
{
    /// <summary>
    /// Asserts that <paramref name="act"/> throws exactly <typeparamref name="T"/> with <paramref name="paramName"/> as
    /// ParamName and a message whose text before the framework's " (Parameter '…')" suffix contains every fragment (so an
    /// emptied message does not pass on the suffix alone).
    /// </summary>
    public static T Rule<T>(Action act, string paramName, params string[] fragments)
        where T : ArgumentException
    {
        T e = Assert.Throws<T>(act);
        Assert.Equal(paramName, e.ParamName);
        string text = e.Message;
        int suffix = text.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (suffix >= 0)
        {
            text = text[..suffix];
        }

        foreach (string f in fragments)
        {
            Assert.Contains(f, text, StringComparison.Ordinal);
        }

        return e;
    }
}
