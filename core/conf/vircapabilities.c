/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * vircapabilities.c: the <capabilities> document, and virNodeInfo
 */
#include <config.h>

#include "vircapabilities.h"
#include "virbuffer.h"
#include "virerror.h"
#include "viruuid.h"

#define VIR_FROM_THIS VIR_FROM_CAPABILITIES

VIR_ENUM_IMPL(virCapsGuestFeature, VIR_CAPS_GUEST_FEATURE_TYPE_LAST,
              "pae", "nonpae", "ia64_be", "acpi", "apic", "cpuselection",
              "deviceboot", "disksnapshot", "hap");

/* Appends a copy of @str to a NULL-free array of strings. */
static void
virCapabilitiesAppendString(char ***list, size_t *n, const char *str)
{
    *list = g_renew(char *, *list, *n + 1);
    (*list)[(*n)++] = g_strdup(str);
}

static void
virCapabilitiesFreeStrings(char **list, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        g_free(list[i]);
    g_free(list);
}

static void
virCapabilitiesFreeMachines(virCapsGuestMachine **machines, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        if (!machines[i])
            continue;
        g_free(machines[i]->name);
        g_free(machines[i]->canonical);
        g_free(machines[i]);
    }
    g_free(machines);
}

static void
virCapabilitiesFreeGuest(virCapsGuest *guest)
{
    size_t i;

    if (!guest)
        return;
    g_free(guest->osType);
    g_free(guest->arch);
    g_free(guest->emulator);
    g_free(guest->loader);
    virCapabilitiesFreeMachines(guest->machines, guest->nmachines);
    for (i = 0; i < guest->ndomains; i++) {
        virCapsGuestDomain *dom = guest->domains[i];

        g_free(dom->type);
        g_free(dom->emulator);
        g_free(dom->loader);
        virCapabilitiesFreeMachines(dom->machines, dom->nmachines);
        g_free(dom);
    }
    g_free(guest->domains);
    g_free(guest);
}

static void
virCapabilitiesFreeHostCPU(virCapsHostCPU *cpu)
{
    if (!cpu)
        return;
    g_free(cpu->model);
    g_free(cpu->vendor);
    g_free(cpu->maxPhysAddrMode);
    virCapabilitiesFreeStrings(cpu->features, cpu->nfeatures);
    g_free(cpu);
}

static void
virCapabilitiesFreeNUMACell(virCapsHostNUMACell *cell)
{
    size_t i;

    if (!cell)
        return;
    for (i = 0; i < cell->ncpus; i++)
        g_free(cell->cpus[i].siblings);
    g_free(cell->cpus);
    g_free(cell->pageinfo);
    g_free(cell->distances);
    g_free(cell);
}

static void
virCapabilitiesFreeSecModel(virCapsHostSecModel *secmodel)
{
    size_t i;

    if (!secmodel)
        return;
    g_free(secmodel->model);
    g_free(secmodel->doi);
    for (i = 0; i < secmodel->nlabels; i++) {
        g_free(secmodel->labels[i]->type);
        g_free(secmodel->labels[i]->label);
        g_free(secmodel->labels[i]);
    }
    g_free(secmodel->labels);
    g_free(secmodel);
}

/**
 * virCapabilitiesFree:
 * @caps: capabilities to free with everything added to them; NULL is fine
 */
void
virCapabilitiesFree(virCaps *caps)
{
    virCapsHost *host;
    size_t i;

    if (!caps)
        return;
    host = &caps->host;
    g_free(host->arch);
    virCapabilitiesFreeStrings(host->features, host->nfeatures);
    virCapabilitiesFreeHostCPU(host->cpu);
    g_free(host->pagesSize);
    virCapabilitiesFreeStrings(host->migrateTrans, host->nmigrateTrans);
    g_free(host->netprefix);
    for (i = 0; i < host->ncells; i++)
        virCapabilitiesFreeNUMACell(host->cells[i]);
    g_free(host->cells);
    for (i = 0; i < host->nsecModels; i++)
        virCapabilitiesFreeSecModel(host->secModels[i]);
    g_free(host->secModels);
    for (i = 0; i < caps->nguests; i++)
        virCapabilitiesFreeGuest(caps->guests[i]);
    g_free(caps->guests);
    g_free(caps);
}

