/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virdomaindef.c: domain XML definition, top level (parse, validate, format)
 */
#include <config.h>

#include <libxml/relaxng.h>
#include <libxml/xpathInternals.h>

#include "virdomaindef.h"
#include "virerror.h"
#include "virunits.h"
#include "viruuid.h"
#include "virxml.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

/* The libvirt test driver's host: what a definition without an <os> arch
 * gets, and its largest CPU number plus one for cpusets. */
#define VIR_DOMAIN_DEFAULT_ARCH VIR_DOMAIN_ARCH_I686
#define VIR_DOMAIN_CPUMASK_LEN 16384

/* cgroup limits libvirt checks cputune values against */
#define VIR_DOMAIN_CPU_PERIOD_MIN 1000ULL
#define VIR_DOMAIN_CPU_PERIOD_MAX 1000000ULL
#define VIR_DOMAIN_CPU_QUOTA_MIN 1000LL
#define VIR_DOMAIN_CPU_QUOTA_MAX 17592186044415LL

VIR_ENUM_IMPL(virDomainVirt, VIR_DOMAIN_VIRT_LAST,
              "none", "qemu", "kqemu", "kvm", "xen", "lxc", "uml", "openvz", "test",
              "vmware", "hyperv", "vbox", "phyp", "parallels", "bhyve", "vz");

VIR_ENUM_IMPL(virDomainOS, VIR_DOMAIN_OSTYPE_LAST,
              "hvm", "xen", "linux", "exe", "uml", "xenpvh");

VIR_ENUM_IMPL(virDomainArch, VIR_DOMAIN_ARCH_LAST,
              "none", "alpha", "armv6l", "armv7l", "armv7b", "aarch64", "cris", "i686",
              "ia64", "lm32", "m68k", "microblaze", "microblazeel", "mips", "mipsel",
              "mips64", "mips64el", "openrisc", "parisc", "parisc64", "ppc", "ppcle",
              "ppc64", "ppc64le", "ppcemb", "riscv32", "riscv64", "s390", "s390x", "sh4",
              "sh4eb", "sparc", "sparc64", "unicore32", "x86_64", "xtensa", "xtensaeb");

VIR_ENUM_IMPL(virDomainBoot, VIR_DOMAIN_BOOT_LAST,
              "fd", "cdrom", "hd", "network");

VIR_ENUM_IMPL(virDomainLoader, VIR_DOMAIN_LOADER_TYPE_LAST,
              "none", "rom", "pflash");

VIR_ENUM_IMPL(virDomainOsDefFirmware, VIR_DOMAIN_OS_DEF_FIRMWARE_LAST,
              "none", "bios", "efi");

VIR_ENUM_IMPL(virDomainSmbiosMode, VIR_DOMAIN_SMBIOS_LAST,
              "none", "emulate", "host", "sysinfo");

VIR_ENUM_IMPL(virDomainLifecycleAction, VIR_DOMAIN_LIFECYCLE_ACTION_COUNT,
              "destroy", "restart", "rename-restart", "preserve",
              "coredump-destroy", "coredump-restart");

VIR_ENUM_IMPL(virDomainLockFailure, VIR_DOMAIN_LOCK_FAILURE_LAST,
              "default", "poweroff", "restart", "pause", "ignore");

VIR_ENUM_IMPL(virDomainCpuPlacementMode, VIR_DOMAIN_CPU_PLACEMENT_MODE_LAST,
              "static", "auto");

VIR_ENUM_IMPL(virDomainFeature, VIR_DOMAIN_FEATURE_LAST,
              "acpi", "apic", "pae", "hap", "viridian", "privnet", "hyperv", "kvm",
              "pvspinlock", "capabilities", "pmu", "vmport", "gic", "smm", "ioapic", "hpt",
              "vmcoreinfo", "htm", "nested-hv", "msrs", "ccf-assist", "xen", "cfpc", "sbbc",
              "ibs", "tcg");

VIR_ENUM_IMPL(virDomainHyperv, VIR_DOMAIN_HYPERV_LAST,
              "relaxed", "vapic", "spinlocks", "vpindex", "runtime", "synic", "stimer",
              "reset", "vendor_id", "frequencies", "reenlightenment", "tlbflush", "ipi",
              "evmcs", "avic");

VIR_ENUM_IMPL(virDomainKVM, VIR_DOMAIN_KVM_LAST,
              "hidden", "hint-dedicated", "poll-control", "pv-ipi", "dirty-ring");

VIR_ENUM_IMPL(virDomainXen, VIR_DOMAIN_XEN_LAST,
              "e820_host", "passthrough");

VIR_ENUM_IMPL(virDomainTimerName, VIR_DOMAIN_TIMER_NAME_LAST,
              "platform", "pit", "rtc", "hpet", "tsc", "kvmclock", "hypervclock",
              "armvtimer");

VIR_ENUM_IMPL(virDomainTimerTrack, VIR_DOMAIN_TIMER_TRACK_LAST,
              "none", "boot", "guest", "wall", "realtime");

VIR_ENUM_IMPL(virDomainTimerTickpolicy, VIR_DOMAIN_TIMER_TICKPOLICY_LAST,
              "none", "delay", "catchup", "merge", "discard");

VIR_ENUM_IMPL(virDomainTimerMode, VIR_DOMAIN_TIMER_MODE_LAST,
              "none", "auto", "native", "emulate", "paravirt", "smpsafe");

VIR_ENUM_IMPL(virDomainClockOffset, VIR_DOMAIN_CLOCK_OFFSET_LAST,
              "utc", "localtime", "variable", "timezone", "absolute");

VIR_ENUM_IMPL(virDomainClockBasis, VIR_DOMAIN_CLOCK_BASIS_LAST,
              "utc", "localtime");

VIR_ENUM_IMPL(virCPUMode, VIR_CPU_MODE_LAST,
              "custom", "host-model", "host-passthrough", "maximum");

VIR_ENUM_IMPL(virCPUMatch, VIR_CPU_MATCH_LAST,
              "exact", "minimum", "strict");

VIR_ENUM_IMPL(virCPUCheck, VIR_CPU_CHECK_LAST,
              "default", "none", "partial", "full");

VIR_ENUM_IMPL(virCPUFallback, VIR_CPU_FALLBACK_LAST,
              "allow", "forbid");

VIR_ENUM_IMPL(virCPUFeaturePolicy, VIR_CPU_FEATURE_LAST,
              "force", "require", "optional", "disable", "forbid");

VIR_ENUM_IMPL(virCPUCacheMode, VIR_CPU_CACHE_MODE_LAST,
              "emulate", "passthrough", "disable");

VIR_ENUM_IMPL(virDomainSeclabel, VIR_DOMAIN_SECLABEL_LAST,
              "default", "none", "dynamic", "static");

/* The test driver's <test:runstate> counts libvirt's domain states. */
#define VIR_DOMAIN_TEST_RUNSTATE_LAST 8
#define VIR_DOMAIN_TEST_RUNSTATE_SHUTOFF 5


/* ---------------------------------------------------------------------
 * Free
 */

static void
virDomainCPUDefFree(virDomainCPUDef *cpu)
{
    size_t i;

    if (!cpu)
        return;
    g_free(cpu->model);
    g_free(cpu->vendorId);
    g_free(cpu->vendor);
    g_free(cpu->maxPhysAddrMode);
    for (i = 0; i < cpu->nfeatures; i++)
        g_free(cpu->features[i].name);
    g_free(cpu->features);
    for (i = 0; i < cpu->ncells; i++) {
        g_free(cpu->cells[i].cpus);
        g_free(cpu->cells[i].memAccess);
        g_free(cpu->cells[i].discard);
        g_free(cpu->cells[i].distances);
    }
    g_free(cpu->cells);
    g_free(cpu);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainCPUDef, virDomainCPUDefFree);

static void
virDomainSeclabelDefFree(virDomainSeclabelDef *def)
{
    if (!def)
        return;
    g_free(def->model);
    g_free(def->label);
    g_free(def->imagelabel);
    g_free(def->baselabel);
    g_free(def);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomainSeclabelDef, virDomainSeclabelDefFree);

#define VIR_DOMAIN_FREE_ARRAY(array, count, freefunc) \
    do { \
        size_t vir__i; \
        for (vir__i = 0; vir__i < (count); vir__i++) \
            freefunc((array)[vir__i]); \
        g_free(array); \
    } while (0)

/**
 * virDomainDefFree:
 * @def: a definition, or NULL
 *
 * Frees @def and everything it owns; accepts half-built definitions.
 */
void
virDomainDefFree(virDomainDef *def)
{
    size_t i;

    if (!def)
        return;
    g_free(def->name);
    g_free(def->title);
    g_free(def->description);
    if (def->metadata)
        xmlFreeNode(def->metadata);
    g_free(def->cpuset);
    for (i = 0; i < def->niothreadids; i++)
        g_free(def->iothreadids[i].cpuset);
    g_free(def->iothreadids);
    for (i = 0; i < def->nvcpupins; i++)
        g_free(def->vcpupins[i].cpuset);
    g_free(def->vcpupins);
    g_free(def->emulatorpin);
    for (i = 0; i < def->nvcpuscheds; i++) {
        g_free(def->vcpuscheds[i].vcpus);
        g_free(def->vcpuscheds[i].scheduler);
    }
    g_free(def->vcpuscheds);
    g_free(def->vcpuinfo);
    for (i = 0; i < def->nblkioDevices; i++)
        g_free(def->blkioDevices[i].path);
    g_free(def->blkioDevices);
    for (i = 0; i < def->nhugepages; i++)
        g_free(def->hugepages[i].nodeset);
    g_free(def->hugepages);
    g_free(def->memSource);
    g_free(def->memAccess);
    g_free(def->memAllocation);
    for (i = 0; i < def->nmemnodes; i++) {
        g_free(def->memnodes[i].mode);
        g_free(def->memnodes[i].nodeset);
    }
    g_free(def->memnodes);
    for (i = 0; i < G_N_ELEMENTS(def->sysinfo); i++) {
        size_t j;

        for (j = 0; j < def->sysinfo[i].nentries; j++) {
            g_free(def->sysinfo[i].entries[j].name);
            g_free(def->sysinfo[i].entries[j].value);
        }
        g_free(def->sysinfo[i].entries);
    }
    for (i = 0; i < def->nfwFeatures; i++)
        g_free(def->fwFeatureNames[i]);
    g_free(def->fwFeatureNames);
    g_free(def->fwFeatureEnabled);
    g_free(def->numaMode);
    g_free(def->numaNodeset);
    g_free(def->numaPlacement);
    g_free(def->partition);
    g_free(def->machine);
    g_free(def->init);
    g_strfreev(def->initargv);
    for (i = 0; i < def->ninitenv; i++) {
        g_free(def->initenvName[i]);
        g_free(def->initenvValue[i]);
    }
    g_free(def->initenvName);
    g_free(def->initenvValue);
    g_free(def->initdir);
    g_free(def->inituser);
    g_free(def->initgroup);
    g_free(def->loader);
    g_free(def->nvram);
    g_free(def->nvramTemplate);
    g_free(def->kernel);
    g_free(def->initrd);
    g_free(def->cmdline);
    g_free(def->dtb);
    g_free(def->root);
    g_free(def->slicTable);
    g_free(def->bootloader);
    g_free(def->bootloaderArgs);
    g_free(def->gicVersion);
    g_free(def->ioapicDriver);
    g_free(def->hptResizing);
    g_free(def->hypervMode);
    g_free(def->hypervVendorId);
    g_free(def->xenPassthroughMode);
    g_free(def->msrsUnknown);
    g_free(def->cfpc);
    g_free(def->sbbc);
    g_free(def->ibs);
    g_free(def->capsPolicy);
    virDomainCPUDefFree(def->cpu);
    g_free(def->clockTimezone);
    g_free(def->timers);
    g_free(def->emulator);
    VIR_DOMAIN_FREE_ARRAY(def->disks, def->ndisks, virDomainDiskDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->controllers, def->ncontrollers, virDomainControllerDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->nets, def->nnets, virDomainNetDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->serials, def->nserials, virDomainChrDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->parallels, def->nparallels, virDomainChrDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->consoles, def->nconsoles, virDomainChrDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->channels, def->nchannels, virDomainChrDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->inputs, def->ninputs, virDomainInputDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->graphics, def->ngraphics, virDomainGraphicsDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->sounds, def->nsounds, virDomainSoundDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->videos, def->nvideos, virDomainVideoDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->hostdevs, def->nhostdevs, virDomainHostdevDefFree);
    virDomainWatchdogDefFree(def->watchdog);
    virDomainMemballoonDefFree(def->memballoon);
    VIR_DOMAIN_FREE_ARRAY(def->rngs, def->nrngs, virDomainRNGDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->fss, def->nfss, virDomainFSDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->tpms, def->ntpms, virDomainTPMDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->audios, def->naudios, virDomainAudioDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->redirdevs, def->nredirdevs, virDomainRedirdevDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->smartcards, def->nsmartcards, virDomainSmartcardDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->hubs, def->nhubs, virDomainHubDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->panics, def->npanics, virDomainPanicDefFree);
    virDomainIOMMUDefFree(def->iommu);
    virDomainVsockDefFree(def->vsock);
    VIR_DOMAIN_FREE_ARRAY(def->shmems, def->nshmems, virDomainShmemDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->mems, def->nmems, virDomainMemoryDefFree);
    VIR_DOMAIN_FREE_ARRAY(def->seclabels, def->nseclabels, virDomainSeclabelDefFree);
    g_free(def);
}


/* ---------------------------------------------------------------------
 * CPU sets ("0-3,^2"): parsed, checked, and kept in libvirt's canonical
 * form ("0-1,3")
 */

static int
virDomainBitmapParseNumber(const char **cur, unsigned int *value)
{
    const char *p = *cur;
    unsigned long long v = 0;

    if (!g_ascii_isdigit(*p))
        return -1;
    while (g_ascii_isdigit(*p)) {
        v = v * 10 + (*p - '0');
        if (v >= VIR_DOMAIN_CPUMASK_LEN)
            return -1;
        p++;
    }
    *value = v;
    *cur = p;
    return 0;
}

static int
virDomainBitmapParse(const char *str, bool *bits)
{
    const char *p = str;

    while (g_ascii_isspace(*p))
        p++;
    if (!*p)
        return -1;
    for (;;) {
        bool neg = false;
        unsigned int start, last;

        if (*p == '^') {
            neg = true;
            p++;
        }
        if (virDomainBitmapParseNumber(&p, &start) < 0)
            return -1;
        last = start;
        while (g_ascii_isspace(*p))
            p++;
        if (*p == '-') {
            if (neg)
                return -1;
            p++;
            while (g_ascii_isspace(*p))
                p++;
            if (virDomainBitmapParseNumber(&p, &last) < 0 || last < start)
                return -1;
            while (g_ascii_isspace(*p))
                p++;
        }
        for (; start <= last; start++)
            bits[start] = !neg;
        if (!*p)
            return 0;
        if (*p != ',')
            return -1;
        p++;
        while (g_ascii_isspace(*p))
            p++;
    }
}

/**
 * virDomainBitmapNormalise:
 * @str: a CPU or NUMA node set as written ("0-3,^2")
 * @normalised: set to the canonical form ("0-1,3"), caller frees
 * @what: the attribute named in the "Invalid value of" error
 *
 * Reports VIR_ERR_INVALID_ARG "Failed to parse bitmap '...'" for bad
 * syntax and VIR_ERR_CONFIG_UNSUPPORTED "Invalid value of '@what': ..." for
 * an empty set.
 *
 * Returns 0 on success, -1 with an error reported.
 */
int
virDomainBitmapNormalise(const char *str, char **normalised, const char *what)
{
    g_autofree bool *bits = g_new0(bool, VIR_DOMAIN_CPUMASK_LEN);
    g_autoptr(GString) out = g_string_new(NULL);
    size_t i = 0;

    if (virDomainBitmapParse(str, bits) < 0) {
        virReportError(VIR_ERR_INVALID_ARG, _("Failed to parse bitmap '%1$s'"), str);
        return -1;
    }
    while (i < VIR_DOMAIN_CPUMASK_LEN) {
        size_t start;

        if (!bits[i]) {
            i++;
            continue;
        }
        start = i;
        while (i + 1 < VIR_DOMAIN_CPUMASK_LEN && bits[i + 1])
            i++;
        if (out->len)
            g_string_append_c(out, ',');
        if (i == start)
            g_string_append_printf(out, "%zu", start);
        else
            g_string_append_printf(out, "%zu-%zu", start, i);
        i++;
    }
    if (out->len == 0) {
        if (what)
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Invalid value of '%1$s': %2$s"),
                           what, str);
        else
            virReportError(VIR_ERR_INVALID_ARG, _("Failed to parse bitmap '%1$s'"), str);
        return -1;
    }
    *normalised = g_string_free(g_steal_pointer(&out), FALSE);
    return 0;
}


/* ---------------------------------------------------------------------
 * Parse: identity, metadata, memory, vCPUs
 */

/* libvirt's UUID syntax: 32 hex digits, '-' or ' ' anywhere between pairs,
 * white space around. */
static int
virDomainUUIDParse(const char *str, unsigned char *uuid)
{
    const char *cur = str;
    size_t i = 0;

    while (g_ascii_isspace(*cur))
        cur++;
    while (i < VIR_UUID_BUFLEN) {
        if (*cur == '-' || *cur == ' ') {
            cur++;
            continue;
        }
        if (!g_ascii_isxdigit(cur[0]) || !g_ascii_isxdigit(cur[1]))
            return -1;
        uuid[i++] = g_ascii_xdigit_value(cur[0]) * 16 + g_ascii_xdigit_value(cur[1]);
        cur += 2;
    }
    while (*cur) {
        if (!g_ascii_isspace(*cur))
            return -1;
        cur++;
    }
    return 0;
}

static int
virDomainDefParseIDs(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags)
{
    xmlNodePtr root = ctxt->node;
    g_autofree char *uuid = NULL;
    xmlNodePtr genid;

    def->id = -1;
    if (!(flags & VIR_DOMAIN_DEF_PARSE_INACTIVE)) {
        g_autofree char *id = virXMLPropString(root, "id");

        if (id) {
            char *end = NULL;
            long long v = g_ascii_strtoll(id, &end, 10);

            if (end != id && !*end && v >= INT_MIN && v <= INT_MAX)
                def->id = v;
        }
    }

    if (!(def->name = virXPathString("string(./name[1])", ctxt))) {
        virReportError(VIR_ERR_NO_NAME, NULL);
        return -1;
    }

    if ((uuid = virXPathString("string(./uuid[1])", ctxt))) {
        if (virDomainUUIDParse(uuid, def->uuid) < 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("malformed uuid element"));
            return -1;
        }
    } else {
        virUUIDGenerate(def->uuid);
    }

    if (virXPathNodeSet("./genid", ctxt, NULL) > 1) {
        virReportError(VIR_ERR_XML_ERROR, _("element '%1$s' can only appear once"), "genid");
        return -1;
    }
    if ((genid = virXPathNode("./genid[1]", ctxt))) {
        g_autofree char *str = virXMLNodeContentString(genid);

        def->hasGenid = true;
        if (!*str) {
            virUUIDGenerate(def->genid);
        } else if (virDomainUUIDParse(str, def->genid) < 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("malformed genid element"));
            return -1;
        }
    }
    return 0;
}

static bool
virDomainTextIsBlank(const xmlChar *str)
{
    if (!str)
        return true;
    for (; *str; str++) {
        if (*str != ' ' && *str != '\t' && *str != '\n' && *str != '\r')
            return false;
    }
    return true;
}

/*
 * libvirt reads the document without "ignorable" white space, which
 * libxml2 decides while parsing: a blank text node goes unless it is the
 * only content of its element or the element's first content is text.
 * The same rule applied afterwards to a copy gives the same tree.
 */
