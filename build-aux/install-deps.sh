#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# install-deps.sh: install what building and testing vireo needs on Debian 12.
# Idempotent: packages already present are left as they are.
#
#   --with-oracle   also install Debian's libvirt (client, daemon, headers,
#                   python3-libvirt): the binary-compatibility tests and the
#                   benchmarks compare against it.
set -e

packages="build-essential autoconf automake libtool libltdl-dev pkg-config
gettext autopoint python3 libglib2.0-dev libxml2-dev libxml2-utils
libgnutls28-dev libnl-3-dev libnl-route-3-dev libreadline-dev xz-utils valgrind"
oracle="libvirt-clients libvirt-dev python3-libvirt"

case "$1" in
    --with-oracle) packages="$packages $oracle" ;;
    "") ;;
    *) echo "usage: $0 [--with-oracle]" >&2; exit 2 ;;
esac

missing=
for p in $packages; do
    if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: everything is installed"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing:$missing" >&2
    echo "install-deps: run as root (or with sudo) to install them" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# no package postinst may start services on a build machine
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get install -y -qq --no-install-recommends $missing
echo "install-deps: installed$missing"