/**
 * virCapabilitiesNew:
 * @hostArch: the host's architecture ("x86_64"), or NULL if unknown
 * @offlineMigrate: whether guests can be migrated (prints <migration_features>)
 * @liveMigrate: whether they can be migrated while running (<live/>)
 *
 * Returns new, otherwise empty capabilities (caller frees).
 */
virCaps *
virCapabilitiesNew(const char *hostArch, bool offlineMigrate, bool liveMigrate)
{
    virCaps *caps = g_new0(virCaps, 1);

    caps->host.arch = g_strdup(hostArch);
    caps->host.offlineMigrate = offlineMigrate;
    caps->host.liveMigrate = liveMigrate;
    return caps;
}

/**
 * virCapabilitiesSetHostUUID:
 * @caps: capabilities
 * @uuid: VIR_UUID_BUFLEN bytes identifying the host (copied)
 */
void
virCapabilitiesSetHostUUID(virCaps *caps, const unsigned char *uuid)
{
    memcpy(caps->host.uuid, uuid, VIR_UUID_BUFLEN);
    caps->host.hasUUID = true;
}

/**
 * virCapabilitiesAddHostFeature:
 * @caps: capabilities
 * @name: a host CPU feature printed as <name/>, e.g. "pae" (copied)
 */
void
virCapabilitiesAddHostFeature(virCaps *caps, const char *name)
{
    virCapabilitiesAppendString(&caps->host.features, &caps->host.nfeatures, name);
}

/**
 * virCapabilitiesAddHostMigrateTransport:
 * @caps: capabilities
 * @name: a migration URI scheme, e.g. "tcp" (copied)
 */
void
virCapabilitiesAddHostMigrateTransport(virCaps *caps, const char *name)
{
    virCapabilitiesAppendString(&caps->host.migrateTrans, &caps->host.nmigrateTrans, name);
}

/**
 * virCapabilitiesAddHostPageSize:
 * @caps: capabilities
 * @sizeKiB: a memory page size the host supports
 */
void
virCapabilitiesAddHostPageSize(virCaps *caps, unsigned int sizeKiB)
{
    caps->host.pagesSize = g_renew(unsigned int, caps->host.pagesSize,
                                   caps->host.npagesSize + 1);
    caps->host.pagesSize[caps->host.npagesSize++] = sizeKiB;
}

/**
 * virCapabilitiesSetNetPrefix:
 * @caps: capabilities
 * @prefix: prefix of the names of host-side interfaces, or NULL (copied)
 */
void
virCapabilitiesSetNetPrefix(virCaps *caps, const char *prefix)
{
    g_free(caps->host.netprefix);
    caps->host.netprefix = g_strdup(prefix);
}

/**
 * virCapabilitiesSetHostCPU:
 * @caps: capabilities
 * @model: CPU model name, or NULL
 * @vendor: CPU vendor name, or NULL
 *
 * Replaces the host CPU description.  Further members (signature,
 * topology, maxphysaddr) may be set in the returned structure.
 *
 * Returns the description (owned by @caps).
 */
virCapsHostCPU *
virCapabilitiesSetHostCPU(virCaps *caps, const char *model, const char *vendor)
{
    virCapabilitiesFreeHostCPU(caps->host.cpu);
    caps->host.cpu = g_new0(virCapsHostCPU, 1);
    caps->host.cpu->model = g_strdup(model);
    caps->host.cpu->vendor = g_strdup(vendor);
    return caps->host.cpu;
}

/**
 * virCapabilitiesHostCPUAddFeature:
 * @cpu: host CPU description
 * @name: a feature printed as <feature name='...'/> (copied)
 */
void
virCapabilitiesHostCPUAddFeature(virCapsHostCPU *cpu, const char *name)
{
    virCapabilitiesAppendString(&cpu->features, &cpu->nfeatures, name);
}

/**
 * virCapabilitiesHostNUMAAddCell:
 * @caps: capabilities
 * @num: the cell's id
 * @memKiB: its memory; 0 leaves out <memory>
 *
 * Returns the new cell (owned by @caps).
 */
virCapsHostNUMACell *
virCapabilitiesHostNUMAAddCell(virCaps *caps, int num, unsigned long long memKiB)
{
    virCapsHostNUMACell *cell = g_new0(virCapsHostNUMACell, 1);

    cell->num = num;
    cell->mem = memKiB;
    caps->host.cells = g_renew(virCapsHostNUMACell *, caps->host.cells,
                               caps->host.ncells + 1);
    caps->host.cells[caps->host.ncells++] = cell;
    return cell;
}