static void
virDomainMetadataStripBlanks(xmlNodePtr node)
{
    xmlNodePtr child = node->children;
    xmlNodePtr firstKept = NULL;

    while (child) {
        xmlNodePtr next = child->next;

        if (child->type == XML_ELEMENT_NODE)
            virDomainMetadataStripBlanks(child);
        if (child->type == XML_TEXT_NODE && virDomainTextIsBlank(child->content)) {
            bool keep;

            if (!firstKept)
                keep = next == NULL;
            else
                keep = firstKept->type == XML_TEXT_NODE;
            if (!keep) {
                xmlUnlinkNode(child);
                xmlFreeNode(child);
                child = next;
                continue;
            }
        }
        if (!firstKept)
            firstKept = child;
        child = next;
    }
}

/* Keeps one element per namespace, dropping elements without one and any
 * other content, as libvirt does with <metadata>. */
static void
virDomainMetadataSanitize(xmlNodePtr metadata)
{
    xmlNodePtr child = metadata->children;
    g_autoptr(GPtrArray) seen = g_ptr_array_new();

    while (child) {
        xmlNodePtr next = child->next;
        bool drop = false;

        if (child->type != XML_ELEMENT_NODE || !child->ns || !child->ns->href) {
            drop = true;
        } else {
            size_t i;

            for (i = 0; i < seen->len; i++) {
                if (xmlStrEqual(seen->pdata[i], child->ns->href))
                    drop = true;
            }
            if (!drop)
                g_ptr_array_add(seen, (gpointer)child->ns->href);
        }
        if (drop) {
            xmlUnlinkNode(child);
            xmlFreeNode(child);
        }
        child = next;
    }
}

static int
virDomainDefParseMetadata(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    xmlNodePtr node;
    g_autofree char *title = NULL;

    if ((title = virXPathString("string(./title[1])", ctxt)) && strchr(title, '\n')) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Domain title can't contain newlines"));
        return -1;
    }
    def->title = g_steal_pointer(&title);
    def->description = virXPathString("string(./description[1])", ctxt);

    if ((node = virXPathNode("./metadata[1]", ctxt))) {
        def->metadata = xmlCopyNode(node, 1);
        virDomainMetadataStripBlanks(def->metadata);
        virDomainMetadataSanitize(def->metadata);
    }
    return 0;
}

/* Memory sizes: bytes with any unit libvirt knows, kept in KiB. */
static int
virDomainParseMemory(const char *xpath, xmlXPathContextPtr ctxt, unsigned long long *mem)
{
    unsigned long long bytes = 0;
    int rc;

    if ((rc = virUnitsParseScaledValue(xpath, NULL, ctxt, &bytes, 1024, LLONG_MAX, false)) <= 0)
        return rc;
    *mem = bytes / 1024 + (bytes % 1024 ? 1 : 0);
    return 1;
}

static int
virDomainDefParseMemory(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    xmlNodePtr node;

    if (virDomainParseMemory("./memory[1]", ctxt, &def->memory) < 0)
        return -1;
    if ((node = virXPathNode("./memory[1]", ctxt)) &&
        virXMLPropTristateSwitch(node, "dumpCore", VIR_XML_PROP_NONE, &def->dumpCore) < 0)
        return -1;
    if (virDomainParseMemory("./currentMemory[1]", ctxt, &def->currentMemory) < 0)
        return -1;
    if (virDomainParseMemory("./maxMemory[1]", ctxt, &def->maxMemory) < 0)
        return -1;
    if ((node = virXPathNode("./maxMemory[1]", ctxt))) {
        g_autofree char *slots = virXMLPropString(node, "slots");
        unsigned long long v;

        if (slots) {
            if (virUnitsStrToULongLong(slots, &v) < 0 || v > UINT_MAX) {
                virReportError(VIR_ERR_XML_ERROR, "%s", _("Failed to parse memory slot count"));
                return -1;
            }
            def->memorySlots = v;
        }
    }
    return 0;
}

static int
virDomainDefParseVcpus(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    unsigned int placement = VIR_DOMAIN_CPU_PLACEMENT_MODE_STATIC;
    g_autofree char *cpuset = NULL;
    int rc;

    if (!(ctxt->node = virXPathNode("./vcpu[1]", ctxt))) {
        def->maxvcpus = 1;
        def->vcpus = 1;
        return 0;
    }
    {
        g_autofree char *str = virXMLNodeContentString(ctxt->node);
        char *end = NULL;
        unsigned long long v;

        errno = 0;
        v = g_ascii_strtoull(str, &end, 10);
        if (errno || end == str || *end || strchr(str, '-') || v > UINT_MAX) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("maximum vcpus count must be an integer"));
            return -1;
        }
        def->maxvcpus = v;
    }
    if ((rc = virXMLPropUInt(ctxt->node, "current", 10, VIR_XML_PROP_NONE, &def->vcpus)) < 0)
        return -1;
    def->hasCurrentVcpus = rc == 1;
    if (!def->hasCurrentVcpus)
        def->vcpus = def->maxvcpus;

    if (virXMLPropEnum(ctxt->node, "placement", virDomainCpuPlacementModeTypeFromString,
                       VIR_XML_PROP_NONE, &placement) < 0)
        return -1;
    def->placement = placement;

    if (def->placement != VIR_DOMAIN_CPU_PLACEMENT_MODE_AUTO &&
        (cpuset = virXMLPropString(ctxt->node, "cpuset"))) {
        if (virDomainBitmapNormalise(cpuset, &def->cpuset, "cpuset") < 0)
            return -1;
    }
    return 0;
}

/* The IOThreads counted by <iothreads> but not listed get the lowest free
 * ids, appended (as libvirt does).  @listed holds the listed ids.  libvirt
 * makes as many as asked, until memory runs out; at most
 * VIR_DOMAIN_IMPLICIT_MAX are made here. */
static int
virDomainDefFillIOThreadIDs(virDomainDef *def, GHashTable *listed)
{
    unsigned int next = 1;

    if (def->niothreadids >= def->iothreads)
        return 0;
    if (def->iothreads > VIR_DOMAIN_IMPLICIT_MAX) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("iothreads count '%1$u' is more than the limit of %2$d"),
                       def->iothreads, VIR_DOMAIN_IMPLICIT_MAX);
        return -1;
    }
    def->iothreadids = g_renew(virDomainIOThreadIDDef, def->iothreadids, def->iothreads);
    while (def->niothreadids < def->iothreads) {
        if (!g_hash_table_contains(listed, GUINT_TO_POINTER(next))) {
            def->iothreadids[def->niothreadids].id = next;
            def->iothreadids[def->niothreadids].cpuset = NULL;
            def->iothreadids[def->niothreadids].autofill = true;
            def->niothreadids++;
        }
        next++;
    }
    return 0;
}

static int
virDomainDefParseIOThreads(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree char *count = virXPathString("string(./iothreads[1])", ctxt);
    g_autofree xmlNodePtr *nodes = NULL;
    g_autoptr(GHashTable) listed = g_hash_table_new(g_direct_hash, g_direct_equal);
    int n;
    size_t i;

    if (count) {
        char *end = NULL;
        unsigned long long v;

        errno = 0;
        v = g_ascii_strtoull(count, &end, 10);
        if (errno || end == count || *end || strchr(count, '-') || v > UINT_MAX) {
            virReportError(VIR_ERR_XML_ERROR, _("invalid iothreads count '%1$s'"), count);
            return -1;
        }
        def->iothreads = v;
    }

    if ((n = virXPathNodeSet("./iothreadids/iothread", ctxt, &nodes)) < 0)
        return -1;
    if (n > 0)
        def->iothreadids = g_new0(virDomainIOThreadIDDef, n);
    for (i = 0; i < (size_t)n; i++) {
        unsigned int id;

        if (virXMLPropUInt(nodes[i], "id", 10, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO,
                           &id) < 0)
            return -1;
        /* ids are not zero: the pointer is never NULL */
        if (!g_hash_table_add(listed, GUINT_TO_POINTER(id))) {
            virReportError(VIR_ERR_XML_ERROR, _("duplicate iothread id '%1$u' found"), id);
            return -1;
        }
        def->iothreadids[def->niothreadids++].id = id;
    }
    if (def->niothreadids > def->iothreads)
        def->iothreads = def->niothreadids;
    return virDomainDefFillIOThreadIDs(def, listed);
}

static int
virDomainDefParseCputuneNumber(xmlXPathContextPtr ctxt, const char *name, bool isSigned,
                               unsigned long long *uval, long long *sval, bool *present)
{
    g_autofree char *xpath = g_strdup_printf("string(./cputune/%s[1])", name);
    int rc;

    if (isSigned)
        rc = virXPathLongLong(xpath, ctxt, sval);
    else
        rc = virXPathULongLong(xpath, ctxt, uval);
    if (rc == -2) {
        g_autofree char *what = g_strdup(name);

        /* "emulator_quota" is named "emulator quota" */
        g_strdelimit(what, "_", ' ');
        virReportError(VIR_ERR_XML_ERROR, _("can't parse cputune %1$s value"), what);
        return -1;
    }
    if (present)
        *present = rc == 0;
    return 0;
}

static int
virDomainDefParseVcpuPin(xmlNodePtr node, virDomainDef *def)
{
    unsigned int vcpu;
    g_autofree char *cpuset = NULL;
    g_autofree char *normalised = NULL;
    size_t i;

    if (virXMLPropUInt(node, "vcpu", 10, VIR_XML_PROP_REQUIRED, &vcpu) < 0)
        return -1;
    if (!(cpuset = virXMLPropString(node, "cpuset"))) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing cpuset for vcpupin"));
        return -1;
    }
    if (virDomainBitmapNormalise(cpuset, &normalised, "cpuset") < 0)
        return -1;
    /* libvirt ignores (with a warning) pins of vCPUs the guest lacks */
    if (vcpu >= def->maxvcpus)
        return 0;
    for (i = 0; i < def->nvcpupins; i++) {
        if (def->vcpupins[i].id == vcpu) {
            virReportError(VIR_ERR_INTERNAL_ERROR, _("duplicate vcpupin for vcpu '%1$u'"), vcpu);
            return -1;
        }
    }
    /* kept sorted by vCPU, as libvirt stores them per vCPU */
    for (i = def->nvcpupins; i > 0 && def->vcpupins[i - 1].id > vcpu; i--)
        def->vcpupins[i] = def->vcpupins[i - 1];
    def->vcpupins[i].id = vcpu;
    def->vcpupins[i].cpuset = g_steal_pointer(&normalised);
    def->nvcpupins++;
    return 0;
}

static int
virDomainDefParseIOThreadPin(xmlNodePtr node, virDomainDef *def)
{
    unsigned int id;
    g_autofree char *cpuset = NULL;
    g_autofree char *normalised = NULL;
    size_t i;

    if (virXMLPropUInt(node, "iothread", 10, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO,
                       &id) < 0)
        return -1;
    for (i = 0; i < def->niothreadids; i++) {
        if (def->iothreadids[i].id == id)
            break;
    }
    if (i == def->niothreadids) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("Cannot find 'iothread' : %1$u"), id);
        return -1;
    }
    if (def->iothreadids[i].cpuset) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("duplicate iothreadpin for same iothread"));
        return -1;
    }
    if (!(cpuset = virXMLPropString(node, "cpuset"))) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing cpuset for iothreadpin"));
        return -1;
    }
    if (virDomainBitmapNormalise(cpuset, &normalised, "cpuset") < 0)
        return -1;
    def->iothreadids[i].cpuset = g_steal_pointer(&normalised);
    return 0;
}

static int
virDomainDefParseCputune(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if (!virXPathNode("./cputune", ctxt))
        return 0;
    if (virDomainDefParseCputuneNumber(ctxt, "shares", false, &def->shares, NULL,
                                       &def->hasShares) < 0 ||
        virDomainDefParseCputuneNumber(ctxt, "global_period", false, &def->globalPeriod,
                                       NULL, NULL) < 0 ||
        virDomainDefParseCputuneNumber(ctxt, "global_quota", true, NULL, &def->globalQuota,
                                       NULL) < 0 ||
        virDomainDefParseCputuneNumber(ctxt, "period", false, &def->period, NULL, NULL) < 0 ||
        virDomainDefParseCputuneNumber(ctxt, "quota", true, NULL, &def->quota, NULL) < 0 ||
        virDomainDefParseCputuneNumber(ctxt, "emulator_period", false, &def->emulatorPeriod,
                                       NULL, NULL) < 0 ||
        virDomainDefParseCputuneNumber(ctxt, "emulator_quota", true, NULL,
                                       &def->emulatorQuota, NULL) < 0 ||
        virDomainDefParseCputuneNumber(ctxt, "iothread_period", false, &def->iothreadPeriod,
                                       NULL, NULL) < 0 ||
        virDomainDefParseCputuneNumber(ctxt, "iothread_quota", true, NULL,
                                       &def->iothreadQuota, NULL) < 0)
        return -1;

    if ((n = virXPathNodeSet("./cputune/vcpupin", ctxt, &nodes)) < 0)
        return -1;
    if (n > 0)
        def->vcpupins = g_new0(virDomainVcpuPinDef, n);
    for (i = 0; i < (size_t)n; i++) {
        if (virDomainDefParseVcpuPin(nodes[i], def) < 0)
            return -1;
    }
    g_clear_pointer(&nodes, g_free);

    if ((n = virXPathNodeSet("./cputune/emulatorpin", ctxt, &nodes)) < 0)
        return -1;
    if (n > 1) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("only one emulatorpin is supported"));
        return -1;
    }
    if (n == 1) {
        g_autofree char *cpuset = virXMLPropString(nodes[0], "cpuset");

        if (!cpuset) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing cpuset for emulatorpin"));
            return -1;
        }
        if (virDomainBitmapNormalise(cpuset, &def->emulatorpin, "cpuset") < 0)
            return -1;
    }
    g_clear_pointer(&nodes, g_free);

    if ((n = virXPathNodeSet("./cputune/iothreadpin", ctxt, &nodes)) < 0)
        return -1;
    for (i = 0; i < (size_t)n; i++) {
        if (virDomainDefParseIOThreadPin(nodes[i], def) < 0)
            return -1;
    }
    return 0;
}

static int
virDomainDefParseBlkiotune(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if (virXPathUInt("string(./blkiotune/weight)", ctxt, &def->blkioWeight) == -2) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("can't parse blkiotune weight value"));
        return -1;
    }
    if ((n = virXPathNodeSet("./blkiotune/device", ctxt, &nodes)) < 0)
        return -1;
    if (n > 0)
        def->blkioDevices = g_new0(virDomainBlkioDevice, n);
    for (i = 0; i < (size_t)n; i++) {
        virDomainBlkioDevice *dev = &def->blkioDevices[def->nblkioDevices++];
        xmlNodePtr cur;

        for (cur = nodes[i]->children; cur; cur = cur->next) {
            g_autofree char *text = NULL;
            unsigned long long v = 0;
            char *end = NULL;

            if (cur->type != XML_ELEMENT_NODE)
                continue;
            text = virXMLNodeContentString(cur);
            if (xmlStrEqual(cur->name, BAD_CAST "path")) {
                g_free(dev->path);
                dev->path = g_steal_pointer(&text);
                continue;
            }
            v = g_ascii_strtoull(text, &end, 10);
            if (end == text || *end) {
                g_autofree char *what = g_strdup((const char *)cur->name);

                /* "read_iops_sec" is named "read iops sec" */
                g_strdelimit(what, "_", ' ');
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("could not parse %1$s %2$s"),
                               what, text);
                return -1;
            }
            if (xmlStrEqual(cur->name, BAD_CAST "weight"))
                dev->weight = v;
            else if (xmlStrEqual(cur->name, BAD_CAST "read_iops_sec"))
                dev->riops = v;
            else if (xmlStrEqual(cur->name, BAD_CAST "write_iops_sec"))
                dev->wiops = v;
            else if (xmlStrEqual(cur->name, BAD_CAST "read_bytes_sec"))
                dev->rbps = v;
            else if (xmlStrEqual(cur->name, BAD_CAST "write_bytes_sec"))
                dev->wbps = v;
        }
        if (!dev->path) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s", _("missing per-device path"));
            return -1;
        }
    }
    return 0;
}

static int
virDomainDefParseMemtune(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    int rc;

    if ((rc = virDomainParseMemory("./memtune/hard_limit[1]", ctxt, &def->hardLimit)) < 0)
        return -1;
    def->hasHardLimit = rc == 1;
    if ((rc = virDomainParseMemory("./memtune/soft_limit[1]", ctxt, &def->softLimit)) < 0)
        return -1;
    def->hasSoftLimit = rc == 1;
    if ((rc = virDomainParseMemory("./memtune/min_guarantee[1]", ctxt, &def->minGuarantee)) < 0)
        return -1;
    def->hasMinGuarantee = rc == 1;
    if ((rc = virDomainParseMemory("./memtune/swap_hard_limit[1]", ctxt,
                                   &def->swapHardLimit)) < 0)
        return -1;
    def->hasSwapHardLimit = rc == 1;
    return 0;
}

static int
virDomainDefParseMemoryBacking(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree xmlNodePtr *pages = NULL;
    xmlNodePtr node;
    int n;
    size_t i;

    if (!(ctxt->node = virXPathNode("./memoryBacking[1]", ctxt)))
        return 0;
    def->hasMemoryBacking = true;
    if (virXPathNode("./hugepages", ctxt)) {
        def->hasHugepages = true;
        if ((n = virXPathNodeSet("./hugepages/page", ctxt, &pages)) < 0)
            return -1;
        if (n > 0)
            def->hugepages = g_new0(virDomainHugePage, n);
        for (i = 0; i < (size_t)n; i++) {
            virDomainHugePage *page = &def->hugepages[def->nhugepages++];
            g_autofree char *size = virXMLPropString(pages[i], "size");
            g_autofree char *unit = virXMLPropString(pages[i], "unit");
            g_autofree char *nodeset = virXMLPropString(pages[i], "nodeset");
            unsigned long long bytes;

            if (!size) {
                virReportError(VIR_ERR_XML_DETAIL, "%s", _("hugepage size can't be zero"));
                return -1;
            }
            if (!nodeset) {
                size_t j;

                for (j = 0; j + 1 < def->nhugepages; j++) {
                    if (!def->hugepages[j].nodeset) {
                        unsigned long long other = def->hugepages[j].size;

                        if (virUnitsStrToULongLong(size, &bytes) < 0 ||
                            virUnitsScaleInteger(&bytes, unit, 1024, ULLONG_MAX) < 0)
                            return -1;
                        virReportError(VIR_ERR_XML_DETAIL,
                                       _("two master hugepages detected: %1$llu and %2$llu"),
                                       other, bytes / 1024 + (bytes % 1024 ? 1 : 0));
                        return -1;
                    }
                }
            }
            if (virUnitsStrToULongLong(size, &bytes) < 0) {
                virReportError(VIR_ERR_INTERNAL_ERROR, _("unable to parse size '%1$s'"), size);
                return -1;
            }
            if (virUnitsScaleInteger(&bytes, unit, 1024, ULLONG_MAX) < 0)
                return -1;
            page->size = bytes / 1024 + (bytes % 1024 ? 1 : 0);
            if (nodeset && virDomainBitmapNormalise(nodeset, &page->nodeset, "nodeset") < 0)
                return -1;
        }
    }
    def->nosharepages = virXPathNode("./nosharepages", ctxt) != NULL;
    def->locked = virXPathNode("./locked", ctxt) != NULL;
    def->memDiscard = virXPathNode("./discard", ctxt) != NULL;
    def->memSource = virXPathString("string(./source/@type)", ctxt);
    if (def->memSource && !g_str_equal(def->memSource, "file") &&
        !g_str_equal(def->memSource, "anonymous") && !g_str_equal(def->memSource, "memfd")) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("unknown memoryBacking/source/type '%1$s'"), def->memSource);
        return -1;
    }
    def->memAccess = virXPathString("string(./access/@mode)", ctxt);
    if (def->memAccess && !g_str_equal(def->memAccess, "shared") &&
        !g_str_equal(def->memAccess, "private")) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("unknown memoryBacking/access/mode '%1$s'"), def->memAccess);
        return -1;
    }
    if ((node = virXPathNode("./allocation[1]", ctxt))) {
        def->memAllocation = virXMLPropString(node, "mode");
        if (def->memAllocation && !g_str_equal(def->memAllocation, "immediate") &&
            !g_str_equal(def->memAllocation, "ondemand")) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("unknown memoryBacking/allocation/mode '%1$s'"), def->memAllocation);
            return -1;
        }
        if (virXMLPropUInt(node, "threads", 10, VIR_XML_PROP_NONE,
                           &def->memAllocationThreads) < 0)
            return -1;
    }
    return 0;
}

