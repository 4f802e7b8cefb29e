/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * testdrivereventtest.c: object events of the test hypervisor plugin,
 * through the public API only
 *
 * The program drives test:///default through two connections with
 * callbacks registered for domain, network and storage pool events, and
 * writes a transcript: each call's result (or error code, domain and
 * message) and every event delivered after it.  The transcript must equal
 * testdriverdata/events.expect, which is this same program's output when
 * built against Debian's libvirt 9.0:
 *   cc -I<dir with an empty config.h> $(pkg-config --cflags glib-2.0 libvirt) \
 *      testdrivereventtest.c $(pkg-config --libs glib-2.0 libvirt)
 *   ./a.out --print > testdriverdata/events.expect
 */
#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

/* the event API takes every callback as one generic function type, and the
 * handles' free functions serve as plain destructors: the casts are the
 * API's design */
#pragma GCC diagnostic ignored "-Wcast-function-type"

static GString *transcript;
static virConnectPtr conn1;
static virConnectPtr conn2;

static void
testSilentError(void *opaque G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
}

static void
testNoop(int timer G_GNUC_UNUSED, void *opaque G_GNUC_UNUSED)
{
}

static const char *
testConnName(virConnectPtr conn)
{
    return conn == conn1 ? "c1" : conn == conn2 ? "c2" : "c?";
}

/* the result of a call: its value, or the error it raised */
static void
testResult(const char *what, long long ret)
{
    virErrorPtr err = virGetLastError();

    if (err && err->code != VIR_ERR_OK) {
        /* the message of a deregistration by function names a pointer */
        g_autoptr(GRegex) pointer = g_regex_new("0x[0-9a-f]+", 0, 0, NULL);
        g_autofree char *clean = g_regex_replace(pointer, err->message ? err->message : "",
                                                 -1, 0, "PTR", 0, NULL);

        g_string_append_printf(transcript, "%s: %lld error code=%d domain=%d: %s\n",
                               what, ret, err->code, err->domain, clean);
    } else {
        g_string_append_printf(transcript, "%s: %lld\n", what, ret);
    }
    virResetLastError();
}

/* runs the event loop until everything queued has been delivered */
static void
testFlush(void)
{
    int i;

    for (i = 0; i < 3; i++) {
        int timer = virEventAddTimeout(0, testNoop, NULL, NULL);

        virEventRunDefaultImpl();
        virEventRemoveTimeout(timer);
    }
}

static void
testStep(const char *what, long long ret)
{
    testResult(what, ret);
    testFlush();
}

static void
testHandle(const char *what, void *handle, void (*freefn)(void *))
{
    testResult(what, handle ? 0 : -1);
    if (handle)
        freefn(handle);
    testFlush();
}


/* ---- callbacks ------------------------------------------------------------------ */

static int
testDomLifecycle(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    g_string_append_printf(transcript, "  [%s %s] lifecycle %s id=%d event=%d detail=%d\n",
                           (const char *) opaque, testConnName(conn), virDomainGetName(dom),
                           virDomainGetID(dom), event, detail);
    return 0;
}

static int
testDomLifecycle2(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    return testDomLifecycle(conn, dom, event, detail, opaque);
}

static void
testDomMetadata(virConnectPtr conn, virDomainPtr dom, int type, const char *nsuri,
                void *opaque)
{
    g_string_append_printf(transcript, "  [%s %s] metadata %s type=%d nsuri=%s\n",
                           (const char *) opaque, testConnName(conn), virDomainGetName(dom),
                           type, nsuri ? nsuri : "(null)");
}

static void
testDomReboot(virConnectPtr conn, virDomainPtr dom, void *opaque)
{
    g_string_append_printf(transcript, "  [%s %s] reboot %s\n",
                           (const char *) opaque, testConnName(conn), virDomainGetName(dom));
}

static void
testNetLifecycle(virConnectPtr conn, virNetworkPtr net, int event, int detail, void *opaque)
{
    g_string_append_printf(transcript, "  [%s %s] network %s event=%d detail=%d\n",
                           (const char *) opaque, testConnName(conn), virNetworkGetName(net),
                           event, detail);
}