/**
 * virCapabilitiesHostNUMACellAddCPU:
 * @cell: a NUMA cell
 * @id: the CPU's id
 * @socketId: @dieId: @coreId: where it sits
 * @siblings: ids of the CPUs sharing its core, ascending (copied), or NULL
 *            when its topology is unknown (then only the id is printed)
 * @nsiblings: their number
 */
void
virCapabilitiesHostNUMACellAddCPU(virCapsHostNUMACell *cell, unsigned int id,
                                  unsigned int socketId, unsigned int dieId,
                                  unsigned int coreId,
                                  const unsigned int *siblings, size_t nsiblings)
{
    virCapsHostNUMACellCPU *cpu;

    cell->cpus = g_renew(virCapsHostNUMACellCPU, cell->cpus, cell->ncpus + 1);
    cpu = &cell->cpus[cell->ncpus++];
    cpu->id = id;
    cpu->socketId = socketId;
    cpu->dieId = dieId;
    cpu->coreId = coreId;
    cpu->nsiblings = siblings ? nsiblings : 0;
    cpu->siblings = cpu->nsiblings ? g_memdup2(siblings, nsiblings * sizeof(*siblings)) : NULL;
}

/**
 * virCapabilitiesHostNUMACellAddPages:
 * @cell: a NUMA cell
 * @sizeKiB: a page size
 * @avail: how many pages of that size the cell has
 */
void
virCapabilitiesHostNUMACellAddPages(virCapsHostNUMACell *cell, unsigned int sizeKiB,
                                    unsigned long long avail)
{
    cell->pageinfo = g_renew(virCapsHostNUMACellPageInfo, cell->pageinfo,
                             cell->npageinfo + 1);
    cell->pageinfo[cell->npageinfo].size = sizeKiB;
    cell->pageinfo[cell->npageinfo].avail = avail;
    cell->npageinfo++;
}

/**
 * virCapabilitiesHostNUMACellAddDistance:
 * @cell: a NUMA cell
 * @node: another cell's id (or its own)
 * @distance: the relative access cost, 10 for the cell itself
 */
void
virCapabilitiesHostNUMACellAddDistance(virCapsHostNUMACell *cell, int node,
                                       unsigned int distance)
{
    cell->distances = g_renew(virCapsHostNUMACellDistance, cell->distances,
                              cell->ndistances + 1);
    cell->distances[cell->ndistances].node = node;
    cell->distances[cell->ndistances].distance = distance;
    cell->ndistances++;
}

/**
 * virCapabilitiesHostAddSecModel:
 * @caps: capabilities
 * @model: security model name ("selinux", "dac", "none")
 * @doi: its domain of interpretation, "" when it has none
 *
 * Returns the new model (owned by @caps).
 */
virCapsHostSecModel *
virCapabilitiesHostAddSecModel(virCaps *caps, const char *model, const char *doi)
{
    virCapsHostSecModel *secmodel = g_new0(virCapsHostSecModel, 1);

    secmodel->model = g_strdup(model);
    secmodel->doi = g_strdup(doi);
    caps->host.secModels = g_renew(virCapsHostSecModel *, caps->host.secModels,
                                   caps->host.nsecModels + 1);
    caps->host.secModels[caps->host.nsecModels++] = secmodel;
    return secmodel;
}

/**
 * virCapabilitiesHostSecModelAddBaseLabel:
 * @secmodel: a security model
 * @type: the domain type the label is for ("kvm")
 * @label: the base label (copied)
 */
void
virCapabilitiesHostSecModelAddBaseLabel(virCapsHostSecModel *secmodel,
                                        const char *type, const char *label)
{
    virCapsHostSecModelLabel *entry = g_new0(virCapsHostSecModelLabel, 1);

    entry->type = g_strdup(type);
    entry->label = g_strdup(label);
    secmodel->labels = g_renew(virCapsHostSecModelLabel *, secmodel->labels,
                               secmodel->nlabels + 1);
    secmodel->labels[secmodel->nlabels++] = entry;
}

/**
 * virCapabilitiesAddGuest:
 * @caps: capabilities
 * @osType: "hvm", "xen", "exe", ...
 * @arch: the guest architecture ("x86_64")
 * @wordsize: its word size in bits; 0 leaves out <wordsize>
 * @emulator: default emulator binary, or NULL
 * @loader: default loader, or NULL
 *
 * Returns the new guest (owned by @caps).
 */
