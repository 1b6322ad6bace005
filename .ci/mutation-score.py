#!/usr/bin/env python3
# Issue 9 §6: per-domain mutation score from a Stryker JSON report.
#   python3 .ci/mutation-score.py artifacts/stryker/X/reports/mutation-report.json            # per domain
#   python3 .ci/mutation-score.py REPORT files [FILTER]                                         # per file
#   python3 .ci/mutation-score.py REPORT list [FILTER]                                          # surviving / uncovered mutants
# REPORT may be gzipped (a trimmed baseline from .ci/mutation-rerun.py trim). Score = (killed + timeout) / (killed + timeout + survived + no coverage); compile errors and ignored left out.
import json,sys,collections,gzip
r=json.load(gzip.open(sys.argv[1],'rt') if sys.argv[1].endswith('.gz') else open(sys.argv[1]))
mode=sys.argv[2] if len(sys.argv)>2 else 'summary'
filt=sys.argv[3] if len(sys.argv)>3 else ''
per=collections.defaultdict(collections.Counter)
perfile=collections.defaultdict(collections.Counter)
surv=[]
for p,v in r['files'].items():
    rel=p.split('src/Pmo.Core/')[-1]
    d=rel.split('/')[0]
    src=v['source'].split('\n')
    for m in v['mutants']:
        st=m['status']
        if st=='Ignored': continue
        per[d][st]+=1; perfile[rel][st]+=1
        if st in('Survived','NoCoverage') and filt in rel:
            ln=m['location']['start']['line']
            surv.append((rel,ln,st,m['mutatorName'],m.get('replacement','')[:80],src[ln-1].strip()[:110]))
def score(c):
    k=c['Killed']+c['Timeout']; den=k+c['Survived']+c['NoCoverage']
    return k,den,(100*k/den if den else float('nan'))
if mode=='summary':
    for d,c in sorted(per.items()):
        k,den,sc=score(c); print(f"{d:15} scored {den:5}  killed {k:5} survived {c['Survived']:4} nocov {c['NoCoverage']:4} timeout {c['Timeout']:3} compile {c['CompileError']:4}  score {sc:.1f}%")
elif mode=='files':
    for f,c in sorted(perfile.items(), key=lambda x:-(x[1]['Survived']+x[1]['NoCoverage'])):
        if filt not in f: continue
        k,den,sc=score(c)
        if den: print(f"{f:70} {den:4} surv {c['Survived']:3} nocov {c['NoCoverage']:3} {sc:5.1f}%")
else:
    for s in sorted(surv): print(f"{s[0]}:{s[1]} [{s[2][:4]}] {s[3]} -> {s[4]!r} | {s[5]}")
