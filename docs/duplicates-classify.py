#!/usr/bin/env python3
"""Classifies the pairs `duplicates` lists: a pair is 'declarations' when every line of both sides
of every run they share is a declaration (annotations, fields, imports, comments, braces, class and
record headers, record components, enum constants), 'migration' when a side is a Flyway migration
(never edited once applied), 'boilerplate' when the tool says so; 'entities' a pair of two JPA
entities alike in shape only, or whose shown run is column declarations (their column blocks and
accessors: the JPA boilerplate); the rest is code. A getter is a method without parameters whose
body returns a field. The report names only the longest run of a pair
('+N more runs'); the others are found by blanking the runs found so far in copies of the two files
and asking `duplicates` again, until the two files share nothing more."""
import re, sys, os, shutil, subprocess, tempfile
root = sys.argv[1]   # module src/main folder
report = open(sys.argv[2]).read().splitlines()
DECL = re.compile(r'^\s*(@\w+(\(.*)?|[\w<>\[\], ?.]*\)?\s*|(private|protected|public|static|final|transient|volatile|\s)+[\w<>\[\], ?.]+\s+\w+(\s*=\s*[^;]*)?;|/\*\*.*|\*.*|\*/|//.*|[{}]\s*|\)\s*|.*\)\s*$|[\w.]+\s*=\s*[^;]*,?|"[^"]*"\s*[,)]?\s*)$')
def lines(path, a, b):
    with open(os.path.join(root, path), encoding='utf-8') as f:
        ls = f.read().splitlines()
    return ls[a-1:b]
def runs(f1, a1, b1, f2, a2, b2):
    """Every run two files share: the named one, then those duplicates finds once it is blanked."""
    found = [(a1, b1, a2, b2)]
    tmp = tempfile.mkdtemp()
    try:
        names = {f1: 'a_' + os.path.basename(f1)}
        names.setdefault(f2, 'b_' + os.path.basename(f2))
        text = {}
        for f, n in names.items():
            with open(os.path.join(root, f), encoding='utf-8') as fh:
                text[f] = fh.read().splitlines()
        for _ in range(20):
            for (x1, y1, x2, y2) in found:
                for f, x, y in ((f1, x1, y1), (f2, x2, y2)):
                    for i in range(x - 1, y):
                        text[f][i] = ''
            for f, n in names.items():
                with open(os.path.join(tmp, n), 'w', encoding='utf-8') as fh:
                    fh.write('\n'.join(text[f]) + '\n')
            out = subprocess.run(['duplicates', '--most', '50', '--repo', tmp], capture_output=True, text=True).stdout
            more = None
            for r in out.splitlines():
                m = re.match(r'^D\d+ (\S+):(\d+)-(\d+) ~ (\S+):(\d+)-(\d+)', r)
                if not m: continue
                g1, c1, d1, g2, c2, d2 = m.groups()
                if f1 == f2 or {g1, g2} == {names[f1], names[f2]}:
                    if g1 == names.get(f2) and g1 != names[f1]:
                        c1, d1, c2, d2 = c2, d2, c1, d1
                    more = (int(c1), int(d1), int(c2), int(d2))
                    break
            if more is None: break
            found.append(more)
    finally:
        shutil.rmtree(tmp)
    return found
def entity(path):
    with open(os.path.join(root, path), encoding='utf-8') as f:
        return '@Entity' in f.read()
def decl_only(ls):
    for l in ls:
        s = l.strip()
        if not s: continue
        if s.startswith('@') or s.startswith('*') or s.startswith('/**') or s.startswith('//') or s in ('}', '{', ')', '};', ');'):
            continue
        if re.match(r'^(private|protected|public)?\s*(static\s+)?(final\s+)?[\w<>\[\], ?.]+\s+\w+(\s*=\s*[^;]*)?;$', s):
            continue
        if re.match(r'^(public |protected |private )?(final |abstract )?(class|record|enum|interface) \w+.*\{$', s):
            continue
        if re.match(r'^(public |protected |private )?\w+\(\) \{\}$', s):
            continue
        if re.match(r'^(public |protected |private )?(static )?(final )?(record|enum|interface|class) \w+(<[^>]*>)?(\(.*)?$', s):
            continue  # a type's header, possibly over several lines
        if re.match(r'^[\w<>\[\], ?.]+ \w+[,)]?$', s) or re.match(r'^(implements|extends) [\w<>, .]+ ?\{\}?$', s):
            continue  # a record's components and the end of its header
        if re.match(r'^[A-Z][A-Z0-9_]*(\(.*\))?[,;]?$', s):
            continue  # an enum constant
        if re.match(r'^public [\w<>\[\], ?.]+ \w+\(\) \{$', s) or re.match(r'^public [\w<>\[\], ?.]+ (get|set|is)\w*\([\w<>\[\], ?.]*\) \{$', s) or re.match(r'^return (this\.)?\w+;$', s) or re.match(r'^this\.(\w+) = \1;$', s):
            continue
        if re.match(r'^(name|nullable|length|unique|columnDefinition|mappedBy|fetch|cascade|strategy|sequenceName|allocationSize|joinColumns|inverseJoinColumns|updatable|insertable)\s*=', s):
            continue
        return False
    return True
counts = {'code': 0, 'entities': 0, 'declarations': 0, 'migration': 0, 'boilerplate': 0}
rows = []
for r in report:
    m = re.match(r'^(D\d+) (\S+):(\d+)-(\d+) ~ (\S+):(\d+)-(\d+)(.*)$', r)
    if not m: continue
    d, f1, a1, b1, f2, a2, b2, rest = m.groups()
    if 'boilerplate' in rest: kind = 'boilerplate'
    elif '/db/migration/' in f1 or '/db/migration/' in f2: kind = 'migration'
    elif entity(f1) and entity(f2) and ('shape' in rest or (decl_only(lines(f1, int(a1), int(b1))) and decl_only(lines(f2, int(a2), int(b2))))): kind = 'entities'
    elif all(decl_only(lines(f1, x1, y1)) and decl_only(lines(f2, x2, y2)) for (x1, y1, x2, y2) in (runs(f1, int(a1), int(b1), f2, int(a2), int(b2)) if '(+' in rest else [(int(a1), int(b1), int(a2), int(b2))])): kind = 'declarations'
    else: kind = 'code'
    counts[kind] += 1
    if kind == 'code': rows.append(r)
print(counts)
if len(sys.argv) > 3:
    print('\n'.join(rows))
