#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""apigen.py: generate the mechanical parts of the public API.

Reads core/api/libvirt-api.def (see the comment at its top) and writes one of:

  --syms      the linker version script: one LIBVIRT_x.y.z node per release
  --tables    C structs of driver callbacks, one per driver kind
  --dispatch  C entry points: argument checks, then a call into the driver
  --list      "name node kind" lines, for the tests (kind "extension": vireo's)
  --calls     a C table that calls every function with chosen NULL arguments
              (tests/apichecktest.c drives it)

Slot order in the driver tables is (version node, name): a later release only
adds functions in a newer node, so tables only ever grow at the end.

vireo's own additions to the API (include/libvirt/libvirt-vireo.h, written by
hand in core/) are not libvirt's and so not in the .def: EXTENSIONS lists
them, and --syms puts them in VIREO_x.y.z nodes, a chain of their own after
libvirt's, so that no libvirt node ever holds a symbol libvirt does not have.
"""

import re
import sys

HANDLES = {
    # type: (validity check, expression giving the connection,
    #        invalid-handle code, error domain of that report or None for the
    #        entry point's own domain)
    'virConnectPtr': ('virConnectIsValid(%s)', '%s', 'VIR_ERR_INVALID_CONN', None),
    'virDomainPtr': ('virDomainIsValidHandle(%s)', '%s->conn', 'VIR_ERR_INVALID_DOMAIN', 'VIR_FROM_DOM'),
    'virNetworkPtr': ('virNetworkIsValidHandle(%s)', '%s->conn', 'VIR_ERR_INVALID_NETWORK', 'VIR_FROM_NETWORK'),
    'virNetworkPortPtr': ('virNetworkPortIsValidHandle(%s)', '%s->net->conn', 'VIR_ERR_INVALID_NETWORK_PORT', 'VIR_FROM_NETWORK'),
    'virInterfacePtr': ('virInterfaceIsValidHandle(%s)', '%s->conn', 'VIR_ERR_INVALID_INTERFACE', 'VIR_FROM_INTERFACE'),
    'virStoragePoolPtr': ('virStoragePoolIsValidHandle(%s)', '%s->conn', 'VIR_ERR_INVALID_STORAGE_POOL', 'VIR_FROM_STORAGE'),
    'virStorageVolPtr': ('virStorageVolIsValidHandle(%s)', '%s->conn', 'VIR_ERR_INVALID_STORAGE_VOL', 'VIR_FROM_STORAGE'),
    'virNodeDevicePtr': ('virNodeDeviceIsValidHandle(%s)', '%s->conn', 'VIR_ERR_INVALID_NODE_DEVICE', 'VIR_FROM_NODEDEV'),
    'virSecretPtr': ('virSecretIsValidHandle(%s)', '%s->conn', 'VIR_ERR_INVALID_SECRET', 'VIR_FROM_SECRET'),
    'virNWFilterPtr': ('virNWFilterIsValidHandle(%s)', '%s->conn', 'VIR_ERR_INVALID_NWFILTER', 'VIR_FROM_NWFILTER'),
    'virNWFilterBindingPtr': ('virNWFilterBindingIsValidHandle(%s)', '%s->conn', 'VIR_ERR_INVALID_NWFILTER_BINDING', 'VIR_FROM_NWFILTER'),
    'virStreamPtr': ('virStreamIsValidHandle(%s)', '%s->conn', 'VIR_ERR_INVALID_STREAM', 'VIR_FROM_STREAMS'),
    'virDomainSnapshotPtr': ('virDomainSnapshotIsValidHandle(%s)', '%s->domain->conn', 'VIR_ERR_INVALID_DOMAIN_SNAPSHOT', 'VIR_FROM_DOMAIN_SNAPSHOT'),
    'virDomainCheckpointPtr': ('virDomainCheckpointIsValidHandle(%s)', '%s->domain->conn', 'VIR_ERR_INVALID_DOMAIN_CHECKPOINT', 'VIR_FROM_DOMAIN_CHECKPOINT'),
}

GROUPS = {
    # group: (C struct name, expression of the table for connection "conn")
    'hypervisor': ('virPluginHypervisorDriver', 'entryConn->driver->hypervisor'),
    'network': ('virPluginNetworkDriver', 'entryConn->driver->network'),
    'storage': ('virPluginStorageDriver', 'entryConn->driver->storage'),
    'interface': ('virPluginInterfaceDriver', 'entryConn->driver->interface'),
    'nodedev': ('virPluginNodeDeviceDriver', 'entryConn->driver->nodeDevice'),
    'nwfilter': ('virPluginNWFilterDriver', 'entryConn->driver->nwfilter'),
    'secret': ('virPluginSecretDriver', 'entryConn->driver->secret'),
    'stream': ('virPluginStreamDriver', None),
}

LINE_RE = re.compile(r'^(LIBVIRT_\d+\.\d+\.\d+)\s+(\S+)\s+(.*?)\b(vir\w+)\((.*)\);'
                     r'(?:\s*\[([^\]]*)\])?$')
# typed parameters to set, validated as libvirt validates them: "typed(params,nparams)"
TYPED_RE = re.compile(r'^typed\((\w+),(\w+)\)$')
# the read-only refusal for a second connection (a migration's destination): "ro(dconn)"
RO_ARG_RE = re.compile(r'^ro\((\w+)\)$')
# an exclusive pair "A^B" or a requirement "A>B" (A needs B), optionally with
# "@name": the function libvirt names in str1 when it is not the entry point
FLAGRULE_RE = re.compile(r'^(VIR_\w+)([\^>])(VIR_\w+)(?:@(vir\w+))?$')


class Arg:
    def __init__(self, text):
        text = text.strip()
        self.nonnegative = text.endswith('>=0')
        if self.nonnegative:
            text = text[:-3]
        m = re.search(r'!\[(\*?\w+)\]$', text)
        self.arraylen = m.group(1) if m else None
        if m:
            text = text[:m.start()]
        self.valid = text.endswith('@')
        if self.valid:
            text = text[:-1]
        self.positive = text.endswith('>0')
        if self.positive:
            text = text[:-2]
        self.nonzero = text.endswith('!=0')
        if self.nonzero:
            text = text[:-3]
        self.required = text.endswith('!')
        if self.required:
            text = text[:-1]
        m = re.match(r'^(.*?)(\w+)$', text)
        if not m or '(' in text:
            raise ValueError('cannot parse argument %r' % text)
        self.type = m.group(1).strip()
        self.name = m.group(2)

    def has_marks(self):
        return self.required or self.nonzero or self.arraylen or self.nonnegative or \
            self.valid or self.positive

    def decl(self):
        sep = '' if self.type.endswith('*') else ' '
        return '%s%s%s' % (self.type, sep, self.name)


class Func:
    def __init__(self, node, kind, rettype, name, args, header, group, domain, lineno,
                 steps=None):
        self.node = node
        self.kind = kind
        self.rettype = rettype.strip()
        self.name = name
        self.args = [] if args.strip() == 'void' else [Arg(a) for a in args.split(',')]
        self.header = header
        self.group = group
        self.domain = domain
        self.lineno = lineno
        parts = kind.split('+')
        self.base = parts[0]
        self.modifiers = set(parts[1:])
        if self.base not in ('core', 'r', 'w', 'W') or not self.modifiers <= {'fallback', 'minus1', 'check'}:
            raise ValueError('line %d: unknown kind %r' % (lineno, kind))
        self.steps = self.parse_steps(steps)

    def default_steps(self):
        # the order the kind implies when the line gives none
        steps = {'r': ['args'], 'w': ['ro', 'args'], 'W': ['args', 'ro'], 'core': []}[self.base]
        if 'check' in self.modifiers:
            steps.append('check')
        return steps

    def parse_steps(self, text):
        """The entry checks in order: ('ro',), ('roarg', conn), ('check',),
        ('arg', Arg), ('typed', params, nparams) or ('flags', '^' or '>',
        first flag, second flag, str1 or None)."""
        if self.base == 'core' and text is None:
            return []
        if text is None:
            words = self.default_steps()
        else:
            words = text.split()
            if self.base == 'core':
                raise ValueError('line %d: a core function has no entry checks' % self.lineno)
        byname = {a.name: a for a in self.args}
        named = [w for w in words if w in byname]
        steps = []
        for w in words:
            m = FLAGRULE_RE.match(w)
            t = TYPED_RE.match(w)
            r = RO_ARG_RE.match(w)
            if r:
                if r.group(1) not in byname or byname[r.group(1)].type != 'virConnectPtr':
                    raise ValueError('line %d: %r needs a connection argument' % (self.lineno, w))
                steps.append(('roarg', r.group(1)))
            elif t:
                if not all(x in byname for x in t.groups()):
                    raise ValueError('line %d: unknown argument in %r' % (self.lineno, w))
                steps.append(('typed',) + t.groups())
            elif w in ('ro', 'check'):
                steps.append((w,))
            elif w == 'args':
                steps.extend(('arg', a) for a in self.args if a.name not in named)
            elif w in byname:
                steps.append(('arg', byname[w]))
            elif m:
                if not any(a.name == 'flags' for a in self.args):
                    raise ValueError('line %d: flag rule without flags' % self.lineno)
                steps.append(('flags',) + m.groups())
            else:
                raise ValueError('line %d: unknown check %r' % (self.lineno, w))
        kinds = [st[0] for st in steps]
        if kinds.count('ro') != (1 if self.base in ('w', 'W') else 0):
            raise ValueError('line %d: "ro" must appear once exactly for kinds w and W' % self.lineno)
        if kinds.count('check') != (1 if 'check' in self.modifiers else 0):
            raise ValueError('line %d: "check" must appear once exactly with +check' % self.lineno)
        checked = [st[1] for st in steps if st[0] == 'arg']
        if len(checked) != len(set(checked)) or \
           any(a not in checked for a in self.args if a.has_marks()):
            raise ValueError('line %d: every marked argument is checked once' % self.lineno)
        for i, a in enumerate(checked):
            # "![*n]" reads *n: n must have been checked (not NULL) before
            if a.arraylen and a.arraylen.startswith('*') and \
               a.arraylen[1:] not in [b.name for b in checked[:i]]:
                raise ValueError('line %d: %s is checked before %s' % (self.lineno, a.name,
                                                                      a.arraylen[1:]))
        return steps

    @property
    def is_pointer(self):
        return self.rettype.endswith('*') or self.rettype.endswith('Ptr')

    @property
    def error_value(self):
        if self.is_pointer:
            return 'NULL'
        if self.rettype.startswith('unsigned'):
            return '0'
        return '-1'

    def failed(self, var):
        if 'minus1' in self.modifiers:
            return '%s == -1' % var
        if self.is_pointer:
            return '!%s' % var
        if self.rettype.startswith('unsigned'):
            return '%s == 0' % var
        return '%s < 0' % var

    @property
    def slot(self):
        base = self.name[3:]
        if base.startswith('NWFilter'):
            return 'nwfilter' + base[len('NWFilter'):]
        return base[0].lower() + base[1:]

    def proto_args(self):
        return ', '.join(a.decl() for a in self.args) or 'void'

    def handle(self):
        for a in self.args:
            if a.type in HANDLES:
                return a
        return None


def node_key(node):
    return tuple(int(x) for x in node.split('_')[1].split('.'))


def parse(path):
    funcs = []
    header = group = domain = None
    lines = []
    for lineno, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.split('#', 1)[0].rstrip()
        if not line:
            continue
        if line[0].isspace() and lines and lines[-1][1].startswith('LIBVIRT_'):
            # a continuation: the check list of a long line
            lines[-1] = (lines[-1][0], lines[-1][1] + ' ' + line.strip())
            continue
        lines.append((lineno, line))
    for lineno, line in lines:
        if line.startswith('@'):
            _, header, group, domain = line.split()
            continue
        m = LINE_RE.match(line)
        if not m:
            raise SystemExit('%s:%d: cannot parse: %s' % (path, lineno, line))
        node, kind, rettype, name, args, steps = m.groups()
        funcs.append(Func(node, kind, rettype, name, args, header, group, domain, lineno,
                          steps))
    names = [f.name for f in funcs]
    if len(names) != len(set(names)):
        raise SystemExit('%s: duplicate function' % path)
    return funcs


# vireo's additions, (node, symbol): each node is VIREO_x.y.z, x.y.z the vireo
# release that added the function; like libvirt's, a symbol never changes node.
EXTENSIONS = [
    ('VIREO_0.1.0', 'vireoPluginReport'),
]
EXTENSION_NODE_RE = re.compile(r'^VIREO_\d+\.\d+\.\d+$')


def gen_syms(funcs, extra, extensions):
    nodes = sorted({f.node for f in funcs} | {n for n, _ in extra}, key=node_key)
    out = ['# Generated by build-aux/apigen.py from core/api/libvirt-api.def: do not edit.',
           '# One node per libvirt release that added API; each inherits the previous.',
           '# Then vireo\'s own additions (libvirt-vireo.h), in a VIREO_x.y.z chain of',
           '# their own.', '']
    for n, _ in extensions:
        if not EXTENSION_NODE_RE.match(n):
            raise SystemExit('apigen.py: extension node %s is not VIREO_x.y.z' % n)
    chains = [(nodes, lambda node: [f.name for f in funcs if f.node == node] +
               [s for n, s in extra if n == node]),
              (sorted({n for n, _ in extensions}, key=node_key),
               lambda node: [s for n, s in extensions if n == node])]
    first = True
    for chain, members in chains:
        prev = None
        for node in chain:
            out.append('%s {' % node)
            out.append('    global:')
            for s in sorted(members(node)):
                out.append('        %s;' % s)
            if first:
                out.append('    local:')
                out.append('        *;')
                first = False
            out.append('}%s;' % (' ' + prev if prev else ''))
            out.append('')
            prev = node
    return '\n'.join(out)


def dispatched(funcs, group):
    fs = [f for f in funcs if f.group == group and f.base != 'core']
    return sorted(fs, key=lambda f: (node_key(f.node), f.name))


def gen_tables(funcs):
    out = ['/* Generated by build-aux/apigen.py from core/api/libvirt-api.def: do not edit. */',
           '/*',
           ' * libvirt-plugin-drivers.h: the callback tables behind the public API',
           ' *',
           ' * Part of the plugin SDK; included by <libvirt/libvirt-plugin.h>.  Each',
           ' * table starts with a virPluginStructHeader and only grows at the end: a',
           ' * slot serves the public function of the same name (virDomainGetInfo ->',
           ' * domainGetInfo) with the same signature, and the comment after it is the',
           ' * libvirt release that added that function.  A NULL slot, or one past the',
           ' * table\'s structSize, means "not supported by this driver".',
           ' */',
           '#ifndef LIBVIRT_PLUGIN_DRIVERS_H',
           '#define LIBVIRT_PLUGIN_DRIVERS_H', '',
           '#ifndef LIBVIRT_PLUGIN_H',
           '# error "include <libvirt/libvirt-plugin.h> instead of <libvirt/libvirt-plugin-drivers.h>"',
           '#endif', '']
    for group, (struct, _) in GROUPS.items():
        fs = dispatched(funcs, group)
        out.append('typedef struct _%s %s;' % (struct, struct))
        out.append('struct _%s {' % struct)
        out.append('    virPluginStructHeader hdr;')
        out.append('    const char *name;')
        if group == 'hypervisor':
            out.append('    /* not public API: open a connection for a URI (virDrvOpenStatus), and')
            out.append('     * release it when the last reference to it goes */')
            out.append('    int (*connectOpen)(virConnectPtr conn, virConnectAuthPtr auth, unsigned int flags);')
            out.append('    int (*connectClose)(virConnectPtr conn);')
        for f in fs:
            sep = '' if f.rettype.endswith('*') else ' '
            out.append('    %s%s(*%s)(%s);  /* %s */' % (f.rettype, sep, f.slot, f.proto_args(),
                                                  f.node.split('_')[1]))
        out.append('};')
        out.append('')
    out.append('#endif /* LIBVIRT_PLUGIN_DRIVERS_H */')
    return '\n'.join(out)


def gen_arg_checks(out, f, a):
    """The checks the marks of argument @a of @f ask for, in a fixed order."""
    ptr = a.type.endswith('*')
    if a.required:
        out.append('    if (!%s) {' % a.name)
        out.append('        virReportInvalidNonNullArg(%s, __func__, "%s");' % (f.domain, a.name))
        out.append('        goto error;')
        out.append('    }')
    if a.nonzero:
        out.append('    if (%s == 0) {' % a.name)
        out.append('        virReportInvalidZeroArg(%s, __func__, "%s");' % (f.domain, a.name))
        out.append('        goto error;')
        out.append('    }')
    if a.arraylen:
        out.append('    if (!%s && %s > 0) {' % (a.name, a.arraylen))
        out.append('        virReportInvalidNonNullArg(%s, __func__, "%s");' % (f.domain, a.name))
        out.append('        goto error;')
        out.append('    }')
    if a.nonnegative:
        val = '*%s' % a.name if ptr else a.name
        out.append('    if (%s < 0) {' % val)
        out.append('        virReportInvalidNegativeArg(%s, __func__, "%s");' % (f.domain, val))
        out.append('        goto error;')
        out.append('    }')
    if a.valid:
        vcheck, _, vcode, vdomain = HANDLES[a.type]
        out.append('    if (!%s) {' % (vcheck % a.name))
        out.append('        virReportInvalidHandle(%s, %s, __func__);' % (vdomain or f.domain, vcode))
        out.append('        goto error;')
        out.append('    }')
    if a.positive:
        val = '*%s' % a.name if ptr else a.name
        out.append('    if (%s <= 0) {' % val)
        out.append('        virReportInvalidNonPositiveArg(%s, __func__, "%s");' % (f.domain, val))
        out.append('        goto error;')
        out.append('    }')


def gen_dispatch(funcs):
    out = ['/* Generated by build-aux/apigen.py from core/api/libvirt-api.def: do not edit. */',
           '/*',
           ' * The public entry points that only check their arguments and call the',
           ' * connection\'s driver.  Each resets the last error, validates its handle,',
           ' * refuses mutating calls on read-only connections, checks its arguments',
           ' * and flags in the order libvirt-api.def gives, then calls the driver or',
           ' * reports VIR_ERR_NO_SUPPORT.',
           ' */',
           '#include <config.h>', '',
           '#include "internal.h"',
           '#include "virerror.h"',
           '#include "datatypes.h"',
           '#include "virdriver.h"',
           '#include "virapifallback.h"', '',
           '#pragma GCC diagnostic ignored "-Wmissing-prototypes"', '']
    for f in funcs:
        if f.base == 'core':
            continue
        h = f.handle()
        listhandle = None
        if not h and f.args and f.args[0].type == 'virDomainPtr *':
            # an array of domains of one connection: the first one counts
            listhandle = f.args[0]
        if not h and not listhandle:
            raise SystemExit('%s: no handle argument' % f.name)
        sep = '' if f.rettype.endswith('*') else ' '
        out.append('%s%s' % (f.rettype, ''))
        out.append('%s(%s)' % (f.name, f.proto_args()))
        out.append('{')
        out.append('    virConnectPtr entryConn;')
        out.append('')
        out.append('    virResetLastError();')
        if listhandle:
            n = listhandle.name
            out.append('    if (!%s) {' % n)
            out.append('        virReportInvalidNonNullArg(%s, __func__, "%s");' % (f.domain, n))
            out.append('        virDispatchError(NULL);')
            out.append('        return %s;' % f.error_value)
            out.append('    }')
            out.append('    if (!%s[0]) {' % n)
            out.append('        virReportEmptyArrayArg(%s, __func__, "%s");' % (f.domain, n))
            out.append('        virDispatchError(NULL);')
            out.append('        return %s;' % f.error_value)
            out.append('    }')
            listhandle.required = False
        check, connexpr, code, hdomain = HANDLES['virDomainPtr' if listhandle else h.type]
        hname = '%s[0]' % listhandle.name if listhandle else h.name
        out.append('    if (!%s) {' % (check % hname))
        out.append('        virReportInvalidHandle(%s, %s, __func__);' % (hdomain or f.domain, code))
        out.append('        virDispatchError(NULL);')
        out.append('        return %s;' % f.error_value)
        out.append('    }')
        out.append('    entryConn = %s;' % (connexpr % hname))
        for step in f.steps:
            if step[0] == 'ro':
                out.append('    if (virConnectIsReadOnly(entryConn)) {')
                out.append('        virReportReadOnlyDenied(%s, __func__);' % f.domain)
                out.append('        goto error;')
                out.append('    }')
            elif step[0] == 'check':
                out.append('    if (%sCheck(%s) < 0)' % (f.name, ', '.join(a.name for a in f.args)))
                out.append('        goto error;')
            elif step[0] == 'roarg':
                out.append('    if (virConnectIsReadOnly(%s)) {' % step[1])
                out.append('        virReportReadOnlyDenied(%s, __func__);' % f.domain)
                out.append('        goto error;')
                out.append('    }')
            elif step[0] == 'typed':
                out.append('    if (virAPICheckTypedParamsSet(%s, %s) < 0)' % step[1:])
                out.append('        goto error;')
            elif step[0] == 'flags':
                _, first, op, second, where = step
                where = '"%s"' % where if where else '__func__'
                if op == '^':
                    out.append('    if ((flags & %s) && (flags & %s)) {' % (first, second))
                    out.append('        virReportExclusiveFlags(%s, %s, "%s", "%s");' % (
                        f.domain, where, first, second))
                else:
                    out.append('    if ((flags & %s) && !(flags & %s)) {' % (first, second))
                    out.append('        virReportRequiredFlag(%s, %s, "%s", "%s");' % (
                        f.domain, where, second, first))
                out.append('        goto error;')
                out.append('    }')
            else:
                gen_arg_checks(out, f, step[1])
        struct, tblexpr = GROUPS[f.group]
        if f.group == 'stream':
            tblexpr = '%s->driver' % hname
        out.append('    {')
        out.append('        const %s *tbl = %s;' % (struct, tblexpr if f.group == 'stream'
                                                    else 'entryConn->driver ? %s : NULL' % tblexpr))
        out.append('')
        out.append('        if (tbl && VIR_PLUGIN_HAS(%s, tbl, %s) && tbl->%s) {' % (struct, f.slot, f.slot))
        out.append('            %s%sret = tbl->%s(%s);' % (f.rettype, sep, f.slot, ', '.join(a.name for a in f.args)))
        out.append('')
        out.append('            if (%s)' % f.failed('ret'))
        out.append('                goto error;')
        out.append('            return ret;')
        out.append('        }')
        out.append('    }')
        if 'fallback' in f.modifiers:
            out.append('    return %sFallback(%s);' % (f.name, ', '.join(a.name for a in f.args)))
        else:
            out.append('    virReportUnsupported(%s, __func__);' % f.domain)
        out.append('')
        out.append(' error:')
        out.append('    virDispatchError(entryConn);')
        out.append('    return %s;' % f.error_value)
        out.append('}')
        out.append('')
    return '\n'.join(out)


def gen_calls(funcs):
    out = ['/* Generated by build-aux/apigen.py from core/api/libvirt-api.def: do not edit. */',
           '/*',
           ' * One caller per public function.  The handle argument gets @h; every',
           ' * other pointer argument gets @fill, except argument number @nullArg',
           ' * (0-based), which gets NULL; integers get 1.',
           ' */', '']
    entries = []
    for f in funcs:
        h = f.handle()
        hidx = f.args.index(h) if h else -1
        if not h and f.args and f.args[0].type == 'virDomainPtr *':
            hidx = 0
        vals = []
        ptrmask = 0
        for i, a in enumerate(f.args):
            ptr = a.type.endswith('*') or a.type.endswith('Ptr') or a.type.endswith('Func') or \
                a.type.endswith('Callback') or a.type.endswith('CallbackPtr')
            if i == hidx:
                if a.type == 'virDomainPtr *':
                    vals.append('(h ? domlist : NULL)')
                else:
                    vals.append('(%s)h' % a.type)
            elif ptr:
                ptrmask |= 1 << i
                vals.append('(nullArg == %d ? NULL : (%s)fill)' % (i, a.type))
            else:
                vals.append('(%s)1' % a.type)
        out.append('static void')
        out.append('call_%s(void *h, void *fill, int nullArg)' % f.name)
        out.append('{')
        if hidx >= 0 and f.args[hidx].type == 'virDomainPtr *':
            out.append('    virDomainPtr domlist[2] = { h, NULL };')
        out.append('    (void)fill;')
        out.append('    (void)nullArg;')
        out.append('    (void)%s(%s);' % (f.name, ', '.join(vals)))
        out.append('}')
        out.append('')
        names = ', '.join('"%s"' % a.name for a in f.args)
        validmask = sum(1 << i for i, a in enumerate(f.args) if a.valid)
        condmask = sum(1 << i for i, a in enumerate(f.args) if a.arraylen)
        entries.append('    { "%s", call_%s, "%s", %d, %d, 0x%x, 0x%x, 0x%x, "%s", { %s } },' % (
            f.name, f.name, f.args[hidx].type if hidx >= 0 else '', hidx, len(f.args),
            ptrmask, validmask, condmask, f.kind, names or 'NULL'))
    out.append('static const virTestAPICall virTestAPICalls[] = {')
    out.extend(entries)
    out.append('};')
    return '\n'.join(out)


def main():
    if len(sys.argv) != 3:
        raise SystemExit('usage: apigen.py --syms|--tables|--dispatch|--list|--calls FILE.def')
    mode, path = sys.argv[1], sys.argv[2]
    funcs = parse(path)
    extra = [('LIBVIRT_0.4.0', 'virConnectAuthPtrDefault')]
    if mode == '--syms':
        print(gen_syms(funcs, extra, EXTENSIONS))
    elif mode == '--tables':
        print(gen_tables(funcs))
    elif mode == '--dispatch':
        print(gen_dispatch(funcs))
    elif mode == '--calls':
        print(gen_calls(funcs))
    elif mode == '--list':
        for f in funcs:
            print(f.name, f.node, f.kind)
        for n, s in extra:
            print(s, n, 'variable')
        for n, s in EXTENSIONS:
            print(s, n, 'extension')
    else:
        raise SystemExit('unknown mode %s' % mode)


if __name__ == '__main__':
    main()
