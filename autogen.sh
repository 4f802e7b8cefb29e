#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# autogen.sh: regenerate the build system from a git checkout.
set -e
srcdir=$(dirname "$0")
cd "$srcdir"
autopoint --force
libtoolize --copy --force
aclocal -I m4
autoconf
autoheader
automake --add-missing --copy
# configure's clean-up deletes a core dump called "core" before anything
# else ("rm -f core ... && rm -f conftest* confdefs*"); our top-level core/
# directory makes that rm fail, which leaves confdefs.h behind and prints
# "cannot remove 'core'" on every check.  No core dump is named so here.
sed -i 's/rm -f core /rm -f /g' configure
# automake's TAP driver is not copied by --add-missing; take the installed one
for d in /usr/share/automake-*; do
    if [ -f "$d/tap-driver.sh" ]; then
        cp -f "$d/tap-driver.sh" build-aux/tap-driver.sh
        break
    fi
done
test -f build-aux/tap-driver.sh || { echo "autogen.sh: automake's tap-driver.sh not found" >&2; exit 1; }
