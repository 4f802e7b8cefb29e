/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * capabilitiestest.c: the <capabilities> document and virNodeInfo
 *
 * Each case builds a virCaps the way a driver would and compares its XML
 * with capabilitiesdata/NAME.xml:
 *   test-default  "virsh -c test:///default capabilities" of libvirt 9.0
 *   qemu-host     libvirt 9.0's qemu driver (qemu:///embed) on an x86_64
 *                 host, with the host UUID fixed and the lists of CPU
 *                 features and machine types shortened
 *   synthetic     the parts neither of those shows (power management,
 *                 netprefix, base labels, per-domain machines, CPU ranges);
 *                 laid out from libvirt's documented format, not an oracle
 * Every file must be valid against docs/schemas/capability.rng.
 */
#include <config.h>

#include <libxml/relaxng.h>

#include "internal.h"
#include "vircapabilities.h"
#include "viruuid.h"
#include "testutils.h"

#define DATADIR "capabilitiesdata"

static xmlRelaxNGPtr testSchema;

/* libvirt's test driver: 2 cells of 8 CPUs, one socket per cell. */
static virCaps *
testCapsBuildTestDriver(void)
{
    static const unsigned int pageSizes[] = { 4, 8, 2048, 1048576 };
    static const char *const osTypes[] = { "hvm", "xen" };
    virCaps *caps = virCapabilitiesNew("i686", false, false);
    size_t i;
    size_t j;

    virCapabilitiesAddHostFeature(caps, "pae");
    virCapabilitiesAddHostFeature(caps, "nonpae");
    for (i = 0; i < G_N_ELEMENTS(pageSizes); i++)
        virCapabilitiesAddHostPageSize(caps, pageSizes[i]);

    for (i = 0; i < 2; i++) {
        virCapsHostNUMACell *cell = virCapabilitiesHostNUMAAddCell(caps, i,
                                                                   (i + 1) * 2097152ULL);

        /* the first page size of cell N is the Nth host page size */
        virCapabilitiesHostNUMACellAddPages(cell, pageSizes[i], 524288);
        virCapabilitiesHostNUMACellAddPages(cell, 2048, 0);
        virCapabilitiesHostNUMACellAddPages(cell, 1048576, 0);
        for (j = 0; j < 8; j++) {
            unsigned int id = i * 8 + j;

            virCapabilitiesHostNUMACellAddCPU(cell, id, i, 0, j, &id, 1);
        }
    }

    for (i = 0; i < G_N_ELEMENTS(osTypes); i++) {
        virCapsGuest *guest = virCapabilitiesAddGuest(caps, osTypes[i], "i686", 32,
                                                      "/usr/bin/test-hv", NULL);

        virCapabilitiesAddGuestDomain(guest, "test", NULL, NULL);
        virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_PAE,
                                       VIR_TRISTATE_SWITCH_ABSENT, VIR_TRISTATE_BOOL_ABSENT);
        virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_NONPAE,
                                       VIR_TRISTATE_SWITCH_ABSENT, VIR_TRISTATE_BOOL_ABSENT);
    }

    virCapabilitiesHostAddSecModel(caps, "testSecurity", "");
    return caps;
}

static void
testCapsAddQemuMachines(virCapsGuest *guest)
{
    virCapabilitiesGuestAddMachine(guest, "pc-i440fx-7.2", NULL, 255, false);
    virCapabilitiesGuestAddMachine(guest, "pc", "pc-i440fx-7.2", 255, false);
    virCapabilitiesGuestAddMachine(guest, "pc-i440fx-1.5", NULL, 255, true);
    virCapabilitiesGuestAddMachine(guest, "x-remote", NULL, 1, false);
    virCapabilitiesGuestAddMachine(guest, "q35", "pc-q35-7.2", 288, false);
    virCapabilitiesGuestAddMachine(guest, "microvm", NULL, 288, false);
}

static void
testCapsAddQemuFeatures(virCapsGuest *guest)
{
    virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_ACPI,
                                   VIR_TRISTATE_SWITCH_ON, VIR_TRISTATE_BOOL_YES);
    virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_APIC,
                                   VIR_TRISTATE_SWITCH_ON, VIR_TRISTATE_BOOL_NO);
    virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_CPUSELECTION,
                                   VIR_TRISTATE_SWITCH_ABSENT, VIR_TRISTATE_BOOL_ABSENT);
    virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_DEVICEBOOT,
                                   VIR_TRISTATE_SWITCH_ABSENT, VIR_TRISTATE_BOOL_ABSENT);
    virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_DISKSNAPSHOT,
                                   VIR_TRISTATE_SWITCH_ON, VIR_TRISTATE_BOOL_NO);
}

