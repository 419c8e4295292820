#!/usr/bin/env python3
"""Classifies the pairs `duplicates` lists: a pair is 'declarations' when every line of both sides
is a declaration (annotations, fields, imports, comments, braces), 'migration' when a side is a
Flyway migration (never edited once applied), 'boilerplate' when the tool says so; 'entities' a pair of two JPA entities alike in shape only, or whose shown run is column
declarations (their column blocks and accessors: the JPA boilerplate); the rest is code (a pair with more runs than the one shown counts as code: only
the first run's lines are in the report)."""
import re, sys, os
root = sys.argv[1]   # module src/main folder
report = open(sys.argv[2]).read().splitlines()
DECL = re.compile(r'^\s*(@\w+(\(.*)?|[\w<>\[\], ?.]*\)?\s*|(private|protected|public|static|final|transient|volatile|\s)+[\w<>\[\], ?.]+\s+\w+(\s*=\s*[^;]*)?;|/\*\*.*|\*.*|\*/|//.*|[{}]\s*|\)\s*|.*\)\s*$|[\w.]+\s*=\s*[^;]*,?|"[^"]*"\s*[,)]?\s*)$')
def lines(path, a, b):
    with open(os.path.join(root, path), encoding='utf-8') as f:
        ls = f.read().splitlines()
    return ls[a-1:b]
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
        if re.match(r'^public [\w<>\[\], ?.]+ (get|set|is)\w*\([\w<>\[\], ?.]*\) \{$', s) or re.match(r'^return (this\.)?\w+;$', s) or re.match(r'^this\.(\w+) = \1;$', s):
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
    elif '(+' not in rest and decl_only(lines(f1, int(a1), int(b1))) and decl_only(lines(f2, int(a2), int(b2))): kind = 'declarations'
    else: kind = 'code'
    counts[kind] += 1
    if kind == 'code': rows.append(r)
print(counts)
if len(sys.argv) > 3:
    print('\n'.join(rows))