static int
virDomainDefParseVcpuInfo(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./vcpus/vcpu", ctxt, &nodes)) < 0)
        return -1;
    if (!virXPathNode("./vcpus[1]", ctxt))
        return 0;
    /* libvirt keeps an entry per vCPU whatever their number and runs out of
     * memory with a few hundred million; only <vcpus> needs them here */
    if (def->maxvcpus > VIR_DOMAIN_IMPLICIT_MAX) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("maximum vcpus count '%1$u' is more than the %2$d vCPUs <vcpus> can describe"),
                       def->maxvcpus, VIR_DOMAIN_IMPLICIT_MAX);
        return -1;
    }
    /* with <vcpus>, every vCPU is listed: offline and hotpluggable unless said */
    def->vcpuinfo = g_new0(virDomainVcpuInfo, def->maxvcpus);
    def->nvcpuinfo = def->maxvcpus;
    for (i = 0; i < def->nvcpuinfo; i++) {
        def->vcpuinfo[i].id = i;
        def->vcpuinfo[i].enabled = VIR_TRISTATE_BOOL_NO;
        def->vcpuinfo[i].hotpluggable = VIR_TRISTATE_BOOL_YES;
    }
    for (i = 0; i < (size_t)n; i++) {
        virDomainVcpuInfo *vcpu;
        unsigned int id;

        if (virXMLPropUInt(nodes[i], "id", 10, VIR_XML_PROP_REQUIRED, &id) < 0)
            return -1;
        if (id >= def->maxvcpus) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("vcpu id '%1$u' is out of range of maximum vcpu count"), id);
            return -1;
        }
        vcpu = &def->vcpuinfo[id];
        vcpu->hotpluggable = VIR_TRISTATE_BOOL_ABSENT;
        if (
            virXMLPropTristateBool(nodes[i], "enabled", VIR_XML_PROP_REQUIRED,
                                   &vcpu->enabled) < 0 ||
            virXMLPropTristateBool(nodes[i], "hotpluggable", VIR_XML_PROP_NONE,
                                   &vcpu->hotpluggable) < 0 ||
            virXMLPropUInt(nodes[i], "order", 10, VIR_XML_PROP_NONE, &vcpu->order) < 0)
            return -1;
        if (!vcpu->hotpluggable)
            vcpu->hotpluggable = vcpu->enabled == VIR_TRISTATE_BOOL_YES ? VIR_TRISTATE_BOOL_NO
                                                                         : VIR_TRISTATE_BOOL_YES;
        if (vcpu->enabled == VIR_TRISTATE_BOOL_NO && vcpu->hotpluggable == VIR_TRISTATE_BOOL_NO) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                           _("vcpu '%1$u' is both offline and not hotpluggable"), id);
            return -1;
        }
    }
    def->vcpus = 0;
    for (i = 0; i < def->nvcpuinfo; i++) {
        if (def->vcpuinfo[i].enabled == VIR_TRISTATE_BOOL_YES)
            def->vcpus++;
    }
    return 0;
}

static int
virDomainDefParseVcpuSched(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./cputune/vcpusched", ctxt, &nodes)) <= 0)
        return n;
    def->vcpuscheds = g_new0(virDomainVcpuSched, n);
    for (i = 0; i < (size_t)n; i++) {
        virDomainVcpuSched *sched = &def->vcpuscheds[def->nvcpuscheds++];
        g_autofree char *vcpus = virXMLPropString(nodes[i], "vcpus");
        int rc;

        if (!vcpus) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing attribute 'vcpus' in element 'vcpusched'"));
            return -1;
        }
        if (virDomainBitmapNormalise(vcpus, &sched->vcpus, "vcpus") < 0)
            return -1;
        sched->scheduler = virXMLPropString(nodes[i], "scheduler");
        if ((rc = virXMLPropInt(nodes[i], "priority", 10, VIR_XML_PROP_NONE,
                                &sched->priority, 0)) < 0)
            return -1;
        sched->hasPriority = rc == 1;
    }
    return 0;
}

/* Sysinfo entries kept in libvirt's print order per table. */
static const char *const virDomainSysinfoBlocks[] = {
    "bios", "system", "baseBoard", "chassis", "oemStrings",
};
static const char *const virDomainSysinfoKeys[][8] = {
    { "vendor", "version", "date", "release", NULL },
    { "manufacturer", "product", "version", "serial", "uuid", "sku", "family", NULL },
    { "manufacturer", "product", "version", "serial", "asset", "location", NULL },
    { "manufacturer", "version", "serial", "asset", "sku", NULL },
    { NULL },
};

static int
virDomainDefParseSysinfo(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree char *type = virXPathString("string(./sysinfo[1]/@type)", ctxt);
    size_t b;

    if (!virXPathNode("./sysinfo[1]", ctxt))
        return 0;
    if (!type) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Missing required attribute '%1$s' in element '%2$s'"), "type", "sysinfo");
        return -1;
    }
    if (!g_str_equal(type, "smbios") && !g_str_equal(type, "fwcfg")) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'."),
                       "type", "sysinfo", type);
        return -1;
    }
    /* fw_cfg entries are not kept by this layer yet */
    if (!g_str_equal(type, "smbios"))
        return 0;
    def->hasSysinfo = true;
    for (b = 0; b < G_N_ELEMENTS(virDomainSysinfoBlocks); b++) {
        g_autofree char *xpath = g_strdup_printf("./sysinfo[1]/%s[1]/entry",
                                                 virDomainSysinfoBlocks[b]);
        g_autofree xmlNodePtr *nodes = NULL;
        virDomainSysinfoBlock *block = &def->sysinfo[b];
        int n;
        size_t i, k;

        if ((n = virXPathNodeSet(xpath, ctxt, &nodes)) <= 0)
            continue;
        block->entries = g_new0(virDomainSysinfoEntry, n);
        if (b == G_N_ELEMENTS(virDomainSysinfoBlocks) - 1) {
            for (i = 0; i < (size_t)n; i++)
                block->entries[block->nentries++].value = virXMLNodeContentString(nodes[i]);
            continue;
        }
        for (k = 0; virDomainSysinfoKeys[b][k]; k++) {
            for (i = 0; i < (size_t)n; i++) {
                g_autofree char *name = virXMLPropString(nodes[i], "name");

                if (name && g_str_equal(name, virDomainSysinfoKeys[b][k])) {
                    block->entries[block->nentries].name = g_steal_pointer(&name);
                    block->entries[block->nentries].value = virXMLNodeContentString(nodes[i]);
                    block->nentries++;
                    break;
                }
            }
        }
    }
    return 0;
}

static int
virDomainDefParseNumatune(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    xmlNodePtr node;
    g_autofree char *nodeset = NULL;

    g_autofree xmlNodePtr *memnodes = NULL;
    int n;
    size_t i;

    if (!virXPathNode("./numatune[1]", ctxt))
        return 0;
    def->hasNumatune = true;
    if ((n = virXPathNodeSet("./numatune/memnode", ctxt, &memnodes)) < 0)
        return -1;
    if (n > 0)
        def->memnodes = g_new0(virDomainMemnode, n);
    for (i = 0; i < (size_t)n; i++) {
        virDomainMemnode *mem = &def->memnodes[def->nmemnodes++];
        g_autofree char *memset = virXMLPropString(memnodes[i], "nodeset");

        size_t j;

        if (virXMLPropUInt(memnodes[i], "cellid", 10, VIR_XML_PROP_REQUIRED, &mem->cellid) < 0)
            return -1;
        for (j = 0; j + 1 < def->nmemnodes; j++) {
            if (def->memnodes[j].cellid == mem->cellid) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("Multiple memnode elements with cellid %1$u"), mem->cellid);
                return -1;
            }
        }
        mem->mode = virXMLPropString(memnodes[i], "mode");
        if (!mem->mode)
            mem->mode = g_strdup("strict");
        if (!memset) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing required nodeset attribute in memnode element"));
            return -1;
        }
        if (virDomainBitmapNormalise(memset, &mem->nodeset, "nodeset") < 0)
            return -1;
    }
    if (!(node = virXPathNode("./numatune/memory[1]", ctxt)))
        return 0;
    def->numaMode = virXMLPropString(node, "mode");
    def->numaPlacement = virXMLPropString(node, "placement");
    if ((nodeset = virXMLPropString(node, "nodeset")) &&
        virDomainBitmapNormalise(nodeset, &def->numaNodeset, "nodeset") < 0)
        return -1;
    if (def->numaMode &&
        !g_str_equal(def->numaMode, "strict") && !g_str_equal(def->numaMode, "preferred") &&
        !g_str_equal(def->numaMode, "interleave") && !g_str_equal(def->numaMode, "restrictive")) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute 'mode' in element 'memory': '%1$s'."),
                       def->numaMode);
        return -1;
    }
    if (def->numaPlacement &&
        !g_str_equal(def->numaPlacement, "static") && !g_str_equal(def->numaPlacement, "auto")) {
        virReportError(VIR_ERR_XML_ERROR,
                       _("Invalid value for attribute 'placement' in element 'memory': '%1$s'."),
                       def->numaPlacement);
        return -1;
    }
    if (!def->numaMode)
        def->numaMode = g_strdup("strict");
    if (!def->numaPlacement)
        def->numaPlacement = g_strdup(def->numaNodeset ? "static" : "auto");
    if (g_str_equal(def->numaPlacement, "auto"))
        g_clear_pointer(&def->numaNodeset, g_free);
    return 0;
}


/* ---------------------------------------------------------------------
 * Parse: <os>
 */

static int
virDomainDefParseBoot(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree xmlNodePtr *nodes = NULL;
    xmlNodePtr node;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./os/boot", ctxt, &nodes)) < 0)
        return -1;
    for (i = 0; i < (size_t)n && i < VIR_DOMAIN_BOOT_LAST; i++) {
        unsigned int dev;

        if (virXMLPropEnum(nodes[i], "dev", virDomainBootTypeFromString,
                           VIR_XML_PROP_REQUIRED, &dev) < 0)
            return -1;
        def->bootDevs[def->nBootDevs++] = dev;
    }

    if ((node = virXPathNode("./os/bootmenu[1]", ctxt))) {
        if (virXMLPropTristateBool(node, "enable", VIR_XML_PROP_NONE, &def->bootmenu) < 0)
            return -1;
        if (def->bootmenu == VIR_TRISTATE_BOOL_YES) {
            int rc = virXMLPropUInt(node, "timeout", 10, VIR_XML_PROP_NONE,
                                    &def->bootmenuTimeout);

            if (rc < 0)
                return -1;
            if (rc == 1 && def->bootmenuTimeout > 65535) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                               _("invalid value for boot menu timeout, must be in range [0,65535]"));
                return -1;
            }
            def->hasBootmenuTimeout = rc == 1;
        }
    }

    if ((node = virXPathNode("./os/bios[1]", ctxt))) {
        g_autofree char *useserial = virXMLPropString(node, "useserial");
        int rc;

        if (useserial)
            def->biosUseserial = g_str_equal(useserial, "yes") ? VIR_TRISTATE_BOOL_YES
                                                               : VIR_TRISTATE_BOOL_NO;
        if ((rc = virXMLPropInt(node, "rebootTimeout", 10, VIR_XML_PROP_NONE,
                                &def->rebootTimeout, 0)) < 0)
            return -1;
        if (rc == 1) {
            if (def->rebootTimeout < -1 || def->rebootTimeout > 65535) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                               _("invalid value for rebootTimeout, must be in range [-1,65535]"));
                return -1;
            }
            def->hasRebootTimeout = true;
        }
    }
    return 0;
}

static int
virDomainDefParseLoader(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    xmlNodePtr node;
    unsigned int type = VIR_DOMAIN_LOADER_TYPE_NONE;

    if ((node = virXPathNode("./os/loader[1]", ctxt))) {
        g_autofree char *path = virXMLNodeContentString(node);

        def->hasLoader = true;
        if (virXMLPropTristateBool(node, "readonly", VIR_XML_PROP_NONE,
                                   &def->loaderReadonly) < 0 ||
            virXMLPropTristateBool(node, "secure", VIR_XML_PROP_NONE, &def->loaderSecure) < 0 ||
            virXMLPropEnum(node, "type", virDomainLoaderTypeFromString, VIR_XML_PROP_NONZERO,
                           &type) < 0)
            return -1;
        def->loaderType = type;
        if (*path)
            def->loader = g_steal_pointer(&path);
    }
    if ((node = virXPathNode("./os/nvram[1]", ctxt))) {
        g_autofree char *path = virXMLNodeContentString(node);

        def->hasNvram = true;
        def->nvramTemplate = virXMLPropString(node, "template");
        if (*path)
            def->nvram = g_steal_pointer(&path);
    }
    return 0;
}

static int
virDomainDefParseInit(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    def->init = virXPathString("string(./os/init[1])", ctxt);
    def->initdir = virXPathString("string(./os/initdir[1])", ctxt);
    def->inituser = virXPathString("string(./os/inituser[1])", ctxt);
    def->initgroup = virXPathString("string(./os/initgroup[1])", ctxt);

    if ((n = virXPathNodeSet("./os/initarg", ctxt, &nodes)) < 0)
        return -1;
    def->initargv = g_new0(char *, n + 1);
    for (i = 0; i < (size_t)n; i++)
        def->initargv[i] = virXMLNodeContentString(nodes[i]);
    g_clear_pointer(&nodes, g_free);

    if ((n = virXPathNodeSet("./os/initenv", ctxt, &nodes)) < 0)
        return -1;
    def->initenvName = g_new0(char *, n);
    def->initenvValue = g_new0(char *, n);
    for (i = 0; i < (size_t)n; i++) {
        g_autofree char *name = virXMLPropString(nodes[i], "name");

        if (!name) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("No name supplied for <initenv> element"));
            return -1;
        }
        def->initenvName[def->ninitenv] = g_steal_pointer(&name);
        def->initenvValue[def->ninitenv] = virXMLNodeContentString(nodes[i]);
        def->ninitenv++;
    }
    return 0;
}

static int
virDomainDefParseAcpiTables(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    g_autofree char *type = NULL;
    int n;

    if ((n = virXPathNodeSet("./os/acpi/table", ctxt, &nodes)) < 0)
        return -1;
    if (n == 0)
        return 0;
    if (n > 1) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Only one acpi table is supported"));
        return -1;
    }
    if (!(type = virXMLPropString(nodes[0], "type"))) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("Missing acpi table type"));
        return -1;
    }
    if (!g_str_equal(type, "slic")) {
        virReportError(VIR_ERR_XML_ERROR, _("Unknown acpi table type: %1$s"), type);
        return -1;
    }
    def->slicTable = virXMLNodeContentString(nodes[0]);
    return 0;
}

/* What the guest is: virtualisation type, OS type, architecture, machine. */
static int
virDomainDefParseCaps(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree char *virtType = virXMLPropString(ctxt->node, "type");
    g_autofree char *type = virXPathString("string(./os/type[1])", ctxt);
    g_autofree char *arch = NULL;
    xmlNodePtr node;
    int val;

    if (!virtType) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("missing domain type attribute"));
        return -1;
    }
    if ((val = virDomainVirtTypeFromString(virtType)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("invalid domain type %1$s"), virtType);
        return -1;
    }
    def->virtType = val;

    if (!type) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("an os <type> must be specified"));
        return -1;
    }
    if ((val = virDomainOSTypeFromString(type)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown OS type '%1$s'"), type);
        return -1;
    }
    def->osType = val;

    node = virXPathNode("./os/type[1]", ctxt);
    if ((arch = virXMLPropString(node, "arch"))) {
        if ((val = virDomainArchTypeFromString(arch)) <= 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Unknown architecture %1$s"), arch);
            return -1;
        }
        def->arch = val;
    }
    def->machine = virXMLPropString(node, "machine");
    if (def->machine && !*def->machine)
        g_clear_pointer(&def->machine, g_free);
    return 0;
}

static int
virDomainDefParseOS(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree char *firmware = NULL;
    int val;

    if ((firmware = virXPathString("string(./os/@firmware)", ctxt))) {
        if ((val = virDomainOsDefFirmwareTypeFromString(firmware)) <= 0) {
            virReportError(VIR_ERR_XML_ERROR, _("unknown firmware value %1$s"), firmware);
            return -1;
        }
        def->firmware = val;
    }

    {
        g_autofree xmlNodePtr *features = NULL;
        int n = virXPathNodeSet("./os/firmware[1]/feature", ctxt, &features);
        size_t i;

        if (n < 0)
            return -1;
        /* firmware features only mean something for automatic selection */
        if (def->firmware == VIR_DOMAIN_OS_DEF_FIRMWARE_NONE)
            n = 0;
        if (n > 0) {
            def->fwFeatureNames = g_new0(char *, n);
            def->fwFeatureEnabled = g_new0(virTristateBool, n);
        }
        for (i = 0; i < (size_t)n; i++) {
            g_autofree char *name = virXMLPropString(features[i], "name");
            virTristateBool enabled;
            size_t j;

            if (virXMLPropTristateBool(features[i], "enabled", VIR_XML_PROP_REQUIRED,
                                       &enabled) < 0)
                return -1;
            if (!name) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("Missing required attribute '%1$s' in element '%2$s'"),
                               "name", "feature");
                return -1;
            }
            /* kept sorted by name */
            for (j = def->nfwFeatures; j > 0 && strcmp(def->fwFeatureNames[j - 1], name) > 0; j--) {
                def->fwFeatureNames[j] = def->fwFeatureNames[j - 1];
                def->fwFeatureEnabled[j] = def->fwFeatureEnabled[j - 1];
            }
            def->fwFeatureNames[j] = g_steal_pointer(&name);
            def->fwFeatureEnabled[j] = enabled;
            def->nfwFeatures++;
        }
        /* enrolled keys are only of use with secure boot, which libvirt adds */
        for (i = 0; i < def->nfwFeatures; i++) {
            if (g_str_equal(def->fwFeatureNames[i], "enrolled-keys") &&
                def->fwFeatureEnabled[i] == VIR_TRISTATE_BOOL_YES) {
                size_t j;

                for (j = 0; j < def->nfwFeatures; j++) {
                    if (g_str_equal(def->fwFeatureNames[j], "secure-boot"))
                        break;
                }
                if (j == def->nfwFeatures) {
                    def->fwFeatureNames = g_renew(char *, def->fwFeatureNames,
                                                  def->nfwFeatures + 1);
                    def->fwFeatureEnabled = g_renew(virTristateBool, def->fwFeatureEnabled,
                                                    def->nfwFeatures + 1);
                    /* "secure-boot" sorts after everything but nothing before it */
                    for (j = def->nfwFeatures;
                         j > 0 && strcmp(def->fwFeatureNames[j - 1], "secure-boot") > 0; j--) {
                        def->fwFeatureNames[j] = def->fwFeatureNames[j - 1];
                        def->fwFeatureEnabled[j] = def->fwFeatureEnabled[j - 1];
                    }
                    def->fwFeatureNames[j] = g_strdup("secure-boot");
                    def->fwFeatureEnabled[j] = VIR_TRISTATE_BOOL_YES;
                    def->nfwFeatures++;
                }
                break;
            }
        }
    }

    def->bootloader = virXPathString("string(./bootloader)", ctxt);
    def->bootloaderArgs = virXPathString("string(./bootloader_args)", ctxt);

    if (def->osType == VIR_DOMAIN_OSTYPE_EXE) {
        if (virDomainDefParseInit(ctxt, def) < 0)
            return -1;
        if (!def->init) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("init binary must be specified"));
            return -1;
        }
        return 0;
    }

    if (def->osType == VIR_DOMAIN_OSTYPE_XEN || def->osType == VIR_DOMAIN_OSTYPE_XENPVH ||
        def->osType == VIR_DOMAIN_OSTYPE_HVM || def->osType == VIR_DOMAIN_OSTYPE_UML ||
        def->osType == VIR_DOMAIN_OSTYPE_LINUX) {
        def->kernel = virXPathString("string(./os/kernel[1])", ctxt);
        def->initrd = virXPathString("string(./os/initrd[1])", ctxt);
        def->cmdline = virXPathString("string(./os/cmdline[1])", ctxt);
        def->dtb = virXPathString("string(./os/dtb[1])", ctxt);
        def->root = virXPathString("string(./os/root[1])", ctxt);
        if (virDomainDefParseLoader(ctxt, def) < 0 ||
            virDomainDefParseAcpiTables(ctxt, def) < 0)
            return -1;
    }

    if (def->osType == VIR_DOMAIN_OSTYPE_HVM) {
        g_autofree char *smbios = NULL;

        if (virDomainDefParseBoot(ctxt, def) < 0)
            return -1;
        if ((smbios = virXPathString("string(./os/smbios/@mode)", ctxt))) {
            if ((val = virDomainSmbiosModeTypeFromString(smbios)) <= 0) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown smbios mode '%1$s'"),
                               smbios);
                return -1;
            }
            def->smbios = val;
        }
    }
    return 0;
}