virCapsGuest *
virCapabilitiesAddGuest(virCaps *caps, const char *osType, const char *arch,
                        int wordsize, const char *emulator, const char *loader)
{
    virCapsGuest *guest = g_new0(virCapsGuest, 1);

    guest->osType = g_strdup(osType);
    guest->arch = g_strdup(arch);
    guest->wordsize = wordsize;
    guest->emulator = g_strdup(emulator);
    guest->loader = g_strdup(loader);
    caps->guests = g_renew(virCapsGuest *, caps->guests, caps->nguests + 1);
    caps->guests[caps->nguests++] = guest;
    return guest;
}

static virCapsGuestMachine *
virCapabilitiesAppendMachine(virCapsGuestMachine ***machines, size_t *n,
                             const char *name, const char *canonical,
                             unsigned int maxCpus, bool deprecated)
{
    virCapsGuestMachine *machine = g_new0(virCapsGuestMachine, 1);

    machine->name = g_strdup(name);
    machine->canonical = g_strdup(canonical);
    machine->maxCpus = maxCpus;
    machine->deprecated = deprecated;
    *machines = g_renew(virCapsGuestMachine *, *machines, *n + 1);
    (*machines)[(*n)++] = machine;
    return machine;
}

/**
 * virCapabilitiesGuestAddMachine:
 * @guest: a guest
 * @name: machine type name ("pc")
 * @canonical: the versioned name it stands for, or NULL
 * @maxCpus: most vCPUs it takes; 0 leaves out maxCpus
 * @deprecated: whether the hypervisor says it is deprecated
 *
 * Returns the new machine (owned by @guest).
 */
virCapsGuestMachine *
virCapabilitiesGuestAddMachine(virCapsGuest *guest, const char *name,
                               const char *canonical, unsigned int maxCpus,
                               bool deprecated)
{
    return virCapabilitiesAppendMachine(&guest->machines, &guest->nmachines,
                                        name, canonical, maxCpus, deprecated);
}

/**
 * virCapabilitiesAddGuestDomain:
 * @guest: a guest
 * @type: domain type ("kvm", "qemu", "test")
 * @emulator: emulator for this type, or NULL for the guest's
 * @loader: loader for this type, or NULL
 *
 * Returns the new domain type (owned by @guest).
 */
virCapsGuestDomain *
virCapabilitiesAddGuestDomain(virCapsGuest *guest, const char *type,
                              const char *emulator, const char *loader)
{
    virCapsGuestDomain *dom = g_new0(virCapsGuestDomain, 1);

    dom->type = g_strdup(type);
    dom->emulator = g_strdup(emulator);
    dom->loader = g_strdup(loader);
    guest->domains = g_renew(virCapsGuestDomain *, guest->domains, guest->ndomains + 1);
    guest->domains[guest->ndomains++] = dom;
    return dom;
}

/**
 * virCapabilitiesGuestDomainAddMachine:
 * @dom: a domain type
 * @name: @canonical: @maxCpus: @deprecated: as virCapabilitiesGuestAddMachine()
 *
 * Returns the new machine (owned by @dom).
 */
virCapsGuestMachine *
virCapabilitiesGuestDomainAddMachine(virCapsGuestDomain *dom, const char *name,
                                     const char *canonical, unsigned int maxCpus,
                                     bool deprecated)
{
    return virCapabilitiesAppendMachine(&dom->machines, &dom->nmachines,
                                        name, canonical, maxCpus, deprecated);
}

/**
 * virCapabilitiesAddGuestFeature:
 * @guest: a guest
 * @feature: which feature
 * @defaultOn: its default, or ABSENT to print none
 * @togglable: whether it can be switched, or ABSENT to print nothing
 */
void
virCapabilitiesAddGuestFeature(virCapsGuest *guest, virCapsGuestFeatureType feature,
                               virTristateSwitch defaultOn, virTristateBool togglable)
{
    if (feature >= VIR_CAPS_GUEST_FEATURE_TYPE_LAST)
        return;
    guest->features[feature].present = true;
    guest->features[feature].defaultOn = defaultOn;
    guest->features[feature].togglable = togglable;
}


/* ---- formatting ---- */

