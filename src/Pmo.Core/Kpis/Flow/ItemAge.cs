namespace Pmo.Core.Kpis.Flow;

/// <summary>The age of an item in progress on a given day.</summary>
public sealed class ItemAge
{
    internal ItemAge(WorkItem item, int age)
    {
        Item = item;
        Age = age;
    }

    /// <summary>Gets the item.</summary>
    public WorkItem Item { get; }

    /// <summary>Gets its age in calendar days under the chosen <see cref="CycleTimeConvention"/>.</summary>
    public int Age { get; }
}