static void
testPoolLifecycle(virConnectPtr conn, virStoragePoolPtr pool, int event, int detail,
                  void *opaque)
{
    g_string_append_printf(transcript, "  [%s %s] pool %s event=%d detail=%d\n",
                           (const char *) opaque, testConnName(conn),
                           virStoragePoolGetName(pool), event, detail);
}

static void
testPoolRefresh(virConnectPtr conn, virStoragePoolPtr pool, void *opaque)
{
    g_string_append_printf(transcript, "  [%s %s] pool-refresh %s\n",
                           (const char *) opaque, testConnName(conn),
                           virStoragePoolGetName(pool));
}

static void
testFreeOpaque(void *opaque)
{
    g_string_append_printf(transcript, "  free %s\n", (const char *) opaque);
}


/* ---- the scenario --------------------------------------------------------------- */

#define EV_XML \
    "<domain type='test'><name>ev</name>" \
    "<uuid>11111111-2222-3333-4444-555555555555</uuid>" \
    "<memory>1024</memory><os><type>hvm</type></os></domain>"
#define NET_XML \
    "<network><name>n2</name><uuid>11111111-2222-3333-4444-555555555556</uuid></network>"
#define POOL_XML \
    "<pool type='dir'><name>p2</name><uuid>11111111-2222-3333-4444-555555555557</uuid>" \
    "<target><path>/p2</path></target></pool>"

