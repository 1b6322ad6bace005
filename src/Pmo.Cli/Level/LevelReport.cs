using System.Globalization;
using System.Text;
using System.Text.Json;
using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Cli.Level;

/// <summary>Text and JSON output of <c>pmo level</c>.</summary>
internal static class LevelReport
{
    private const int GanttWidth = 100;
    private const string Shades = " .:-=+*#%@";

    public const string Method = "serial SGS, LFT regret-based biased random sampling (alpha 1), every second sample backward, samples around the incumbent after 10 % of the budget (alpha max(1.5, 1.5 (n/32)^1.5)), selective double justification";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string InstanceText(LevelInstanceResult r)
    {
        RcpspProblem p = r.Instance.Problem;
        RcpspSchedule s = r.Result.Best;
        var sb = new StringBuilder();
        Line(sb, $"pmo level: {r.Path}");
        Line(sb, $"jobs {p.JobCount}, resources {p.ResourceCount} (capacities {string.Join(' ', p.CapacityList)}), horizon {r.Instance.Horizon}");
        Line(sb, $"LB0 (critical path, MPM-Time): {r.LowerBound}");
        Line(sb, $"makespan: {r.Result.Makespan} ({r.DeviationFromLowerBound:F2} % above LB0){(r.Result.StoppedAtLowerBound ? ", optimal (equals LB0)" : string.Empty)}");
        Line(sb, $"schedules: {r.Result.SchedulesGenerated} of {r.Result.Options.Schedules} generated, best found at schedule {r.Result.FoundAtSchedule}; seed {r.Result.Options.Seed}");
        Line(sb, $"method: {Method}");
        sb.Append('\n');

        int makespan = Math.Max(1, s.Makespan);
        int scale = (makespan + GanttWidth - 1) / GanttWidth;
        int width = (makespan / scale) + 1;
        int idWidth = Math.Max(3, p.Jobs.Max(j => j.Id.Length));
        Line(sb, $"{"job".PadRight(idWidth)}  start  finish  dur  Gantt ({(scale == 1 ? "1 period" : $"{scale} periods")} per column)");
        for (int j = 0; j < p.JobCount; j++)
        {
            int start = s.Starts[j];
            int finish = s.Finish(j);
            char[] bar = new string(' ', width).ToCharArray();
            for (int c = start / scale; c < width && c * scale < finish; c++)
            {
                bar[c] = '#';
            }

            if (start == finish && start / scale < width)
            {
                bar[start / scale] = '|';
            }

            Line(sb, $"{p.Jobs[j].Id.PadRight(idWidth)}  {start,5}  {finish,6}  {p.Jobs[j].Duration,3}  {new string(bar).TrimEnd()}");
        }

        sb.Append('\n');
        Line(sb, $"resource usage per period (shade = usage / capacity: '{Shades}' from 0 to 100 %)");
        int[,] usage = Usage(s);
        for (int k = 0; k < p.ResourceCount; k++)
        {
            int cap = p.CapacityList[k];
            int peak = 0;
            long work = 0;
            var row = new StringBuilder();
            for (int c = 0; c < width; c++)
            {
                int max = 0;
                for (int t = c * scale; t < Math.Min(s.Makespan, (c + 1) * scale); t++)
                {
                    max = Math.Max(max, usage[k, t]);
                }

                row.Append(Shade(max, cap));
            }

            for (int t = 0; t < s.Makespan; t++)
            {
                peak = Math.Max(peak, usage[k, t]);
                work += usage[k, t];
            }

            double utilisation = cap == 0 || s.Makespan == 0 ? 0 : 100.0 * work / ((double)cap * s.Makespan);
            Line(sb, $"R{k + 1}: capacity {cap}, peak {peak}, utilisation {utilisation:F1} %  |{row}|");
        }

        return sb.ToString();
    }

