namespace Pmo.Core.Tests.Resources;

/// <summary>Assertion helper of the ResourcesMutationTestsA* classes.</summary>
internal static class ResA
{
    /// <summary>Asserts a typed rejection: the exact exception type, its ParamName, and fragments of the rule in its message.</summary>
    public static T Rule<T>(Action act, string paramName, params string[] fragments)
        where T : ArgumentException
    {
        T e = Assert.Throws<T>(act);
        Assert.Equal(paramName, e.ParamName);
        foreach (string f in fragments)
        {
            Assert.Contains(f, e.Message, StringComparison.Ordinal);
        }

        return e;
    }
}
