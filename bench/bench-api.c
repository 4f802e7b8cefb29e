/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * bench-api.c: the public API on test:///default, phase by phase
 *
 *   bench-api N [LISTS]
 *
 * defines N domains from XML, looks each up by name, fetches each one's
 * XML, lists them all LISTS times (default 20), starts and destroys each,
 * and undefines each.  The lookup, XML and start+destroy phases go over the
 * N domains 100,000 / N times (at least once), so that every size measures
 * at least 100,000 of those operations and a microsecond-long phase is not
 * lost in the clock's noise.  One line per phase on stdout,
 *
 *   PHASE <tab> N <tab> OPERATIONS <tab> SECONDS
 *
 * then "rss <tab> N <tab> 1 <tab> KIB" (the process's peak resident size).
 * The file uses nothing but <libvirt/libvirt.h>, so the same source builds
 * against vireo and against libvirt (bench/run.sh does both).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

static double
benchNow(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
benchDie(const char *what, int i)
{
    virErrorPtr err = virGetLastError();

    fprintf(stderr, "bench-api: %s failed at %d: %s\n", what, i,
            err && err->message ? err->message : "(no error)");
    exit(EXIT_FAILURE);
}

static void
benchReport(const char *phase, int n, long ops, double start)
{
    printf("%s\t%d\t%ld\t%.6f\n", phase, n, ops, benchNow() - start);
    fflush(stdout);
}

static void
benchQuiet(void *opaque, virErrorPtr err)
{
    (void)opaque;
    (void)err;
}

int
main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 1000;
    int lists = argc > 2 ? atoi(argv[2]) : 20;
    int passes;
    int pass;
    virConnectPtr conn;
    char name[64];
    char xml[512];
    struct rusage ru;
    double start;
    int i;

    if (n <= 0 || lists <= 0) {
        fprintf(stderr, "usage: bench-api N [LISTS]\n");
        return EXIT_FAILURE;
    }
    passes = n < 100000 ? 100000 / n : 1;
    virSetErrorFunc(NULL, benchQuiet);
    if (!(conn = virConnectOpen("test:///default")))
        benchDie("virConnectOpen", 0);

    start = benchNow();
    for (i = 0; i < n; i++) {
        virDomainPtr dom;

        snprintf(xml, sizeof(xml),
                 "<domain type='test'>"
                 "<name>bench-%d</name>"
                 "<uuid>%08x-1234-4321-abcd-%012x</uuid>"
                 "<memory unit='KiB'>1048576</memory>"
                 "<vcpu>1</vcpu>"
                 "<os><type arch='i686'>hvm</type></os>"
                 "</domain>", i, (unsigned int)i, (unsigned int)i);
        if (!(dom = virDomainDefineXML(conn, xml)))
            benchDie("virDomainDefineXML", i);
        virDomainFree(dom);
    }
    benchReport("define", n, n, start);

    start = benchNow();
    for (pass = 0; pass < passes; pass++) {
        for (i = 0; i < n; i++) {
            virDomainPtr dom;

            snprintf(name, sizeof(name), "bench-%d", i);
            if (!(dom = virDomainLookupByName(conn, name)))
                benchDie("virDomainLookupByName", i);
            virDomainFree(dom);
        }
    }
    benchReport("lookup", n, (long)n * passes, start);

    start = benchNow();
    for (pass = 0; pass < passes; pass++) {
        for (i = 0; i < n; i++) {
            virDomainPtr dom;
            char *desc;

            snprintf(name, sizeof(name), "bench-%d", i);
            if (!(dom = virDomainLookupByName(conn, name)) ||
                !(desc = virDomainGetXMLDesc(dom, 0)))
                benchDie("virDomainGetXMLDesc", i);
            free(desc);
            virDomainFree(dom);
        }
    }
    benchReport("xml", n, (long)n * passes, start);

    start = benchNow();
    for (i = 0; i < lists; i++) {
        virDomainPtr *doms = NULL;
        int got = virConnectListAllDomains(conn, &doms, 0);
        int j;

        if (got != n + 1)
            benchDie("virConnectListAllDomains", got);
        for (j = 0; j < got; j++)
            virDomainFree(doms[j]);
        free(doms);
    }
    benchReport("list", n, lists, start);

    start = benchNow();
    for (pass = 0; pass < passes; pass++) {
        for (i = 0; i < n; i++) {
            virDomainPtr dom;

            snprintf(name, sizeof(name), "bench-%d", i);
            if (!(dom = virDomainLookupByName(conn, name)) ||
                virDomainCreate(dom) < 0 || virDomainDestroy(dom) < 0)
                benchDie("virDomainCreate/Destroy", i);
            virDomainFree(dom);
        }
    }
    benchReport("start-destroy", n, (long)n * passes, start);

    start = benchNow();
    for (i = 0; i < n; i++) {
        virDomainPtr dom;

        snprintf(name, sizeof(name), "bench-%d", i);
        if (!(dom = virDomainLookupByName(conn, name)) || virDomainUndefine(dom) < 0)
            benchDie("virDomainUndefine", i);
        virDomainFree(dom);
    }
    benchReport("undefine", n, n, start);

    virConnectClose(conn);
    getrusage(RUSAGE_SELF, &ru);
    printf("rss\t%d\t1\t%ld\n", n, ru.ru_maxrss);
    return EXIT_SUCCESS;
}