/* libvirt's qemu driver on a 2-CPU x86_64 host without KVM. */
static virCaps *
testCapsBuildQemuHost(void)
{
    static const char *const features[] = { "vme", "ht", "pclmuldq", "ssse3", "fma", "sse4.1" };
    virCaps *caps = virCapabilitiesNew("x86_64", true, true);
    unsigned char uuid[VIR_UUID_BUFLEN];
    virCapsHostCPU *cpu;
    virCapsHostNUMACell *cell;
    virCapsGuest *guest;
    unsigned int id;
    size_t i;

    g_assert_cmpint(virUUIDParse("3e8bcf2a-9d51-4c6b-8a0e-7f1d2c3b4a59", uuid), ==, 0);
    virCapabilitiesSetHostUUID(caps, uuid);

    cpu = virCapabilitiesSetHostCPU(caps, "kvm64", "AMD");
    cpu->hasSignature = true;
    cpu->family = 26;
    cpu->signatureModel = 2;
    cpu->stepping = 1;
    cpu->sockets = 1;
    cpu->dies = 1;
    cpu->cores = 2;
    cpu->threads = 1;
    cpu->maxPhysAddrMode = g_strdup("emulate");
    cpu->maxPhysAddrBits = 48;
    for (i = 0; i < G_N_ELEMENTS(features); i++)
        virCapabilitiesHostCPUAddFeature(cpu, features[i]);
    virCapabilitiesAddHostPageSize(caps, 4);
    virCapabilitiesAddHostPageSize(caps, 2048);

    virCapabilitiesAddHostMigrateTransport(caps, "tcp");
    virCapabilitiesAddHostMigrateTransport(caps, "rdma");

    cell = virCapabilitiesHostNUMAAddCell(caps, 0, 5072672);
    virCapabilitiesHostNUMACellAddPages(cell, 4, 1268168);
    virCapabilitiesHostNUMACellAddPages(cell, 2048, 0);
    virCapabilitiesHostNUMACellAddDistance(cell, 0, 10);
    for (id = 0; id < 2; id++)
        virCapabilitiesHostNUMACellAddCPU(cell, id, 0, 0, id, &id, 1);

    virCapabilitiesHostAddSecModel(caps, "none", "0");

    guest = virCapabilitiesAddGuest(caps, "hvm", "i686", 32, "/usr/bin/qemu-system-i386", NULL);
    testCapsAddQemuMachines(guest);
    virCapabilitiesAddGuestDomain(guest, "qemu", NULL, NULL);
    virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_PAE,
                                   VIR_TRISTATE_SWITCH_ABSENT, VIR_TRISTATE_BOOL_ABSENT);
    virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_NONPAE,
                                   VIR_TRISTATE_SWITCH_ABSENT, VIR_TRISTATE_BOOL_ABSENT);
    testCapsAddQemuFeatures(guest);

    guest = virCapabilitiesAddGuest(caps, "hvm", "x86_64", 64,
                                    "/usr/bin/qemu-system-x86_64", NULL);
    testCapsAddQemuMachines(guest);
    virCapabilitiesAddGuestDomain(guest, "qemu", NULL, NULL);
    testCapsAddQemuFeatures(guest);
    return caps;
}

/* What the two oracles do not show. */
static virCaps *
testCapsBuildSynthetic(void)
{
    static const unsigned int siblings0[] = { 0, 1, 4, 5, 6, 7 };
    virCaps *caps = virCapabilitiesNew("aarch64", true, false);
    virCapsHostNUMACell *cell;
    virCapsHostSecModel *secmodel;
    virCapsGuestDomain *dom;
    virCapsGuest *guest;

    caps->host.powerMgmt = VIR_CAPS_HOST_PM_SUSPEND_MEM | VIR_CAPS_HOST_PM_SUSPEND_HYBRID;
    caps->host.iommu = true;
    virCapabilitiesSetNetPrefix(caps, "veth");

    cell = virCapabilitiesHostNUMAAddCell(caps, 0, 0);
    virCapabilitiesHostNUMACellAddDistance(cell, 0, 10);
    virCapabilitiesHostNUMACellAddDistance(cell, 1, 21);
    virCapabilitiesHostNUMACellAddCPU(cell, 0, 0, 0, 0, siblings0, G_N_ELEMENTS(siblings0));
    virCapabilitiesHostNUMACellAddCPU(cell, 1, 0, 0, 0, siblings0, G_N_ELEMENTS(siblings0));
    virCapabilitiesHostNUMACellAddCPU(cell, 2, 0, 0, 0, NULL, 0);
    cell = virCapabilitiesHostNUMAAddCell(caps, 1, 1048576);
    virCapabilitiesHostNUMACellAddDistance(cell, 0, 21);
    virCapabilitiesHostNUMACellAddDistance(cell, 1, 10);

    secmodel = virCapabilitiesHostAddSecModel(caps, "selinux", "0");
    virCapabilitiesHostSecModelAddBaseLabel(secmodel, "kvm", "system_u:system_r:svirt_t:s0");
    virCapabilitiesHostSecModelAddBaseLabel(secmodel, "qemu", "system_u:system_r:svirt_tcg_t:s0");
    secmodel = virCapabilitiesHostAddSecModel(caps, "dac", "0");
    virCapabilitiesHostSecModelAddBaseLabel(secmodel, "kvm", "+64055:+64055");

    guest = virCapabilitiesAddGuest(caps, "hvm", "aarch64", 64, "/usr/bin/qemu-system-aarch64",
                                    "/usr/share/AAVMF/AAVMF_CODE.fd");
    virCapabilitiesGuestAddMachine(guest, "virt", "virt-7.2", 512, false);
    virCapabilitiesAddGuestDomain(guest, "qemu", NULL, NULL);
    dom = virCapabilitiesAddGuestDomain(guest, "kvm", "/usr/bin/qemu-kvm", NULL);
    virCapabilitiesGuestDomainAddMachine(dom, "virt-7.2", NULL, 0, false);
    virCapabilitiesAddGuestFeature(guest, VIR_CAPS_GUEST_FEATURE_TYPE_HAP,
                                   VIR_TRISTATE_SWITCH_OFF, VIR_TRISTATE_BOOL_YES);

    /* a guest without features or domains */
    virCapabilitiesAddGuest(caps, "exe", "aarch64", 0, NULL, NULL);
    return caps;
}

