using System.Text;
using Pmo.Cli.Json;

namespace Pmo.Cli.Tests;

/// <summary>
/// Issue 9 §2: the readers' limits (file size, JSON depth, string length, array length, CSV rows, fields and field
/// length) and the malicious-file families (duplicate keys, byte-order marks, wrong encodings, out-of-range numbers,
/// truncated and empty files). One test per rule: exit code 2 and one line naming the file and the rule.
/// </summary>
public sealed class InputLimitsTests
{
    private static readonly string SampleProject = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "data", "sample-project.json"));

    private static readonly string SampleCsv = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "data", "csv", "project-status.csv"));

    private static string Rejected(string name, byte[] content, string command = "evm")
    {
        using var runner = new CliRunner();
        string path = Path.Combine(runner.Directory, name);
        File.WriteAllBytes(path, content);
        var (exit, stdout, stderr) = CliRunner.Run(command, "--input", path);
        Assert.True(exit == 2, $"exit {exit}: {stderr}");
        Assert.Equal(string.Empty, stdout);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"pmo: error: {path}: ", stderr, StringComparison.Ordinal);
        return stderr[$"pmo: error: {path}: ".Length..].TrimEnd('\n');
    }

    private static string Rejected(string name, string content, string command = "evm") => Rejected(name, Encoding.UTF8.GetBytes(content), command);

    private static void Accepted(string name, byte[] content, string command = "evm")
    {
        using var runner = new CliRunner();
        string path = Path.Combine(runner.Directory, name);
        File.WriteAllBytes(path, content);
        var (exit, _, stderr) = CliRunner.Run(command, "--input", path);
        Assert.True(exit == 0, stderr);
    }

    private static string Nested(int depth) => "{\"id\": " + new string('[', depth - 1) + new string(']', depth - 1) + "}";

    // ---- size ----

    [Fact]
    public void A_file_over_the_size_limit_is_rejected_before_it_is_read()
    {
        using var runner = new CliRunner();
        string path = Path.Combine(runner.Directory, "huge.json");
        using (var stream = File.Create(path))
        {
            stream.SetLength(InputLimits.DefaultMaxFileBytes + 1); // sparse: nothing is written
        }

        var (exit, _, stderr) = CliRunner.Run("evm", "--input", path);

        Assert.Equal(2, exit);
        Assert.Contains($"{path}: input file is 52,428,801 bytes; the limit is 52,428,800 bytes (set PMO_MAX_INPUT_BYTES to raise it)", stderr, StringComparison.Ordinal);
    }

    // ---- JSON ----

    [Fact]
    public void Json_nested_deeper_than_the_limit_is_rejected()
    {
        Assert.Equal("JSON nested more than 32 levels deep at line 1, column 39 (the limit is 32)", Rejected("deep.json", Nested(33)));
    }

    [Fact]
    public void Json_nested_to_the_limit_passes_the_reader_and_fails_only_on_the_contract()
    {
        string rule = Rejected("deep.json", Nested(32));
        Assert.DoesNotContain("nested", rule, StringComparison.Ordinal);
        Assert.Contains("$.id", rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Very_deep_nesting_does_not_overflow_the_stack()
    {
        Assert.Contains("nested more than 32 levels", Rejected("deep.json", new string('[', 1_000_000)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_property_is_rejected_with_its_position()
    {
        Assert.Equal("line 1, column 11: duplicate property \"id\" in the same object (each property may appear once)", Rejected("dup.json", "{\"id\":\"A\",\"id\":\"B\"}"));
    }

    [Fact]
    public void A_duplicate_property_deep_in_the_document_is_rejected()
    {
        string json = SampleProject.Replace("\"ev\":", "\"ac\": 1, \"ev\":", StringComparison.Ordinal);
        Assert.Contains("duplicate property \"ac\"", Rejected("dup.json", json), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_property_in_two_objects_is_not_a_duplicate()
    {
        Assert.DoesNotContain("duplicate", Rejected("ok.json", "{\"a\":{\"id\":1},\"b\":{\"id\":2}}"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_longer_than_the_limit_is_rejected()
    {
        string json = SampleProject.Replace("\"name\": \"", "\"name\": \"" + new string('x', InputLimits.MaxStringLength), StringComparison.Ordinal);
        Assert.Matches(@"^line 3, column 11: a string of 10,0\d\d characters is longer than the limit of 10,000$", Rejected("long.json", json));
    }

    [Fact]
    public void An_escaped_string_is_measured_in_characters_not_bytes()
    {
        // 10,000 characters written as 60,000 bytes of \u0041 escapes: at the limit, accepted by the reader.
        string json = SampleProject.Replace("\"name\": \"Data Warehouse Migration\"", "\"name\": \"" + string.Concat(Enumerable.Repeat("\\u0041", InputLimits.MaxStringLength)) + "\"", StringComparison.Ordinal);
        Accepted("escaped.json", Encoding.UTF8.GetBytes(json));
    }

    [Fact]
    public void A_property_name_longer_than_the_limit_is_rejected()
    {
        Assert.Contains("a property name of 10,001 characters is longer than the limit of 10,000", Rejected("long.json", "{\"" + new string('k', 10_001) + "\": 1}"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_array_longer_than_the_limit_is_rejected()
    {
        string json = "{\"periods\": [" + string.Concat(Enumerable.Repeat("0,", InputLimits.MaxArrayLength)) + "0]}";
        Assert.Equal($"line 1, column {14 + (2 * InputLimits.MaxArrayLength)}: an array has more than 1,000,000 elements (the limit)", Rejected("long.json", json));
    }

    [Theory]
    [InlineData("1e309")]
    [InlineData("1E+309")]
    [InlineData("-2e308")]
    [InlineData("1e400")]
    public void A_number_beyond_the_double_range_is_rejected_not_read_as_infinity(string number)
    {
        string json = SampleProject.Replace("\"version\": 1", $"\"version\": {number}", StringComparison.Ordinal);
        Assert.Contains("is out of range (the largest is about 1.8e308)", Rejected("big.json", json), StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_finite_number_that_overflows_a_total_is_a_clear_error()
    {
        string json = System.Text.RegularExpressions.Regex.Replace(SampleProject, "\"pv\": [0-9.]+", "\"pv\": 1e308");
        Assert.Contains("the baseline must plan a finite, positive total (BAC = Infinity)", Rejected("big.json", json), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_escape_is_rejected_as_invalid_text()
    {
        string json = SampleProject.Replace("\"name\": \"", "\"name\": \"\\ud800", StringComparison.Ordinal);
        Assert.StartsWith("line 3, column 11: a string that is not valid text", Rejected("surrogate.json", json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void A_truncated_json_file_is_malformed(int length)
    {
        Assert.StartsWith("malformed JSON at line ", Rejected("cut.json", SampleProject[..length]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_malformed()
    {
        Assert.StartsWith("malformed JSON at line 1, column 1: The input does not contain any JSON tokens", Rejected("empty.json", []), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_nul_bytes_is_malformed_not_utf16()
    {
        Assert.StartsWith("malformed JSON at line 1, column 1: '0x00' is an invalid start of a value", Rejected("nul.json", new byte[64]), StringComparison.Ordinal);
    }

    // ---- encodings (JSON and CSV) ----

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        Accepted("bom.json", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(SampleProject)]);
        Accepted("bom.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(SampleCsv)]);
    }

    [Fact]
    public void Two_utf8_byte_order_marks_are_malformed()
    {
        byte[] bom = Encoding.UTF8.GetPreamble();
        Assert.StartsWith("malformed JSON at line 1, column 1", Rejected("bom2.json", [.. bom, .. bom, .. Encoding.UTF8.GetBytes(SampleProject)]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p.json")]
    [InlineData("p.csv")]
    public void Utf16_little_endian_with_a_byte_order_mark_is_rejected(string name)
    {
        Assert.Equal("is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8", Rejected(name, Encode(name, new UnicodeEncoding(false, true))));
    }

    [Theory]
    [InlineData("p.json")]
    [InlineData("p.csv")]
    public void Utf16_big_endian_with_a_byte_order_mark_is_rejected(string name)
    {
        Assert.Equal("is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8", Rejected(name, Encode(name, new UnicodeEncoding(true, true))));
    }

    [Theory]
    [InlineData("p.json")]
    [InlineData("p.csv")]
    public void Utf16_without_a_byte_order_mark_is_rejected(string name)
    {
        Assert.Equal("looks like UTF-16 without a byte-order mark (every other byte is zero); save it as UTF-8", Rejected(name, Encode(name, new UnicodeEncoding(false, false))));
    }

    [Theory]
    [InlineData("p.json")]
    [InlineData("p.csv")]
    public void Utf32_with_a_byte_order_mark_is_rejected(string name)
    {
        Assert.Equal("is UTF-32 (it starts with a UTF-32 byte-order mark); save it as UTF-8", Rejected(name, Encode(name, new UTF32Encoding(false, true))));
    }

    [Fact]
    public void Latin1_json_is_rejected_at_the_first_non_utf8_byte()
    {
        byte[] latin1 = Encoding.Latin1.GetBytes(SampleProject.Replace("\"name\": \"", "\"name\": \"Caf\u00e9 ", StringComparison.Ordinal));
        Assert.Equal("not valid UTF-8: byte 0xE9 at line 3, column 15 (a Latin-1 or Windows-1252 file?); save it as UTF-8", Rejected("latin1.json", latin1));
    }

    [Fact]
    public void Latin1_csv_is_rejected_not_read_as_replacement_characters()
    {
        byte[] latin1 = Encoding.Latin1.GetBytes(SampleCsv.Replace("name,", "name,Caf\u00e9 ", StringComparison.Ordinal));
        Assert.Equal("not valid UTF-8: byte 0xE9 at line 2, column 9 (a Latin-1 or Windows-1252 file?); save it as UTF-8", Rejected("latin1.csv", latin1));
    }

    [Fact]
    public void A_truncated_utf8_sequence_at_the_end_is_rejected()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(SampleCsv + "x\u00e9");
        Assert.StartsWith("not valid UTF-8: byte 0xC3 at line ", Rejected("cut.csv", bytes[..^1]), StringComparison.Ordinal);
    }

    // ---- CSV ----

    [Fact]
    public void A_csv_row_with_more_fields_than_the_limit_is_rejected()
    {
        string csv = "date,pv,ev,ac" + new string(',', InputLimits.MaxCsvFields) + "\n";
        Assert.Equal("line 1: has 1,004 fields; the limit is 1,000", Rejected("wide.csv", csv));
    }

    [Fact]
    public void A_csv_field_longer_than_the_limit_is_rejected()
    {
        string csv = SampleCsv.Replace("name,Data", "name," + new string('x', InputLimits.MaxStringLength) + "Data", StringComparison.Ordinal);
        Assert.Equal("line 2, field 2: 10,024 characters is longer than the limit of 10,000", Rejected("long.csv", csv));
    }

    [Fact]
    public void A_csv_file_with_more_rows_than_the_limit_is_rejected()
    {
        var csv = new StringBuilder("date,pv,ev,ac\n", (InputLimits.MaxCsvRows * 5) + 20);
        for (int i = 0; i < InputLimits.MaxCsvRows; i++)
        {
            csv.Append("x,,,\n");
        }

        Assert.Equal("line 1000001: more than 1,000,000 rows (the limit)", Rejected("tall.csv", csv.ToString()));
    }

    [Fact]
    public void A_csv_file_cut_inside_a_quoted_field_is_an_input_error()
    {
        Rejected("cut.csv", "project,\"CSM-02\nname,Data");
    }

    [Theory]
    [InlineData("name,Data Ware")] // no header row yet
    [InlineData("date,p")] // header cut: required columns missing
    [InlineData("2026-05")] // a date cut short
    [InlineData("2025-10-31,7")] // a row cut short
    public void A_truncated_csv_file_is_an_input_error(string cutAfter)
    {
        string cut = SampleCsv[..(SampleCsv.IndexOf(cutAfter, StringComparison.Ordinal) + cutAfter.Length)];
        Assert.Matches("^line [0-9]+", Rejected("cut.csv", cut));
    }

    private static byte[] Encode(string name, Encoding encoding)
    {
        string text = name.EndsWith(".csv", StringComparison.Ordinal) ? SampleCsv : SampleProject;
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
    }
}