/* ---------------------------------------------------------------------
 * Parse: <features>
 */

static int
virDomainFeatureParseState(xmlNodePtr node, virDomainDef *def, virDomainFeature feature,
                           bool required)
{
    virTristateSwitch state = VIR_TRISTATE_SWITCH_ON;

    if (virXMLPropTristateSwitch(node, "state",
                                 required ? VIR_XML_PROP_REQUIRED : VIR_XML_PROP_NONE,
                                 &state) < 0)
        return -1;
    if (state == VIR_TRISTATE_SWITCH_ABSENT)
        state = VIR_TRISTATE_SWITCH_ON;
    def->features[feature] = state;
    return 0;
}

static int
virDomainFeatureParseStringAttr(xmlNodePtr node, const char *attr, const char *const *allowed,
                                char **result)
{
    g_autofree char *value = virXMLPropString(node, attr);
    size_t i;

    if (!value)
        return 0;
    for (i = 0; allowed[i]; i++) {
        if (g_str_equal(allowed[i], value)) {
            g_free(*result);
            *result = g_steal_pointer(&value);
            return 1;
        }
    }
    virReportError(VIR_ERR_XML_ERROR,
                   _("Invalid value for attribute '%1$s' in element '%2$s': '%3$s'."),
                   attr, (const char *)node->name, value);
    return -1;
}

static int
virDomainFeatureParseHyperv(xmlNodePtr node, virDomainDef *def)
{
    static const char *const modes[] = { "custom", "passthrough", NULL };
    xmlNodePtr child;

    if (virDomainFeatureParseStringAttr(node, "mode", modes, &def->hypervMode) < 0)
        return -1;
    if (!def->hypervMode)
        def->hypervMode = g_strdup("custom");
    def->features[VIR_DOMAIN_FEATURE_HYPERV] = VIR_TRISTATE_SWITCH_ON;

    for (child = node->children; child; child = child->next) {
        virTristateSwitch state;
        int feature;

        if (child->type != XML_ELEMENT_NODE)
            continue;
        if ((feature = virDomainHypervTypeFromString((const char *)child->name)) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unsupported HyperV Enlightenment feature: %1$s"),
                           (const char *)child->name);
            return -1;
        }
        if (virXMLPropTristateSwitch(child, "state", VIR_XML_PROP_REQUIRED, &state) < 0)
            return -1;
        def->hyperv[feature] = state;
        if (feature == VIR_DOMAIN_HYPERV_SPINLOCKS && state == VIR_TRISTATE_SWITCH_ON) {
            if (virXMLPropUInt(child, "retries", 0, VIR_XML_PROP_REQUIRED,
                               &def->hypervSpinlocks) < 0)
                return -1;
            if (def->hypervSpinlocks < 0xFFF) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("HyperV spinlock retry count must be at least 4095"));
                return -1;
            }
        }
        if (feature == VIR_DOMAIN_HYPERV_VENDOR_ID && state == VIR_TRISTATE_SWITCH_ON) {
            g_free(def->hypervVendorId);
            if (!(def->hypervVendorId = virXMLPropString(child, "value"))) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("missing 'value' attribute for HyperV feature 'vendor_id'"));
                return -1;
            }
            if (strlen(def->hypervVendorId) > 12) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("HyperV vendor_id value must not be more than %1$d characters."),
                               12);
                return -1;
            }
        }
        if (feature == VIR_DOMAIN_HYPERV_STIMER && state == VIR_TRISTATE_SWITCH_ON) {
            xmlNodePtr direct;

            for (direct = child->children; direct; direct = direct->next) {
                if (direct->type == XML_ELEMENT_NODE &&
                    xmlStrEqual(direct->name, BAD_CAST "direct") &&
                    virXMLPropTristateSwitch(direct, "state", VIR_XML_PROP_REQUIRED,
                                             &def->hypervStimerDirect) < 0)
                    return -1;
            }
        }
    }
    return 0;
}

static int
virDomainFeatureParseKVM(xmlNodePtr node, virDomainDef *def)
{
    xmlNodePtr child;

    def->features[VIR_DOMAIN_FEATURE_KVM] = VIR_TRISTATE_SWITCH_ON;
    for (child = node->children; child; child = child->next) {
        virTristateSwitch state;
        int feature;

        if (child->type != XML_ELEMENT_NODE)
            continue;
        if ((feature = virDomainKVMTypeFromString((const char *)child->name)) < 0)
            continue;
        if (virXMLPropTristateSwitch(child, "state", VIR_XML_PROP_REQUIRED, &state) < 0)
            return -1;
        def->kvm[feature] = state;
        if (feature == VIR_DOMAIN_KVM_DIRTY_RING && state == VIR_TRISTATE_SWITCH_ON) {
            int rc = virXMLPropUInt(child, "size", 0, VIR_XML_PROP_NONE,
                                    &def->kvmDirtyRingSize);

            if (rc < 0)
                return -1;
            if (rc == 1 && (def->kvmDirtyRingSize == 0 ||
                            (def->kvmDirtyRingSize & (def->kvmDirtyRingSize - 1)) != 0 ||
                            def->kvmDirtyRingSize < 1024 || def->kvmDirtyRingSize > 65536)) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("dirty ring must be power of 2 and ranges [1024, 65536]"));
                return -1;
            }
        }
    }
    return 0;
}

static int
virDomainFeatureParseXen(xmlNodePtr node, virDomainDef *def)
{
    static const char *const modes[] = { "sync_pt", "share_pt", NULL };
    xmlNodePtr child;

    def->features[VIR_DOMAIN_FEATURE_XEN] = VIR_TRISTATE_SWITCH_ON;
    for (child = node->children; child; child = child->next) {
        virTristateSwitch state;
        int feature;

        if (child->type != XML_ELEMENT_NODE)
            continue;
        if ((feature = virDomainXenTypeFromString((const char *)child->name)) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unsupported Xen feature: %1$s"),
                           (const char *)child->name);
            return -1;
        }
        if (virXMLPropTristateSwitch(child, "state", VIR_XML_PROP_REQUIRED, &state) < 0)
            return -1;
        def->xen[feature] = state;
        if (feature == VIR_DOMAIN_XEN_PASSTHROUGH && state == VIR_TRISTATE_SWITCH_ON &&
            virDomainFeatureParseStringAttr(child, "mode", modes, &def->xenPassthroughMode) < 0)
            return -1;
    }
    return 0;
}

static int
virDomainFeatureParseScaled(xmlNodePtr node, const char *child, unsigned long long *kib)
{
    xmlNodePtr cur;

    for (cur = node->children; cur; cur = cur->next) {
        g_autofree char *value = NULL;
        g_autofree char *unit = NULL;
        unsigned long long bytes;

        if (cur->type != XML_ELEMENT_NODE || !xmlStrEqual(cur->name, BAD_CAST child))
            continue;
        value = virXMLNodeContentString(cur);
        unit = virXMLPropString(cur, "unit");
        if (virUnitsStrToULongLong(value, &bytes) < 0) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Invalid value '%1$s' for element or attribute '%2$s'"),
                           value, child);
            return -1;
        }
        if (virUnitsScaleInteger(&bytes, unit, 1024, LLONG_MAX) < 0)
            return -1;
        *kib = bytes / 1024 + (bytes % 1024 ? 1 : 0);
        return 1;
    }
    return 0;
}

static int
virDomainFeatureParse(xmlNodePtr node, virDomainDef *def)
{
    static const char *const gicVersions[] = { "host", "2", "3", NULL };
    static const char *const ioapicDrivers[] = { "qemu", "kvm", NULL };
    static const char *const hptResizing[] = { "enabled", "disabled", "required", NULL };
    static const char *const msrsUnknown[] = { "ignore", "fault", NULL };
    static const char *const cfpcValues[] = { "broken", "workaround", "fixed", NULL };
    static const char *const sbbcValues[] = { "broken", "workaround", "fixed", NULL };
    static const char *const ibsValues[] = { "broken", "fixed-ibs", "fixed-ccd",
                                             "fixed-na", NULL };
    static const char *const capsPolicies[] = { "default", "allow", "deny", NULL };
    int feature = virDomainFeatureTypeFromString((const char *)node->name);

    if (feature < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unexpected feature '%1$s'"),
                       (const char *)node->name);
        return -1;
    }

    switch ((virDomainFeature) feature) {
    case VIR_DOMAIN_FEATURE_ACPI:
    case VIR_DOMAIN_FEATURE_PAE:
    case VIR_DOMAIN_FEATURE_VIRIDIAN:
    case VIR_DOMAIN_FEATURE_PRIVNET:
        def->features[feature] = VIR_TRISTATE_SWITCH_ON;
        break;

    case VIR_DOMAIN_FEATURE_APIC:
        if (virXMLPropTristateSwitch(node, "eoi", VIR_XML_PROP_NONE, &def->apicEoi) < 0)
            return -1;
        def->features[feature] = VIR_TRISTATE_SWITCH_ON;
        break;

    case VIR_DOMAIN_FEATURE_HAP:
    case VIR_DOMAIN_FEATURE_PMU:
    case VIR_DOMAIN_FEATURE_PVSPINLOCK:
    case VIR_DOMAIN_FEATURE_VMPORT:
    case VIR_DOMAIN_FEATURE_VMCOREINFO:
        return virDomainFeatureParseState(node, def, feature, false);

    case VIR_DOMAIN_FEATURE_SMM: {
        unsigned long long tseg = 0;
        int rc;

        if (virDomainFeatureParseState(node, def, feature, false) < 0)
            return -1;
        if (def->features[feature] == VIR_TRISTATE_SWITCH_ON) {
            xmlNodePtr cur;

            for (cur = node->children; cur; cur = cur->next) {
                g_autofree char *value = NULL;
                g_autofree char *unit = NULL;

                if (cur->type != XML_ELEMENT_NODE || !xmlStrEqual(cur->name, BAD_CAST "tseg"))
                    continue;
                value = virXMLNodeContentString(cur);
                unit = virXMLPropString(cur, "unit");
                if (virUnitsStrToULongLong(value, &tseg) < 0) {
                    virReportError(VIR_ERR_XML_ERROR,
                                   _("Invalid value '%1$s' for element or attribute '%2$s'"),
                                   value, "./features/smm/tseg");
                    return -1;
                }
                if ((rc = virUnitsScaleInteger(&tseg, unit, 1024 * 1024, ULLONG_MAX)) < 0)
                    return -1;
                def->hasTseg = true;
                def->tseg = tseg;
                break;
            }
        }
        break;
    }

    case VIR_DOMAIN_FEATURE_HTM:
    case VIR_DOMAIN_FEATURE_NESTED_HV:
    case VIR_DOMAIN_FEATURE_CCF_ASSIST:
        return virDomainFeatureParseState(node, def, feature, true);

    case VIR_DOMAIN_FEATURE_GIC:
        if (virDomainFeatureParseStringAttr(node, "version", gicVersions,
                                            &def->gicVersion) < 0)
            return -1;
        def->features[feature] = VIR_TRISTATE_SWITCH_ON;
        break;

    case VIR_DOMAIN_FEATURE_IOAPIC:
        if (virDomainFeatureParseStringAttr(node, "driver", ioapicDrivers,
                                            &def->ioapicDriver) < 0)
            return -1;
        if (def->ioapicDriver)
            def->features[feature] = VIR_TRISTATE_SWITCH_ON;
        break;

    case VIR_DOMAIN_FEATURE_HPT: {
        int rc;

        if (virDomainFeatureParseStringAttr(node, "resizing", hptResizing,
                                            &def->hptResizing) < 0)
            return -1;
        if ((rc = virDomainFeatureParseScaled(node, "maxpagesize", &def->hptMaxpagesize)) < 0)
            return -1;
        if (def->hptResizing || rc == 1)
            def->features[feature] = VIR_TRISTATE_SWITCH_ON;
        break;
    }

    case VIR_DOMAIN_FEATURE_MSRS:
        if (!virXMLPropString(node, "unknown")) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Missing required attribute '%1$s' in element '%2$s'"),
                           "unknown", "msrs");
            return -1;
        }
        if (virDomainFeatureParseStringAttr(node, "unknown", msrsUnknown,
                                            &def->msrsUnknown) < 0)
            return -1;
        def->features[feature] = VIR_TRISTATE_SWITCH_ON;
        break;

    case VIR_DOMAIN_FEATURE_CFPC:
        if (virDomainFeatureParseStringAttr(node, "value", cfpcValues, &def->cfpc) < 0)
            return -1;
        if (def->cfpc)
            def->features[feature] = VIR_TRISTATE_SWITCH_ON;
        break;

    case VIR_DOMAIN_FEATURE_SBBC:
        if (virDomainFeatureParseStringAttr(node, "value", sbbcValues, &def->sbbc) < 0)
            return -1;
        if (def->sbbc)
            def->features[feature] = VIR_TRISTATE_SWITCH_ON;
        break;

    case VIR_DOMAIN_FEATURE_IBS:
        if (virDomainFeatureParseStringAttr(node, "value", ibsValues, &def->ibs) < 0)
            return -1;
        if (def->ibs)
            def->features[feature] = VIR_TRISTATE_SWITCH_ON;
        break;

    case VIR_DOMAIN_FEATURE_TCG:
        if (virDomainFeatureParseScaled(node, "tb-cache", &def->tcgTbCache) < 0)
            return -1;
        if (def->tcgTbCache)
            def->features[feature] = VIR_TRISTATE_SWITCH_ON;
        break;

    case VIR_DOMAIN_FEATURE_CAPABILITIES:
        if (virDomainFeatureParseStringAttr(node, "policy", capsPolicies,
                                            &def->capsPolicy) < 0)
            return -1;
        def->features[feature] = VIR_TRISTATE_SWITCH_ON;
        break;

    case VIR_DOMAIN_FEATURE_HYPERV:
        return virDomainFeatureParseHyperv(node, def);

    case VIR_DOMAIN_FEATURE_KVM:
        return virDomainFeatureParseKVM(node, def);

    case VIR_DOMAIN_FEATURE_XEN:
        return virDomainFeatureParseXen(node, def);

    case VIR_DOMAIN_FEATURE_LAST:
    default:
        virReportEnumRangeError(virDomainFeature, feature);
        return -1;
    }
    return 0;
}

static int
virDomainDefParseFeatures(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./features/*", ctxt, &nodes)) < 0)
        return -1;
    for (i = 0; i < (size_t)n; i++) {
        if (virDomainFeatureParse(nodes[i], def) < 0)
            return -1;
    }
    return 0;
}


/* ---------------------------------------------------------------------
 * Parse: <cpu>
 */

static int
virDomainCPUParseTopology(xmlNodePtr node, virDomainCPUDef *cpu)
{
    unsigned int dies = 1;

    if (virXMLPropUInt(node, "sockets", 10, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO,
                       &cpu->sockets) < 0 ||
        virXMLPropUInt(node, "dies", 10, VIR_XML_PROP_NONZERO, &dies) < 0 ||
        virXMLPropUInt(node, "cores", 10, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO,
                       &cpu->cores) < 0 ||
        virXMLPropUInt(node, "threads", 10, VIR_XML_PROP_REQUIRED | VIR_XML_PROP_NONZERO,
                       &cpu->threads) < 0)
        return -1;
    cpu->dies = dies;
    return 0;
}

static int
virDomainCPUParseFeatures(xmlXPathContextPtr ctxt, virDomainCPUDef *cpu)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./feature", ctxt, &nodes)) < 0)
        return -1;
    if (n > 0)
        cpu->features = g_new0(virDomainCPUFeatureDef, n);
    for (i = 0; i < (size_t)n; i++) {
        g_autofree char *name = virXMLPropString(nodes[i], "name");
        g_autofree char *policyStr = virXMLPropString(nodes[i], "policy");
        int policy = VIR_CPU_FEATURE_REQUIRE;
        size_t j;

        if (policyStr && (policy = virCPUFeaturePolicyTypeFromString(policyStr)) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s", _("Invalid CPU feature policy"));
            return -1;
        }
        if (!name) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("Invalid CPU feature name"));
            return -1;
        }
        for (j = 0; j < cpu->nfeatures; j++) {
            if (g_str_equal(cpu->features[j].name, name)) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("CPU feature '%1$s' specified more than once"), name);
                return -1;
            }
        }
        cpu->features[cpu->nfeatures].name = g_steal_pointer(&name);
        cpu->features[cpu->nfeatures].policy = policy;
        cpu->nfeatures++;
    }
    return 0;
}