/* "0-3,8,10-11" for ascending ids, as libvirt prints CPU sets. */
static void
virCapabilitiesFormatIdSet(virBuffer *buf, const unsigned int *ids, size_t n)
{
    size_t i = 0;

    while (i < n) {
        size_t j = i;

        while (j + 1 < n && ids[j + 1] == ids[j] + 1)
            j++;
        if (i > 0)
            virBufferAddChar(buf, ',');
        if (j > i)
            virBufferAsprintf(buf, "%u-%u", ids[i], ids[j]);
        else
            virBufferAsprintf(buf, "%u", ids[i]);
        i = j + 1;
    }
}

static void
virCapabilitiesFormatHostCPU(virBuffer *buf, const virCapsHostCPU *cpu)
{
    size_t i;

    virBufferEscapeString(buf, "<model>%s</model>\n", cpu->model);
    virBufferEscapeString(buf, "<vendor>%s</vendor>\n", cpu->vendor);
    if (cpu->hasSignature)
        virBufferAsprintf(buf, "<signature family='%u' model='%u' stepping='%u'/>\n",
                          cpu->family, cpu->signatureModel, cpu->stepping);
    if (cpu->sockets)
        virBufferAsprintf(buf, "<topology sockets='%u' dies='%u' cores='%u' threads='%u'/>\n",
                          cpu->sockets, cpu->dies, cpu->cores, cpu->threads);
    if (cpu->maxPhysAddrMode) {
        virBufferEscapeString(buf, "<maxphysaddr mode='%s'", cpu->maxPhysAddrMode);
        if (cpu->maxPhysAddrBits)
            virBufferAsprintf(buf, " bits='%u'", cpu->maxPhysAddrBits);
        virBufferAddLit(buf, "/>\n");
    }
    for (i = 0; i < cpu->nfeatures; i++)
        virBufferEscapeString(buf, "<feature name='%s'/>\n", cpu->features[i]);
}

static void
virCapabilitiesFormatNUMACell(virBuffer *buf, const virCapsHostNUMACell *cell)
{
    size_t i;

    virBufferAsprintf(buf, "<cell id='%d'>\n", cell->num);
    virBufferAdjustIndent(buf, 2);

    if (cell->mem)
        virBufferAsprintf(buf, "<memory unit='KiB'>%llu</memory>\n", cell->mem);

    for (i = 0; i < cell->npageinfo; i++)
        virBufferAsprintf(buf, "<pages unit='KiB' size='%u'>%llu</pages>\n",
                          cell->pageinfo[i].size, cell->pageinfo[i].avail);

    if (cell->ndistances) {
        virBufferAddLit(buf, "<distances>\n");
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < cell->ndistances; i++)
            virBufferAsprintf(buf, "<sibling id='%d' value='%u'/>\n",
                              cell->distances[i].node, cell->distances[i].distance);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</distances>\n");
    }

    if (cell->ncpus) {
        virBufferAsprintf(buf, "<cpus num='%zu'>\n", cell->ncpus);
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < cell->ncpus; i++) {
            const virCapsHostNUMACellCPU *cpu = &cell->cpus[i];

            virBufferAsprintf(buf, "<cpu id='%u'", cpu->id);
            if (cpu->nsiblings) {
                virBufferAsprintf(buf, " socket_id='%u' die_id='%u' core_id='%u' siblings='",
                                  cpu->socketId, cpu->dieId, cpu->coreId);
                virCapabilitiesFormatIdSet(buf, cpu->siblings, cpu->nsiblings);
                virBufferAddChar(buf, '\'');
            }
            virBufferAddLit(buf, "/>\n");
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</cpus>\n");
    }

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</cell>\n");
}

