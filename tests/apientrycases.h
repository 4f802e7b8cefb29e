/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * apientrycases.h: the calls of tests/apientrytest.c, one per line
 *
 * X(case name, public function, call): the call uses only the public API
 * and the handles and scratch space of a virTestEntryCtx @e, so that the
 * same list runs on libvirt 9.0 (to record the expected answers) and on
 * this library.  Each call combines arguments or flags that some entry
 * point might refuse before asking its driver; the expected file says
 * which it does refuse, with what, and which it lets through.
 */

#define LC (VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG)
#define PTR(call) ((call) ? 0 : -1)
#define NP(v, call) (e->n = (v), (call))

#define VIR_TEST_ENTRY_CASES(X) \
    /* affect live and config at once */ \
    X(GetVcpusFlags_lc, "virDomainGetVcpusFlags", virDomainGetVcpusFlags(e->dom, LC)) \
    X(GetVcpusFlags_lc_ro, "virDomainGetVcpusFlags", virDomainGetVcpusFlags(e->domro, LC)) \
    X(GetVcpusFlags_guest_ro, "virDomainGetVcpusFlags", \
      virDomainGetVcpusFlags(e->domro, VIR_DOMAIN_VCPU_GUEST)) \
    X(GetVcpusFlags_guest_lc_ro, "virDomainGetVcpusFlags", \
      virDomainGetVcpusFlags(e->domro, VIR_DOMAIN_VCPU_GUEST | LC)) \
    X(GetMetadata_lc, "virDomainGetMetadata", PTR(virDomainGetMetadata(e->dom, 0, NULL, LC))) \
    X(GetMetadata_badtype_lc, "virDomainGetMetadata", \
      PTR(virDomainGetMetadata(e->dom, 99, NULL, LC))) \
    X(GetMetadata_badtype, "virDomainGetMetadata", PTR(virDomainGetMetadata(e->dom, 99, NULL, 0))) \
    X(GetMetadata_element_nouri, "virDomainGetMetadata", \
      PTR(virDomainGetMetadata(e->dom, VIR_DOMAIN_METADATA_ELEMENT, NULL, 0))) \
    X(GetMetadata_title_uri, "virDomainGetMetadata", \
      PTR(virDomainGetMetadata(e->dom, VIR_DOMAIN_METADATA_TITLE, "http://x/", 0))) \
    X(GetMetadata_desc_uri, "virDomainGetMetadata", \
      PTR(virDomainGetMetadata(e->dom, VIR_DOMAIN_METADATA_DESCRIPTION, "http://x/", 0))) \
    X(SetMetadata_lc, "virDomainSetMetadata", \
      virDomainSetMetadata(e->dom, 0, "x", NULL, NULL, LC)) \
    X(SetMetadata_badtype, "virDomainSetMetadata", \
      virDomainSetMetadata(e->dom, 99, "x", NULL, NULL, 0)) \
    X(SetMetadata_title_uri, "virDomainSetMetadata", \
      virDomainSetMetadata(e->dom, VIR_DOMAIN_METADATA_TITLE, "x", NULL, "http://x/", 0)) \
    X(SetMetadata_title_key, "virDomainSetMetadata", \
      virDomainSetMetadata(e->dom, VIR_DOMAIN_METADATA_TITLE, "x", "k", NULL, 0)) \
    X(SetMetadata_title_newline, "virDomainSetMetadata", \
      virDomainSetMetadata(e->dom, VIR_DOMAIN_METADATA_TITLE, "a\nb", NULL, NULL, 0)) \
    X(SetMetadata_element_nouri, "virDomainSetMetadata", \
      virDomainSetMetadata(e->dom, VIR_DOMAIN_METADATA_ELEMENT, "<a/>", "k", NULL, 0)) \
    X(SetMetadata_element_nokey, "virDomainSetMetadata", \
      virDomainSetMetadata(e->dom, VIR_DOMAIN_METADATA_ELEMENT, "<a/>", NULL, "http://x/", 0)) \
    X(SetMetadata_badtype_ro, "virDomainSetMetadata", \
      virDomainSetMetadata(e->domro, 99, "x", NULL, NULL, 0)) \
    X(GetVcpuPinInfo_lc, "virDomainGetVcpuPinInfo", \
      virDomainGetVcpuPinInfo(e->dom, 1, e->map, 1, LC)) \
    X(GetVcpuPinInfo_lc_ro, "virDomainGetVcpuPinInfo", \
      virDomainGetVcpuPinInfo(e->domro, 1, e->map, 1, LC)) \
    X(GetVcpuPinInfo_null_lc, "virDomainGetVcpuPinInfo", \
      virDomainGetVcpuPinInfo(e->dom, 1, NULL, 1, LC)) \
    X(GetVcpuPinInfo_zero_lc, "virDomainGetVcpuPinInfo", \
      virDomainGetVcpuPinInfo(e->dom, 0, e->map, 1, LC)) \
    X(GetVcpuPinInfo_overflow, "virDomainGetVcpuPinInfo", \
      virDomainGetVcpuPinInfo(e->dom, 65536, e->map, 65536, 0)) \
    X(GetEmulatorPinInfo_lc, "virDomainGetEmulatorPinInfo", \
      virDomainGetEmulatorPinInfo(e->dom, e->map, 1, LC)) \
    X(GetEmulatorPinInfo_null_lc, "virDomainGetEmulatorPinInfo", \
      virDomainGetEmulatorPinInfo(e->dom, NULL, 1, LC)) \
    X(GetEmulatorPinInfo_zero_lc, "virDomainGetEmulatorPinInfo", \
      virDomainGetEmulatorPinInfo(e->dom, e->map, 0, LC)) \
    X(GetIOThreadInfo_lc, "virDomainGetIOThreadInfo", \
      virDomainGetIOThreadInfo(e->dom, &e->iothreads, LC)) \
    X(GetIOThreadInfo_null_lc, "virDomainGetIOThreadInfo", \
      virDomainGetIOThreadInfo(e->dom, NULL, LC)) \
    X(GetIOThreadInfo_lc_ro, "virDomainGetIOThreadInfo", \
      virDomainGetIOThreadInfo(e->domro, &e->iothreads, LC)) \
    X(GetSchedulerParametersFlags_lc, "virDomainGetSchedulerParametersFlags", \
      NP(1, virDomainGetSchedulerParametersFlags(e->dom, &e->param, &e->n, LC))) \
    X(GetSchedulerParametersFlags_null_lc, "virDomainGetSchedulerParametersFlags", \
      NP(1, virDomainGetSchedulerParametersFlags(e->dom, NULL, &e->n, LC))) \
    X(GetSchedulerParametersFlags_zero_lc, "virDomainGetSchedulerParametersFlags", \
      NP(0, virDomainGetSchedulerParametersFlags(e->dom, &e->param, &e->n, LC))) \
    X(GetSchedulerParametersFlags_neg, "virDomainGetSchedulerParametersFlags", \
      NP(-1, virDomainGetSchedulerParametersFlags(e->dom, &e->param, &e->n, 0))) \
    X(GetSchedulerParameters_zero, "virDomainGetSchedulerParameters", \
      NP(0, virDomainGetSchedulerParameters(e->dom, &e->param, &e->n))) \
    X(SetVcpusFlags_lc, "virDomainSetVcpusFlags", virDomainSetVcpusFlags(e->dom, 1, LC)) \
    X(PinVcpuFlags_lc, "virDomainPinVcpuFlags", virDomainPinVcpuFlags(e->dom, 0, e->map, 1, LC)) \
    X(PinEmulator_lc, "virDomainPinEmulator", virDomainPinEmulator(e->dom, e->map, 1, LC)) \
    X(PinIOThread_lc, "virDomainPinIOThread", virDomainPinIOThread(e->dom, 1, e->map, 1, LC)) \
    X(AddIOThread_lc, "virDomainAddIOThread", virDomainAddIOThread(e->dom, 1, LC)) \
    X(DelIOThread_lc, "virDomainDelIOThread", virDomainDelIOThread(e->dom, 1, LC)) \
    X(AttachDeviceFlags_lc, "virDomainAttachDeviceFlags", \
      virDomainAttachDeviceFlags(e->dom, "<disk/>", LC)) \
    X(DetachDeviceFlags_lc, "virDomainDetachDeviceFlags", \
      virDomainDetachDeviceFlags(e->dom, "<disk/>", LC)) \
    X(UpdateDeviceFlags_lc, "virDomainUpdateDeviceFlags", \
      virDomainUpdateDeviceFlags(e->dom, "<disk/>", LC)) \
    X(DetachDeviceAlias_lc, "virDomainDetachDeviceAlias", \
      virDomainDetachDeviceAlias(e->dom, "ua-x", LC)) \
    X(SetMemoryFlags_lc, "virDomainSetMemoryFlags", virDomainSetMemoryFlags(e->dom, 1024, LC)) \
    X(SetMemoryStatsPeriod_lc, "virDomainSetMemoryStatsPeriod", \
      virDomainSetMemoryStatsPeriod(e->dom, 1, LC)) \
    X(SetMemoryStatsPeriod_neg, "virDomainSetMemoryStatsPeriod", \
      virDomainSetMemoryStatsPeriod(e->dom, -1, 0)) \
    X(SetVcpu_lc, "virDomainSetVcpu", virDomainSetVcpu(e->dom, "0", 0, LC)) \
    X(SetLifecycleAction_lc, "virDomainSetLifecycleAction", \
      virDomainSetLifecycleAction(e->dom, 0, 0, LC)) \
    X(GetXMLDesc_lc, "virDomainGetXMLDesc", PTR(virDomainGetXMLDesc(e->dom, LC))) \
    /* typed-parameter getters */ \
    X(GetBlkioParameters_lc, "virDomainGetBlkioParameters", \
      NP(0, virDomainGetBlkioParameters(e->dom, NULL, &e->n, LC))) \
    X(GetBlkioParameters_lc_ro, "virDomainGetBlkioParameters", \
      NP(1, virDomainGetBlkioParameters(e->domro, &e->param, &e->n, LC))) \
    X(GetBlkioParameters_nullnp, "virDomainGetBlkioParameters", \
      virDomainGetBlkioParameters(e->dom, NULL, NULL, LC)) \
    X(GetBlkioParameters_neg, "virDomainGetBlkioParameters", \
      NP(-1, virDomainGetBlkioParameters(e->dom, NULL, &e->n, LC))) \
    X(GetBlkioParameters_nullparams, "virDomainGetBlkioParameters", \
      NP(1, virDomainGetBlkioParameters(e->dom, NULL, &e->n, LC))) \
    X(GetMemoryParameters_lc, "virDomainGetMemoryParameters", \
      NP(0, virDomainGetMemoryParameters(e->dom, NULL, &e->n, LC))) \
    X(GetMemoryParameters_neg, "virDomainGetMemoryParameters", \
      NP(-1, virDomainGetMemoryParameters(e->dom, NULL, &e->n, LC))) \
    X(GetMemoryParameters_nullparams, "virDomainGetMemoryParameters", \
      NP(1, virDomainGetMemoryParameters(e->dom, NULL, &e->n, LC))) \
    X(GetNumaParameters_lc, "virDomainGetNumaParameters", \
      NP(0, virDomainGetNumaParameters(e->dom, NULL, &e->n, LC))) \
    X(GetNumaParameters_neg, "virDomainGetNumaParameters", \
      NP(-1, virDomainGetNumaParameters(e->dom, NULL, &e->n, LC))) \
    X(GetNumaParameters_nullparams, "virDomainGetNumaParameters", \
      NP(1, virDomainGetNumaParameters(e->dom, NULL, &e->n, LC))) \
    X(GetInterfaceParameters_lc, "virDomainGetInterfaceParameters", \
      NP(0, virDomainGetInterfaceParameters(e->dom, "vnet0", NULL, &e->n, LC))) \
    X(GetInterfaceParameters_neg, "virDomainGetInterfaceParameters", \
      NP(-1, virDomainGetInterfaceParameters(e->dom, "vnet0", NULL, &e->n, LC))) \
    X(GetInterfaceParameters_nullparams, "virDomainGetInterfaceParameters", \
      NP(1, virDomainGetInterfaceParameters(e->dom, "vnet0", NULL, &e->n, LC))) \
    X(GetInterfaceParameters_nulldev, "virDomainGetInterfaceParameters", \
      NP(0, virDomainGetInterfaceParameters(e->dom, NULL, NULL, &e->n, 0))) \
    X(GetBlockIoTune_lc, "virDomainGetBlockIoTune", \
      NP(0, virDomainGetBlockIoTune(e->dom, "vda", NULL, &e->n, LC))) \
    X(GetBlockIoTune_lc_ro, "virDomainGetBlockIoTune", \
      NP(1, virDomainGetBlockIoTune(e->domro, "vda", &e->param, &e->n, LC))) \
    X(GetBlockIoTune_neg, "virDomainGetBlockIoTune", \
      NP(-1, virDomainGetBlockIoTune(e->dom, "vda", NULL, &e->n, LC))) \
    X(GetBlockIoTune_nullparams, "virDomainGetBlockIoTune", \
      NP(1, virDomainGetBlockIoTune(e->dom, "vda", NULL, &e->n, LC))) \
    X(GetBlockIoTune_nulldisk, "virDomainGetBlockIoTune", \
      NP(1, virDomainGetBlockIoTune(e->dom, NULL, &e->param, &e->n, LC))) \
    X(GetBlockIoTune_nulldisk0, "virDomainGetBlockIoTune", \
      NP(0, virDomainGetBlockIoTune(e->dom, NULL, NULL, &e->n, 0))) \
    X(GetBlockIoTune_nullboth, "virDomainGetBlockIoTune", \
      NP(1, virDomainGetBlockIoTune(e->dom, NULL, NULL, &e->n, 0))) \
    X(BlockStatsFlags_neg, "virDomainBlockStatsFlags", \
      NP(-1, virDomainBlockStatsFlags(e->dom, "vda", NULL, &e->n, 0))) \
    X(BlockStatsFlags_nullparams, "virDomainBlockStatsFlags", \
      NP(1, virDomainBlockStatsFlags(e->dom, "vda", NULL, &e->n, 0))) \
    X(GetPerfEvents_lc, "virDomainGetPerfEvents", \
      NP(0, virDomainGetPerfEvents(e->dom, &e->params, &e->n, LC))) \
    X(GetLaunchSecurityInfo_lc, "virDomainGetLaunchSecurityInfo", \
      NP(0, virDomainGetLaunchSecurityInfo(e->dom, &e->params, &e->n, LC))) \
    X(GetCPUStats_nullparams, "virDomainGetCPUStats", \
      virDomainGetCPUStats(e->dom, NULL, 1, 0, 1, 0)) \
    X(GetCPUStats_badstart, "virDomainGetCPUStats", \
      virDomainGetCPUStats(e->dom, &e->param, 1, -2, 1, 0)) \
    X(GetCPUStats_total_ncpus, "virDomainGetCPUStats", \
      virDomainGetCPUStats(e->dom, &e->param, 1, -1, 2, 0)) \
    X(GetCPUStats_params_np0, "virDomainGetCPUStats", \
      virDomainGetCPUStats(e->dom, &e->param, 0, 0, 1, 0)) \
    X(GetCPUStats_ncpus0, "virDomainGetCPUStats", \
      virDomainGetCPUStats(e->dom, &e->param, 1, 0, 0, 0)) \
    X(GetCPUStats_query, "virDomainGetCPUStats", virDomainGetCPUStats(e->dom, NULL, 0, 0, 0, 0)) \
    X(GetCPUStats_overflow, "virDomainGetCPUStats", \
      virDomainGetCPUStats(e->dom, &e->param, 65536, 0, 65537, 0)) \
    X(GetCPUStats_badstart_null, "virDomainGetCPUStats", \
      virDomainGetCPUStats(e->dom, NULL, 1, -2, 1, 0)) \
    X(GetDiskErrors_nonnull0, "virDomainGetDiskErrors", \
      virDomainGetDiskErrors(e->dom, (virDomainDiskErrorPtr)e->map, 0, 0)) \
    X(SetMetadata_title_newline_uri, "virDomainSetMetadata", \
      virDomainSetMetadata(e->dom, VIR_DOMAIN_METADATA_TITLE, "a\nb", "k", "http://x/", 0)) \
    X(SetMetadata_title_uri_key, "virDomainSetMetadata", \
      virDomainSetMetadata(e->dom, VIR_DOMAIN_METADATA_DESCRIPTION, "x", "k", "http://x/", 0)) \
    X(SetMetadata_element_nometa, "virDomainSetMetadata", \
      virDomainSetMetadata(e->dom, VIR_DOMAIN_METADATA_ELEMENT, NULL, NULL, "http://x/", 0)) \
    X(SetMetadata_lc_element_nouri, "virDomainSetMetadata", \
      virDomainSetMetadata(e->dom, VIR_DOMAIN_METADATA_ELEMENT, "<a/>", "k", NULL, LC)) \
    X(SendKey_toomany_null, "virDomainSendKey", virDomainSendKey(e->dom, 0, 10, NULL, 17, 0)) \
    X(InterfaceAddresses_agent_ro_null, "virDomainInterfaceAddresses", \
      virDomainInterfaceAddresses(e->domro, NULL, VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT, 0)) \
    X(BlockRebase_copy_shallow_nobase, "virDomainBlockRebase", \
      virDomainBlockRebase(e->dom, "vda", NULL, 0, VIR_DOMAIN_BLOCK_REBASE_COPY \
        | VIR_DOMAIN_BLOCK_REBASE_SHALLOW)) \
    X(BlockRebase_copy_shallow, "virDomainBlockRebase", \
      virDomainBlockRebase(e->dom, "vda", "/b", 0, VIR_DOMAIN_BLOCK_REBASE_COPY \
        | VIR_DOMAIN_BLOCK_REBASE_SHALLOW)) \
    X(MemoryPeek_both_ro, "virDomainMemoryPeek", \
      virDomainMemoryPeek(e->domro, 0, 1, e->map, VIR_MEMORY_VIRTUAL | VIR_MEMORY_PHYSICAL)) \
    X(GetVcpusFlags_guest, "virDomainGetVcpusFlags", \
      virDomainGetVcpusFlags(e->dom, VIR_DOMAIN_VCPU_GUEST)) \
    X(Migrate3_p2p_nonshared, "virDomainMigrate3", \
      PTR(virDomainMigrate3(e->dom, e->conn, NULL, 0, VIR_MIGRATE_PEER2PEER \
        | VIR_MIGRATE_NON_SHARED_DISK | VIR_MIGRATE_NON_SHARED_INC))) \
    X(AuthorizedSSHKeysSet_ar_nouser_ro, "virDomainAuthorizedSSHKeysSet", \
      virDomainAuthorizedSSHKeysSet(e->domro, NULL, NULL, 0, \
        VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_APPEND | VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_REMOVE)) \
    X(GetDiskErrors_null, "virDomainGetDiskErrors", virDomainGetDiskErrors(e->dom, NULL, 1, 0)) \
    /* typed-parameter setters */ \
    X(SetBlkioParameters_lc, "virDomainSetBlkioParameters", \
      virDomainSetBlkioParameters(e->dom, &e->param, 1, LC)) \
    X(SetBlkioParameters_zero, "virDomainSetBlkioParameters", \
      virDomainSetBlkioParameters(e->dom, &e->param, 0, 0)) \
    X(SetBlkioParameters_neg, "virDomainSetBlkioParameters", \
      virDomainSetBlkioParameters(e->dom, &e->param, -1, 0)) \
    X(SetBlkioParameters_null_ro, "virDomainSetBlkioParameters", \
      virDomainSetBlkioParameters(e->domro, NULL, 1, 0)) \
    X(SetMemoryParameters_zero, "virDomainSetMemoryParameters", \
      virDomainSetMemoryParameters(e->dom, &e->param, 0, 0)) \
    X(SetMemoryParameters_neg, "virDomainSetMemoryParameters", \
      virDomainSetMemoryParameters(e->dom, &e->param, -1, 0)) \
    X(SetNumaParameters_zero, "virDomainSetNumaParameters", \
      virDomainSetNumaParameters(e->dom, &e->param, 0, 0)) \
    X(SetNumaParameters_neg, "virDomainSetNumaParameters", \
      virDomainSetNumaParameters(e->dom, &e->param, -1, 0)) \
    X(SetSchedulerParameters_zero, "virDomainSetSchedulerParameters", \
      virDomainSetSchedulerParameters(e->dom, &e->param, 0)) \
    X(SetSchedulerParameters_neg, "virDomainSetSchedulerParameters", \
      virDomainSetSchedulerParameters(e->dom, &e->param, -1)) \
    X(SetSchedulerParametersFlags_zero, "virDomainSetSchedulerParametersFlags", \
      virDomainSetSchedulerParametersFlags(e->dom, &e->param, 0, 0)) \
    X(SetSchedulerParametersFlags_neg, "virDomainSetSchedulerParametersFlags", \
      virDomainSetSchedulerParametersFlags(e->dom, &e->param, -1, 0)) \
    X(SetInterfaceParameters_zero, "virDomainSetInterfaceParameters", \
      virDomainSetInterfaceParameters(e->dom, "vnet0", &e->param, 0, 0)) \
    X(SetInterfaceParameters_neg, "virDomainSetInterfaceParameters", \
      virDomainSetInterfaceParameters(e->dom, "vnet0", &e->param, -1, 0)) \
    X(SetInterfaceParameters_nulldev, "virDomainSetInterfaceParameters", \
      virDomainSetInterfaceParameters(e->dom, NULL, &e->param, 1, 0)) \
    X(SetBlockIoTune_zero, "virDomainSetBlockIoTune", \
      virDomainSetBlockIoTune(e->dom, "vda", &e->param, 0, 0)) \
    X(SetBlockIoTune_neg, "virDomainSetBlockIoTune", \
      virDomainSetBlockIoTune(e->dom, "vda", &e->param, -1, 0)) \
    X(SetPerfEvents_zero, "virDomainSetPerfEvents", \
      virDomainSetPerfEvents(e->dom, &e->param, 0, 0)) \
    X(SetPerfEvents_neg, "virDomainSetPerfEvents", \
      virDomainSetPerfEvents(e->dom, &e->param, -1, 0)) \
    X(SetIOThreadParams_zero, "virDomainSetIOThreadParams", \
      virDomainSetIOThreadParams(e->dom, 1, &e->param, 0, 0)) \
    X(SetLaunchSecurityState_zero, "virDomainSetLaunchSecurityState", \
      virDomainSetLaunchSecurityState(e->dom, &e->param, 0, 0)) \
    X(NodeSetMemoryParameters_zero, "virNodeSetMemoryParameters", \
      virNodeSetMemoryParameters(e->conn, &e->param, 0, 0)) \
    X(NodeSetMemoryParameters_neg, "virNodeSetMemoryParameters", \
      virNodeSetMemoryParameters(e->conn, &e->param, -1, 0)) \
    X(NodeGetMemoryParameters_neg, "virNodeGetMemoryParameters", \
      NP(-1, virNodeGetMemoryParameters(e->conn, NULL, &e->n, 0))) \
    X(NodeGetMemoryParameters_nullparams, "virNodeGetMemoryParameters", \
      NP(1, virNodeGetMemoryParameters(e->conn, NULL, &e->n, 0))) \
    /* save, restore, dump */ \
    X(SaveFlags_rp, "virDomainSaveFlags", \
      virDomainSaveFlags(e->dom, "/nonexistent/x", NULL, VIR_DOMAIN_SAVE_RUNNING \
        | VIR_DOMAIN_SAVE_PAUSED)) \
    X(SaveFlags_rp_ro, "virDomainSaveFlags", \
      virDomainSaveFlags(e->domro, "/nonexistent/x", NULL, VIR_DOMAIN_SAVE_RUNNING \
        | VIR_DOMAIN_SAVE_PAUSED)) \
    X(SaveFlags_rp_null, "virDomainSaveFlags", \
      virDomainSaveFlags(e->dom, NULL, NULL, VIR_DOMAIN_SAVE_RUNNING | VIR_DOMAIN_SAVE_PAUSED)) \
    X(RestoreFlags_rp, "virDomainRestoreFlags", \
      virDomainRestoreFlags(e->conn, "/nonexistent/x", NULL, VIR_DOMAIN_SAVE_RUNNING \
        | VIR_DOMAIN_SAVE_PAUSED)) \
    X(RestoreFlags_rp_null, "virDomainRestoreFlags", \
      virDomainRestoreFlags(e->conn, NULL, NULL, VIR_DOMAIN_SAVE_RUNNING \
        | VIR_DOMAIN_SAVE_PAUSED)) \
    X(ManagedSave_rp, "virDomainManagedSave", \
      virDomainManagedSave(e->dom, VIR_DOMAIN_SAVE_RUNNING | VIR_DOMAIN_SAVE_PAUSED)) \
    X(ManagedSave_rp_ro, "virDomainManagedSave", \
      virDomainManagedSave(e->domro, VIR_DOMAIN_SAVE_RUNNING | VIR_DOMAIN_SAVE_PAUSED)) \
    X(SaveImageDefineXML_rp, "virDomainSaveImageDefineXML", \
      virDomainSaveImageDefineXML(e->conn, "/nonexistent/x", "<domain/>", VIR_DOMAIN_SAVE_RUNNING \
        | VIR_DOMAIN_SAVE_PAUSED)) \
    X(SaveImageDefineXML_rp_null, "virDomainSaveImageDefineXML", \
      virDomainSaveImageDefineXML(e->conn, "/nonexistent/x", NULL, VIR_DOMAIN_SAVE_RUNNING \
        | VIR_DOMAIN_SAVE_PAUSED)) \
    X(ManagedSaveDefineXML_rp, "virDomainManagedSaveDefineXML", \
      virDomainManagedSaveDefineXML(e->dom, "<domain/>", VIR_DOMAIN_SAVE_RUNNING \
        | VIR_DOMAIN_SAVE_PAUSED)) \
    X(SaveParams_rp, "virDomainSaveParams", \
      virDomainSaveParams(e->dom, NULL, 0, VIR_DOMAIN_SAVE_RUNNING | VIR_DOMAIN_SAVE_PAUSED)) \
    X(SaveParams_rp_ro, "virDomainSaveParams", \
      virDomainSaveParams(e->domro, NULL, 0, VIR_DOMAIN_SAVE_RUNNING | VIR_DOMAIN_SAVE_PAUSED)) \
    X(SaveParams_null1, "virDomainSaveParams", virDomainSaveParams(e->dom, NULL, 1, 0)) \
    X(SaveParams_neg, "virDomainSaveParams", virDomainSaveParams(e->dom, &e->param, -1, 0)) \
    X(RestoreParams_rp, "virDomainRestoreParams", \
      virDomainRestoreParams(e->conn, NULL, 0, VIR_DOMAIN_SAVE_RUNNING | VIR_DOMAIN_SAVE_PAUSED)) \
    X(RestoreParams_rp_ro, "virDomainRestoreParams", \
      virDomainRestoreParams(e->roconn, NULL, 0, VIR_DOMAIN_SAVE_RUNNING \
        | VIR_DOMAIN_SAVE_PAUSED)) \
    X(RestoreParams_null1, "virDomainRestoreParams", virDomainRestoreParams(e->conn, NULL, 1, 0)) \
    X(CoreDump_cl, "virDomainCoreDump", \
      virDomainCoreDump(e->dom, "/nonexistent/x", VIR_DUMP_CRASH | VIR_DUMP_LIVE)) \
    X(CoreDump_cr, "virDomainCoreDump", \
      virDomainCoreDump(e->dom, "/nonexistent/x", VIR_DUMP_CRASH | VIR_DUMP_RESET)) \
    X(CoreDump_lr, "virDomainCoreDump", \
      virDomainCoreDump(e->dom, "/nonexistent/x", VIR_DUMP_LIVE | VIR_DUMP_RESET)) \
    X(CoreDump_clr, "virDomainCoreDump", \
      virDomainCoreDump(e->dom, "/nonexistent/x", VIR_DUMP_CRASH | VIR_DUMP_LIVE \
        | VIR_DUMP_RESET)) \
    X(CoreDump_cl_ro, "virDomainCoreDump", \
      virDomainCoreDump(e->domro, "/nonexistent/x", VIR_DUMP_CRASH | VIR_DUMP_LIVE)) \
    X(CoreDump_cl_null, "virDomainCoreDump", \
      virDomainCoreDump(e->dom, NULL, VIR_DUMP_CRASH | VIR_DUMP_LIVE)) \
    X(CoreDumpWithFormat_cl, "virDomainCoreDumpWithFormat", \
      virDomainCoreDumpWithFormat(e->dom, "/nonexistent/x", 0, VIR_DUMP_CRASH | VIR_DUMP_LIVE)) \
    X(CoreDumpWithFormat_cr, "virDomainCoreDumpWithFormat", \
      virDomainCoreDumpWithFormat(e->dom, "/nonexistent/x", 0, VIR_DUMP_CRASH | VIR_DUMP_RESET)) \
    X(CoreDumpWithFormat_lr, "virDomainCoreDumpWithFormat", \
      virDomainCoreDumpWithFormat(e->dom, "/nonexistent/x", 0, VIR_DUMP_LIVE | VIR_DUMP_RESET)) \
    X(CoreDumpWithFormat_badfmt, "virDomainCoreDumpWithFormat", \
      virDomainCoreDumpWithFormat(e->dom, "/nonexistent/x", 99, 0)) \
    X(CoreDumpWithFormat_badfmt_lr, "virDomainCoreDumpWithFormat", \
      virDomainCoreDumpWithFormat(e->dom, "/nonexistent/x", 99, VIR_DUMP_LIVE | VIR_DUMP_RESET)) \
    X(CoreDumpWithFormat_badfmt_null, "virDomainCoreDumpWithFormat", \
      virDomainCoreDumpWithFormat(e->dom, NULL, 99, 0)) \
    X(CoreDumpWithFormat_badfmt_ro, "virDomainCoreDumpWithFormat", \
      virDomainCoreDumpWithFormat(e->domro, "/nonexistent/x", 99, 0)) \
    X(CoreDumpWithFormat_lastfmt, "virDomainCoreDumpWithFormat", \
      virDomainCoreDumpWithFormat(e->dom, "/nonexistent/x", 5, 0)) \
    X(StartDirtyRateCalc_br, "virDomainStartDirtyRateCalc", \
      virDomainStartDirtyRateCalc(e->dom, 1, VIR_DOMAIN_DIRTYRATE_MODE_DIRTY_BITMAP \
        | VIR_DOMAIN_DIRTYRATE_MODE_DIRTY_RING)) \
    X(StartDirtyRateCalc_br_ro, "virDomainStartDirtyRateCalc", \
      virDomainStartDirtyRateCalc(e->domro, 1, VIR_DOMAIN_DIRTYRATE_MODE_DIRTY_BITMAP \
        | VIR_DOMAIN_DIRTYRATE_MODE_DIRTY_RING)) \
    X(StartDirtyRateCalc_neg, "virDomainStartDirtyRateCalc", \
      virDomainStartDirtyRateCalc(e->dom, -1, 0)) \
    /* snapshots and checkpoints */ \
    X(SnapshotCreateXML_current, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->dom, "<domainsnapshot/>", \
        VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT))) \
    X(SnapshotCreateXML_nometa_redefine, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->dom, "<domainsnapshot/>", \
        VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA | VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE))) \
    X(SnapshotCreateXML_halt_redefine, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->dom, "<domainsnapshot/>", VIR_DOMAIN_SNAPSHOT_CREATE_HALT \
        | VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE))) \
    X(SnapshotCreateXML_current_nometa_halt, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->dom, "<domainsnapshot/>", \
        VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT | VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA \
        | VIR_DOMAIN_SNAPSHOT_CREATE_HALT))) \
    X(SnapshotCreateXML_redefine_all, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->dom, "<domainsnapshot/>", \
        VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE | VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA \
        | VIR_DOMAIN_SNAPSHOT_CREATE_HALT))) \
    X(SnapshotCreateXML_live_redefine, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->dom, "<domainsnapshot/>", VIR_DOMAIN_SNAPSHOT_CREATE_LIVE \
        | VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE))) \
    X(SnapshotCreateXML_diskonly_redefine, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->dom, "<domainsnapshot/>", \
        VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY | VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE))) \
    X(SnapshotCreateXML_validate_redefine, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->dom, "<domainsnapshot/>", \
        VIR_DOMAIN_SNAPSHOT_CREATE_VALIDATE | VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE))) \
    X(SnapshotCreateXML_quiesce_redefine, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->dom, "<domainsnapshot/>", \
        VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE | VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE))) \
    X(SnapshotCreateXML_atomic_redefine, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->dom, "<domainsnapshot/>", \
        VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC | VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE))) \
    X(SnapshotCreateXML_reuse_redefine, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->dom, "<domainsnapshot/>", \
        VIR_DOMAIN_SNAPSHOT_CREATE_REUSE_EXT | VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE))) \
    X(SnapshotCreateXML_quiesce, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->dom, "<domainsnapshot/>", \
        VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE))) \
    X(SnapshotCreateXML_live_halt, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->dom, "<domainsnapshot/>", VIR_DOMAIN_SNAPSHOT_CREATE_LIVE \
        | VIR_DOMAIN_SNAPSHOT_CREATE_HALT))) \
    X(SnapshotCreateXML_halt_diskonly, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->dom, "<domainsnapshot/>", VIR_DOMAIN_SNAPSHOT_CREATE_HALT \
        | VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY))) \
    X(SnapshotCreateXML_halt_redefine_ro, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->domro, "<domainsnapshot/>", \
        VIR_DOMAIN_SNAPSHOT_CREATE_HALT | VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE))) \
    X(SnapshotCreateXML_current_ro, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->domro, "<domainsnapshot/>", \
        VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT))) \
    X(SnapshotCreateXML_current_null, "virDomainSnapshotCreateXML", \
      PTR(virDomainSnapshotCreateXML(e->dom, NULL, VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT))) \
    X(RevertToSnapshot_rp, "virDomainRevertToSnapshot", \
      virDomainRevertToSnapshot(e->snap, VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING \
        | VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED)) \
    X(RevertToSnapshot_rp_ro, "virDomainRevertToSnapshot", \
      virDomainRevertToSnapshot(e->snapro, VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING \
        | VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED)) \
    X(SnapshotNum_roots_desc, "virDomainSnapshotNum", \
      virDomainSnapshotNum(e->dom, VIR_DOMAIN_SNAPSHOT_LIST_ROOTS \
        | VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS)) \
    X(SnapshotListNames_topo, "virDomainSnapshotListNames", \
      virDomainSnapshotListNames(e->dom, e->names, 4, VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL)) \
    X(SnapshotListNames_neg, "virDomainSnapshotListNames", \
      virDomainSnapshotListNames(e->dom, e->names, -1, 0)) \
    X(SnapshotListNames_null, "virDomainSnapshotListNames", \
      virDomainSnapshotListNames(e->dom, NULL, 4, 0)) \
    X(SnapshotListChildrenNames_topo, "virDomainSnapshotListChildrenNames", \
      virDomainSnapshotListChildrenNames(e->snap, e->names, 4, \
        VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL)) \
    X(SnapshotListChildrenNames_neg, "virDomainSnapshotListChildrenNames", \
      virDomainSnapshotListChildrenNames(e->snap, e->names, -1, 0)) \
    X(SnapshotListChildrenNames_null, "virDomainSnapshotListChildrenNames", \
      virDomainSnapshotListChildrenNames(e->snap, NULL, 4, 0)) \
    X(SnapshotNumChildren_roots, "virDomainSnapshotNumChildren", \
      virDomainSnapshotNumChildren(e->snap, VIR_DOMAIN_SNAPSHOT_LIST_ROOTS)) \
    X(ListAllSnapshots_roots_topo, "virDomainListAllSnapshots", \
      virDomainListAllSnapshots(e->dom, NULL, VIR_DOMAIN_SNAPSHOT_LIST_ROOTS \
        | VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL)) \
    X(CheckpointCreateXML_redefine_quiesce, "virDomainCheckpointCreateXML", \
      PTR(virDomainCheckpointCreateXML(e->dom, "<domaincheckpoint/>", \
        VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE | VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE))) \
    X(CheckpointCreateXML_validate, "virDomainCheckpointCreateXML", \
      PTR(virDomainCheckpointCreateXML(e->dom, "<domaincheckpoint/>", \
        VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE_VALIDATE))) \
    X(CheckpointCreateXML_validate_quiesce, "virDomainCheckpointCreateXML", \
      PTR(virDomainCheckpointCreateXML(e->dom, "<domaincheckpoint/>", \
        VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE_VALIDATE | VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE))) \
    X(CheckpointCreateXML_all, "virDomainCheckpointCreateXML", \
      PTR(virDomainCheckpointCreateXML(e->dom, "<domaincheckpoint/>", \
        VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE | VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE_VALIDATE \
        | VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE))) \
    X(CheckpointCreateXML_validate_ro, "virDomainCheckpointCreateXML", \
      PTR(virDomainCheckpointCreateXML(e->domro, "<domaincheckpoint/>", \
        VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE_VALIDATE))) \
    X(CheckpointCreateXML_validate_null, "virDomainCheckpointCreateXML", \
      PTR(virDomainCheckpointCreateXML(e->dom, NULL, \
        VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE_VALIDATE))) \
    X(CheckpointCreateXML_redefine_quiesce_ro, "virDomainCheckpointCreateXML", \
      PTR(virDomainCheckpointCreateXML(e->domro, "<domaincheckpoint/>", \
        VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE | VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE))) \
    /* guest agent */ \
    X(AuthorizedSSHKeysSet_ar, "virDomainAuthorizedSSHKeysSet", \
      virDomainAuthorizedSSHKeysSet(e->dom, "root", e->keys, 1, \
        VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_APPEND | VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_REMOVE)) \
    X(AuthorizedSSHKeysSet_ar_ro, "virDomainAuthorizedSSHKeysSet", \
      virDomainAuthorizedSSHKeysSet(e->domro, "root", e->keys, 1, \
        VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_APPEND | VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_REMOVE)) \
    X(AuthorizedSSHKeysSet_ar_nouser, "virDomainAuthorizedSSHKeysSet", \
      virDomainAuthorizedSSHKeysSet(e->dom, NULL, e->keys, 1, \
        VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_APPEND | VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_REMOVE)) \
    X(AuthorizedSSHKeysSet_ar_nokeys, "virDomainAuthorizedSSHKeysSet", \
      virDomainAuthorizedSSHKeysSet(e->dom, "root", NULL, 0, \
        VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_APPEND | VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_REMOVE)) \
    X(AuthorizedSSHKeysSet_nokeys0, "virDomainAuthorizedSSHKeysSet", \
      virDomainAuthorizedSSHKeysSet(e->dom, "root", NULL, 0, 0)) \
    X(AuthorizedSSHKeysSet_nokeys1, "virDomainAuthorizedSSHKeysSet", \
      virDomainAuthorizedSSHKeysSet(e->dom, "root", NULL, 1, 0)) \
    X(AuthorizedSSHKeysSet_remove_nokeys, "virDomainAuthorizedSSHKeysSet", \
      virDomainAuthorizedSSHKeysSet(e->dom, "root", NULL, 0, \
        VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_REMOVE)) \
    X(AuthorizedSSHKeysSet_append_nokeys, "virDomainAuthorizedSSHKeysSet", \
      virDomainAuthorizedSSHKeysSet(e->dom, "root", NULL, 0, \
        VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_APPEND)) \
    X(AuthorizedSSHKeysSet_nokeys_ro, "virDomainAuthorizedSSHKeysSet", \
      virDomainAuthorizedSSHKeysSet(e->domro, "root", NULL, 0, \
        VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_APPEND)) \
    X(AuthorizedSSHKeysSet_nouser_ro, "virDomainAuthorizedSSHKeysSet", \
      virDomainAuthorizedSSHKeysSet(e->domro, NULL, e->keys, 1, 0)) \
    X(FSFreeze_null1, "virDomainFSFreeze", virDomainFSFreeze(e->dom, NULL, 1, 0)) \
    X(FSFreeze_keys0, "virDomainFSFreeze", virDomainFSFreeze(e->dom, e->keys, 0, 0)) \
    X(FSThaw_null1, "virDomainFSThaw", virDomainFSThaw(e->dom, NULL, 1, 0)) \
    /* block jobs */ \
    X(BlockRebase_copyraw, "virDomainBlockRebase", \
      virDomainBlockRebase(e->dom, "vda", NULL, 0, VIR_DOMAIN_BLOCK_REBASE_COPY_RAW)) \
    X(BlockRebase_shallow, "virDomainBlockRebase", \
      virDomainBlockRebase(e->dom, "vda", NULL, 0, VIR_DOMAIN_BLOCK_REBASE_SHALLOW)) \
    X(BlockRebase_reuse, "virDomainBlockRebase", \
      virDomainBlockRebase(e->dom, "vda", NULL, 0, VIR_DOMAIN_BLOCK_REBASE_REUSE_EXT)) \
    X(BlockRebase_copydev, "virDomainBlockRebase", \
      virDomainBlockRebase(e->dom, "vda", NULL, 0, VIR_DOMAIN_BLOCK_REBASE_COPY_DEV)) \
    X(BlockRebase_relative, "virDomainBlockRebase", \
      virDomainBlockRebase(e->dom, "vda", NULL, 0, VIR_DOMAIN_BLOCK_REBASE_RELATIVE)) \
    X(BlockRebase_copy_nobase, "virDomainBlockRebase", \
      virDomainBlockRebase(e->dom, "vda", NULL, 0, VIR_DOMAIN_BLOCK_REBASE_COPY)) \
    X(BlockRebase_copyraw_ro, "virDomainBlockRebase", \
      virDomainBlockRebase(e->domro, "vda", NULL, 0, VIR_DOMAIN_BLOCK_REBASE_COPY_RAW)) \
    X(BlockRebase_copyraw_nodisk, "virDomainBlockRebase", \
      virDomainBlockRebase(e->dom, NULL, NULL, 0, VIR_DOMAIN_BLOCK_REBASE_COPY_RAW)) \
    X(BlockCopy_neg, "virDomainBlockCopy", \
      virDomainBlockCopy(e->dom, "vda", "<disk/>", &e->param, -1, 0)) \
    X(BlockCopy_null1, "virDomainBlockCopy", \
      virDomainBlockCopy(e->dom, "vda", "<disk/>", NULL, 1, 0)) \
    X(BlockCopy_shallow_reuse, "virDomainBlockCopy", \
      virDomainBlockCopy(e->dom, "vda", "<disk/>", NULL, 0, VIR_DOMAIN_BLOCK_COPY_SHALLOW \
        | VIR_DOMAIN_BLOCK_COPY_REUSE_EXT)) \
    X(BlockCommit_shallow_active, "virDomainBlockCommit", \
      virDomainBlockCommit(e->dom, "vda", NULL, NULL, 0, VIR_DOMAIN_BLOCK_COMMIT_SHALLOW \
        | VIR_DOMAIN_BLOCK_COMMIT_ACTIVE)) \
    X(BlockJobAbort_async_pivot, "virDomainBlockJobAbort", \
      virDomainBlockJobAbort(e->dom, "vda", VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC \
        | VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT)) \
    X(BlockPeek_nullbuf, "virDomainBlockPeek", virDomainBlockPeek(e->dom, "vda", 0, 1, NULL, 0)) \
    X(BlockPeek_flags, "virDomainBlockPeek", virDomainBlockPeek(e->dom, "vda", 0, 1, e->map, 1)) \
    X(MemoryPeek_noflags, "virDomainMemoryPeek", virDomainMemoryPeek(e->dom, 0, 1, e->map, 0)) \
    X(MemoryPeek_both, "virDomainMemoryPeek", \
      virDomainMemoryPeek(e->dom, 0, 1, e->map, VIR_MEMORY_VIRTUAL | VIR_MEMORY_PHYSICAL)) \
    X(MemoryPeek_nullbuf, "virDomainMemoryPeek", \
      virDomainMemoryPeek(e->dom, 0, 1, NULL, VIR_MEMORY_VIRTUAL)) \
    X(UndefineFlags_nvram, "virDomainUndefineFlags", \
      virDomainUndefineFlags(e->dom, VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_KEEP_NVRAM)) \
    X(UndefineFlags_tpm, "virDomainUndefineFlags", \
      virDomainUndefineFlags(e->dom, VIR_DOMAIN_UNDEFINE_TPM | VIR_DOMAIN_UNDEFINE_KEEP_TPM)) \
    X(SendKey_toomany, "virDomainSendKey", \
      virDomainSendKey(e->dom, 0, 10, (unsigned int *)e->bigkeys, 17, 0)) \
    /* migration */ \
    X(Migrate_tp, "virDomainMigrate", \
      PTR(virDomainMigrate(e->dom, e->conn, VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_PARALLEL, NULL, \
        NULL, 0))) \
    X(Migrate_nonshared, "virDomainMigrate", \
      PTR(virDomainMigrate(e->dom, e->conn, VIR_MIGRATE_NON_SHARED_DISK \
        | VIR_MIGRATE_NON_SHARED_INC, NULL, NULL, 0))) \
    X(Migrate_both, "virDomainMigrate", \
      PTR(virDomainMigrate(e->dom, e->conn, VIR_MIGRATE_NON_SHARED_DISK \
        | VIR_MIGRATE_NON_SHARED_INC | VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_PARALLEL, NULL, NULL, \
        0))) \
    X(Migrate_tunnelled, "virDomainMigrate", \
      PTR(virDomainMigrate(e->dom, e->conn, VIR_MIGRATE_TUNNELLED, NULL, NULL, 0))) \
    X(Migrate_p2p, "virDomainMigrate", \
      PTR(virDomainMigrate(e->dom, e->conn, VIR_MIGRATE_PEER2PEER, NULL, NULL, 0))) \
    X(Migrate_offline, "virDomainMigrate", \
      PTR(virDomainMigrate(e->dom, e->conn, VIR_MIGRATE_OFFLINE, NULL, NULL, 0))) \
    X(Migrate_tp_ro, "virDomainMigrate", \
      PTR(virDomainMigrate(e->domro, e->conn, VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_PARALLEL, NULL, \
        NULL, 0))) \
    X(Migrate_tp_dro, "virDomainMigrate", \
      PTR(virDomainMigrate(e->dom, e->roconn, VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_PARALLEL, NULL, \
        NULL, 0))) \
    X(Migrate_tp_nodconn, "virDomainMigrate", \
      PTR(virDomainMigrate(e->dom, NULL, VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_PARALLEL, NULL, \
        NULL, 0))) \
    X(Migrate2_tp, "virDomainMigrate2", \
      PTR(virDomainMigrate2(e->dom, e->conn, NULL, VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_PARALLEL, \
        NULL, NULL, 0))) \
    X(Migrate2_nonshared, "virDomainMigrate2", \
      PTR(virDomainMigrate2(e->dom, e->conn, NULL, VIR_MIGRATE_NON_SHARED_DISK \
        | VIR_MIGRATE_NON_SHARED_INC, NULL, NULL, 0))) \
    X(Migrate2_both, "virDomainMigrate2", \
      PTR(virDomainMigrate2(e->dom, e->conn, NULL, VIR_MIGRATE_NON_SHARED_DISK \
        | VIR_MIGRATE_NON_SHARED_INC | VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_PARALLEL, NULL, NULL, \
        0))) \
    X(Migrate2_tunnelled, "virDomainMigrate2", \
      PTR(virDomainMigrate2(e->dom, e->conn, NULL, VIR_MIGRATE_TUNNELLED, NULL, NULL, 0))) \
    X(Migrate2_tp_dro, "virDomainMigrate2", \
      PTR(virDomainMigrate2(e->dom, e->roconn, NULL, VIR_MIGRATE_TUNNELLED \
        | VIR_MIGRATE_PARALLEL, NULL, NULL, 0))) \
    X(Migrate3_tp, "virDomainMigrate3", \
      PTR(virDomainMigrate3(e->dom, e->conn, NULL, 0, VIR_MIGRATE_TUNNELLED \
        | VIR_MIGRATE_PARALLEL))) \
    X(Migrate3_nonshared, "virDomainMigrate3", \
      PTR(virDomainMigrate3(e->dom, e->conn, NULL, 0, VIR_MIGRATE_NON_SHARED_DISK \
        | VIR_MIGRATE_NON_SHARED_INC))) \
    X(Migrate3_both, "virDomainMigrate3", \
      PTR(virDomainMigrate3(e->dom, e->conn, NULL, 0, VIR_MIGRATE_NON_SHARED_DISK \
        | VIR_MIGRATE_NON_SHARED_INC | VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_PARALLEL))) \
    X(Migrate3_tunnelled, "virDomainMigrate3", \
      PTR(virDomainMigrate3(e->dom, e->conn, NULL, 0, VIR_MIGRATE_TUNNELLED))) \
    X(Migrate3_p2p_tp, "virDomainMigrate3", \
      PTR(virDomainMigrate3(e->dom, e->conn, NULL, 0, VIR_MIGRATE_PEER2PEER \
        | VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_PARALLEL))) \
    X(Migrate3_offline, "virDomainMigrate3", \
      PTR(virDomainMigrate3(e->dom, e->conn, NULL, 0, VIR_MIGRATE_OFFLINE))) \
    X(Migrate3_offline_p2p, "virDomainMigrate3", \
      PTR(virDomainMigrate3(e->dom, e->conn, NULL, 0, VIR_MIGRATE_OFFLINE \
        | VIR_MIGRATE_PEER2PEER))) \
    X(Migrate3_offline_nonshared, "virDomainMigrate3", \
      PTR(virDomainMigrate3(e->dom, e->conn, NULL, 0, VIR_MIGRATE_OFFLINE \
        | VIR_MIGRATE_NON_SHARED_DISK | VIR_MIGRATE_NON_SHARED_INC))) \
    X(Migrate_tunnelled_offline, "virDomainMigrate", \
      PTR(virDomainMigrate(e->dom, e->conn, VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_OFFLINE, \
        NULL, NULL, 0))) \
    X(Migrate_tunnelled_protect, "virDomainMigrate", \
      PTR(virDomainMigrate(e->dom, e->conn, VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_CHANGE_PROTECTION, \
        NULL, NULL, 0))) \
    X(Migrate2_tunnelled_nonshared, "virDomainMigrate2", \
      PTR(virDomainMigrate2(e->dom, e->conn, NULL, VIR_MIGRATE_TUNNELLED \
        | VIR_MIGRATE_NON_SHARED_DISK | VIR_MIGRATE_NON_SHARED_INC, NULL, NULL, 0))) \
    X(Migrate_tunnelled_dro, "virDomainMigrate", \
      PTR(virDomainMigrate(e->dom, e->roconn, VIR_MIGRATE_TUNNELLED, NULL, NULL, 0))) \
    X(Migrate_offline_tp, "virDomainMigrate", \
      PTR(virDomainMigrate(e->dom, e->conn, VIR_MIGRATE_OFFLINE | VIR_MIGRATE_TUNNELLED \
        | VIR_MIGRATE_PARALLEL, NULL, NULL, 0))) \
    X(Migrate2_nodconn, "virDomainMigrate2", \
      PTR(virDomainMigrate2(e->dom, NULL, NULL, VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_PARALLEL, \
        NULL, NULL, 0))) \
    X(MigrateToURI_tp_nonshared_ro, "virDomainMigrateToURI", \
      virDomainMigrateToURI(e->domro, NULL, VIR_MIGRATE_NON_SHARED_DISK \
        | VIR_MIGRATE_NON_SHARED_INC, NULL, 0)) \
    X(MemoryPeek_both_nullbuf, "virDomainMemoryPeek", \
      virDomainMemoryPeek(e->dom, 0, 1, NULL, VIR_MEMORY_VIRTUAL | VIR_MEMORY_PHYSICAL)) \
    X(GetJobStats_completed_nulltype, "virDomainGetJobStats", \
      NP(0, virDomainGetJobStats(e->dom, NULL, &e->params, &e->n, \
        VIR_DOMAIN_JOB_STATS_KEEP_COMPLETED))) \
    X(SnapshotDelete_children_ro, "virDomainSnapshotDelete", \
      virDomainSnapshotDelete(e->snapro, VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN \
        | VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY)) \
    X(RevertToSnapshot_rp_nvram, "virDomainRevertToSnapshot", \
      virDomainRevertToSnapshot(e->snap, VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING \
        | VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED | VIR_DOMAIN_SNAPSHOT_REVERT_FORCE)) \
    X(Migrate3_tp_dro, "virDomainMigrate3", \
      PTR(virDomainMigrate3(e->dom, e->roconn, NULL, 0, VIR_MIGRATE_TUNNELLED \
        | VIR_MIGRATE_PARALLEL))) \
    X(MigrateToURI_tp, "virDomainMigrateToURI", \
      virDomainMigrateToURI(e->dom, "test:///default", VIR_MIGRATE_TUNNELLED \
        | VIR_MIGRATE_PARALLEL, NULL, 0)) \
    X(MigrateToURI_nonshared, "virDomainMigrateToURI", \
      virDomainMigrateToURI(e->dom, "test:///default", VIR_MIGRATE_NON_SHARED_DISK \
        | VIR_MIGRATE_NON_SHARED_INC, NULL, 0)) \
    X(MigrateToURI_both, "virDomainMigrateToURI", \
      virDomainMigrateToURI(e->dom, "test:///default", VIR_MIGRATE_NON_SHARED_DISK \
        | VIR_MIGRATE_NON_SHARED_INC | VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_PARALLEL, NULL, 0)) \
    X(MigrateToURI_tunnelled, "virDomainMigrateToURI", \
      virDomainMigrateToURI(e->dom, "test:///default", VIR_MIGRATE_TUNNELLED, NULL, 0)) \
    X(MigrateToURI_p2p_nonshared, "virDomainMigrateToURI", \
      virDomainMigrateToURI(e->dom, "test:///default", VIR_MIGRATE_PEER2PEER \
        | VIR_MIGRATE_NON_SHARED_DISK | VIR_MIGRATE_NON_SHARED_INC, NULL, 0)) \
    X(MigrateToURI_tp_ro, "virDomainMigrateToURI", \
      virDomainMigrateToURI(e->domro, "test:///default", VIR_MIGRATE_TUNNELLED \
        | VIR_MIGRATE_PARALLEL, NULL, 0)) \
    X(MigrateToURI_tp_nouri, "virDomainMigrateToURI", \
      virDomainMigrateToURI(e->dom, NULL, VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_PARALLEL, NULL, 0)) \
    X(MigrateToURI2_tp, "virDomainMigrateToURI2", \
      virDomainMigrateToURI2(e->dom, "test:///default", NULL, NULL, VIR_MIGRATE_TUNNELLED \
        | VIR_MIGRATE_PARALLEL, NULL, 0)) \
    X(MigrateToURI2_nonshared, "virDomainMigrateToURI2", \
      virDomainMigrateToURI2(e->dom, "test:///default", NULL, NULL, VIR_MIGRATE_NON_SHARED_DISK \
        | VIR_MIGRATE_NON_SHARED_INC, NULL, 0)) \
    X(MigrateToURI2_both, "virDomainMigrateToURI2", \
      virDomainMigrateToURI2(e->dom, "test:///default", NULL, NULL, VIR_MIGRATE_NON_SHARED_DISK \
        | VIR_MIGRATE_NON_SHARED_INC | VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_PARALLEL, NULL, 0)) \
    X(MigrateToURI2_tunnelled, "virDomainMigrateToURI2", \
      virDomainMigrateToURI2(e->dom, "test:///default", NULL, NULL, VIR_MIGRATE_TUNNELLED, NULL, \
        0)) \
    X(MigrateToURI2_nouris, "virDomainMigrateToURI2", \
      virDomainMigrateToURI2(e->dom, NULL, NULL, NULL, 0, NULL, 0)) \
    X(MigrateToURI2_tp_ro, "virDomainMigrateToURI2", \
      virDomainMigrateToURI2(e->domro, "test:///default", NULL, NULL, VIR_MIGRATE_TUNNELLED \
        | VIR_MIGRATE_PARALLEL, NULL, 0)) \
    X(MigrateToURI3_tp, "virDomainMigrateToURI3", \
      virDomainMigrateToURI3(e->dom, "test:///default", NULL, 0, VIR_MIGRATE_TUNNELLED \
        | VIR_MIGRATE_PARALLEL)) \
    X(MigrateToURI3_nonshared, "virDomainMigrateToURI3", \
      virDomainMigrateToURI3(e->dom, "test:///default", NULL, 0, VIR_MIGRATE_NON_SHARED_DISK \
        | VIR_MIGRATE_NON_SHARED_INC)) \
    X(MigrateToURI3_both, "virDomainMigrateToURI3", \
      virDomainMigrateToURI3(e->dom, "test:///default", NULL, 0, VIR_MIGRATE_NON_SHARED_DISK \
        | VIR_MIGRATE_NON_SHARED_INC | VIR_MIGRATE_TUNNELLED | VIR_MIGRATE_PARALLEL)) \
    X(MigrateToURI3_tunnelled, "virDomainMigrateToURI3", \
      virDomainMigrateToURI3(e->dom, "test:///default", NULL, 0, VIR_MIGRATE_TUNNELLED)) \
    X(MigrateToURI3_p2p_nonshared, "virDomainMigrateToURI3", \
      virDomainMigrateToURI3(e->dom, "test:///default", NULL, 0, VIR_MIGRATE_PEER2PEER \
        | VIR_MIGRATE_NON_SHARED_DISK | VIR_MIGRATE_NON_SHARED_INC)) \
    X(MigrateToURI3_tp_ro, "virDomainMigrateToURI3", \
      virDomainMigrateToURI3(e->domro, "test:///default", NULL, 0, VIR_MIGRATE_TUNNELLED \
        | VIR_MIGRATE_PARALLEL)) \
    X(MigrateToURI3_null1, "virDomainMigrateToURI3", \
      virDomainMigrateToURI3(e->dom, "test:///default", NULL, 1, 0)) \
    X(MigrateToURI3_nouri, "virDomainMigrateToURI3", \
      virDomainMigrateToURI3(e->dom, NULL, NULL, 0, 0)) \
    /* networks and others */ \
    X(NetworkUpdate_lc, "virNetworkUpdate", \
      virNetworkUpdate(e->net, 1, 4, -1, "<host/>", VIR_NETWORK_UPDATE_AFFECT_LIVE \
        | VIR_NETWORK_UPDATE_AFFECT_CONFIG)) \
    X(ListAllDomains_ai, "virConnectListAllDomains", \
      virConnectListAllDomains(e->conn, NULL, VIR_CONNECT_LIST_DOMAINS_ACTIVE \
        | VIR_CONNECT_LIST_DOMAINS_INACTIVE)) \
    X(GetJobStats_completed, "virDomainGetJobStats", \
      NP(0, virDomainGetJobStats(e->dom, &e->type, &e->params, &e->n, \
        VIR_DOMAIN_JOB_STATS_KEEP_COMPLETED))) \
    X(GetGuestInfo_flags, "virDomainGetGuestInfo", \
      NP(0, virDomainGetGuestInfo(e->dom, 0, &e->params, &e->n, 1))) \
    X(InterfaceAddresses_agent_ro, "virDomainInterfaceAddresses", \
      virDomainInterfaceAddresses(e->domro, &e->ifaces, VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT, \
        0)) \
    X(InterfaceAddresses_lease_ro, "virDomainInterfaceAddresses", \
      virDomainInterfaceAddresses(e->domro, &e->ifaces, VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE, \
        0)) \
    X(InterfaceAddresses_bad, "virDomainInterfaceAddresses", \
      virDomainInterfaceAddresses(e->dom, &e->ifaces, 99, 0)) \
    X(GetTime_ro, "virDomainGetTime", virDomainGetTime(e->domro, NULL, NULL, 0)) \
    X(SetTime_sync_ro, "virDomainSetTime", virDomainSetTime(e->domro, 0, 0, VIR_DOMAIN_TIME_SYNC)) \
    /* secure XML, sizes, overflows */ \
    X(GetXMLDesc_secure_ro, "virDomainGetXMLDesc", \
      PTR(virDomainGetXMLDesc(e->domro, VIR_DOMAIN_XML_SECURE))) \
    X(SnapshotGetXMLDesc_secure_ro, "virDomainSnapshotGetXMLDesc", \
      PTR(virDomainSnapshotGetXMLDesc(e->snapro, VIR_DOMAIN_SNAPSHOT_XML_SECURE))) \
    X(ManagedSaveGetXMLDesc_secure_ro, "virDomainManagedSaveGetXMLDesc", \
      PTR(virDomainManagedSaveGetXMLDesc(e->domro, VIR_DOMAIN_SAVE_IMAGE_XML_SECURE))) \
    X(NetworkGetXMLDesc_inactive_ro, "virNetworkGetXMLDesc", \
      PTR(virNetworkGetXMLDesc(e->netro, VIR_NETWORK_XML_INACTIVE))) \
    X(PinVcpu_overflow, "virDomainPinVcpu", virDomainPinVcpu(e->dom, 70000, e->map, 1)) \
    X(PinVcpuFlags_overflow, "virDomainPinVcpuFlags", \
      virDomainPinVcpuFlags(e->dom, 70000, e->map, 1, 0)) \
    X(SetVcpus_overflow, "virDomainSetVcpus", virDomainSetVcpus(e->dom, 70000)) \
    X(SetVcpusFlags_overflow, "virDomainSetVcpusFlags", virDomainSetVcpusFlags(e->dom, 70000, 0)) \
    X(GetVcpus_maps_nolen, "virDomainGetVcpus", \
      virDomainGetVcpus(e->dom, (virVcpuInfoPtr)e->map, 1, e->map, 0)) \
    X(GetVcpus_len_nomaps, "virDomainGetVcpus", \
      virDomainGetVcpus(e->dom, (virVcpuInfoPtr)e->map, 1, NULL, 1)) \
    X(GetVcpus_overflow, "virDomainGetVcpus", \
      virDomainGetVcpus(e->dom, (virVcpuInfoPtr)e->map, 65536, e->map, 65536)) \
    X(MemoryStats_toomany, "virDomainMemoryStats", \
      virDomainMemoryStats(e->dom, (virDomainMemoryStatPtr)e->map, 100, 0)) \
    X(MemoryStats_null, "virDomainMemoryStats", virDomainMemoryStats(e->dom, NULL, 1, 0)) \
    X(BlockStats_size, "virDomainBlockStats", \
      virDomainBlockStats(e->dom, "vda", (virDomainBlockStatsPtr)e->map, 1000)) \
    X(InterfaceStats_size, "virDomainInterfaceStats", \
      virDomainInterfaceStats(e->dom, "vnet0", (virDomainInterfaceStatsPtr)e->map, 1000)) \
    X(SetLifecycleAction_badtype, "virDomainSetLifecycleAction", \
      virDomainSetLifecycleAction(e->dom, 99, 0, 0)) \
    X(SetLifecycleAction_badaction, "virDomainSetLifecycleAction", \
      virDomainSetLifecycleAction(e->dom, 0, 99, 0)) \
    X(SetLifecycleAction_badtype_ro, "virDomainSetLifecycleAction", \
      virDomainSetLifecycleAction(e->domro, 99, 0, 0)) \
    X(SetLifecycleAction_poweroff_coredump, "virDomainSetLifecycleAction", \
      virDomainSetLifecycleAction(e->dom, VIR_DOMAIN_LIFECYCLE_POWEROFF, \
        VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_DESTROY, 0)) \
    X(SetLifecycleAction_reboot_coredump, "virDomainSetLifecycleAction", \
      virDomainSetLifecycleAction(e->dom, VIR_DOMAIN_LIFECYCLE_REBOOT, \
        VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_RESTART, 0)) \
    X(SetLifecycleAction_crash_coredump, "virDomainSetLifecycleAction", \
      virDomainSetLifecycleAction(e->dom, VIR_DOMAIN_LIFECYCLE_CRASH, \
        VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_RESTART, 0)) \
    X(BlockStats_size_nullstats, "virDomainBlockStats", \
      virDomainBlockStats(e->dom, "vda", NULL, 1000)) \
    X(OpenGraphics_devnull, "virDomainOpenGraphics", \
      virDomainOpenGraphics(e->dom, 0, VIR_TEST_ENTRY_FD, 0)) \
    X(OpenGraphics_devnull_ro, "virDomainOpenGraphics", \
      virDomainOpenGraphics(e->domro, 0, VIR_TEST_ENTRY_FD, 0)) \
    X(OpenGraphics_negfd_ro, "virDomainOpenGraphics", virDomainOpenGraphics(e->domro, 0, -1, 0)) \
    X(GetVcpus_overflow_nomaps, "virDomainGetVcpus", \
      virDomainGetVcpus(e->dom, (virVcpuInfoPtr)e->map, 65536, NULL, 0)) \
    X(StorageVolResize_zero_ro, "virStorageVolResize", virStorageVolResize(e->volro, 0, 0)) \
    X(StorageVolResize_zero_delta, "virStorageVolResize", \
      virStorageVolResize(e->vol, 0, VIR_STORAGE_VOL_RESIZE_DELTA)) \
    X(SendProcessSignal_badsig, "virDomainSendProcessSignal", \
      virDomainSendProcessSignal(e->dom, 1, 999, 0)) \
    X(OpenGraphics_negfd, "virDomainOpenGraphics", virDomainOpenGraphics(e->dom, 0, -1, 0)) \
    X(AgentSetResponseTimeout_bad, "virDomainAgentSetResponseTimeout", \
      virDomainAgentSetResponseTimeout(e->dom, -3, 0)) \
    X(CreateWithFiles_null, "virDomainCreateWithFiles", \
      virDomainCreateWithFiles(e->dom, 1, NULL, 0)) \
    X(SetGuestVcpus_ro, "virDomainSetGuestVcpus", virDomainSetGuestVcpus(e->domro, "0", 1, 0)) \
    X(StoragePoolBuild_both, "virStoragePoolBuild", \
      virStoragePoolBuild(e->pool, VIR_STORAGE_POOL_BUILD_OVERWRITE \
        | VIR_STORAGE_POOL_BUILD_NO_OVERWRITE)) \
    X(StoragePoolCreate_both, "virStoragePoolCreate", \
      virStoragePoolCreate(e->pool, VIR_STORAGE_POOL_CREATE_WITH_BUILD_OVERWRITE \
        | VIR_STORAGE_POOL_CREATE_WITH_BUILD_NO_OVERWRITE)) \
    X(StoragePoolCreateXML_both, "virStoragePoolCreateXML", \
      PTR(virStoragePoolCreateXML(e->conn, "<pool/>", \
        VIR_STORAGE_POOL_CREATE_WITH_BUILD_OVERWRITE \
        | VIR_STORAGE_POOL_CREATE_WITH_BUILD_NO_OVERWRITE))) \
    X(StorageVolResize_zero, "virStorageVolResize", virStorageVolResize(e->vol, 0, 0)) \
    X(StorageVolResize_zero_shrink, "virStorageVolResize", \
      virStorageVolResize(e->vol, 0, VIR_STORAGE_VOL_RESIZE_SHRINK)) \
    X(StorageVolWipePattern_bad, "virStorageVolWipePattern", \
      virStorageVolWipePattern(e->vol, 99, 0)) \
    X(StorageVolDownload_ro, "virStorageVolDownload", \
      virStorageVolDownload(e->volro, NULL, 0, 0, 0)) \
    X(StorageVolUpload_ro, "virStorageVolUpload", virStorageVolUpload(e->volro, NULL, 0, 0, 0)) \
    X(StorageVolDownload_null, "virStorageVolDownload", \
      virStorageVolDownload(e->vol, NULL, 0, 0, 0)) \
    X(OpenConsole_ro, "virDomainOpenConsole", virDomainOpenConsole(e->domro, NULL, NULL, 0)) \
    X(OpenConsole_null, "virDomainOpenConsole", virDomainOpenConsole(e->dom, NULL, NULL, 0)) \
    X(OpenChannel_ro, "virDomainOpenChannel", virDomainOpenChannel(e->domro, NULL, NULL, 0)) \
    X(OpenChannel_null, "virDomainOpenChannel", virDomainOpenChannel(e->dom, NULL, NULL, 0)) \
    X(Screenshot_ro, "virDomainScreenshot", PTR(virDomainScreenshot(e->domro, NULL, 0, 0))) \
    X(Screenshot_null, "virDomainScreenshot", PTR(virDomainScreenshot(e->dom, NULL, 0, 0))) \
    X(SaveImageGetXMLDesc_secure_ro, "virDomainSaveImageGetXMLDesc", \
      PTR(virDomainSaveImageGetXMLDesc(e->roconn, "/nonexistent/x", \
        VIR_DOMAIN_SAVE_IMAGE_XML_SECURE))) \
    X(SaveImageGetXMLDesc_secure_null_ro, "virDomainSaveImageGetXMLDesc", \
      PTR(virDomainSaveImageGetXMLDesc(e->roconn, NULL, VIR_DOMAIN_SAVE_IMAGE_XML_SECURE))) \
    X(SetMemoryParameters_nullstring, "virDomainSetMemoryParameters", \
      virDomainSetMemoryParameters(e->dom, &e->strparam, 1, 0)) \
    X(SetMemoryParameters_longfield, "virDomainSetMemoryParameters", \
      virDomainSetMemoryParameters(e->dom, &e->longparam, 1, 0)) \
    X(SetBlkioParameters_nullstring, "virDomainSetBlkioParameters", \
      virDomainSetBlkioParameters(e->dom, &e->strparam, 1, 0)) \
    X(SetSchedulerParameters_longfield, "virDomainSetSchedulerParameters", \
      virDomainSetSchedulerParameters(e->dom, &e->longparam, 1)) \
    X(SetInterfaceParameters_nullstring, "virDomainSetInterfaceParameters", \
      virDomainSetInterfaceParameters(e->dom, "vnet0", &e->strparam, 1, 0)) \
    X(SetBlockIoTune_longfield, "virDomainSetBlockIoTune", \
      virDomainSetBlockIoTune(e->dom, "vda", &e->longparam, 1, 0)) \
    X(SetPerfEvents_longfield, "virDomainSetPerfEvents", \
      virDomainSetPerfEvents(e->dom, &e->longparam, 1, 0)) \
    X(SetNumaParameters_nullstring, "virDomainSetNumaParameters", \
      virDomainSetNumaParameters(e->dom, &e->strparam, 1, 0)) \
    X(SetIOThreadParams_longfield, "virDomainSetIOThreadParams", \
      virDomainSetIOThreadParams(e->dom, 1, &e->longparam, 1, 0)) \
    X(NodeSetMemoryParameters_longfield, "virNodeSetMemoryParameters", \
      virNodeSetMemoryParameters(e->conn, &e->longparam, 1, 0)) \
    X(SetSchedulerParametersFlags_longfield, "virDomainSetSchedulerParametersFlags", \
      virDomainSetSchedulerParametersFlags(e->dom, &e->longparam, 1, 0)) \
    X(SetLaunchSecurityState_longfield, "virDomainSetLaunchSecurityState", \
      virDomainSetLaunchSecurityState(e->dom, &e->longparam, 1, 0)) \
    X(MigrateToURI3_longfield, "virDomainMigrateToURI3", \
      virDomainMigrateToURI3(e->dom, "test:///default", &e->longparam, 1, 0)) \
    X(SetMemoryParameters_longfield_ro, "virDomainSetMemoryParameters", \
      virDomainSetMemoryParameters(e->domro, &e->longparam, 1, 0)) \
    X(SetMemoryParameters_longfield_lc, "virDomainSetMemoryParameters", \
      virDomainSetMemoryParameters(e->dom, &e->longparam, 1, LC)) \
    X(SetBlkioParameters_nullstring_neg, "virDomainSetBlkioParameters", \
      virDomainSetBlkioParameters(e->dom, &e->strparam, -1, 0)) \
    X(SetLaunchSecurityState_longfield_ro, "virDomainSetLaunchSecurityState", \
      virDomainSetLaunchSecurityState(e->domro, &e->longparam, 1, 0)) \
    X(SaveParams_longfield, "virDomainSaveParams", \
      virDomainSaveParams(e->dom, &e->longparam, 1, 0)) \
    X(GetGuestInfo_ro, "virDomainGetGuestInfo", \
      NP(0, virDomainGetGuestInfo(e->domro, 0, &e->params, &e->n, 0))) \
    X(Migrate3_longfield, "virDomainMigrate3", \
      PTR(virDomainMigrate3(e->dom, e->conn, &e->longparam, 1, 0))) \
    X(BlockCopy_longfield, "virDomainBlockCopy", \
      virDomainBlockCopy(e->dom, "vda", "<disk/>", &e->longparam, 1, 0)) \
    X(ListGetStats_mixed, "virDomainListGetStats", \
      virDomainListGetStats(e->mixed, 0, &e->records, 0)) \
    X(GetHostname_lease_agent, "virDomainGetHostname", \
      PTR(virDomainGetHostname(e->dom, VIR_DOMAIN_GET_HOSTNAME_LEASE \
        | VIR_DOMAIN_GET_HOSTNAME_AGENT))) \
    X(SetTime_nsec, "virDomainSetTime", virDomainSetTime(e->dom, 0, 2000000000, 0)) \
    X(SetTime_sync_nsec, "virDomainSetTime", virDomainSetTime(e->dom, 0, 1, VIR_DOMAIN_TIME_SYNC)) \
    X(FDAssociate_noname, "virDomainFDAssociate", virDomainFDAssociate(e->dom, NULL, 1, &e->n, 0)) \
    X(GetAllDomainStats_ai, "virConnectGetAllDomainStats", \
      virConnectGetAllDomainStats(e->conn, 0, &e->records, \
        VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE | VIR_CONNECT_GET_ALL_DOMAINS_STATS_INACTIVE)) \
    X(GetAllDomainStats_enforce, "virConnectGetAllDomainStats", \
      virConnectGetAllDomainStats(e->conn, 0, &e->records, \
        VIR_CONNECT_GET_ALL_DOMAINS_STATS_ENFORCE_STATS)) \
    X(ListGetStats_empty, "virDomainListGetStats", \
      virDomainListGetStats(e->mixed + 2, 0, &e->records, 0)) \
    X(SetVcpu_badstate, "virDomainSetVcpu", virDomainSetVcpu(e->dom, "0", 5, 0)) \
    X(SetGuestVcpus_badstate, "virDomainSetGuestVcpus", virDomainSetGuestVcpus(e->dom, "0", 5, 0)) \
    X(ListAllCheckpoints_roots_topo, "virDomainListAllCheckpoints", \
      virDomainListAllCheckpoints(e->dom, NULL, \
        VIR_DOMAIN_CHECKPOINT_LIST_ROOTS | VIR_DOMAIN_CHECKPOINT_LIST_TOPOLOGICAL)) \
    X(SnapshotListAllChildren_roots, "virDomainSnapshotListAllChildren", \
      virDomainSnapshotListAllChildren(e->snap, NULL, VIR_DOMAIN_SNAPSHOT_LIST_ROOTS)) \
    X(BlockCommit_nodisk, "virDomainBlockCommit", \
      virDomainBlockCommit(e->dom, NULL, NULL, NULL, 0, 0)) \
    X(BlockCommit_active_shallow_ro, "virDomainBlockCommit", \
      virDomainBlockCommit(e->domro, "vda", NULL, NULL, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE)) \
    X(BlockJobSetSpeed_bytes, "virDomainBlockJobSetSpeed", \
      virDomainBlockJobSetSpeed(e->dom, "vda", (unsigned long)-1, \
        VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES)) \
    X(MigrateSetMaxSpeed_huge, "virDomainMigrateSetMaxSpeed", \
      virDomainMigrateSetMaxSpeed(e->dom, (unsigned long)-1, 0)) \
    X(PMSuspendForDuration_bad, "virDomainPMSuspendForDuration", \
      virDomainPMSuspendForDuration(e->dom, 99, 0, 0)) \
    X(DefineXMLFlags_null_ro, "virDomainDefineXMLFlags", \
      PTR(virDomainDefineXMLFlags(e->roconn, NULL, 0))) \
    X(NetworkCreateXMLFlags_null_ro, "virNetworkCreateXMLFlags", \
      PTR(virNetworkCreateXMLFlags(e->roconn, NULL, 0))) \
    X(SnapshotDelete_children, "virDomainSnapshotDelete", \
      virDomainSnapshotDelete(e->snap, VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN \
        | VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY))