static int
virDomainCPUParseNuma(xmlXPathContextPtr ctxt, virDomainCPUDef *cpu)
{
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./numa/cell", ctxt, &nodes)) < 0)
        return -1;
    if (n > 0)
        cpu->cells = g_new0(virDomainNumaCell, n);
    for (i = 0; i < (size_t)n; i++) {
        virDomainNumaCell *cell = &cpu->cells[i];
        g_autofree char *cpus = virXMLPropString(nodes[i], "cpus");
        g_autofree char *memory = virXMLPropString(nodes[i], "memory");
        g_autofree char *unit = virXMLPropString(nodes[i], "unit");
        unsigned long long bytes;
        unsigned int id = i;

        cpu->ncells++;
        if (virXMLPropUInt(nodes[i], "id", 10, VIR_XML_PROP_NONE, &id) < 0)
            return -1;
        if (id != i) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("NUMA cells must be in ascending order"));
            return -1;
        }
        cell->id = id;
        if (cpus && virDomainBitmapNormalise(cpus, &cell->cpus, NULL) < 0)
            return -1;
        if (!memory) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("Missing 'memory' attribute in NUMA cell"));
            return -1;
        }
        if (virUnitsStrToULongLong(memory, &bytes) < 0) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Invalid value '%1$s' for element or attribute '%2$s'"),
                           memory, "./@memory");
            return -1;
        }
        if (virUnitsScaleInteger(&bytes, unit, 1024, LLONG_MAX) < 0)
            return -1;
        cell->mem = bytes / 1024 + (bytes % 1024 ? 1 : 0);
        cell->memAccess = virXMLPropString(nodes[i], "memAccess");
        cell->discard = virXMLPropString(nodes[i], "discard");
    }

    /* distances: each given value also fills the reverse direction and
     * the local distance (10) of both cells, when those are unset */
    for (i = 0; i < (size_t)n; i++) {
        xmlNodePtr distances = NULL;
        xmlNodePtr cur;

        for (cur = nodes[i]->children; cur; cur = cur->next) {
            if (cur->type == XML_ELEMENT_NODE && xmlStrEqual(cur->name, BAD_CAST "distances"))
                distances = cur;
        }
        if (!distances)
            continue;
        for (cur = distances->children; cur; cur = cur->next) {
            unsigned int sibling;
            unsigned int value;

            if (cur->type != XML_ELEMENT_NODE || !xmlStrEqual(cur->name, BAD_CAST "sibling"))
                continue;
            if (virXMLPropUInt(cur, "id", 10, VIR_XML_PROP_REQUIRED, &sibling) < 0 ||
                virXMLPropUInt(cur, "value", 10, VIR_XML_PROP_REQUIRED, &value) < 0)
                return -1;
            if (sibling >= cpu->ncells) {
                virReportError(VIR_ERR_XML_ERROR,
                               _("'sibling_id %1$d' does not refer to a valid cell within NUMA 'cell id %2$zu'"),
                               sibling, i);
                return -1;
            }
            if (value < 10 || value > 255) {
                virReportError(VIR_ERR_XML_ERROR, "%s",
                               _("'value' attribute of a NUMA distance must be between 10 and 255"));
                return -1;
            }
            if (!cpu->cells[i].distances)
                cpu->cells[i].distances = g_new0(unsigned int, cpu->ncells);
            if (!cpu->cells[sibling].distances)
                cpu->cells[sibling].distances = g_new0(unsigned int, cpu->ncells);
            cpu->cells[i].distances[sibling] = value;
            if (!cpu->cells[sibling].distances[i])
                cpu->cells[sibling].distances[i] = value;
            if (!cpu->cells[i].distances[i])
                cpu->cells[i].distances[i] = 10;
            if (!cpu->cells[sibling].distances[sibling])
                cpu->cells[sibling].distances[sibling] = 10;
        }
    }
    return 0;
}

static int
virDomainDefParseCPU(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainCPUDef) cpu = NULL;
    xmlNodePtr node;
    unsigned int val;
    int rc;

    if (!(ctxt->node = virXPathNode("./cpu[1]", ctxt)))
        return 0;
    cpu = g_new0(virDomainCPUDef, 1);
    cpu->cacheLevel = -1;
    cpu->maxPhysAddrBits = -1;

    {
        g_autofree char *mode = virXMLPropString(ctxt->node, "mode");
        int m;

        if (mode) {
            if ((m = virCPUModeTypeFromString(mode)) < 0) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("Invalid mode attribute '%1$s'"),
                               mode);
                return -1;
            }
            cpu->mode = m;
            cpu->hasMode = true;
        }
    }

    val = VIR_CPU_CHECK_DEFAULT;
    if (virXMLPropEnum(ctxt->node, "check", virCPUCheckTypeFromString, VIR_XML_PROP_NONE,
                       &val) < 0)
        return -1;
    cpu->check = val;

    if (cpu->mode == VIR_CPU_MODE_HOST_PASSTHROUGH || cpu->mode == VIR_CPU_MODE_MAXIMUM) {
        if (virXMLPropTristateSwitch(ctxt->node, "migratable", VIR_XML_PROP_NONE,
                                     &cpu->migratable) < 0)
            return -1;
    }

    if (cpu->mode == VIR_CPU_MODE_CUSTOM) {
        val = VIR_CPU_MATCH_EXACT;
        if ((rc = virXMLPropEnum(ctxt->node, "match", virCPUMatchTypeFromString,
                                 VIR_XML_PROP_NONE, &val)) < 0)
            return -1;
        cpu->match = val;
        cpu->hasMatch = rc == 1;
    }

    if ((node = virXPathNode("./model[1]", ctxt))) {
        g_autofree char *model = virXMLNodeContentString(node);

        if (*model && cpu->mode != VIR_CPU_MODE_HOST_PASSTHROUGH &&
            cpu->mode != VIR_CPU_MODE_MAXIMUM)
            cpu->model = g_steal_pointer(&model);
        {
            g_autofree char *fallback = virXMLPropString(node, "fallback");
            int f = VIR_CPU_FALLBACK_ALLOW;

            if (fallback && (f = virCPUFallbackTypeFromString(fallback)) < 0) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s", _("Invalid fallback attribute"));
                return -1;
            }
            cpu->fallback = f;
        }
        if (cpu->model) {
            cpu->hasFallback = true;
            if ((cpu->vendorId = virXMLPropString(node, "vendor_id")) &&
                strlen(cpu->vendorId) != 12) {
                virReportError(VIR_ERR_XML_ERROR, _("vendor_id must be exactly %1$d characters long"),
                               12);
                return -1;
            }
        }
    }

    if ((cpu->vendor = virXPathString("string(./vendor[1])", ctxt)) && !cpu->model) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("CPU vendor specified without CPU model"));
        return -1;
    }

    if ((node = virXPathNode("./topology[1]", ctxt)) &&
        virDomainCPUParseTopology(node, cpu) < 0)
        return -1;

    if ((node = virXPathNode("./cache[1]", ctxt))) {
        cpu->hasCache = true;
        if (virXMLPropInt(node, "level", 10, VIR_XML_PROP_NONE, &cpu->cacheLevel, -1) < 0)
            return -1;
        if (virXMLPropEnum(node, "mode", virCPUCacheModeTypeFromString, VIR_XML_PROP_REQUIRED,
                           &val) < 0)
            return -1;
        cpu->cacheMode = val;
    }

    if ((node = virXPathNode("./maxphysaddr[1]", ctxt))) {
        cpu->hasMaxPhysAddr = true;
        if (!(cpu->maxPhysAddrMode = virXMLPropString(node, "mode"))) {
            virReportError(VIR_ERR_XML_ERROR,
                           _("Missing required attribute '%1$s' in element '%2$s'"),
                           "mode", "maxphysaddr");
            return -1;
        }
        if (virXMLPropInt(node, "bits", 10, VIR_XML_PROP_NONE, &cpu->maxPhysAddrBits, -1) < 0)
            return -1;
    }

    if (virDomainCPUParseFeatures(ctxt, cpu) < 0 ||
        virDomainCPUParseNuma(ctxt, cpu) < 0)
        return -1;

    if (cpu->model && !cpu->hasMode)
        cpu->hasMode = true;

    def->cpu = g_steal_pointer(&cpu);
    return 0;
}


/* ---------------------------------------------------------------------
 * Parse: <clock>, lifecycle, <pm>, <seclabel>, test namespace
 */

static int
virDomainTimerParse(xmlNodePtr node, virDomainTimerDef *timer)
{
    unsigned int val;
    xmlNodePtr child;
    int rc;

    if (virXMLPropEnum(node, "name", virDomainTimerNameTypeFromString, VIR_XML_PROP_REQUIRED,
                       &val) < 0)
        return -1;
    timer->name = val;
    if (virXMLPropTristateBool(node, "present", VIR_XML_PROP_NONE, &timer->present) < 0)
        return -1;
    val = 0;
    if (virXMLPropEnum(node, "tickpolicy", virDomainTimerTickpolicyTypeFromString,
                       VIR_XML_PROP_NONZERO, &val) < 0)
        return -1;
    timer->tickpolicy = val;
    val = 0;
    if ((rc = virXMLPropEnum(node, "track", virDomainTimerTrackTypeFromString,
                             VIR_XML_PROP_NONZERO, &val)) < 0)
        return -1;
    if (rc == 1 && timer->name != VIR_DOMAIN_TIMER_NAME_PLATFORM &&
        timer->name != VIR_DOMAIN_TIMER_NAME_RTC) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("timer %1$s doesn't support setting of timer track"),
                       virDomainTimerNameTypeToString(timer->name));
        return -1;
    }
    timer->track = val;
    if (virXMLPropULongLong(node, "frequency", 10, VIR_XML_PROP_NONE, &timer->frequency) < 0)
        return -1;
    val = 0;
    if ((rc = virXMLPropEnum(node, "mode", virDomainTimerModeTypeFromString,
                             VIR_XML_PROP_NONZERO, &val)) < 0)
        return -1;
    if (rc == 1 && timer->name != VIR_DOMAIN_TIMER_NAME_TSC) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("timer %1$s doesn't support setting of timer mode"),
                       virDomainTimerNameTypeToString(timer->name));
        return -1;
    }
    timer->mode = val;

    for (child = node->children; child; child = child->next) {
        unsigned long long v;

        if (child->type != XML_ELEMENT_NODE || !xmlStrEqual(child->name, BAD_CAST "catchup"))
            continue;
        if (timer->tickpolicy != VIR_DOMAIN_TIMER_TICKPOLICY_CATCHUP) {
            virReportError(VIR_ERR_XML_ERROR, "%s",
                           _("setting of timer catchup policies is only supported with tickpolicy='catchup'"));
            return -1;
        }
        timer->hasCatchup = true;
        v = 0;
        if (virXMLPropULongLong(child, "threshold", 10, VIR_XML_PROP_NONE, &v) < 0)
            return -1;
        timer->catchupThreshold = v;
        v = 0;
        if (virXMLPropULongLong(child, "slew", 10, VIR_XML_PROP_NONE, &v) < 0)
            return -1;
        timer->catchupSlew = v;
        v = 0;
        if (virXMLPropULongLong(child, "limit", 10, VIR_XML_PROP_NONE, &v) < 0)
            return -1;
        timer->catchupLimit = v;
        break;
    }
    return 0;
}

static int
virDomainDefParseClock(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree char *offset = NULL;
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if (!(ctxt->node = virXPathNode("./clock[1]", ctxt)))
        return 0;

    if ((offset = virXMLPropString(ctxt->node, "offset"))) {
        int val = virDomainClockOffsetTypeFromString(offset);

        if (val < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown clock offset '%1$s'"), offset);
            return -1;
        }
        def->clockOffset = val;
    }

    switch (def->clockOffset) {
    case VIR_DOMAIN_CLOCK_OFFSET_LOCALTIME:
    case VIR_DOMAIN_CLOCK_OFFSET_UTC: {
        g_autofree char *adj = virXMLPropString(ctxt->node, "adjustment");

        if (adj) {
            if (g_str_equal(adj, "reset")) {
                def->clockAdjustmentReset = true;
            } else {
                char *end = NULL;
                long long v;

                errno = 0;
                v = g_ascii_strtoll(adj, &end, 10);
                if (errno || end == adj || *end) {
                    virReportError(VIR_ERR_XML_ERROR, _("unknown clock adjustment '%1$s'"), adj);
                    return -1;
                }
                def->clockBasis = def->clockOffset == VIR_DOMAIN_CLOCK_OFFSET_UTC ?
                    VIR_DOMAIN_CLOCK_BASIS_UTC : VIR_DOMAIN_CLOCK_BASIS_LOCALTIME;
                def->clockOffset = VIR_DOMAIN_CLOCK_OFFSET_VARIABLE;
                def->clockAdjustment = v;
                def->hasClockAdjustment = true;
            }
        }
        break;
    }

    case VIR_DOMAIN_CLOCK_OFFSET_VARIABLE: {
        g_autofree char *basis = virXMLPropString(ctxt->node, "basis");
        g_autofree char *str = virXMLPropString(ctxt->node, "adjustment");
        long long adj = 0;

        /* an unparsable adjustment is silently 0, as in libvirt */
        if (str) {
            char *end = NULL;
            long long v = g_ascii_strtoll(str, &end, 10);

            if (end != str && !*end)
                adj = v;
        }
        def->clockAdjustment = adj;
        def->hasClockAdjustment = true;
        if (basis) {
            int val = virDomainClockBasisTypeFromString(basis);

            if (val < 0) {
                virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown clock basis '%1$s'"),
                               basis);
                return -1;
            }
            def->clockBasis = val;
        }
        break;
    }

    case VIR_DOMAIN_CLOCK_OFFSET_TIMEZONE:
        if (!(def->clockTimezone = virXMLPropString(ctxt->node, "timezone"))) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                           _("missing 'timezone' attribute for clock with offset='timezone'"));
            return -1;
        }
        break;

    case VIR_DOMAIN_CLOCK_OFFSET_ABSOLUTE: {
        g_autofree char *start = virXMLPropString(ctxt->node, "start");

        if (!start || virUnitsStrToULongLong(start, &def->clockStart) < 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                           _("missing 'start' attribute for clock with offset='absolute'"));
            return -1;
        }
        break;
    }

    case VIR_DOMAIN_CLOCK_OFFSET_LAST:
    default:
        virReportEnumRangeError(virDomainClockOffsetType, def->clockOffset);
        return -1;
    }

    if ((n = virXPathNodeSet("./timer", ctxt, &nodes)) < 0)
        return -1;
    if (n > 0)
        def->timers = g_new0(virDomainTimerDef, n);
    for (i = 0; i < (size_t)n; i++) {
        if (virDomainTimerParse(nodes[i], &def->timers[i]) < 0)
            return -1;
        def->ntimers++;
    }
    return 0;
}

static int
virDomainDefParseLifecycle(xmlXPathContextPtr ctxt, const char *name, bool allowCoredump,
                           virDomainLifecycleAction defaultAction,
                           virDomainLifecycleAction *action)
{
    g_autofree char *xpath = g_strdup_printf("string(./%s[1])", name);
    g_autofree char *str = virXPathString(xpath, ctxt);
    int val;

    *action = defaultAction;
    if (!str)
        return 0;
    if ((val = virDomainLifecycleActionTypeFromString(str)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown %1$s action: %2$s"), name, str);
        return -1;
    }
    if (!allowCoredump && (val == VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_DESTROY ||
                           val == VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_RESTART)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Lifecycle event '%1$s' doesn't support '%2$s' action"),
                       name + 3, str);
        return -1;
    }
    *action = val;
    return 0;
}

static int
virDomainDefParseEvents(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    g_autofree char *lockfailure = NULL;
    xmlNodePtr node;

    if (virDomainDefParseLifecycle(ctxt, "on_reboot", false,
                                   VIR_DOMAIN_LIFECYCLE_ACTION_RESTART, &def->onReboot) < 0 ||
        virDomainDefParseLifecycle(ctxt, "on_poweroff", false,
                                   VIR_DOMAIN_LIFECYCLE_ACTION_DESTROY, &def->onPoweroff) < 0 ||
        virDomainDefParseLifecycle(ctxt, "on_crash", true,
                                   VIR_DOMAIN_LIFECYCLE_ACTION_DESTROY, &def->onCrash) < 0)
        return -1;

    if ((lockfailure = virXPathString("string(./on_lockfailure[1])", ctxt))) {
        int val = virDomainLockFailureTypeFromString(lockfailure);

        if (val < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown on_lockfailure action: %1$s"),
                           lockfailure);
            return -1;
        }
        def->onLockfailure = val;
    }

    if ((node = virXPathNode("./pm/suspend-to-mem[1]", ctxt)) &&
        virXMLPropTristateBool(node, "enabled", VIR_XML_PROP_NONE, &def->pmS3) < 0)
        return -1;
    if ((node = virXPathNode("./pm/suspend-to-disk[1]", ctxt)) &&
        virXMLPropTristateBool(node, "enabled", VIR_XML_PROP_NONE, &def->pmS4) < 0)
        return -1;
    return 0;
}

static virDomainSeclabelDef *
virDomainSeclabelParse(xmlXPathContextPtr ctxt, unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autoptr(virDomainSeclabelDef) seclabel = g_new0(virDomainSeclabelDef, 1);
    g_autofree char *relabel = NULL;
    unsigned int type = VIR_DOMAIN_SECLABEL_DYNAMIC;
    int rc;

    if ((rc = virXMLPropEnum(ctxt->node, "type", virDomainSeclabelTypeFromString,
                             VIR_XML_PROP_NONZERO, &type)) < 0)
        return NULL;
    /* without a type, libvirt keeps the label but never prints it */
    seclabel->type = rc == 1 ? type : VIR_DOMAIN_SECLABEL_DEFAULT;
    seclabel->model = virXMLPropString(ctxt->node, "model");

    if ((relabel = virXMLPropString(ctxt->node, "relabel"))) {
        if (g_str_equal(relabel, "yes")) {
            seclabel->relabel = true;
        } else if (g_str_equal(relabel, "no")) {
            seclabel->relabel = false;
        } else {
            virReportError(VIR_ERR_XML_ERROR, _("invalid security relabel value '%1$s'"),
                           relabel);
            return NULL;
        }
        seclabel->hasRelabel = true;
        if (seclabel->type == VIR_DOMAIN_SECLABEL_DYNAMIC && !seclabel->relabel) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("dynamic label type must use resource relabeling"));
            return NULL;
        }
        if (seclabel->type == VIR_DOMAIN_SECLABEL_NONE && seclabel->relabel) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("resource relabeling is not compatible with 'none' label type"));
            return NULL;
        }
    } else {
        seclabel->relabel = seclabel->type != VIR_DOMAIN_SECLABEL_STATIC &&
                            seclabel->type != VIR_DOMAIN_SECLABEL_NONE;
    }

    /* a dynamic label is generated at start; a stored one is live data */
    if (seclabel->type == VIR_DOMAIN_SECLABEL_STATIC ||
        (!(flags & VIR_DOMAIN_DEF_PARSE_INACTIVE) &&
         seclabel->type != VIR_DOMAIN_SECLABEL_NONE)) {
        seclabel->label = virXPathString("string(./label[1])", ctxt);
        if (!seclabel->label && seclabel->type == VIR_DOMAIN_SECLABEL_STATIC) {
            virReportError(VIR_ERR_XML_ERROR, "%s", _("security label is missing"));
            return NULL;
        }
    }
    if (seclabel->relabel && !(flags & VIR_DOMAIN_DEF_PARSE_INACTIVE) &&
        seclabel->type != VIR_DOMAIN_SECLABEL_NONE)
        seclabel->imagelabel = virXPathString("string(./imagelabel[1])", ctxt);
    if (seclabel->type == VIR_DOMAIN_SECLABEL_DYNAMIC)
        seclabel->baselabel = virXPathString("string(./baselabel[1])", ctxt);

    return g_steal_pointer(&seclabel);
}

static int
virDomainDefParseSeclabels(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags)
{
    VIR_XPATH_NODE_AUTORESTORE(ctxt);
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if ((n = virXPathNodeSet("./seclabel", ctxt, &nodes)) < 0)
        return -1;
    if (n > 0)
        def->seclabels = g_new0(virDomainSeclabelDef *, n);
    for (i = 0; i < (size_t)n; i++) {
        virDomainSeclabelDef *seclabel;
        size_t j;

        ctxt->node = nodes[i];
        if (!(seclabel = virDomainSeclabelParse(ctxt, flags)))
            return -1;
        def->seclabels[def->nseclabels++] = seclabel;
        for (j = 0; j + 1 < def->nseclabels; j++) {
            if (g_strcmp0(def->seclabels[j]->model, seclabel->model) == 0) {
                virReportError(VIR_ERR_XML_DETAIL,
                               _("seclabel for model %1$s is already provided"),
                               seclabel->model ? seclabel->model : "(null)");
                return -1;
            }
        }
    }
    return 0;
}