static void
virCapabilitiesFormatHost(virBuffer *buf, const virCapsHost *host)
{
    char uuidstr[VIR_UUID_STRING_BUFLEN];
    size_t i;
    size_t j;

    /* nothing worth a <host> */
    if (!host->hasUUID && !host->arch && !host->powerMgmt && !host->iommu)
        return;

    virBufferAddLit(buf, "<host>\n");
    virBufferAdjustIndent(buf, 2);
    if (host->hasUUID)
        virBufferAsprintf(buf, "<uuid>%s</uuid>\n", virUUIDFormat(host->uuid, uuidstr));

    virBufferAddLit(buf, "<cpu>\n");
    virBufferAdjustIndent(buf, 2);
    virBufferEscapeString(buf, "<arch>%s</arch>\n", host->arch);
    if (host->nfeatures) {
        virBufferAddLit(buf, "<features>\n");
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < host->nfeatures; i++)
            virBufferAsprintf(buf, "<%s/>\n", host->features[i]);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</features>\n");
    }
    if (host->cpu)
        virCapabilitiesFormatHostCPU(buf, host->cpu);
    for (i = 0; i < host->npagesSize; i++)
        virBufferAsprintf(buf, "<pages unit='KiB' size='%u'/>\n", host->pagesSize[i]);
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</cpu>\n");

    if (host->powerMgmt) {
        virBufferAddLit(buf, "<power_management>\n");
        if (host->powerMgmt & VIR_CAPS_HOST_PM_SUSPEND_MEM)
            virBufferAddLit(buf, "  <suspend_mem/>\n");
        if (host->powerMgmt & VIR_CAPS_HOST_PM_SUSPEND_DISK)
            virBufferAddLit(buf, "  <suspend_disk/>\n");
        if (host->powerMgmt & VIR_CAPS_HOST_PM_SUSPEND_HYBRID)
            virBufferAddLit(buf, "  <suspend_hybrid/>\n");
        virBufferAddLit(buf, "</power_management>\n");
    } else {
        virBufferAddLit(buf, "<power_management/>\n");
    }

    virBufferAsprintf(buf, "<iommu support='%s'/>\n", host->iommu ? "yes" : "no");

    if (host->offlineMigrate) {
        virBufferAddLit(buf, "<migration_features>\n");
        virBufferAdjustIndent(buf, 2);
        if (host->liveMigrate)
            virBufferAddLit(buf, "<live/>\n");
        if (host->nmigrateTrans) {
            virBufferAddLit(buf, "<uri_transports>\n");
            virBufferAdjustIndent(buf, 2);
            for (i = 0; i < host->nmigrateTrans; i++)
                virBufferEscapeString(buf, "<uri_transport>%s</uri_transport>\n",
                                      host->migrateTrans[i]);
            virBufferAdjustIndent(buf, -2);
            virBufferAddLit(buf, "</uri_transports>\n");
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</migration_features>\n");
    }

    virBufferEscapeString(buf, "<netprefix>%s</netprefix>\n", host->netprefix);

    if (host->ncells) {
        virBufferAddLit(buf, "<topology>\n");
        virBufferAdjustIndent(buf, 2);
        virBufferAsprintf(buf, "<cells num='%zu'>\n", host->ncells);
        virBufferAdjustIndent(buf, 2);
        for (i = 0; i < host->ncells; i++)
            virCapabilitiesFormatNUMACell(buf, host->cells[i]);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</cells>\n");
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</topology>\n");
    }

    for (i = 0; i < host->nsecModels; i++) {
        const virCapsHostSecModel *secmodel = host->secModels[i];

        virBufferAddLit(buf, "<secmodel>\n");
        virBufferAdjustIndent(buf, 2);
        virBufferEscapeString(buf, "<model>%s</model>\n", secmodel->model);
        virBufferAddLit(buf, "<doi>");
        virBufferEscapeString(buf, "%s", secmodel->doi);
        virBufferAddLit(buf, "</doi>\n");
        for (j = 0; j < secmodel->nlabels; j++) {
            virBufferEscapeString(buf, "<baselabel type='%s'>",
                                  secmodel->labels[j]->type);
            virBufferEscapeString(buf, "%s</baselabel>\n", secmodel->labels[j]->label);
        }
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</secmodel>\n");
    }

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</host>\n\n");
}

static void
virCapabilitiesFormatMachines(virBuffer *buf, virCapsGuestMachine *const *machines,
                              size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        virBufferAddLit(buf, "<machine");
        virBufferEscapeString(buf, " canonical='%s'", machines[i]->canonical);
        if (machines[i]->maxCpus > 0)
            virBufferAsprintf(buf, " maxCpus='%u'", machines[i]->maxCpus);
        if (machines[i]->deprecated)
            virBufferAddLit(buf, " deprecated='yes'");
        virBufferEscapeString(buf, ">%s</machine>\n", machines[i]->name);
    }
}