    public static string InstanceJson(LevelInstanceResult r)
    {
        RcpspProblem p = r.Instance.Problem;
        RcpspSchedule s = r.Result.Best;
        int[,] usage = Usage(s);
        return Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("input", r.Path);
            w.WriteNumber("jobCount", p.JobCount);
            w.WriteNumber("horizon", r.Instance.Horizon);
            w.WriteNumber("lowerBound", r.LowerBound);
            w.WriteNumber("makespan", r.Result.Makespan);
            w.WriteNumber("deviationFromLowerBoundPercent", Math.Round(r.DeviationFromLowerBound, 4));
            w.WriteBoolean("optimal", r.Result.StoppedAtLowerBound);
            w.WriteNumber("schedules", r.Result.Options.Schedules);
            w.WriteNumber("schedulesGenerated", r.Result.SchedulesGenerated);
            w.WriteNumber("foundAtSchedule", r.Result.FoundAtSchedule);
            w.WriteString("seed", r.Result.Options.Seed.ToString(Inv));
            w.WriteString("method", Method);
            w.WriteStartArray("resources");
            for (int k = 0; k < p.ResourceCount; k++)
            {
                int peak = 0;
                long work = 0;
                for (int t = 0; t < s.Makespan; t++)
                {
                    peak = Math.Max(peak, usage[k, t]);
                    work += usage[k, t];
                }

                w.WriteStartObject();
                w.WriteNumber("capacity", p.CapacityList[k]);
                w.WriteNumber("peak", peak);
                w.WriteNumber("utilisationPercent", p.CapacityList[k] == 0 || s.Makespan == 0 ? 0 : Math.Round(100.0 * work / ((double)p.CapacityList[k] * s.Makespan), 4));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("jobs");
            for (int j = 0; j < p.JobCount; j++)
            {
                w.WriteStartObject();
                w.WriteString("id", p.Jobs[j].Id);
                w.WriteNumber("start", s.Starts[j]);
                w.WriteNumber("finish", s.Finish(j));
                w.WriteNumber("duration", p.Jobs[j].Duration);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    public static string FolderText(LevelFolderResult f)
    {
        var sb = new StringBuilder();
        Line(sb, $"pmo level: {f.Directory} ({f.Instances.Count} instances), {f.Budget} schedules per instance, seed {f.Seed}");
        Line(sb, $"method: {Method}");
        Line(sb, $"average deviation from LB0 (critical path): {f.AverageDeviationFromLowerBound:F2} %");
        if (f.AverageDeviationFromReference is double reference)
        {
            Line(sb, $"average deviation from the reference ({Path.GetFileName(f.ReferencePath)}): {reference:F3} %; reference makespan reached in {f.ReferenceHits} of {f.Instances.Count}");
        }

        Line(sb, $"schedules generated: {f.SchedulesGenerated} (stopping early at LB0); run time {f.Elapsed.TotalSeconds:F1} s");
        sb.Append('\n');
        bool hasReference = f.ReferencePath is not null;
        sb.Append(hasReference ? "instance         LB0  reference  makespan  dev. LB0 %  dev. ref. %" : "instance         LB0  makespan  dev. LB0 %").Append('\n');
        for (int i = 0; i < f.Instances.Count; i++)
        {
            LevelInstanceResult r = f.Instances[i];
            string name = Path.GetFileNameWithoutExtension(r.Path);
            if (hasReference)
            {
                int reference2 = f.ReferenceMakespans[i]!.Value;
                double dev = reference2 == 0 ? 0 : 100.0 * (r.Result.Makespan - reference2) / reference2;
                Line(sb, $"{name,-15} {r.LowerBound,4}  {reference2,9}  {r.Result.Makespan,8}  {r.DeviationFromLowerBound,10:F2}  {dev,11:F2}");
            }
            else
            {
                Line(sb, $"{name,-15} {r.LowerBound,4}  {r.Result.Makespan,8}  {r.DeviationFromLowerBound,10:F2}");
            }
        }

        return sb.ToString();
    }

    public static string FolderJson(LevelFolderResult f) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("input", f.Directory);
        w.WriteNumber("instances", f.Instances.Count);
        w.WriteNumber("schedules", f.Budget);
        w.WriteString("seed", f.Seed.ToString(Inv));
        w.WriteString("method", Method);
        w.WriteNumber("averageDeviationFromLowerBoundPercent", Math.Round(f.AverageDeviationFromLowerBound, 4));
        if (f.ReferencePath is not null)
        {
            w.WriteString("reference", f.ReferencePath);
            w.WriteNumber("averageDeviationFromReferencePercent", Math.Round(f.AverageDeviationFromReference!.Value, 4));
            w.WriteNumber("referenceHits", f.ReferenceHits);
        }

        w.WriteNumber("schedulesGenerated", f.SchedulesGenerated);
        w.WriteStartArray("results");
        for (int i = 0; i < f.Instances.Count; i++)
        {
            LevelInstanceResult r = f.Instances[i];
            w.WriteStartObject();
            w.WriteString("instance", Path.GetFileName(r.Path));
            w.WriteNumber("lowerBound", r.LowerBound);
            if (f.ReferenceMakespans[i] is int reference)
            {
                w.WriteNumber("reference", reference);
            }

            w.WriteNumber("makespan", r.Result.Makespan);
            w.WriteNumber("schedulesGenerated", r.Result.SchedulesGenerated);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static int[,] Usage(RcpspSchedule s)
    {
        RcpspProblem p = s.Problem;
        int[,] usage = new int[p.ResourceCount, Math.Max(1, s.Makespan)];
        for (int j = 0; j < p.JobCount; j++)
        {
            for (int t = s.Starts[j]; t < s.Finish(j); t++)
            {
                for (int k = 0; k < p.ResourceCount; k++)
                {
                    usage[k, t] += p.Jobs[j].Requests[k];
                }
            }
        }

        return usage;
    }

    private static char Shade(int used, int capacity)
    {
        if (used == 0 || capacity == 0)
        {
            return Shades[0];
        }

        int level = (int)Math.Ceiling(9.0 * used / capacity);
        return Shades[Math.Clamp(level, 1, 9)];
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Line(StringBuilder sb, FormattableString text) => sb.Append(text.ToString(Inv)).Append('\n');
}