static int
virDomainDefParseTestNamespace(xmlXPathContextPtr ctxt, virDomainDef *def)
{
    xmlNodePtr child;
    int rc;

    /* most documents have none: then skip the namespace lookups, which
     * only libxml2's XPath can answer */
    for (child = ctxt->node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE && child->ns && child->ns->href &&
            xmlStrEqual(child->ns->href, BAD_CAST VIR_DOMAIN_TEST_NAMESPACE_HREF))
            break;
    }
    if (!child) {
        def->testRunstate = 1;          /* running */
        return 0;
    }

    if (xmlXPathRegisterNs(ctxt, BAD_CAST "test", BAD_CAST VIR_DOMAIN_TEST_NAMESPACE_HREF) < 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("Failed to register xml namespace '%1$s'"),
                       VIR_DOMAIN_TEST_NAMESPACE_HREF);
        return -1;
    }

    def->testTransient = virXPathBoolean("boolean(./test:transient)", ctxt) == 1;
    def->testHasManagedSave = virXPathBoolean("boolean(./test:hasmanagedsave)", ctxt) == 1;

    rc = virXPathUInt("string(./test:runstate)", ctxt, &def->testRunstate);
    if (rc == -2) {
        virReportError(VIR_ERR_XML_ERROR, "%s", _("invalid runstate"));
        return -1;
    }
    if (rc == 0) {
        if (def->testRunstate >= VIR_DOMAIN_TEST_RUNSTATE_LAST) {
            virReportError(VIR_ERR_XML_ERROR, _("runstate '%1$d' out of range'"),
                           def->testRunstate);
            return -1;
        }
        def->hasTestRunstate = true;
    } else {
        def->testRunstate = 1;          /* running */
    }

    if (def->testTransient && def->testRunstate == VIR_DOMAIN_TEST_RUNSTATE_SHUTOFF) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("transient domain cannot have runstate 'shutoff'"));
        return -1;
    }
    if (def->testHasManagedSave && def->testRunstate != VIR_DOMAIN_TEST_RUNSTATE_SHUTOFF) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("domain with managedsave data can only have runstate 'shutoff'"));
        return -1;
    }
    def->hasTestNs = def->testTransient || def->testHasManagedSave || def->hasTestRunstate;
    return 0;
}


/* ---------------------------------------------------------------------
 * Post-parse defaults and semantic checks
 */

static bool
virDomainDefHasDeviceBoot(const virDomainDef *def)
{
    size_t i;

    for (i = 0; i < def->ndisks; i++) {
        if (def->disks[i]->info.bootIndex)
            return true;
    }
    for (i = 0; i < def->nnets; i++) {
        if (def->nets[i]->info.bootIndex)
            return true;
    }
    for (i = 0; i < def->nhostdevs; i++) {
        if (def->hostdevs[i]->info.bootIndex)
            return true;
    }
    return false;
}

static int
virDomainDefPostParseMemory(virDomainDef *def)
{
    unsigned long long numaTotal = 0;
    unsigned long long hotplugTotal = 0;
    size_t i;

    if (def->cpu) {
        for (i = 0; i < def->cpu->ncells; i++)
            numaTotal += def->cpu->cells[i].mem;
    }
    for (i = 0; i < def->nmems; i++)
        hotplugTotal += def->mems[i]->size;
    /* a size given in <memory> is kept, even if the cells differ */
    if (numaTotal && def->memory == 0)
        def->memory = numaTotal + hotplugTotal;
    if (hotplugTotal > def->memory) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("Total size of memory devices exceeds the total memory size"));
        return -1;
    }
    if (def->memory == 0) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("Memory size must be specified via <memory> or in the <numa> configuration"));
        return -1;
    }
    if (def->currentMemory == 0 || def->currentMemory > def->memory)
        def->currentMemory = def->memory;

    if ((def->maxMemory && !def->memorySlots) || (!def->maxMemory && def->memorySlots)) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("both maximum memory size and memory slot count must be specified"));
        return -1;
    }
    if (def->maxMemory && def->maxMemory < def->memory) {
        virReportError(VIR_ERR_XML_ERROR, "%s",
                       _("maximum memory size must be equal or greater than the actual memory size"));
        return -1;
    }
    return 0;
}

static int
virDomainDefPostParseCPUs(virDomainDef *def)
{
    if (def->vcpus > def->maxvcpus) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                       _("maximum vCPU count must not be less than current vCPU count"));
        return -1;
    }
    if (def->cpu && def->cpu->ncells) {
        unsigned int count = 0;
        int maxid = -1;
        size_t i;

        for (i = 0; i < def->cpu->ncells; i++) {
            const char *p = def->cpu->cells[i].cpus;

            /* count the members of the canonical "a-b,c" form */
            while (p && *p) {
                char *end = NULL;
                unsigned long a = strtoul(p, &end, 10);
                unsigned long b = a;

                if (*end == '-')
                    b = strtoul(end + 1, &end, 10);
                count += b - a + 1;
                if ((int)b > maxid)
                    maxid = b;
                p = *end == ',' ? end + 1 : end;
            }
        }
        if (count > def->maxvcpus) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                           _("Number of CPUs in <numa> exceeds the <vcpu> count"));
            return -1;
        }
        if (maxid >= (int)def->maxvcpus) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                           _("CPU IDs in <numa> exceed the <vcpu> count"));
            return -1;
        }
    }
    if (def->maxvcpus == 0) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                       _("CPU IDs in <numa> exceed the <vcpu> count"));
        return -1;
    }

    if (def->hasNumatune && def->numaPlacement && g_str_equal(def->numaPlacement, "auto"))
        def->placement = VIR_DOMAIN_CPU_PLACEMENT_MODE_AUTO;
    if (def->placement == VIR_DOMAIN_CPU_PLACEMENT_MODE_AUTO) {
        g_clear_pointer(&def->cpuset, g_free);
        if (!def->hasNumatune) {
            def->hasNumatune = true;
            def->numaMode = g_strdup("strict");
            def->numaPlacement = g_strdup("auto");
        }
    }

    if (def->period && (def->period < VIR_DOMAIN_CPU_PERIOD_MIN ||
                        def->period > VIR_DOMAIN_CPU_PERIOD_MAX)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Value of cputune '%1$s' must be in range [%2$llu, %3$llu]"),
                       "period", VIR_DOMAIN_CPU_PERIOD_MIN, VIR_DOMAIN_CPU_PERIOD_MAX);
        return -1;
    }
    if (def->quota > 0 && (def->quota < VIR_DOMAIN_CPU_QUOTA_MIN ||
                           def->quota > VIR_DOMAIN_CPU_QUOTA_MAX)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Value of cputune '%1$s' must be in range [%2$lld, %3$lld]"),
                       "quota", VIR_DOMAIN_CPU_QUOTA_MIN, VIR_DOMAIN_CPU_QUOTA_MAX);
        return -1;
    }
    if (def->globalPeriod && (def->globalPeriod < VIR_DOMAIN_CPU_PERIOD_MIN ||
                              def->globalPeriod > VIR_DOMAIN_CPU_PERIOD_MAX)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Value of cputune '%1$s' must be in range [%2$llu, %3$llu]"),
                       "global_period", VIR_DOMAIN_CPU_PERIOD_MIN, VIR_DOMAIN_CPU_PERIOD_MAX);
        return -1;
    }
    if (def->globalQuota > 0 && (def->globalQuota < VIR_DOMAIN_CPU_QUOTA_MIN ||
                                 def->globalQuota > VIR_DOMAIN_CPU_QUOTA_MAX)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Value of cputune '%1$s' must be in range [%2$lld, %3$lld]"),
                       "global_quota", VIR_DOMAIN_CPU_QUOTA_MIN, VIR_DOMAIN_CPU_QUOTA_MAX);
        return -1;
    }
    if (def->emulatorPeriod && (def->emulatorPeriod < VIR_DOMAIN_CPU_PERIOD_MIN ||
                                def->emulatorPeriod > VIR_DOMAIN_CPU_PERIOD_MAX)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Value of cputune '%1$s' must be in range [%2$llu, %3$llu]"),
                       "emulator_period", VIR_DOMAIN_CPU_PERIOD_MIN, VIR_DOMAIN_CPU_PERIOD_MAX);
        return -1;
    }
    if (def->emulatorQuota > 0 && (def->emulatorQuota < VIR_DOMAIN_CPU_QUOTA_MIN ||
                                   def->emulatorQuota > VIR_DOMAIN_CPU_QUOTA_MAX)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Value of cputune '%1$s' must be in range [%2$lld, %3$lld]"),
                       "emulator_quota", VIR_DOMAIN_CPU_QUOTA_MIN, VIR_DOMAIN_CPU_QUOTA_MAX);
        return -1;
    }
    if (def->iothreadPeriod && (def->iothreadPeriod < VIR_DOMAIN_CPU_PERIOD_MIN ||
                                def->iothreadPeriod > VIR_DOMAIN_CPU_PERIOD_MAX)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Value of cputune '%1$s' must be in range [%2$llu, %3$llu]"),
                       "iothread_period", VIR_DOMAIN_CPU_PERIOD_MIN, VIR_DOMAIN_CPU_PERIOD_MAX);
        return -1;
    }
    if (def->iothreadQuota > 0 && (def->iothreadQuota < VIR_DOMAIN_CPU_QUOTA_MIN ||
                                   def->iothreadQuota > VIR_DOMAIN_CPU_QUOTA_MAX)) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                       _("Value of cputune '%1$s' must be in range [%2$lld, %3$lld]"),
                       "iothread_quota", VIR_DOMAIN_CPU_QUOTA_MIN, VIR_DOMAIN_CPU_QUOTA_MAX);
        return -1;
    }
    return 0;
}

static int
virDomainDefPostParseOS(virDomainDef *def)
{
    if (def->arch == VIR_DOMAIN_ARCH_NONE)
        def->arch = VIR_DOMAIN_DEFAULT_ARCH;

    if (def->hasLoader) {
        if (def->firmware != VIR_DOMAIN_OS_DEF_FIRMWARE_NONE) {
            if (def->loaderType != VIR_DOMAIN_LOADER_TYPE_NONE) {
                virReportError(VIR_ERR_XML_DETAIL, "%s",
                               _("loader attribute 'type' cannot be specified when firmware autoselection is enabled"));
                return -1;
            }
        } else if (!def->loader) {
            virReportError(VIR_ERR_XML_DETAIL, "%s",
                           _("no loader path specified and firmware auto selection disabled"));
            return -1;
        } else if (def->loaderType == VIR_DOMAIN_LOADER_TYPE_NONE) {
            def->loaderType = VIR_DOMAIN_LOADER_TYPE_ROM;
        }
    }
    if (def->hasNvram && !def->nvram && !def->nvramTemplate)
        def->hasNvram = false;
    if (def->hasNvram && !def->hasLoader && def->firmware == VIR_DOMAIN_OS_DEF_FIRMWARE_NONE) {
        virReportError(VIR_ERR_XML_DETAIL, "%s",
                       _("no loader path specified and firmware auto selection disabled"));
        return -1;
    }

    if (def->osType == VIR_DOMAIN_OSTYPE_HVM) {
        bool deviceBoot = virDomainDefHasDeviceBoot(def);

        if (deviceBoot && def->nBootDevs > 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, "%s",
                           _("per-device boot elements cannot be used together with os/boot elements"));
            return -1;
        }
        if (!deviceBoot && def->nBootDevs == 0) {
            def->bootDevs[0] = VIR_DOMAIN_BOOT_DISK;
            def->nBootDevs = 1;
        }
    }
    return 0;
}

static int
virDomainDefPostParse(virDomainDef *def, unsigned int flags)
{
    if (strchr(def->name, '/')) {
        virReportError(VIR_ERR_XML_ERROR, _("name %1$s cannot contain '%2$c'"), def->name, '/');
        return -1;
    }
    if (virDomainDefPostParseMemory(def) < 0 ||
        virDomainDefPostParseCPUs(def) < 0 ||
        virDomainDefDevicesPostParse(def, flags) < 0 ||
        virDomainDefPostParseOS(def) < 0 ||
        virDomainDefDevicesValidate(def) < 0)
        return -1;
    return 0;
}


/* ---------------------------------------------------------------------
 * Parse: entry points
 */

static virDomainDef *
virDomainDefParseXML(xmlXPathContextPtr ctxt, unsigned int flags)
{
    g_autoptr(virDomainDef) def = g_new0(virDomainDef, 1);
    g_autofree xmlNodePtr *features = NULL;

    if (virDomainDefParseIDs(ctxt, def, flags) < 0 ||
        virDomainDefParseCaps(ctxt, def) < 0 ||
        virDomainDefParseMetadata(ctxt, def) < 0 ||
        virDomainDefParseMemory(ctxt, def) < 0 ||
        virDomainDefParseBlkiotune(ctxt, def) < 0 ||
        virDomainDefParseMemtune(ctxt, def) < 0 ||
        virDomainDefParseMemoryBacking(ctxt, def) < 0 ||
        virDomainDefParseVcpus(ctxt, def) < 0 ||
        virDomainDefParseVcpuInfo(ctxt, def) < 0 ||
        virDomainDefParseIOThreads(ctxt, def) < 0 ||
        virDomainDefParseCputune(ctxt, def) < 0 ||
        virDomainDefParseVcpuSched(ctxt, def) < 0 ||
        virDomainDefParseNumatune(ctxt, def) < 0)
        return NULL;

    def->partition = virXPathString("string(./resource/partition[1])", ctxt);
    if (!def->partition && virXPathNode("./resource[1]", ctxt) &&
        !virXPathNode("./resource/fibrechannel", ctxt)) {
        /* libvirt 9.0 fails here without saying why; so do we, in its words */
        virRaiseErrorRaw(VIR_FROM_NONE, VIR_ERR_INTERNAL_ERROR, VIR_ERR_ERROR, NULL, NULL, NULL,
                         -1, -1, _("An error occurred, but the cause is unknown"));
        return NULL;
    }
    if (virDomainDefParseSysinfo(ctxt, def) < 0)
        return NULL;

    if (virDomainDefParseOS(ctxt, def) < 0 ||
        virDomainDefParseFeatures(ctxt, def) < 0 ||
        virDomainDefParseCPU(ctxt, def) < 0 ||
        virDomainDefParseClock(ctxt, def) < 0 ||
        virDomainDefParseEvents(ctxt, def) < 0 ||
        virDomainDefDevicesParseXML(ctxt, def, flags) < 0 ||
        virDomainDefParseSeclabels(ctxt, def, flags) < 0 ||
        virDomainDefParseTestNamespace(ctxt, def) < 0)
        return NULL;

    if (virDomainDefPostParse(def, flags) < 0)
        return NULL;
    return g_steal_pointer(&def);
}


/**
 * virDomainDefParseNode:
 * @xml: the document (borrowed)
 * @root: its <domain> element (borrowed)
 * @parseFlags: virDomainDefParseFlags
 *
 * Returns a new definition (caller frees), or NULL with an error reported.
 */
virDomainDef *
virDomainDefParseNode(xmlDocPtr xml, xmlNodePtr root, unsigned int parseFlags)
{
    g_autoptr(xmlXPathContext) ctxt = NULL;
    unsigned int flags = parseFlags;

    virCheckFlags(VIR_DOMAIN_DEF_PARSE_INACTIVE | VIR_DOMAIN_DEF_PARSE_VALIDATE, NULL);

    if (!xmlStrEqual(root->name, BAD_CAST "domain")) {
        virReportError(VIR_ERR_XML_ERROR, _("expecting root element of '%1$s', not '%2$s'"),
                       "domain", (const char *)root->name);
        return NULL;
    }
    if ((parseFlags & VIR_DOMAIN_DEF_PARSE_VALIDATE) && virXMLValidateAgainstSchema(xml, "domain.rng") < 0)
        return NULL;
    if (!(ctxt = virXMLXPathContextNew(xml))) {
        virReportError(VIR_ERR_NO_MEMORY, NULL);
        return NULL;
    }
    ctxt->node = root;
    return virDomainDefParseXML(ctxt, parseFlags);
}

static virDomainDef *
virDomainDefParse(const char *xmlStr, const char *path, unsigned int parseFlags)
{
    g_autoptr(xmlDoc) doc = NULL;
    g_autoptr(xmlXPathContext) ctxt = NULL;

    if (path)
        doc = virXMLParseFile(path, "domain", &ctxt, VIR_FROM_DOMAIN);
    else
        doc = virXMLParseString(xmlStr, "(domain_definition)", "domain", &ctxt,
                                VIR_FROM_DOMAIN);
    if (!doc)
        return NULL;
    if ((parseFlags & VIR_DOMAIN_DEF_PARSE_VALIDATE) && virXMLValidateAgainstSchema(doc, "domain.rng") < 0)
        return NULL;
    return virDomainDefParseXML(ctxt, parseFlags);
}

/**
 * virDomainDefParseString:
 * @xml: a <domain> document
 * @parseFlags: virDomainDefParseFlags
 *
 * Parses, fills in libvirt's defaults and checks the definition.
 *
 * Returns a new definition (caller frees), or NULL with an error reported.
 */
virDomainDef *
virDomainDefParseString(const char *xml, unsigned int parseFlags)
{
    unsigned int flags = parseFlags;

    virCheckFlags(VIR_DOMAIN_DEF_PARSE_INACTIVE | VIR_DOMAIN_DEF_PARSE_VALIDATE, NULL);
    return virDomainDefParse(xml, NULL, parseFlags);
}

/**
 * virDomainDefParseFile:
 * @path: a file holding a <domain> document
 * @parseFlags: virDomainDefParseFlags
 *
 * Returns a new definition (caller frees), or NULL with an error reported
 * ("failed to parse xml document '...'" when the file cannot be read).
 */
virDomainDef *
virDomainDefParseFile(const char *path, unsigned int parseFlags)
{
    unsigned int flags = parseFlags;

    virCheckFlags(VIR_DOMAIN_DEF_PARSE_INACTIVE | VIR_DOMAIN_DEF_PARSE_VALIDATE, NULL);
    return virDomainDefParse(NULL, path, parseFlags);
}


/* ---------------------------------------------------------------------
 * Format
 */

static void
virDomainDefFormatMetadata(virBuffer *buf, const virDomainDef *def)
{
    xmlBufferPtr xmlbuf;
    int oldIndent = xmlIndentTreeOutput;

    if (!def->metadata)
        return;
    xmlIndentTreeOutput = 1;
    xmlbuf = xmlBufferCreate();
    if (xmlNodeDump(xmlbuf, def->metadata->doc, def->metadata,
                    virBufferGetIndent(buf) / 2, 1) >= 0) {
        virBufferAdd(buf, (const char *)xmlBufferContent(xmlbuf), -1);
        virBufferAddLit(buf, "\n");
    }
    xmlBufferFree(xmlbuf);
    xmlIndentTreeOutput = oldIndent;
}

static void
virDomainDefFormatMemory(virBuffer *buf, const virDomainDef *def)
{
    if (def->maxMemory)
        virBufferAsprintf(buf, "<maxMemory slots='%u' unit='KiB'>%llu</maxMemory>\n",
                          def->memorySlots, def->maxMemory);
    virBufferAddLit(buf, "<memory");
    if (def->dumpCore != VIR_TRISTATE_SWITCH_ABSENT)
        virBufferAsprintf(buf, " dumpCore='%s'", virTristateSwitchTypeToString(def->dumpCore));
    virBufferAsprintf(buf, " unit='KiB'>%llu</memory>\n", def->memory);
    virBufferAsprintf(buf, "<currentMemory unit='KiB'>%llu</currentMemory>\n",
                      def->currentMemory);
}

