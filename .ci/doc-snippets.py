#!/usr/bin/env python3
"""Compile and run every C# code block in docs/**/*.md (issue 8 §5: "every code sample in the docs compiles and runs").

Usage (from anywhere; paths are resolved from the repository root):
    python3 .ci/doc-snippets.py            # check every block
    python3 .ci/doc-snippets.py --list     # list the blocks and their kinds, build nothing
    python3 .ci/doc-snippets.py kpis.md    # only blocks of pages whose path contains "kpis.md"
    python3 .ci/doc-snippets.py --verbose  # also print what every snippet writes to the console

How it works: every ```csharp (also ```cs, ```c#) block becomes one static method in one generated console project
(artifacts/doc-snippets/, referencing src/Pmo.Core only). `using` lines are hoisted to the top of the snippet's own
file, `#line` directives map every statement back to docs/<page>.md:<line>, so a compile error is reported at the
Markdown line. The project is built once (Release, warnings are errors except "unused" ones), then every snippet
method runs in turn; a snippet fails if it throws. Exit code 0 only if everything compiled and ran.

Fence info words after the language (the rules are repeated in docs/README.md, "Writing docs"):
    continues      the block continues the previous C# block of the same page: same method, so it sees the earlier
                   block's variables and usings. The chain runs once, as one snippet.
    compile-only   compiled but not run (it needs a file or a service the CI machine does not have). Keep rare.
    no-compile     neither compiled nor run (a signature or shape sketch that is not C#). Keep very rare.
Type declarations (class/record/struct/interface/enum starting at column 0) are lifted out of the method and become
nested types of the snippet's static class, so a block can declare a record and use it.
File-based app directives (`#:project …`, `#:package …`) are dropped: the generated project already references
src/Pmo.Core (a `#:package` of anything else would not be available).
Implicit usings are those of a file-based app (System, System.Collections.Generic, System.IO, System.Linq,
System.Net.Http, System.Threading, System.Threading.Tasks); everything else (Pmo.Core.*, NodaTime,
System.Collections.Immutable) must be written in the block, so a reader can paste it into `dotnet run app.cs`.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
OUT = ROOT / "artifacts" / "doc-snippets"
LANGS = {"csharp", "cs", "c#"}
KNOWN_FLAGS = {"continues", "compile-only", "no-compile"}
FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`]*)$")
USING = re.compile(r"^\s*(global\s+)?using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>, ]+)?\s*;\s*(//.*)?$")
TYPE_DECL = re.compile(
    r"^(?:(?:public|internal|private|protected|sealed|static|abstract|partial|readonly|file|unsafe|ref)\s+)*"
    r"(?:class|record|struct|interface|enum)\b")


@dataclass
class Part:
    page: str      # path relative to the repository root, e.g. docs/kpis.md
    line: int      # 1-based line of the first code line in the page
    lines: list[str]
    flags: set[str]


@dataclass
class Snippet:
    parts: list[Part] = field(default_factory=list)

    @property
    def where(self) -> str:
        p = self.parts[0]
        return f"{p.page}:{p.line - 1}"   # the fence line, as an editor shows it

    @property
    def run(self) -> bool:
        return not any("compile-only" in p.flags for p in self.parts)


def extract(page: Path) -> tuple[list[Snippet], list[str]]:
    rel = page.relative_to(ROOT).as_posix()
    text = page.read_text(encoding="utf-8").split("\n")
    snippets: list[Snippet] = []
    skipped: list[str] = []
    errors: list[str] = []
    i = 0
    while i < len(text):
        m = FENCE_OPEN.match(text[i])
        if not m:
            i += 1
            continue
        fence, indent = m.group("fence"), m.group("indent")
        words = m.group("info").split()
        j = i + 1
        close = re.compile(r"^[ \t]*" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}[ \t]*$")
        while j < len(text) and not close.match(text[j]):
            j += 1
        if words and words[0].lower() in LANGS:
            flags = {w.lower() for w in words[1:]}
            unknown = flags - KNOWN_FLAGS
            if unknown:
                errors.append(f"{rel}:{i + 1}: unknown fence word(s) {sorted(unknown)}; known: {sorted(KNOWN_FLAGS)}")
            body = [l[len(indent):] if l.startswith(indent) else l.lstrip() for l in text[i + 1:j]]
            part = Part(rel, i + 2, body, flags)
            if "no-compile" in flags:
                skipped.append(f"{rel}:{i + 1}")
            elif "continues" in flags:
                if not snippets:
                    errors.append(f"{rel}:{i + 1}: 'continues' but no earlier C# block on this page")
                else:
                    snippets[-1].parts.append(part)
            else:
                snippets.append(Snippet([part]))
        i = j + 1
    if errors:
        raise SystemExit("\n".join(errors))
    return snippets, skipped


def split_types(part: Part) -> tuple[list[tuple[int, str]], list[tuple[int, str]], list[tuple[int, str]]]:
    """(usings, type-declaration lines, statement lines), each line with its page line number."""
    usings, types, stmts = [], [], []
    in_type = False
    depth = 0
    for k, line in enumerate(part.lines):
        n = part.line + k
        if not in_type and line.startswith("#:"):
            continue   # a file-based app directive (#:project, #:package): the generated project references Pmo.Core
        if not in_type and USING.match(line) and not line.lstrip().startswith("using ("):
            usings.append((n, line.strip()))
            continue
        if not in_type and TYPE_DECL.match(line):
            in_type, depth = True, 0
        if in_type:
            types.append((n, line))
            code = re.sub(r"//.*$", "", line)
            depth += code.count("{") - code.count("}")
            if depth <= 0 and (code.rstrip().endswith(";") or code.rstrip().endswith("}")):
                in_type = False
            continue
        stmts.append((n, line))
    return usings, types, stmts


def generate(snippets: list[Snippet]) -> None:
    src = OUT / "Snippets"
    OUT.mkdir(parents=True, exist_ok=True)
    if src.exists():
        for f in src.iterdir():
            f.unlink()
    src.mkdir(exist_ok=True)
    # Isolate from the repository's strict Directory.Build.props / central package versions.
    (OUT / "Directory.Build.props").write_text("<Project />\n")
    (OUT / "Directory.Build.targets").write_text("<Project />\n")
    (OUT / "Directory.Packages.props").write_text("<Project />\n")
    # Pmo.Core.Interactive brings Pmo.Core.Charts and Pmo.Core: every package's documented API compiles here.
    core = os.path.relpath(ROOT / "src" / "Pmo.Core.Interactive" / "Pmo.Core.Interactive.csproj", OUT)
    (OUT / "DocSnippets.csproj").write_text(f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <InvariantGlobalization>true</InvariantGlobalization>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <!-- unused variable / local function, async without await, unreachable code: normal in a short sample -->
    <NoWarn>$(NoWarn);CS0168;CS0219;CS8321;CS1998;CS0162</NoWarn>
    <AllowUnsafeBlocks>true</AllowUnsafeBlocks>
    <SatelliteResourceLanguages>en</SatelliteResourceLanguages>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
    <!-- unoptimised snippets: exact line numbers in exception stack traces (Pmo.Core itself stays Release) -->
    <Optimize>false</Optimize>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="{core}" />
  </ItemGroup>
</Project>
""")
    entries = []
    for idx, s in enumerate(snippets):
        name = f"Snippet{idx:03d}"
        usings: list[tuple[int, str, str]] = []
        types: list[tuple[str, int, str]] = []
        stmts: list[tuple[str, int, str]] = []
        seen = set()
        for p in s.parts:
            u, t, st = split_types(p)
            for n, line in u:
                if line not in seen:
                    seen.add(line)
                    usings.append((n, p.page, line))
            types += [(p.page, n, l) for n, l in t]
            stmts += [(p.page, n, l) for n, l in st]
        is_async = any(re.search(r"\bawait\b", l) for _, _, l in stmts)
        out = ["// <auto-generated> by .ci/doc-snippets.py from " + s.where + " </auto-generated>"]
        for n, page, line in usings:
            out += [f'#line {n} "{ROOT / page}"', line]
        out += ["#line default", f"internal static class {name}", "{"]
        last = None
        for page, n, line in types:
            if last != (page, n - 1):
                out.append(f'#line {n} "{ROOT / page}"')
            out.append(line)
            last = (page, n)
        out += ["#line default",
                f"    public static {'async System.Threading.Tasks.Task' if is_async else 'void'} Run()", "    {"]
        last = None
        for page, n, line in stmts:
            if last != (page, n - 1):
                out.append(f'#line {n} "{ROOT / page}"')
            out.append(line)
            last = (page, n)
        out += ["#line default", "    }", "}", ""]
        (src / f"{name}.cs").write_text("\n".join(out), encoding="utf-8")
        call = f"{name}.Run().GetAwaiter().GetResult()" if is_async else f"{name}.Run()"
        entries.append(f'        new("{s.where}", {"true" if s.run else "false"}, () => {call}),')
    (src / "Program.cs").write_text("""// <auto-generated> by .ci/doc-snippets.py </auto-generated>
using System.Diagnostics;
using System.Globalization;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
(string Where, bool Run, Action Body)[] snippets =
[
""" + "\n".join(e.replace("new(", "(", 1) for e in entries) + """
];
var stdout = Console.Out;
bool verbose = args.Contains("--verbose");
int failed = 0, ran = 0, compiledOnly = 0;
foreach (var (where, run, body) in snippets)
{
    if (!run) { compiledOnly++; stdout.WriteLine($"compiled  {where} (compile-only)"); continue; }
    var captured = new StringWriter(CultureInfo.InvariantCulture);
    Console.SetOut(captured);
    var sw = Stopwatch.StartNew();
    try
    {
        body();
        Console.SetOut(stdout);
        ran++;
        stdout.WriteLine($"ok        {where} ({sw.ElapsedMilliseconds} ms)");
        if (verbose) foreach (var l in captured.ToString().TrimEnd().Split('\\n')) stdout.WriteLine("          | " + l);
    }
    catch (Exception ex)
    {
        Console.SetOut(stdout);
        failed++;
        stdout.WriteLine($"FAILED    {where}: {ex.GetType().Name}: {ex.Message}");
        var frame = new StackTrace(ex, true).GetFrames().FirstOrDefault(f => f.GetFileName()?.EndsWith(".md", StringComparison.Ordinal) == true);
        if (frame is not null) stdout.WriteLine($"          at {frame.GetFileName()}:{frame.GetFileLineNumber()}");
        stdout.WriteLine("          output before the failure:");
        foreach (var l in captured.ToString().Split('\\n').Take(20)) stdout.WriteLine("          | " + l);
    }
}
stdout.WriteLine($"Doc snippets: {ran} ran, {compiledOnly} compile-only, {failed} failed");
return failed == 0 ? 0 : 1;
""", encoding="utf-8")


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    pages = sorted(p for p in DOCS.rglob("*.md") if "node_modules" not in p.parts)
    snippets: list[Snippet] = []
    skipped: list[str] = []
    for page in pages:
        if args and not any(a in page.as_posix() for a in args):
            continue
        s, k = extract(page)
        snippets += s
        skipped += k
    blocks = sum(len(s.parts) for s in snippets)
    if "--list" in sys.argv:
        for s in snippets:
            kind = "compile-only" if not s.run else "run"
            extra = f" (+{len(s.parts) - 1} continuing block(s))" if len(s.parts) > 1 else ""
            print(f"{kind:13} {s.where}{extra}")
        for w in skipped:
            print(f"{'no-compile':13} {w}")
        return 0
    print(f"doc snippets: {blocks} C# block(s) in {len(snippets)} snippet(s); {len(skipped)} marked no-compile")
    if not snippets:
        return 0
    start = time.monotonic()
    generate(snippets)
    env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")
    build = subprocess.run(
        ["dotnet", "build", str(OUT / "DocSnippets.csproj"), "-c", "Release", "-nologo", "-v", "q",
         "-clp:NoSummary;ErrorsOnly"],
        cwd=ROOT, env=env, capture_output=True, text=True)
    if build.returncode != 0:
        seen = set()
        for line in (build.stdout + build.stderr).splitlines():
            line = line.strip().replace(str(ROOT) + "/", "")
            line = re.sub(r"\s*\[[^\]]*\.csproj\]$", "", line)
            if line and line not in seen and ("error" in line or "warning" in line):
                seen.add(line)
                print(line)
        print(f"doc snippets: build FAILED ({time.monotonic() - start:.0f} s); locations are docs/<page>.md:<line>")
        return 1
    print(f"doc snippets: built in {time.monotonic() - start:.0f} s")
    dll = OUT / "bin" / "Release" / "net10.0" / "DocSnippets.dll"
    run = subprocess.run(["dotnet", str(dll)] + (["--verbose"] if "--verbose" in sys.argv else []), timeout=600, cwd=ROOT, env=env, text=True, capture_output=True)
    print(run.stdout.replace(str(ROOT) + "/", ""), end="")
    if run.stderr:
        print(run.stderr, end="")
    print(f"doc snippets: done in {time.monotonic() - start:.0f} s")
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
