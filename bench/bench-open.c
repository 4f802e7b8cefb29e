/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * bench-open.c: the cost of a process's first connection
 *
 *   bench-open URI
 *
 * prints the microseconds virConnectOpen(URI) took, the first call of the
 * process: plugin discovery (reading every manifest on the search path),
 * loading the plugin that serves URI and opening it.  bench/run.sh runs it
 * many times with 1 and with 200 manifests installed and compares medians.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <libvirt/libvirt.h>

int
main(int argc, char **argv)
{
    struct timespec a;
    struct timespec b;
    virConnectPtr conn;

    if (argc != 2) {
        fprintf(stderr, "usage: bench-open URI\n");
        return EXIT_FAILURE;
    }
    clock_gettime(CLOCK_MONOTONIC, &a);
    conn = virConnectOpen(argv[1]);
    clock_gettime(CLOCK_MONOTONIC, &b);
    if (!conn)
        return EXIT_FAILURE;
    printf("%.1f\n", (b.tv_sec - a.tv_sec) * 1e6 + (b.tv_nsec - a.tv_nsec) / 1e3);
    virConnectClose(conn);
    return EXIT_SUCCESS;
}
