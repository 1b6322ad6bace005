namespace Pmo.Core.Tests.Resources;

/// <summary>Assertion helper for the Resources mutation tests (helper B's own copy; see Ev.Rule in the EV tests).</summary>
internal static class ResB
{
    /// <summary>Asserts a typed rejection: exactly <typeparamref name="T"/>, its ParamName, and fragments of the rule in its message.</summary>
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
