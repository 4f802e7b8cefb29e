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
# automake's TAP driver is not copied by --add-missing; take the installed one
for d in /usr/share/automake-*; do
    if [ -f "$d/tap-driver.sh" ]; then
        cp -f "$d/tap-driver.sh" build-aux/tap-driver.sh
        break
    fi
done
test -f build-aux/tap-driver.sh || { echo "autogen.sh: automake's tap-driver.sh not found" >&2; exit 1; }
