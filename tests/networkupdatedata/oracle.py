#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""oracle.py: write the expected results of networkupdatetest from libvirt.

   oracle.py [--check] [NAME...]

Runs each case (NAME.update, every case without arguments) through
virNetworkUpdate() on libvirt's test:///default with the python3-libvirt
found first on sys.path -- Debian's libvirt 9.0 with /usr/bin/python3 -- and
writes NAME.expect.xml (the network's XML after the last step) or NAME.err
(the last step's error: "VIR_ERR_NAME: message"), removing the other.  With
--check nothing is written; the differences are printed.

A case's network (in-*.xml) is defined, and started unless its steps use
flags=config; each step is virNetworkUpdate() with AFFECT_LIVE or
AFFECT_CONFIG; every step but the last must succeed.
"""

import configparser
import os
import sys

import libvirt

DATA = os.path.dirname(os.path.abspath(__file__))

COMMANDS = {'modify': 1, 'delete': 2, 'add-last': 3, 'add-first': 4}
SECTIONS = {'bridge': 1, 'domain': 2, 'ip': 3, 'ip-dhcp-host': 4, 'ip-dhcp-range': 5,
            'forward': 6, 'forward-interface': 7, 'forward-pf': 8, 'portgroup': 9,
            'dns-host': 10, 'dns-txt': 11, 'dns-srv': 12}
ERRORS = {getattr(libvirt, n): n for n in dir(libvirt) if n.startswith('VIR_ERR_')
          and n not in ('VIR_ERR_NONE', 'VIR_ERR_WARNING', 'VIR_ERR_ERROR')}


def number(table, value):
    return table[value] if value in table else int(value)


def run(name):
    cfg = configparser.ConfigParser(interpolation=None)
    cfg.optionxform = str
    cfg.read(os.path.join(DATA, name + '.update'))
    steps = [s for s in cfg.sections() if s != 'case']
    config = any(cfg[s].get('flags') == 'config' for s in steps)
    with open(os.path.join(DATA, cfg['case']['network'] + '.xml')) as f:
        netxml = f.read()

    conn = libvirt.open('test:///default')
    try:
        net = conn.networkDefineXML(netxml)
        if not config:
            net.create()
        for i, s in enumerate(steps):
            st = cfg[s]
            flags = (libvirt.VIR_NETWORK_UPDATE_AFFECT_CONFIG if st.get('flags') == 'config'
                     else libvirt.VIR_NETWORK_UPDATE_AFFECT_LIVE)
            xml = st['xml'].replace('\\n', '\n').replace('\\\\', '\\')
            try:
                net.update(number(COMMANDS, st['command']), number(SECTIONS, st['section']),
                           int(st.get('parent-index', '-1')), xml, flags)
            except libvirt.libvirtError as e:
                if i != len(steps) - 1:
                    raise
                code = e.get_error_code()
                return '.err', '%s: %s\n' % (ERRORS.get(code, str(code)), e.get_error_message())
        return '.expect.xml', net.XMLDesc(0)
    finally:
        conn.close()


def main(argv):
    check = argv[:1] == ['--check']
    names = argv[1:] if check else argv
    if not names:
        names = sorted(f[:-len('.update')] for f in os.listdir(DATA) if f.endswith('.update'))
    libvirt.registerErrorHandler(lambda ctx, err: None, None)
    status = 0
    for name in names:
        suffix, text = run(name)
        path = os.path.join(DATA, name + suffix)
        other = os.path.join(DATA, name + ('.err' if suffix == '.expect.xml' else '.expect.xml'))
        if check:
            old = open(path).read() if os.path.exists(path) else None
            if old != text or os.path.exists(other):
                print('== %s differs: libvirt gives %s\n%s' % (name, suffix, text))
                status = 1
            continue
        with open(path, 'w') as f:
            f.write(text)
        if os.path.exists(other):
            os.unlink(other)
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