static void
virDomainDefFormatTuning(virBuffer *buf, const virDomainDef *def)
{
    size_t i;

    if (def->blkioWeight || def->nblkioDevices) {
        virBufferAddLit(buf, "<blkiotune>\n");
        virBufferAdjustIndent(buf, 2);
        if (def->blkioWeight)
            virBufferAsprintf(buf, "<weight>%u</weight>\n", def->blkioWeight);
        for (i = 0; i < def->nblkioDevices; i++) {
            const virDomainBlkioDevice *dev = &def->blkioDevices[i];

            if (!dev->weight && !dev->riops && !dev->wiops && !dev->rbps && !dev->wbps)
                continue;
            virBufferAddLit(buf, "<device>\n");
            virBufferAdjustIndent(buf, 2);
            virBufferEscapeString(buf, "<path>%s</path>\n", dev->path);
            if (dev->weight)
                virBufferAsprintf(buf, "<weight>%u</weight>\n", dev->weight);
            if (dev->riops)
                virBufferAsprintf(buf, "<read_iops_sec>%u</read_iops_sec>\n", dev->riops);
            if (dev->wiops)
                virBufferAsprintf(buf, "<write_iops_sec>%u</write_iops_sec>\n", dev->wiops);
            if (dev->rbps)
                virBufferAsprintf(buf, "<read_bytes_sec>%llu</read_bytes_sec>\n", dev->rbps);
            if (dev->wbps)
                virBufferAsprintf(buf, "<write_bytes_sec>%llu</write_bytes_sec>\n", dev->wbps);
            virBufferAdjustIndent(buf, -2);
            virBufferAddLit(buf, "</device>\n");
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</blkiotune>\n");
    }

    if (def->hasHardLimit || def->hasSoftLimit || def->hasMinGuarantee || def->hasSwapHardLimit) {
        virBufferAddLit(buf, "<memtune>\n");
        virBufferAdjustIndent(buf, 2);
        if (def->hasHardLimit)
            virBufferAsprintf(buf, "<hard_limit unit='KiB'>%llu</hard_limit>\n", def->hardLimit);
        if (def->hasSoftLimit)
            virBufferAsprintf(buf, "<soft_limit unit='KiB'>%llu</soft_limit>\n", def->softLimit);
        if (def->hasMinGuarantee)
            virBufferAsprintf(buf, "<min_guarantee unit='KiB'>%llu</min_guarantee>\n",
                              def->minGuarantee);
        if (def->hasSwapHardLimit)
            virBufferAsprintf(buf, "<swap_hard_limit unit='KiB'>%llu</swap_hard_limit>\n",
                              def->swapHardLimit);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</memtune>\n");
    }

    if (def->hasHugepages || def->nosharepages || def->locked || def->memSource ||
        def->memAccess || def->memAllocation || def->memDiscard) {
        virBufferAddLit(buf, "<memoryBacking>\n");
        virBufferAdjustIndent(buf, 2);
        if (def->hasHugepages) {
            if (def->nhugepages == 0) {
                virBufferAddLit(buf, "<hugepages/>\n");
            } else {
                virBufferAddLit(buf, "<hugepages>\n");
                virBufferAdjustIndent(buf, 2);
                for (i = 0; i < def->nhugepages; i++) {
                    virBufferAsprintf(buf, "<page size='%llu' unit='KiB'", def->hugepages[i].size);
                    if (def->hugepages[i].nodeset)
                        virBufferAsprintf(buf, " nodeset='%s'", def->hugepages[i].nodeset);
                    virBufferAddLit(buf, "/>\n");
                }
                virBufferAdjustIndent(buf, -2);
                virBufferAddLit(buf, "</hugepages>\n");
            }
        }
        if (def->nosharepages)
            virBufferAddLit(buf, "<nosharepages/>\n");
        if (def->locked)
            virBufferAddLit(buf, "<locked/>\n");
        virBufferEscapeString(buf, "<source type='%s'/>\n", def->memSource);
        virBufferEscapeString(buf, "<access mode='%s'/>\n", def->memAccess);
        if (def->memAllocation) {
            virBufferEscapeString(buf, "<allocation mode='%s'", def->memAllocation);
            if (def->memAllocationThreads)
                virBufferAsprintf(buf, " threads='%u'", def->memAllocationThreads);
            virBufferAddLit(buf, "/>\n");
        }
        if (def->memDiscard)
            virBufferAddLit(buf, "<discard/>\n");
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</memoryBacking>\n");
    }
}

static void
virDomainDefFormatSysinfo(virBuffer *buf, const virDomainDef *def)
{
    size_t b, i;

    if (!def->hasSysinfo)
        return;
    virBufferAddLit(buf, "<sysinfo type='smbios'>\n");
    virBufferAdjustIndent(buf, 2);
    for (b = 0; b < G_N_ELEMENTS(virDomainSysinfoBlocks); b++) {
        const virDomainSysinfoBlock *block = &def->sysinfo[b];

        if (block->nentries == 0)
            continue;
        virBufferAsprintf(buf, "<%s>\n", virDomainSysinfoBlocks[b]);
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < block->nentries; i++) {
            if (block->entries[i].name)
                virBufferEscapeString(buf, "<entry name='%s'>", block->entries[i].name);
            else
                virBufferAddLit(buf, "<entry>");
            virBufferEscapeString(buf, "%s</entry>\n", block->entries[i].value);
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAsprintf(buf, "</%s>\n", virDomainSysinfoBlocks[b]);
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</sysinfo>\n");
}

static void
virDomainDefFormatVcpus(virBuffer *buf, const virDomainDef *def)
{
    size_t i;

    virBufferAsprintf(buf, "<vcpu placement='%s'",
                      virDomainCpuPlacementModeTypeToString(def->placement));
    if (def->cpuset)
        virBufferAsprintf(buf, " cpuset='%s'", def->cpuset);
    if (def->vcpus != def->maxvcpus)
        virBufferAsprintf(buf, " current='%u'", def->vcpus);
    virBufferAsprintf(buf, ">%u</vcpu>\n", def->maxvcpus);

    if (def->nvcpuinfo) {
        virBufferAddLit(buf, "<vcpus>\n");
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < def->nvcpuinfo; i++) {
            const virDomainVcpuInfo *vcpu = &def->vcpuinfo[i];

            virBufferAsprintf(buf, "<vcpu id='%u' enabled='%s'", vcpu->id,
                              virTristateBoolTypeToString(vcpu->enabled));
            if (vcpu->hotpluggable)
                virBufferAsprintf(buf, " hotpluggable='%s'",
                                  virTristateBoolTypeToString(vcpu->hotpluggable));
            if (vcpu->order)
                virBufferAsprintf(buf, " order='%u'", vcpu->order);
            virBufferAddLit(buf, "/>\n");
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</vcpus>\n");
    }

    if (def->iothreads)
        virBufferAsprintf(buf, "<iothreads>%u</iothreads>\n", def->iothreads);
    for (i = 0; i < def->niothreadids && def->iothreadids[i].autofill; i++)
        ;
    /* listed only when the input listed some */
    if (i < def->niothreadids) {
        virBufferAddLit(buf, "<iothreadids>\n");
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < def->niothreadids; i++)
            virBufferAsprintf(buf, "<iothread id='%u'/>\n", def->iothreadids[i].id);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</iothreadids>\n");
    }
}

static void
virDomainDefFormatCputune(virBuffer *buf, const virDomainDef *def)
{
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;
    size_t i;

    virBufferSetIndent(&child, virBufferGetIndent(buf) + 2);
    if (def->hasShares)
        virBufferAsprintf(&child, "<shares>%llu</shares>\n", def->shares);
    if (def->period)
        virBufferAsprintf(&child, "<period>%llu</period>\n", def->period);
    if (def->quota)
        virBufferAsprintf(&child, "<quota>%lld</quota>\n", def->quota);
    if (def->globalPeriod)
        virBufferAsprintf(&child, "<global_period>%llu</global_period>\n", def->globalPeriod);
    if (def->globalQuota)
        virBufferAsprintf(&child, "<global_quota>%lld</global_quota>\n", def->globalQuota);
    if (def->emulatorPeriod)
        virBufferAsprintf(&child, "<emulator_period>%llu</emulator_period>\n",
                          def->emulatorPeriod);
    if (def->emulatorQuota)
        virBufferAsprintf(&child, "<emulator_quota>%lld</emulator_quota>\n",
                          def->emulatorQuota);
    if (def->iothreadPeriod)
        virBufferAsprintf(&child, "<iothread_period>%llu</iothread_period>\n",
                          def->iothreadPeriod);
    if (def->iothreadQuota)
        virBufferAsprintf(&child, "<iothread_quota>%lld</iothread_quota>\n",
                          def->iothreadQuota);
    for (i = 0; i < def->nvcpupins; i++)
        virBufferAsprintf(&child, "<vcpupin vcpu='%u' cpuset='%s'/>\n",
                          def->vcpupins[i].id, def->vcpupins[i].cpuset);
    if (def->emulatorpin)
        virBufferAsprintf(&child, "<emulatorpin cpuset='%s'/>\n", def->emulatorpin);
    for (i = 0; i < def->niothreadids; i++) {
        if (def->iothreadids[i].cpuset)
            virBufferAsprintf(&child, "<iothreadpin iothread='%u' cpuset='%s'/>\n",
                              def->iothreadids[i].id, def->iothreadids[i].cpuset);
    }
    for (i = 0; i < def->nvcpuscheds; i++) {
        virBufferAsprintf(&child, "<vcpusched vcpus='%s'", def->vcpuscheds[i].vcpus);
        virBufferEscapeString(&child, " scheduler='%s'", def->vcpuscheds[i].scheduler);
        if (def->vcpuscheds[i].hasPriority)
            virBufferAsprintf(&child, " priority='%d'", def->vcpuscheds[i].priority);
        virBufferAddLit(&child, "/>\n");
    }
    if (virBufferUse(&child) == 0)
        return;
    virBufferAddLit(buf, "<cputune>\n");
    virBufferAddBuffer(buf, &child);
    virBufferAddLit(buf, "</cputune>\n");
}

static void
virDomainDefFormatNumatune(virBuffer *buf, const virDomainDef *def)
{
    size_t i;

    if (!def->hasNumatune || !def->numaMode)
        return;
    virBufferAddLit(buf, "<numatune>\n");
    virBufferAdjustIndent(buf, 2);
    virBufferAsprintf(buf, "<memory mode='%s'", def->numaMode);
    if (g_str_equal(def->numaPlacement, "static") && def->numaNodeset)
        virBufferAsprintf(buf, " nodeset='%s'", def->numaNodeset);
    else
        virBufferAsprintf(buf, " placement='%s'", def->numaPlacement);
    virBufferAddLit(buf, "/>\n");
    for (i = 0; i < def->nmemnodes; i++)
        virBufferAsprintf(buf, "<memnode cellid='%u' mode='%s' nodeset='%s'/>\n",
                          def->memnodes[i].cellid, def->memnodes[i].mode,
                          def->memnodes[i].nodeset);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</numatune>\n");
}

static void
virDomainDefFormatOS(virBuffer *buf, const virDomainDef *def)
{
    size_t i;

    virBufferAddLit(buf, "<os");
    if (def->firmware)
        virBufferAsprintf(buf, " firmware='%s'", virDomainOsDefFirmwareTypeToString(def->firmware));
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    virBufferAddLit(buf, "<type");
    if (def->arch)
        virBufferAsprintf(buf, " arch='%s'", virDomainArchTypeToString(def->arch));
    virBufferEscapeString(buf, " machine='%s'", def->machine);
    virBufferAsprintf(buf, ">%s</type>\n", virDomainOSTypeToString(def->osType));
    if (def->nfwFeatures) {
        virBufferAddLit(buf, "<firmware>\n");
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < def->nfwFeatures; i++) {
            virBufferAsprintf(buf, "<feature enabled='%s'",
                              virTristateBoolTypeToString(def->fwFeatureEnabled[i]));
            virBufferEscapeString(buf, " name='%s'/>\n", def->fwFeatureNames[i]);
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</firmware>\n");
    }

    virBufferEscapeString(buf, "<init>%s</init>\n", def->init);
    for (i = 0; def->initargv && def->initargv[i]; i++)
        virBufferEscapeString(buf, "<initarg>%s</initarg>\n", def->initargv[i]);
    for (i = 0; i < def->ninitenv; i++) {
        virBufferEscapeString(buf, "<initenv name='%s'>", def->initenvName[i]);
        virBufferEscapeString(buf, "%s</initenv>\n", def->initenvValue[i]);
    }
    virBufferEscapeString(buf, "<initdir>%s</initdir>\n", def->initdir);
    virBufferEscapeString(buf, "<inituser>%s</inituser>\n", def->inituser);
    virBufferEscapeString(buf, "<initgroup>%s</initgroup>\n", def->initgroup);

    if (def->hasLoader) {
        virBufferAddLit(buf, "<loader");
        if (def->loaderReadonly)
            virBufferAsprintf(buf, " readonly='%s'",
                              virTristateBoolTypeToString(def->loaderReadonly));
        if (def->loaderSecure)
            virBufferAsprintf(buf, " secure='%s'",
                              virTristateBoolTypeToString(def->loaderSecure));
        if (def->loaderType)
            virBufferAsprintf(buf, " type='%s'", virDomainLoaderTypeToString(def->loaderType));
        if (def->loader)
            virBufferEscapeString(buf, ">%s</loader>\n", def->loader);
        else
            virBufferAddLit(buf, "/>\n");
    }
    if (def->hasNvram) {
        virBufferAddLit(buf, "<nvram");
        virBufferEscapeString(buf, " template='%s'", def->nvramTemplate);
        if (def->nvram)
            virBufferEscapeString(buf, ">%s</nvram>\n", def->nvram);
        else
            virBufferAddLit(buf, "/>\n");
    }

    virBufferEscapeString(buf, "<kernel>%s</kernel>\n", def->kernel);
    virBufferEscapeString(buf, "<initrd>%s</initrd>\n", def->initrd);
    virBufferEscapeString(buf, "<cmdline>%s</cmdline>\n", def->cmdline);
    virBufferEscapeString(buf, "<dtb>%s</dtb>\n", def->dtb);
    virBufferEscapeString(buf, "<root>%s</root>\n", def->root);
    if (def->slicTable) {
        virBufferAddLit(buf, "<acpi>\n");
        virBufferAdjustIndent(buf, 2);
        virBufferAddLit(buf, "<table type='slic'>");
        virBufferEscapeString(buf, "%s", def->slicTable);
        virBufferAddLit(buf, "</table>\n");
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</acpi>\n");
    }

    if (!def->bootloader) {
        for (i = 0; i < def->nBootDevs; i++)
            virBufferAsprintf(buf, "<boot dev='%s'/>\n", virDomainBootTypeToString(def->bootDevs[i]));
        if (def->bootmenu != VIR_TRISTATE_BOOL_ABSENT) {
            virBufferAsprintf(buf, "<bootmenu enable='%s'",
                              virTristateBoolTypeToString(def->bootmenu));
            if (def->hasBootmenuTimeout)
                virBufferAsprintf(buf, " timeout='%u'", def->bootmenuTimeout);
            virBufferAddLit(buf, "/>\n");
        }
        if (def->biosUseserial || def->hasRebootTimeout) {
            virBufferAddLit(buf, "<bios");
            if (def->biosUseserial)
                virBufferAsprintf(buf, " useserial='%s'",
                                  virTristateBoolTypeToString(def->biosUseserial));
            if (def->hasRebootTimeout)
                virBufferAsprintf(buf, " rebootTimeout='%d'", def->rebootTimeout);
            virBufferAddLit(buf, "/>\n");
        }
    }
    if (def->smbios)
        virBufferAsprintf(buf, "<smbios mode='%s'/>\n", virDomainSmbiosModeTypeToString(def->smbios));

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</os>\n");
}

static void
virDomainDefFormatHyperv(virBuffer *buf, const virDomainDef *def)
{
    size_t i;
    bool any = false;

    virBufferAsprintf(buf, "<hyperv mode='%s'", def->hypervMode);
    for (i = 0; i < VIR_DOMAIN_HYPERV_LAST; i++) {
        if (def->hyperv[i] == VIR_TRISTATE_SWITCH_ABSENT)
            continue;
        if (!any)
            virBufferAddLit(buf, ">\n");
        any = true;
        virBufferAdjustIndent(buf, 2);
        virBufferAsprintf(buf, "<%s state='%s'", virDomainHypervTypeToString(i),
                          virTristateSwitchTypeToString(def->hyperv[i]));
        if (def->hyperv[i] == VIR_TRISTATE_SWITCH_ON) {
            if (i == VIR_DOMAIN_HYPERV_SPINLOCKS)
                virBufferAsprintf(buf, " retries='%u'", def->hypervSpinlocks);
            if (i == VIR_DOMAIN_HYPERV_VENDOR_ID)
                virBufferEscapeString(buf, " value='%s'", def->hypervVendorId);
        }
        if (i == VIR_DOMAIN_HYPERV_STIMER && def->hypervStimerDirect) {
            virBufferAddLit(buf, ">\n");
            virBufferAdjustIndent(buf, 2);
            virBufferAsprintf(buf, "<direct state='%s'/>\n",
                              virTristateSwitchTypeToString(def->hypervStimerDirect));
            virBufferAdjustIndent(buf, -2);
            virBufferAddLit(buf, "</stimer>\n");
        } else {
            virBufferAddLit(buf, "/>\n");
        }
        virBufferAdjustIndent(buf, -2);
    }
    if (any)
        virBufferAddLit(buf, "</hyperv>\n");
    else
        virBufferAddLit(buf, "/>\n");
}

static void
virDomainDefFormatFeatures(virBuffer *buf, const virDomainDef *def)
{
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;
    size_t i, j;

    virBufferSetIndent(&child, virBufferGetIndent(buf) + 2);
    for (i = 0; i < VIR_DOMAIN_FEATURE_LAST; i++) {
        const char *name = virDomainFeatureTypeToString(i);
        virTristateSwitch state = def->features[i];

        if (state == VIR_TRISTATE_SWITCH_ABSENT)
            continue;

        switch ((virDomainFeature) i) {
        case VIR_DOMAIN_FEATURE_ACPI:
        case VIR_DOMAIN_FEATURE_PAE:
        case VIR_DOMAIN_FEATURE_VIRIDIAN:
        case VIR_DOMAIN_FEATURE_PRIVNET:
            virBufferAsprintf(&child, "<%s/>\n", name);
            break;

        case VIR_DOMAIN_FEATURE_APIC:
            virBufferAddLit(&child, "<apic");
            if (def->apicEoi)
                virBufferAsprintf(&child, " eoi='%s'", virTristateSwitchTypeToString(def->apicEoi));
            virBufferAddLit(&child, "/>\n");
            break;

        case VIR_DOMAIN_FEATURE_HAP:
        case VIR_DOMAIN_FEATURE_PMU:
        case VIR_DOMAIN_FEATURE_PVSPINLOCK:
        case VIR_DOMAIN_FEATURE_VMPORT:
        case VIR_DOMAIN_FEATURE_VMCOREINFO:
        case VIR_DOMAIN_FEATURE_HTM:
        case VIR_DOMAIN_FEATURE_NESTED_HV:
        case VIR_DOMAIN_FEATURE_CCF_ASSIST:
            virBufferAsprintf(&child, "<%s state='%s'/>\n", name,
                              virTristateSwitchTypeToString(state));
            break;

        case VIR_DOMAIN_FEATURE_SMM:
            virBufferAsprintf(&child, "<smm state='%s'", virTristateSwitchTypeToString(state));
            if (def->hasTseg) {
                const char *unit = "B";
                unsigned long long value = def->tseg;

                /* the largest binary unit that divides the size */
                if (value && value % (1024ULL * 1024 * 1024) == 0) {
                    unit = "GiB";
                    value /= 1024ULL * 1024 * 1024;
                } else if (value && value % (1024 * 1024) == 0) {
                    unit = "MiB";
                    value /= 1024 * 1024;
                } else if (value && value % 1024 == 0) {
                    unit = "KiB";
                    value /= 1024;
                }
                virBufferAddLit(&child, ">\n");
                virBufferAsprintf(&child, "  <tseg unit='%s'>%llu</tseg>\n", unit, value);
                virBufferAddLit(&child, "</smm>\n");
            } else {
                virBufferAddLit(&child, "/>\n");
            }
            break;

        case VIR_DOMAIN_FEATURE_GIC:
            virBufferAddLit(&child, "<gic");
            virBufferEscapeString(&child, " version='%s'", def->gicVersion);
            virBufferAddLit(&child, "/>\n");
            break;

        case VIR_DOMAIN_FEATURE_IOAPIC:
            virBufferAsprintf(&child, "<ioapic driver='%s'/>\n", def->ioapicDriver);
            break;

        case VIR_DOMAIN_FEATURE_HPT:
            virBufferAddLit(&child, "<hpt");
            virBufferEscapeString(&child, " resizing='%s'", def->hptResizing);
            if (def->hptMaxpagesize) {
                virBufferAddLit(&child, ">\n");
                virBufferAsprintf(&child, "  <maxpagesize unit='KiB'>%llu</maxpagesize>\n",
                                  def->hptMaxpagesize);
                virBufferAddLit(&child, "</hpt>\n");
            } else {
                virBufferAddLit(&child, "/>\n");
            }
            break;

        case VIR_DOMAIN_FEATURE_MSRS:
            virBufferAsprintf(&child, "<msrs unknown='%s'/>\n", def->msrsUnknown);
            break;

        case VIR_DOMAIN_FEATURE_CFPC:
            virBufferAsprintf(&child, "<cfpc value='%s'/>\n", def->cfpc);
            break;

        case VIR_DOMAIN_FEATURE_SBBC:
            virBufferAsprintf(&child, "<sbbc value='%s'/>\n", def->sbbc);
            break;

        case VIR_DOMAIN_FEATURE_IBS:
            virBufferAsprintf(&child, "<ibs value='%s'/>\n", def->ibs);
            break;

        case VIR_DOMAIN_FEATURE_TCG:
            virBufferAddLit(&child, "<tcg>\n");
            virBufferAsprintf(&child, "  <tb-cache unit='KiB'>%llu</tb-cache>\n",
                              def->tcgTbCache);
            virBufferAddLit(&child, "</tcg>\n");
            break;

        case VIR_DOMAIN_FEATURE_CAPABILITIES:
            virBufferAddLit(&child, "<capabilities");
            virBufferEscapeString(&child, " policy='%s'", def->capsPolicy);
            virBufferAddLit(&child, "/>\n");
            break;

        case VIR_DOMAIN_FEATURE_HYPERV:
            virDomainDefFormatHyperv(&child, def);
            break;

        case VIR_DOMAIN_FEATURE_KVM: {
            bool any = false;

            for (j = 0; j < VIR_DOMAIN_KVM_LAST; j++)
                any |= def->kvm[j] != VIR_TRISTATE_SWITCH_ABSENT;
            if (!any) {
                virBufferAddLit(&child, "<kvm/>\n");
                break;
            }
            virBufferAddLit(&child, "<kvm>\n");
            for (j = 0; j < VIR_DOMAIN_KVM_LAST; j++) {
                if (def->kvm[j] == VIR_TRISTATE_SWITCH_ABSENT)
                    continue;
                virBufferAsprintf(&child, "  <%s state='%s'", virDomainKVMTypeToString(j),
                                  virTristateSwitchTypeToString(def->kvm[j]));
                if (j == VIR_DOMAIN_KVM_DIRTY_RING && def->kvmDirtyRingSize)
                    virBufferAsprintf(&child, " size='%u'", def->kvmDirtyRingSize);
                virBufferAddLit(&child, "/>\n");
            }
            virBufferAddLit(&child, "</kvm>\n");
            break;
        }

        case VIR_DOMAIN_FEATURE_XEN: {
            bool any = false;

            for (j = 0; j < VIR_DOMAIN_XEN_LAST; j++)
                any |= def->xen[j] != VIR_TRISTATE_SWITCH_ABSENT;
            if (!any) {
                virBufferAddLit(&child, "<xen/>\n");
                break;
            }
            virBufferAddLit(&child, "<xen>\n");
            for (j = 0; j < VIR_DOMAIN_XEN_LAST; j++) {
                if (def->xen[j] == VIR_TRISTATE_SWITCH_ABSENT)
                    continue;
                virBufferAsprintf(&child, "  <%s state='%s'", virDomainXenTypeToString(j),
                                  virTristateSwitchTypeToString(def->xen[j]));
                if (j == VIR_DOMAIN_XEN_PASSTHROUGH && def->xenPassthroughMode)
                    virBufferAsprintf(&child, " mode='%s'", def->xenPassthroughMode);
                virBufferAddLit(&child, "/>\n");
            }
            virBufferAddLit(&child, "</xen>\n");
            break;
        }

        case VIR_DOMAIN_FEATURE_LAST:
        default:
            break;
        }
    }
    if (virBufferUse(&child) == 0)
        return;
    virBufferAddLit(buf, "<features>\n");
    virBufferAddBuffer(buf, &child);
    virBufferAddLit(buf, "</features>\n");
}

static void
virDomainDefFormatCPU(virBuffer *buf, const virDomainCPUDef *cpu)
{
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;
    size_t i;

    virBufferSetIndent(&child, virBufferGetIndent(buf) + 2);

    if (cpu->model) {
        virBufferAddLit(&child, "<model");
        if (cpu->hasFallback)
            virBufferAsprintf(&child, " fallback='%s'", virCPUFallbackTypeToString(cpu->fallback));
        virBufferEscapeString(&child, " vendor_id='%s'", cpu->vendorId);
        virBufferEscapeString(&child, ">%s</model>\n", cpu->model);
    }
    virBufferEscapeString(&child, "<vendor>%s</vendor>\n", cpu->vendor);
    if (cpu->sockets)
        virBufferAsprintf(&child, "<topology sockets='%u' dies='%u' cores='%u' threads='%u'/>\n",
                          cpu->sockets, cpu->dies, cpu->cores, cpu->threads);
    if (cpu->hasCache) {
        virBufferAddLit(&child, "<cache");
        if (cpu->cacheLevel >= 0)
            virBufferAsprintf(&child, " level='%d'", cpu->cacheLevel);
        virBufferAsprintf(&child, " mode='%s'/>\n", virCPUCacheModeTypeToString(cpu->cacheMode));
    }
    if (cpu->hasMaxPhysAddr) {
        virBufferEscapeString(&child, "<maxphysaddr mode='%s'", cpu->maxPhysAddrMode);
        if (cpu->maxPhysAddrBits >= 0)
            virBufferAsprintf(&child, " bits='%d'", cpu->maxPhysAddrBits);
        virBufferAddLit(&child, "/>\n");
    }
    for (i = 0; i < cpu->nfeatures; i++) {
        virBufferAsprintf(&child, "<feature policy='%s'",
                          virCPUFeaturePolicyTypeToString(cpu->features[i].policy));
        virBufferEscapeString(&child, " name='%s'/>\n", cpu->features[i].name);
    }
    if (cpu->ncells) {
        virBufferAddLit(&child, "<numa>\n");
        virBufferAdjustIndent(&child, 2);
        for (i = 0; i < cpu->ncells; i++) {
            const virDomainNumaCell *cell = &cpu->cells[i];

            virBufferAsprintf(&child, "<cell id='%u'", cell->id);
            if (cell->cpus)
                virBufferAsprintf(&child, " cpus='%s'", cell->cpus);
            virBufferAsprintf(&child, " memory='%llu' unit='KiB'", cell->mem);
            virBufferEscapeString(&child, " memAccess='%s'", cell->memAccess);
            virBufferEscapeString(&child, " discard='%s'", cell->discard);
            if (cell->distances) {
                size_t j;

                virBufferAddLit(&child, ">\n");
                virBufferAdjustIndent(&child, 2);
                virBufferAddLit(&child, "<distances>\n");
                virBufferAdjustIndent(&child, 2);
                for (j = 0; j < cpu->ncells; j++) {
                    if (cell->distances[j])
                        virBufferAsprintf(&child, "<sibling id='%zu' value='%u'/>\n", j,
                                          cell->distances[j]);
                }
                virBufferAdjustIndent(&child, -2);
                virBufferAddLit(&child, "</distances>\n");
                virBufferAdjustIndent(&child, -2);
                virBufferAddLit(&child, "</cell>\n");
            } else {
                virBufferAddLit(&child, "/>\n");
            }
        }
        virBufferAdjustIndent(&child, -2);
        virBufferAddLit(&child, "</numa>\n");
    }

    /* an empty <cpu/> says nothing and is left out */
    if (!cpu->hasMode && !cpu->check && !cpu->migratable && virBufferUse(&child) == 0)
        return;
    virBufferAddLit(buf, "<cpu");
    if (cpu->hasMode)
        virBufferAsprintf(buf, " mode='%s'", virCPUModeTypeToString(cpu->mode));
    if (cpu->model && cpu->mode == VIR_CPU_MODE_CUSTOM)
        virBufferAsprintf(buf, " match='%s'", virCPUMatchTypeToString(cpu->match));
    if (cpu->check)
        virBufferAsprintf(buf, " check='%s'", virCPUCheckTypeToString(cpu->check));
    if (cpu->migratable)
        virBufferAsprintf(buf, " migratable='%s'", virTristateSwitchTypeToString(cpu->migratable));
    if (virBufferUse(&child) == 0) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAddBuffer(buf, &child);
    virBufferAddLit(buf, "</cpu>\n");
}

static void
virDomainDefFormatClock(virBuffer *buf, const virDomainDef *def)
{
    size_t i;

    virBufferAsprintf(buf, "<clock offset='%s'", virDomainClockOffsetTypeToString(def->clockOffset));
    switch (def->clockOffset) {
    case VIR_DOMAIN_CLOCK_OFFSET_UTC:
    case VIR_DOMAIN_CLOCK_OFFSET_LOCALTIME:
        if (def->clockAdjustmentReset)
            virBufferAddLit(buf, " adjustment='reset'");
        break;
    case VIR_DOMAIN_CLOCK_OFFSET_VARIABLE:
        virBufferAsprintf(buf, " adjustment='%lld' basis='%s'", def->clockAdjustment,
                          virDomainClockBasisTypeToString(def->clockBasis));
        break;
    case VIR_DOMAIN_CLOCK_OFFSET_TIMEZONE:
        virBufferEscapeString(buf, " timezone='%s'", def->clockTimezone);
        break;
    case VIR_DOMAIN_CLOCK_OFFSET_ABSOLUTE:
        virBufferAsprintf(buf, " start='%llu'", def->clockStart);
        break;
    case VIR_DOMAIN_CLOCK_OFFSET_LAST:
    default:
        break;
    }
    if (def->ntimers == 0) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);
    for (i = 0; i < def->ntimers; i++) {
        const virDomainTimerDef *timer = &def->timers[i];

        virBufferAsprintf(buf, "<timer name='%s'", virDomainTimerNameTypeToString(timer->name));
        if (timer->present)
            virBufferAsprintf(buf, " present='%s'", virTristateBoolTypeToString(timer->present));
        if (timer->tickpolicy)
            virBufferAsprintf(buf, " tickpolicy='%s'",
                              virDomainTimerTickpolicyTypeToString(timer->tickpolicy));
        if (timer->track)
            virBufferAsprintf(buf, " track='%s'", virDomainTimerTrackTypeToString(timer->track));
        if (timer->frequency)
            virBufferAsprintf(buf, " frequency='%llu'", timer->frequency);
        if (timer->mode)
            virBufferAsprintf(buf, " mode='%s'", virDomainTimerModeTypeToString(timer->mode));
        if (timer->catchupThreshold || timer->catchupSlew || timer->catchupLimit) {
            virBufferAddLit(buf, ">\n");
            virBufferAdjustIndent(buf, 2);
            virBufferAddLit(buf, "<catchup");
            if (timer->catchupThreshold)
                virBufferAsprintf(buf, " threshold='%lu'", timer->catchupThreshold);
            if (timer->catchupSlew)
                virBufferAsprintf(buf, " slew='%lu'", timer->catchupSlew);
            if (timer->catchupLimit)
                virBufferAsprintf(buf, " limit='%lu'", timer->catchupLimit);
            virBufferAddLit(buf, "/>\n");
            virBufferAdjustIndent(buf, -2);
            virBufferAddLit(buf, "</timer>\n");
        } else {
            virBufferAddLit(buf, "/>\n");
        }
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</clock>\n");
}

static void
virDomainDefFormatSeclabel(virBuffer *buf, const virDomainSeclabelDef *seclabel,
                           unsigned int flags)
{
    g_auto(virBuffer) child = VIR_BUFFER_INITIALIZER;

    if (seclabel->type == VIR_DOMAIN_SECLABEL_DEFAULT)
        return;
    virBufferSetIndent(&child, virBufferGetIndent(buf) + 2);

    virBufferAsprintf(buf, "<seclabel type='%s'", virDomainSeclabelTypeToString(seclabel->type));
    virBufferEscapeString(buf, " model='%s'", seclabel->model);
    if (seclabel->type != VIR_DOMAIN_SECLABEL_NONE)
        virBufferAsprintf(buf, " relabel='%s'", seclabel->relabel ? "yes" : "no");

    if (seclabel->type == VIR_DOMAIN_SECLABEL_STATIC ||
        (!(flags & VIR_DOMAIN_XML_INACTIVE) && seclabel->type != VIR_DOMAIN_SECLABEL_NONE))
        virBufferEscapeString(&child, "<label>%s</label>\n", seclabel->label);
    if (seclabel->relabel && !(flags & VIR_DOMAIN_XML_INACTIVE))
        virBufferEscapeString(&child, "<imagelabel>%s</imagelabel>\n", seclabel->imagelabel);
    if (seclabel->type == VIR_DOMAIN_SECLABEL_DYNAMIC)
        virBufferEscapeString(&child, "<baselabel>%s</baselabel>\n", seclabel->baselabel);

    if (virBufferUse(&child) == 0) {
        virBufferAddLit(buf, "/>\n");
        return;
    }
    virBufferAddLit(buf, ">\n");
    virBufferAddBuffer(buf, &child);
    virBufferAddLit(buf, "</seclabel>\n");
}

static void
virDomainDefFormatPM(virBuffer *buf, const virDomainDef *def)
{
    if (!def->pmS3 && !def->pmS4)
        return;
    virBufferAddLit(buf, "<pm>\n");
    virBufferAdjustIndent(buf, 2);
    if (def->pmS3)
        virBufferAsprintf(buf, "<suspend-to-mem enabled='%s'/>\n",
                          virTristateBoolTypeToString(def->pmS3));
    if (def->pmS4)
        virBufferAsprintf(buf, "<suspend-to-disk enabled='%s'/>\n",
                          virTristateBoolTypeToString(def->pmS4));
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</pm>\n");
}

static void
virDomainDefFormatBuf(virBuffer *buf, const virDomainDef *def, unsigned int flags)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    size_t i;

    virBufferAsprintf(buf, "<domain type='%s'", virDomainVirtTypeToString(def->virtType));
    if (!(flags & VIR_DOMAIN_XML_INACTIVE) && def->id >= 0)
        virBufferAsprintf(buf, " id='%d'", def->id);
    virBufferAddLit(buf, ">\n");
    virBufferAdjustIndent(buf, 2);

    virBufferEscapeString(buf, "<name>%s</name>\n", def->name);
    virBufferAsprintf(buf, "<uuid>%s</uuid>\n", virUUIDFormat(def->uuid, uuidstr));
    if (def->hasGenid)
        virBufferAsprintf(buf, "<genid>%s</genid>\n", virUUIDFormat(def->genid, uuidstr));
    virBufferEscapeString(buf, "<title>%s</title>\n", def->title);
    virBufferEscapeString(buf, "<description>%s</description>\n", def->description);
    virDomainDefFormatMetadata(buf, def);

    virDomainDefFormatMemory(buf, def);
    virDomainDefFormatTuning(buf, def);
    virDomainDefFormatVcpus(buf, def);
    virDomainDefFormatCputune(buf, def);
    virDomainDefFormatNumatune(buf, def);
    if (def->partition) {
        virBufferAddLit(buf, "<resource>\n");
        virBufferEscapeString(buf, "  <partition>%s</partition>\n", def->partition);
        virBufferAddLit(buf, "</resource>\n");
    }
    virDomainDefFormatSysinfo(buf, def);

    virBufferEscapeString(buf, "<bootloader>%s</bootloader>\n", def->bootloader);
    virBufferEscapeString(buf, "<bootloader_args>%s</bootloader_args>\n", def->bootloaderArgs);
    virDomainDefFormatOS(buf, def);
    virDomainDefFormatFeatures(buf, def);
    if (def->cpu)
        virDomainDefFormatCPU(buf, def->cpu);
    virDomainDefFormatClock(buf, def);

    virBufferAsprintf(buf, "<on_poweroff>%s</on_poweroff>\n",
                      virDomainLifecycleActionTypeToString(def->onPoweroff));
    virBufferAsprintf(buf, "<on_reboot>%s</on_reboot>\n",
                      virDomainLifecycleActionTypeToString(def->onReboot));
    virBufferAsprintf(buf, "<on_crash>%s</on_crash>\n",
                      virDomainLifecycleActionTypeToString(def->onCrash));
    if (def->onLockfailure)
        virBufferAsprintf(buf, "<on_lockfailure>%s</on_lockfailure>\n",
                          virDomainLockFailureTypeToString(def->onLockfailure));
    virDomainDefFormatPM(buf, def);

    virDomainDefDevicesFormat(buf, def, flags);

    for (i = 0; i < def->nseclabels; i++)
        virDomainDefFormatSeclabel(buf, def->seclabels[i], flags);

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</domain>\n");
}