typedef struct {
    const char *name;
    virCaps *(*build)(void);
} testCapsCase;

static void
testCapsFormat(gconstpointer data)
{
    const testCapsCase *tc = data;
    g_autofree char *path = virTestDataPath(DATADIR, tc->name, ".xml");
    g_autoptr(virCaps) caps = tc->build();
    g_autofree char *actual = virCapabilitiesFormatXML(caps);

    g_assert_nonnull(actual);
    virTestCompareToFile(actual, path);
    virTestValidateSchema(testSchema, path, actual);
}

/* "virsh -c test:///default nodeinfo" */
static void
testNodeInfo(void)
{
    virCapsNodeInfoDesc desc = {
        .model = "i686", .memory = 3145728, .mhz = 1400,
        .nodes = 2, .sockets = 2, .cores = 2, .threads = 2,
    };
    virNodeInfo info;

    g_assert_cmpint(virCapabilitiesFillNodeInfo(&desc, &info), ==, 0);
    g_assert_cmpstr(info.model, ==, "i686");
    g_assert_cmpuint(info.memory, ==, 3145728);
    g_assert_cmpuint(info.cpus, ==, 16);
    g_assert_cmpuint(info.mhz, ==, 1400);
    g_assert_cmpuint(info.nodes, ==, 2);
    g_assert_cmpuint(info.sockets, ==, 2);
    g_assert_cmpuint(info.cores, ==, 2);
    g_assert_cmpuint(info.threads, ==, 2);
    g_assert_cmpuint(VIR_NODEINFO_MAXCPUS(info), ==, 16);

    desc.cpus = 12;
    g_assert_cmpint(virCapabilitiesFillNodeInfo(&desc, &info), ==, 0);
    g_assert_cmpuint(info.cpus, ==, 12);

    desc.model = "a-model-name-longer-than-31-chars";
    g_assert_cmpint(virCapabilitiesFillNodeInfo(&desc, &info), ==, -1);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "internal error: CPU model a-model-name-longer-than-31-chars too big for destination");
}

static void
testCapsEmpty(void)
{
    g_autoptr(virCaps) caps = virCapabilitiesNew(NULL, false, false);
    g_autofree char *xml = virCapabilitiesFormatXML(caps);

    g_assert_cmpstr(xml, ==, "<capabilities>\n\n</capabilities>\n");
    virCapabilitiesFree(NULL);
}

#define DO_TEST(n, fn) \
    do { \
        static const testCapsCase tc = { .name = n, .build = fn }; \
        g_test_add_data_func("/capabilities/format/" n, &tc, testCapsFormat); \
    } while (0)

int
main(int argc, char **argv)
{
    int ret;

    g_test_init(&argc, &argv, NULL);
    testSchema = virTestLoadSchema("capability.rng");

    DO_TEST("test-default", testCapsBuildTestDriver);
    DO_TEST("qemu-host", testCapsBuildQemuHost);
    DO_TEST("synthetic", testCapsBuildSynthetic);
    g_test_add_func("/capabilities/empty", testCapsEmpty);
    g_test_add_func("/capabilities/nodeinfo", testNodeInfo);

    ret = g_test_run();
    xmlRelaxNGFree(testSchema);
    return ret;
}
