/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * list-domains.c: a client written for libvirt's public API, and nothing
 * else: it builds unchanged against libvirt's headers or ours.
 *
 *   cc list-domains.c $(pkg-config --cflags --libs libvirt) -o list-domains
 *   ./list-domains test:///default
 */
#include <stdio.h>
#include <stdlib.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

static const char *
stateName(int state)
{
    switch (state) {
    case VIR_DOMAIN_RUNNING: return "running";
    case VIR_DOMAIN_BLOCKED: return "idle";
    case VIR_DOMAIN_PAUSED: return "paused";
    case VIR_DOMAIN_SHUTDOWN: return "in shutdown";
    case VIR_DOMAIN_SHUTOFF: return "shut off";
    case VIR_DOMAIN_CRASHED: return "crashed";
    case VIR_DOMAIN_PMSUSPENDED: return "pmsuspended";
    default: return "no state";
    }
}

static void
quietErrors(void *opaque, virErrorPtr err)
{
    (void)opaque;
    (void)err;
}

int
main(int argc, char **argv)
{
    const char *uri = argc > 1 ? argv[1] : NULL;
    virConnectPtr conn;
    virDomainPtr *domains = NULL;
    unsigned long libVer = 0;
    int n, i;

    virSetErrorFunc(NULL, quietErrors);
    if (virGetVersion(&libVer, NULL, NULL) < 0)
        return EXIT_FAILURE;
    printf("libvirt API %lu.%lu.%lu\n", libVer / 1000000, libVer / 1000 % 1000, libVer % 1000);

    if (!(conn = virConnectOpenReadOnly(uri))) {
        virErrorPtr err = virGetLastError();

        fprintf(stderr, "error: failed to connect to the hypervisor\n");
        fprintf(stderr, "error: %s\n", err ? err->message : "unknown error");
        return EXIT_FAILURE;
    }

    n = virConnectListAllDomains(conn, &domains, 0);
    if (n < 0) {
        fprintf(stderr, "error: %s\n", virGetLastErrorMessage());
        virConnectClose(conn);
        return EXIT_FAILURE;
    }
    printf(" %-4s %-20s %s\n", "Id", "Name", "State");
    for (i = 0; i < n; i++) {
        virDomainInfo info;
        int id = virDomainIsActive(domains[i]) == 1 ? (int)virDomainGetID(domains[i]) : -1;

        if (virDomainGetInfo(domains[i], &info) < 0)
            info.state = VIR_DOMAIN_NOSTATE;
        if (id >= 0)
            printf(" %-4d %-20s %s\n", id, virDomainGetName(domains[i]), stateName(info.state));
        else
            printf(" %-4s %-20s %s\n", "-", virDomainGetName(domains[i]), stateName(info.state));
        virDomainFree(domains[i]);
    }
    free(domains);
    virConnectClose(conn);
    return EXIT_SUCCESS;
}