static void
virCapabilitiesFormatGuest(virBuffer *buf, const virCapsGuest *guest)
{
    g_auto(virBuffer) features = VIR_BUFFER_INITIALIZER;
    size_t i;

    virBufferAddLit(buf, "<guest>\n");
    virBufferAdjustIndent(buf, 2);
    virBufferEscapeString(buf, "<os_type>%s</os_type>\n", guest->osType);
    virBufferEscapeString(buf, "<arch name='%s'>\n", guest->arch);
    virBufferAdjustIndent(buf, 2);
    if (guest->wordsize)
        virBufferAsprintf(buf, "<wordsize>%d</wordsize>\n", guest->wordsize);
    virBufferEscapeString(buf, "<emulator>%s</emulator>\n", guest->emulator);
    virBufferEscapeString(buf, "<loader>%s</loader>\n", guest->loader);
    virCapabilitiesFormatMachines(buf, guest->machines, guest->nmachines);

    for (i = 0; i < guest->ndomains; i++) {
        const virCapsGuestDomain *dom = guest->domains[i];

        virBufferEscapeString(buf, "<domain type='%s'", dom->type);
        if (!dom->emulator && !dom->loader && !dom->nmachines) {
            virBufferAddLit(buf, "/>\n");
            continue;
        }
        virBufferAddLit(buf, ">\n");
        virBufferAdjustIndent(buf, 2);
        virBufferEscapeString(buf, "<emulator>%s</emulator>\n", dom->emulator);
        virBufferEscapeString(buf, "<loader>%s</loader>\n", dom->loader);
        virCapabilitiesFormatMachines(buf, dom->machines, dom->nmachines);
        virBufferAdjustIndent(buf, -2);
        virBufferAddLit(buf, "</domain>\n");
    }
    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</arch>\n");

    virBufferSetIndent(&features, virBufferGetIndent(buf) + 2);
    for (i = 0; i < VIR_CAPS_GUEST_FEATURE_TYPE_LAST; i++) {
        const virCapsGuestFeature *feature = &guest->features[i];

        if (!feature->present)
            continue;
        virBufferAsprintf(&features, "<%s", virCapsGuestFeatureTypeToString(i));
        if (feature->defaultOn != VIR_TRISTATE_SWITCH_ABSENT)
            virBufferAsprintf(&features, " default='%s'",
                              virTristateSwitchTypeToString(feature->defaultOn));
        if (feature->togglable != VIR_TRISTATE_BOOL_ABSENT)
            virBufferAsprintf(&features, " toggle='%s'",
                              virTristateBoolTypeToString(feature->togglable));
        virBufferAddLit(&features, "/>\n");
    }
    if (virBufferUse(&features)) {
        virBufferAddLit(buf, "<features>\n");
        virBufferAddBuffer(buf, &features);
        virBufferAddLit(buf, "</features>\n");
    }

    virBufferAdjustIndent(buf, -2);
    virBufferAddLit(buf, "</guest>\n\n");
}

/**
 * virCapabilitiesFormatXML:
 * @caps: capabilities
 *
 * Returns the <capabilities> document laid out as libvirt lays it out,
 * blank lines after <capabilities>, </host> and each </guest> included
 * (caller frees).
 */
char *
virCapabilitiesFormatXML(const virCaps *caps)
{
    g_auto(virBuffer) buf = VIR_BUFFER_INITIALIZER;
    size_t i;

    virBufferAddLit(&buf, "<capabilities>\n\n");
    virBufferAdjustIndent(&buf, 2);
    virCapabilitiesFormatHost(&buf, &caps->host);
    for (i = 0; i < caps->nguests; i++)
        virCapabilitiesFormatGuest(&buf, caps->guests[i]);
    virBufferAdjustIndent(&buf, -2);
    virBufferAddLit(&buf, "</capabilities>\n");
    return virBufferContentAndReset(&buf);
}

/**
 * virCapabilitiesFillNodeInfo:
 * @desc: the node in a few numbers
 * @info: filled
 *
 * Returns 0 on success, -1 with an error reported when the model name does
 * not fit virNodeInfo.
 */
int
virCapabilitiesFillNodeInfo(const virCapsNodeInfoDesc *desc, virNodeInfoPtr info)
{
    const char *model = desc->model ? desc->model : "";

    memset(info, 0, sizeof(*info));
    if (g_strlcpy(info->model, model, sizeof(info->model)) >= sizeof(info->model)) {
        virReportError(VIR_ERR_INTERNAL_ERROR,
                       _("CPU model %1$s too big for destination"), model);
        return -1;
    }
    info->memory = desc->memory;
    info->mhz = desc->mhz;
    info->nodes = desc->nodes;
    info->sockets = desc->sockets;
    info->cores = desc->cores;
    info->threads = desc->threads;
    info->cpus = desc->cpus ? desc->cpus
                            : desc->nodes * desc->sockets * desc->cores * desc->threads;
    return 0;
}
