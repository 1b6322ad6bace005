#!/usr/bin/env python3
# Issue 9 §6: re-test only the mutants that could have changed status since a previous Stryker run.
# When only tests were added (and the listed source files changed), a mutant killed before is still killed; the
# surviving / uncovered ones, and every mutant of a changed file, are re-tested.
#   python3 .ci/mutation-rerun.py spans   OLD.json Domain stryker-config.json [ChangedFile.cs ...]
#       writes a Stryker config whose "mutate" patterns are the survivors' text spans (File.cs{start..end}, character
#       offsets) plus the changed files whole; run `dotnet stryker --config-file stryker-config.json ...` with the same
#       test filter as the first run.
#   python3 .ci/mutation-rerun.py combine OLD.json NEW.json Domain [ChangedFile.cs ...]
#       the score with the new statuses replacing the old ones (matched by file, position, mutator and replacement).
import json, sys, collections

def rel(p): return p.split('src/Pmo.Core/')[-1]
def key(m):
    l = m['location']
    return (l['start']['line'], l['start']['column'], l['end']['line'], l['end']['column'], m['mutatorName'], m.get('replacement', ''))
def files(report, domain):
    return {rel(p): v for p, v in json.load(open(report))['files'].items() if rel(p).startswith(domain + '/')}

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
elif mode == 'combine':
    new, domain, changed = sys.argv[3], sys.argv[4], set(sys.argv[5:])
    o, nw = files(old, domain), files(new, domain)
    tot, unmatched = collections.Counter(), 0
    for f in sorted(set(o) | set(nw)):
        nm = {key(m): m['status'] for m in nw.get(f, {'mutants': []})['mutants'] if m['status'] != 'Ignored'}
        if f.split('/')[-1] in changed:
            tot.update(nm.values()); continue
        for m in o.get(f, {'mutants': []})['mutants']:
            st = m['status']
            if st == 'Ignored': continue
            k = key(m)
            if k in nm: st = nm.pop(k)
            elif st in ('Survived', 'NoCoverage'): unmatched += 1
            tot[st] += 1
    k = tot['Killed'] + tot['Timeout']; den = k + tot['Survived'] + tot['NoCoverage']
    print(f"{domain}: scored {den} killed {k} survived {tot['Survived']} nocov {tot['NoCoverage']} "
          f"score {100 * k / den:.1f}%  (old survivors not re-tested: {unmatched})")
