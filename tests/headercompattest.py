#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""headercompattest.py: our public headers declare what libvirt 9.0's declare.

Where Debian's libvirt-dev is installed (/usr/include/libvirt), compares the
two sets of headers as the compiler sees them: every function prototype
(gcc -aux-info), the value of every enum member and object-like macro, the
size and member offsets of every struct, and the set of names.  Prints TAP.
"""

import os
import re
import subprocess
import sys
import tempfile

OURS = os.path.join(os.environ.get('abs_top_srcdir', '.'), 'include')
SYSTEM = '/usr/include'
CC = os.environ.get('CC', 'cc').split()
HEADERS = ['libvirt.h', 'libvirt-common.h', 'libvirt-host.h', 'libvirt-domain.h',
           'libvirt-domain-checkpoint.h', 'libvirt-domain-snapshot.h', 'libvirt-event.h',
           'libvirt-interface.h', 'libvirt-network.h', 'libvirt-nodedev.h',
           'libvirt-nwfilter.h', 'libvirt-secret.h', 'libvirt-storage.h', 'libvirt-stream.h',
           'virterror.h']

n = 0
failed = False


def result(ok, desc, diag=''):
    global n, failed
    n += 1
    print('%s %d - %s' % ('ok' if ok else 'not ok', n, desc))
    if not ok:
        failed = True
        for line in diag.splitlines()[:30]:
            print('# ' + line)


def strip_comments(text):
    return re.sub(r'/\*.*?\*/', ' ', text, flags=re.S)


def names_in(incdir):
    """Enum members, object-like macros and struct tags declared by the headers."""
    enums, macros, structs = set(), set(), {}
    for h in HEADERS:
        text = strip_comments(open(os.path.join(incdir, 'libvirt', h)).read())
        for body in re.findall(r'typedef\s+enum\s*\w*\s*\{(.*?)\}', text, flags=re.S):
            for m in re.finditer(r'^\s*(VIR_\w+)\s*(=|,|$)', body, flags=re.M):
                enums.add(m.group(1))
        for m in re.finditer(r'^\s*#\s*define\s+((?:VIR|LIBVIR)_\w+)(\s|$)', text, flags=re.M):
            macros.add(m.group(1))
        for tag, body in re.findall(r'struct\s+(_\w+)\s*\{(.*?)\n\};', text, flags=re.S):
            fields = []
            body = re.sub(r'union\s*\{[^}]*\}\s*(\w+)', r'union_t \1', body)
            for line in body.split(';'):
                line = re.sub(r'\[[^]]*\]', '', line).strip()
                line = re.sub(r'VIR_DEPRECATED', '', line).strip()
                if not line:
                    continue
                word = re.findall(r'(\w+)\s*$', line)
                if word:
                    fields.append(word[0])
            structs[tag] = fields
    macros -= {'VIR_DEPRECATED', 'VIR_EXPORT_VAR'}
    return enums, macros, structs


def run_program(incdir, source, tmp, tag):
    src = os.path.join(tmp, tag + '.c')
    exe = os.path.join(tmp, tag)
    open(src, 'w').write(source)
    res = subprocess.run(CC + ['-w', '-I' + incdir, src, '-o', exe], capture_output=True, text=True)
    if res.returncode != 0:
        raise SystemExit('cannot compile the value dump against %s:\n%s' % (incdir, res.stderr[:3000]))
    return subprocess.run([exe], check=True, capture_output=True, text=True).stdout


def prototypes(incdir, tmp, tag):
    src = os.path.join(tmp, 'inc.c')
    open(src, 'w').write('#include <libvirt/libvirt.h>\n#include <libvirt/virterror.h>\n')
    aux = os.path.join(tmp, tag + '.aux')
    subprocess.run(CC + ['-I' + incdir, '-c', src, '-o', os.devnull, '-aux-info', aux],
                   check=True, capture_output=True)
    protos = set()
    for line in open(aux):
        if 'include/libvirt/' in line:
            protos.add(re.sub(r'^/\*.*?\*/\s*', '', line.strip()))
    return protos


def main():
    if not os.path.exists(os.path.join(SYSTEM, 'libvirt', 'libvirt.h')):
        print('1..0 # SKIP Debian\'s libvirt-dev (the reference headers) is not installed')
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        ours = prototypes(OURS, tmp, 'ours')
        theirs = prototypes(SYSTEM, tmp, 'theirs')
        result(ours == theirs, 'the same %d function prototypes' % len(theirs),
               '\n'.join(['only ours: ' + p for p in sorted(ours - theirs)] +
                         ['only libvirt: ' + p for p in sorted(theirs - ours)]))

        oe, om, os_ = names_in(OURS)
        te, tm, ts = names_in(SYSTEM)
        result(oe == te, 'the same %d enum members' % len(te),
               'only ours: %s\nonly libvirt: %s' % (sorted(oe - te), sorted(te - oe)))
        result(om == tm, 'the same %d macros' % len(tm),
               'only ours: %s\nonly libvirt: %s' % (sorted(om - tm), sorted(tm - om)))
        result(set(os_) == set(ts), 'the same %d structs' % len(ts),
               'only ours: %s\nonly libvirt: %s' % (sorted(set(os_) - set(ts)),
                                                    sorted(set(ts) - set(os_))))

        lines = ['#define VIR_ENUM_SENTINELS', '#include <stdio.h>', '#include <stddef.h>',
                 '#include <libvirt/libvirt.h>', '#include <libvirt/virterror.h>',
                 'static void pstr(const char *n, const char *v) { printf("%s \\"%s\\"\\n", n, v); }',
                 'static void pnum(const char *n, long long v) { printf("%s %lld\\n", n, v); }',
                 '#define P(n, x) _Generic((x), char *: pstr, const char *: pstr, default: pnum)(n, x)',
                 'int main(void) {']
        for name in sorted(oe & te):
            lines.append('printf("%%s %%lld\\n", "%s", (long long)%s);' % (name, name))
        for name in sorted(om & tm):
            lines.append('#if defined(%s)' % name)
            lines.append('P("%s", %s);' % (name, name))
            lines.append('#endif')
        for tag in sorted(set(os_) & set(ts)):
            lines.append('printf("sizeof %s %%zu\\n", sizeof(struct %s));' % (tag, tag))
            for f in ts[tag]:
                lines.append('printf("offsetof %s.%s %%zu\\n", offsetof(struct %s, %s));'
                             % (tag, f, tag, f))
        lines.append('return 0; }')
        source = '\n'.join(lines)
        a = run_program(OURS, source, tmp, 'ours')
        b = run_program(SYSTEM, source, tmp, 'theirs')
        diff = [x + '  (libvirt: ' + y + ')' for x, y in zip(a.splitlines(), b.splitlines())
                if x != y]
        result(a == b, 'every enum value, macro value and struct layout identical (%d checks)'
               % len(b.splitlines()), '\n'.join(diff))

    print('1..%d' % n)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