/**
 * virDomainDefFormat:
 * @def: the definition (borrowed)
 * @formatFlags: VIR_DOMAIN_XML_SECURE, _INACTIVE, _UPDATE_CPU, _MIGRATABLE
 *
 * Returns the <domain> document (caller frees), or NULL with an error
 * reported for unknown flags.
 */
char *
virDomainDefFormat(const virDomainDef *def, unsigned int formatFlags)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    unsigned int flags = formatFlags;

    /* MIGRATABLE and UPDATE_CPU change nothing that this layer prints:
     * libvirt's generic formatter gives the same text with them (the
     * drivers that expand host CPUs or strip implicit devices do that
     * themselves) */
    virCheckFlags(VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE |
                  VIR_DOMAIN_XML_UPDATE_CPU | VIR_DOMAIN_XML_MIGRATABLE, NULL);
    virDomainDefFormatBuf(&buf, def, flags);
    return virBufferContentAndReset(&buf);
}

/**
 * virDomainDefCopy:
 * @def: the definition to copy (borrowed)
 * @formatFlags: how it is formatted for the copy (VIR_DOMAIN_XML_*)
 *
 * Copies @def by formatting it and parsing the text again, so the copy is
 * what an application would get back from the XML.
 *
 * Returns the copy (caller frees), or NULL with an error reported.
 */
virDomainDef *
virDomainDefCopy(const virDomainDef *def, unsigned int formatFlags)
{
    g_autofree char *xml = virDomainDefFormat(def, formatFlags);
    unsigned int parseFlags = 0;

    if (!xml)
        return NULL;
    if (formatFlags & VIR_DOMAIN_XML_INACTIVE)
        parseFlags |= VIR_DOMAIN_DEF_PARSE_INACTIVE;
    return virDomainDefParseString(xml, parseFlags);
}