static void
testScenario(const char *savefile)
{
    virDomainPtr dom;
    virDomainPtr ev;
    virNetworkPtr net;
    virStoragePoolPtr pool;
    int ids[16];
    int n;

    conn1 = virConnectOpen("test:///default");
    testResult("register without an event loop",
               virConnectDomainEventRegisterAny(conn1, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                VIR_DOMAIN_EVENT_CALLBACK(testDomLifecycle),
                                                (void *) "X", NULL));
    testResult("network, without an event loop",
               virConnectNetworkEventRegisterAny(conn1, NULL, VIR_NETWORK_EVENT_ID_LIFECYCLE,
                                                 VIR_NETWORK_EVENT_CALLBACK(testNetLifecycle),
                                                 (void *) "X", NULL));
    virConnectClose(conn1);

    virEventRegisterDefaultImpl();
    conn1 = virConnectOpen("test:///default");
    conn2 = virConnectOpen("test:///default");
    dom = virDomainLookupByName(conn1, "test");

    /* registrations and their checks */
    ids[0] = virConnectDomainEventRegisterAny(conn1, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                              VIR_DOMAIN_EVENT_CALLBACK(testDomLifecycle),
                                              (void *) "A", testFreeOpaque);
    testResult("c1 lifecycle, all domains", ids[0]);
    {
        virDomainPtr dom2 = virDomainLookupByName(conn2, "test");

        ids[1] = virConnectDomainEventRegisterAny(conn2, dom2, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                  VIR_DOMAIN_EVENT_CALLBACK(testDomLifecycle),
                                                  (void *) "B", testFreeOpaque);
        testResult("c2 lifecycle, domain test", ids[1]);
        testResult("c2 with c1's domain",
                   virConnectDomainEventRegisterAny(conn2, dom, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                    VIR_DOMAIN_EVENT_CALLBACK(testDomLifecycle),
                                                    (void *) "X", NULL));
        virDomainFree(dom2);
    }
    ids[2] = virConnectDomainEventRegisterAny(conn1, NULL, VIR_DOMAIN_EVENT_ID_REBOOT,
                                              VIR_DOMAIN_EVENT_CALLBACK(testDomReboot),
                                              (void *) "R", testFreeOpaque);
    testResult("c1 reboot", ids[2]);
    ids[3] = virConnectDomainEventRegisterAny(conn1, NULL, VIR_DOMAIN_EVENT_ID_METADATA_CHANGE,
                                              VIR_DOMAIN_EVENT_CALLBACK(testDomMetadata),
                                              (void *) "M", testFreeOpaque);
    testResult("c1 metadata", ids[3]);
    testResult("c1 lifecycle again, same callback",
               virConnectDomainEventRegisterAny(conn1, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                VIR_DOMAIN_EVENT_CALLBACK(testDomLifecycle),
                                                (void *) "X", NULL));
    testResult("old-style register",
               virConnectDomainEventRegister(conn1, testDomLifecycle, (void *) "L",
                                             testFreeOpaque));
    testResult("old-style register, same function",
               virConnectDomainEventRegister(conn1, testDomLifecycle, (void *) "X", NULL));
    testResult("old-style register, c2",
               virConnectDomainEventRegister(conn2, testDomLifecycle2, (void *) "L2",
                                             testFreeOpaque));
    testResult("event id too big",
               virConnectDomainEventRegisterAny(conn1, NULL, 100,
                                                VIR_DOMAIN_EVENT_CALLBACK(testDomLifecycle),
                                                NULL, NULL));
    testResult("event id negative",
               virConnectDomainEventRegisterAny(conn1, NULL, -1,
                                                VIR_DOMAIN_EVENT_CALLBACK(testDomLifecycle),
                                                NULL, NULL));
    testResult("no callback",
               virConnectDomainEventRegisterAny(conn1, NULL, 0, NULL, NULL, NULL));
    ids[4] = virConnectNetworkEventRegisterAny(conn1, NULL, VIR_NETWORK_EVENT_ID_LIFECYCLE,
                                               VIR_NETWORK_EVENT_CALLBACK(testNetLifecycle),
                                               (void *) "N", testFreeOpaque);
    testResult("c1 network lifecycle", ids[4]);
    testResult("network event id too big",
               virConnectNetworkEventRegisterAny(conn1, NULL, 1,
                                                 VIR_NETWORK_EVENT_CALLBACK(testNetLifecycle),
                                                 NULL, NULL));
    ids[5] = virConnectStoragePoolEventRegisterAny(conn1, NULL,
                                                   VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE,
                                                   VIR_STORAGE_POOL_EVENT_CALLBACK(testPoolLifecycle),
                                                   (void *) "P", testFreeOpaque);
    testResult("c1 pool lifecycle", ids[5]);
    ids[6] = virConnectStoragePoolEventRegisterAny(conn1, NULL, VIR_STORAGE_POOL_EVENT_ID_REFRESH,
                                                   VIR_STORAGE_POOL_EVENT_CALLBACK(testPoolRefresh),
                                                   (void *) "PR", testFreeOpaque);
    testResult("c1 pool refresh", ids[6]);
    testResult("pool event id too big",
               virConnectStoragePoolEventRegisterAny(conn1, NULL, 2,
                                                     VIR_STORAGE_POOL_EVENT_CALLBACK(testPoolRefresh),
                                                     NULL, NULL));
    n = virConnectNodeDeviceEventRegisterAny(conn1, NULL, 0,
                                             VIR_NODE_DEVICE_EVENT_CALLBACK(testPoolRefresh),
                                             (void *) "D", testFreeOpaque);
    testResult("c1 node device lifecycle", n);
    testResult("node device event id too big",
               virConnectNodeDeviceEventRegisterAny(conn1, NULL, 2,
                                                    VIR_NODE_DEVICE_EVENT_CALLBACK(testPoolRefresh),
                                                    NULL, NULL));
    testResult("node device deregister", virConnectNodeDeviceEventDeregisterAny(conn1, n));
    testResult("secret event id too big",
               virConnectSecretEventRegisterAny(conn1, NULL, 2,
                                                VIR_SECRET_EVENT_CALLBACK(testPoolRefresh),
                                                NULL, NULL));

    /* domains */
    testStep("suspend", virDomainSuspend(dom));
    testStep("resume", virDomainResume(dom));
    testStep("reboot", virDomainReboot(dom, 0));
    testStep("reset", virDomainReset(dom, 0));
    testStep("description", virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_DESCRIPTION, "hi",
                                                 NULL, NULL, 0));
    testStep("title, config", virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_TITLE, "T",
                                                   NULL, NULL, VIR_DOMAIN_AFFECT_CONFIG));
    testStep("element", virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, "<a/>", "x",
                                             "http://x/", 0));
    testStep("shutdown", virDomainShutdown(dom));
    testStep("start", virDomainCreate(dom));
    testStep("destroy", virDomainDestroy(dom));
    testStep("start paused", virDomainCreateWithFlags(dom, VIR_DOMAIN_START_PAUSED));
    testStep("start", virDomainCreate(dom));
    testStep("save", virDomainSave(dom, savefile));
    testStep("restore", virDomainRestore(conn1, savefile));
    testStep("suspend", virDomainSuspend(dom));
    testStep("managed save", virDomainManagedSave(dom, 0));
    testStep("start from managed save", virDomainCreate(dom));
    testStep("set memory", virDomainSetMemoryFlags(dom, 1048576, VIR_DOMAIN_AFFECT_LIVE));
    testStep("set vcpus", virDomainSetVcpusFlags(dom, 1, VIR_DOMAIN_AFFECT_LIVE));
    testStep("undefine a running domain", virDomainUndefine(dom));
    testStep("destroy the now transient domain", virDomainDestroy(dom));
    virDomainFree(dom);

    testHandle("create transient", virDomainCreateXML(conn1, EV_XML, 0),
               (void (*)(void *)) virDomainFree);
    ev = virDomainLookupByName(conn1, "ev");
    testStep("destroy transient", virDomainDestroy(ev));
    virDomainFree(ev);
    testHandle("create paused", virDomainCreateXML(conn1, EV_XML, VIR_DOMAIN_START_PAUSED),
               (void (*)(void *)) virDomainFree);
    testHandle("define", virDomainDefineXML(conn1, EV_XML), (void (*)(void *)) virDomainFree);
    testHandle("define again", virDomainDefineXML(conn1, EV_XML),
               (void (*)(void *)) virDomainFree);
    ev = virDomainLookupByName(conn1, "ev");
    testStep("autostart", virDomainSetAutostart(ev, 1));
    testStep("start", virDomainCreate(ev));
    testStep("shutdown", virDomainShutdown(ev));
    testStep("undefine", virDomainUndefine(ev));
    virDomainFree(ev);

    /* networks */
    net = virNetworkLookupByName(conn1, "default");
    testStep("network destroy", virNetworkDestroy(net));
    testStep("network start", virNetworkCreate(net));
    testStep("network autostart", virNetworkSetAutostart(net, 1));
    virNetworkFree(net);
    testHandle("network define", virNetworkDefineXML(conn1, NET_XML),
               (void (*)(void *)) virNetworkFree);
    testHandle("network define again", virNetworkDefineXML(conn1, NET_XML),
               (void (*)(void *)) virNetworkFree);
    net = virNetworkLookupByName(conn1, "n2");
    testStep("network undefine", virNetworkUndefine(net));
    virNetworkFree(net);
    testHandle("network create", virNetworkCreateXML(conn1, NET_XML),
               (void (*)(void *)) virNetworkFree);
    net = virNetworkLookupByName(conn1, "n2");
    testStep("network destroy transient", virNetworkDestroy(net));
    virNetworkFree(net);

    /* storage pools */
    pool = virStoragePoolLookupByName(conn1, "default-pool");
    testStep("pool refresh", virStoragePoolRefresh(pool, 0));
    testStep("pool destroy", virStoragePoolDestroy(pool));
    testStep("pool build", virStoragePoolBuild(pool, 0));
    testStep("pool start", virStoragePoolCreate(pool, 0));
    testHandle("volume create",
               virStorageVolCreateXML(pool, "<volume><name>v</name><capacity>10</capacity>"
                                      "</volume>", 0),
               (void (*)(void *)) virStorageVolFree);
    virStoragePoolFree(pool);
    testHandle("pool define", virStoragePoolDefineXML(conn1, POOL_XML, 0),
               (void (*)(void *)) virStoragePoolFree);
    testHandle("pool define again", virStoragePoolDefineXML(conn1, POOL_XML, 0),
               (void (*)(void *)) virStoragePoolFree);
    pool = virStoragePoolLookupByName(conn1, "p2");
    testStep("pool start", virStoragePoolCreate(pool, 0));
    testStep("pool destroy", virStoragePoolDestroy(pool));
    testStep("pool delete", virStoragePoolDelete(pool, 0));
    testStep("pool undefine", virStoragePoolUndefine(pool));
    virStoragePoolFree(pool);
    testHandle("pool create", virStoragePoolCreateXML(conn1, POOL_XML, 0),
               (void (*)(void *)) virStoragePoolFree);
    pool = virStoragePoolLookupByName(conn1, "p2");
    testStep("pool destroy transient", virStoragePoolDestroy(pool));
    virStoragePoolFree(pool);

    /* deregistration */
    testResult("deregister c2's callback through c1",
               virConnectDomainEventDeregisterAny(conn1, ids[1]));
    testStep("deregister c1 lifecycle", virConnectDomainEventDeregisterAny(conn1, ids[0]));
    testResult("deregister it again", virConnectDomainEventDeregisterAny(conn1, ids[0]));
    testResult("deregister a negative id", virConnectDomainEventDeregisterAny(conn1, -1));
    testStep("deregister the network's id through the domain call",
             virConnectDomainEventDeregisterAny(conn1, ids[4]));
    testStep("deregister the reboot id through the network call",
             virConnectNetworkEventDeregisterAny(conn1, ids[2]));
    testResult("network, negative id", virConnectNetworkEventDeregisterAny(conn1, -1));
    testResult("pool, negative id", virConnectStoragePoolEventDeregisterAny(conn1, -1));
    testStep("old-style deregister", virConnectDomainEventDeregister(conn1, testDomLifecycle));
    testResult("old-style deregister again",
               virConnectDomainEventDeregister(conn1, testDomLifecycle));
    testResult("old-style deregister, not on this connection",
               virConnectDomainEventDeregister(conn1, testDomLifecycle2));

    testHandle("create transient, c2's callbacks left", virDomainCreateXML(conn1, EV_XML, 0),
               (void (*)(void *)) virDomainFree);

    /* a connection with registrations keeps a reference */
    testResult("close c1 with callbacks", virConnectClose(conn1) > 0);
    testResult("deregister the rest",
               virConnectDomainEventDeregisterAny(conn1, ids[3]) +
               virConnectStoragePoolEventDeregisterAny(conn1, ids[5]) +
               virConnectStoragePoolEventDeregisterAny(conn1, ids[6]));
    testFlush();
    testResult("old-style deregister c2", virConnectDomainEventDeregister(conn2, testDomLifecycle2));
    testResult("deregister c2", virConnectDomainEventDeregisterAny(conn2, ids[1]));
    testFlush();
    /* c1 went away with its last registration; c2 has none left */
    testResult("close c2", virConnectClose(conn2));
}

