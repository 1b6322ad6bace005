#!/usr/bin/env python3
# Issue 9 §6: re-test only the mutants that could have changed status since a previous Stryker run.
# When only tests were added (and the listed source files changed), a mutant killed before is still killed; the
# surviving / uncovered ones, and every mutant of a changed file, are re-tested.
#   python3 .ci/mutation-rerun.py spans   OLD.json Domain stryker-config.json [ChangedFile.cs ...]
#       writes a Stryker config whose "mutate" patterns are the survivors' text spans (File.cs{start..end}, character
#       offsets) plus the changed files whole; run `dotnet stryker --config-file stryker-config.json ...` with the same
#       test filter as the first run.
#   python3 .ci/mutation-rerun.py combine OLD.json NEW.json Domain [ChangedFile.cs ...] [--out COMBINED.json.gz]
#       the score with the new statuses replacing the old ones (matched by file, position, mutator and replacement);
#       --out writes the combined report (trimmed, as below) for the next round.
#   python3 .ci/mutation-rerun.py trim REPORT.json Domain OUT.json.gz [REPORT2.json ...]
#       keeps only the domain's files and their tested mutants (source, location, mutator, replacement, status): a
#       baseline of ~100 KB kept in .ci/mutation-baselines/ so that a later session can re-test only the survivors.
#       Several reports of disjoint parts of a domain (e.g. two --mutate sets) are merged.
# Every REPORT may be gzipped (.gz).
import json, sys, collections, gzip

def load(path):
    return json.load(gzip.open(path, 'rt') if path.endswith('.gz') else open(path))
def save(report, path):
    with gzip.open(path, 'wt') as f: json.dump(report, f, separators=(',', ':'))
def slim(m):
    return {k: m[k] for k in ('id', 'mutatorName', 'replacement', 'location', 'status') if k in m}

def rel(p): return p.split('src/Pmo.Core/')[-1]
def key(m):
    l = m['location']
    return (l['start']['line'], l['start']['column'], l['end']['line'], l['end']['column'], m['mutatorName'], m.get('replacement', ''))
def files(report, domain):
    return {rel(p): v for p, v in load(report)['files'].items() if rel(p).startswith(domain + '/')}

mode, old = sys.argv[1], sys.argv[2]
if mode == 'spans':
    domain, out, changed = sys.argv[3], sys.argv[4], set(sys.argv[5:])
    pats, n = [], 0
    for f, v in sorted(files(old, domain).items()):
        if f.split('/')[-1] in changed:
            pats.append('**/' + f); continue
        off = [0]
        for line in v['source'].split('\n'): off.append(off[-1] + len(line) + 1)
        spans = sorted({(off[m['location']['start']['line'] - 1] + m['location']['start']['column'] - 1,
                         off[m['location']['end']['line'] - 1] + m['location']['end']['column'] - 1)
                        for m in v['mutants'] if m['status'] in ('Survived', 'NoCoverage')})
        n += len(spans)
        if spans: pats.append('**/' + f + ''.join('{%d..%d}' % s for s in spans))
    json.dump({'stryker-config': {'mutate': pats}}, open(out, 'w'), indent=1)
    print(f'{len(pats)} patterns, {n} survivor spans -> {out}')
elif mode == 'trim':
    domain, out, more = sys.argv[3], sys.argv[4], sys.argv[5:]
    merged = {}
    for rep in [old] + more:
        for f, v in files(rep, domain).items():
            ms = [slim(m) for m in v['mutants'] if m['status'] != 'Ignored']
            if ms or f not in merged:
                if f in merged and merged[f]['mutants']: sys.exit(f'{f}: tested in two reports')
                merged[f] = {'language': 'cs', 'source': v['source'], 'mutants': ms}
    save({'schemaVersion': '1', 'thresholds': {'high': 80, 'low': 60}, 'files': {'src/Pmo.Core/' + f: v for f, v in merged.items()}}, out)
    print(f"{len(merged)} files, {sum(len(v['mutants']) for v in merged.values())} mutants -> {out}")
elif mode == 'combine':
    args = sys.argv[3:]
    out = None
    if '--out' in args:
        i = args.index('--out'); out = args[i + 1]; del args[i:i + 2]
    new, domain, changed = args[0], args[1], set(args[2:])
    o, nw = files(old, domain), files(new, domain)
    tot, unmatched = collections.Counter(), 0
    result = {}
    for f in sorted(set(o) | set(nw)):
        nm = {key(m): m for m in nw.get(f, {'mutants': []})['mutants'] if m['status'] != 'Ignored'}
        if f.split('/')[-1] in changed:
            tot.update(m['status'] for m in nm.values())
            result[f] = {'language': 'cs', 'source': nw[f]['source'], 'mutants': [slim(m) for m in nm.values()]}
            continue
        kept = []
        for m in o.get(f, {'mutants': []})['mutants']:
            st = m['status']
            if st == 'Ignored': continue
            k = key(m)
            if k in nm: st = nm.pop(k)['status']
            elif st in ('Survived', 'NoCoverage'): unmatched += 1
            tot[st] += 1
            kept.append(dict(slim(m), status=st))
        if f in o: result[f] = {'language': 'cs', 'source': o[f]['source'], 'mutants': kept}
    if out:
        save({'schemaVersion': '1', 'thresholds': {'high': 80, 'low': 60}, 'files': {'src/Pmo.Core/' + f: v for f, v in result.items()}}, out)
    k = tot['Killed'] + tot['Timeout']; den = k + tot['Survived'] + tot['NoCoverage']
    print(f"{domain}: scored {den} killed {k} survived {tot['Survived']} nocov {tot['NoCoverage']} "
          f"score {100 * k / den:.1f}%  (old survivors not re-tested: {unmatched})")