int
main(int argc, char **argv)
{
    g_autofree char *savefile = NULL;
    g_autofree char *expectPath = NULL;
    g_autofree char *expect = NULL;
    const char *srcdir = g_getenv("G_TEST_SRCDIR");
    int fd;

    virSetErrorFunc(NULL, testSilentError);
    transcript = g_string_new(NULL);
    if ((fd = g_file_open_tmp("vireo-event-XXXXXX.save", &savefile, NULL)) < 0)
        return EXIT_FAILURE;
    close(fd);
    unlink(savefile);

    testScenario(savefile);
    unlink(savefile);

    if (argc > 1 && strcmp(argv[1], "--print") == 0) {
        fputs(transcript->str, stdout);
        g_string_free(transcript, TRUE);
        return EXIT_SUCCESS;
    }

    expectPath = g_build_filename(srcdir ? srcdir : ".", "testdriverdata", "events.expect", NULL);
    if (!g_file_get_contents(expectPath, &expect, NULL, NULL)) {
        printf("not ok 1 - cannot read %s\n1..1\n", expectPath);
        return EXIT_FAILURE;
    }
    if (strcmp(expect, transcript->str) != 0) {
        g_auto(GStrv) want = g_strsplit(expect, "\n", -1);
        g_auto(GStrv) got = g_strsplit(transcript->str, "\n", -1);
        size_t i;

        for (i = 0; want[i] && got[i]; i++) {
            if (strcmp(want[i], got[i]) != 0)
                break;
        }
        printf("# first difference at line %zu\n# expected: %s\n# got:      %s\n",
               i + 1, want[i] ? want[i] : "(end)", got[i] ? got[i] : "(end)");
        printf("not ok 1 - event transcript matches libvirt 9.0's\n1..1\n");
        g_string_free(transcript, TRUE);
        return EXIT_FAILURE;
    }
    printf("ok 1 - event transcript matches libvirt 9.0's (%zu bytes)\n1..1\n",
           strlen(expect));
    g_string_free(transcript, TRUE);
    return EXIT_SUCCESS;
}
