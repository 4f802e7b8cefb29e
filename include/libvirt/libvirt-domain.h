/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libvirt-domain.h: domains: the guests a hypervisor runs
 *
 * Lookup, lifecycle, configuration, devices, statistics, jobs,
 * migration and events of guests.
 *
 * Source-compatible with libvirt 9.0's API.  Applications include
 * <libvirt/libvirt.h>, never this file directly.
 */

#ifndef LIBVIRT_DOMAIN_H
#define LIBVIRT_DOMAIN_H

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "include <libvirt/libvirt.h> instead of <libvirt/libvirt-domain.h>"
#endif

/*
 * Macros, alphabetical. Typed parameter names are grouped by the call that uses
 * them.
 */

/* ---- CPU map helpers (more further down) ---- */

/* copy the map of vCPU @vcpu out of a @cpumaps array into @cpumap */
#define VIR_COPY_CPUMAP(cpumaps, maplen, vcpu, cpumap) \
    memcpy(cpumap, VIR_GET_CPUMAP(cpumaps, maplen, vcpu), maplen)
/* bytes needed for a bitmap of @cpu host CPUs */
#define VIR_CPU_MAPLEN(cpu)                                  (((cpu) + 7) / 8)
/* non-zero if vCPU @vcpu may run on host CPU @cpu, per @cpumaps */
#define VIR_CPU_USABLE(cpumaps, maplen, vcpu, cpu) \
    VIR_CPU_USED(VIR_GET_CPUMAP(cpumaps, maplen, vcpu), cpu)
/* non-zero if bit @cpu is set in @cpumap */
#define VIR_CPU_USED(cpumap, cpu) \
    ((cpumap)[(cpu) / 8] & (1 << ((cpu) % 8)))

/* ---- virDomain{Get,Set}InterfaceParameters names ---- */

#define VIR_DOMAIN_BANDWIDTH_IN_AVERAGE                      "inbound.average"
#define VIR_DOMAIN_BANDWIDTH_IN_BURST                        "inbound.burst"
#define VIR_DOMAIN_BANDWIDTH_IN_FLOOR                        "inbound.floor"
#define VIR_DOMAIN_BANDWIDTH_IN_PEAK                         "inbound.peak"
#define VIR_DOMAIN_BANDWIDTH_OUT_AVERAGE                     "outbound.average"
#define VIR_DOMAIN_BANDWIDTH_OUT_BURST                       "outbound.burst"
#define VIR_DOMAIN_BANDWIDTH_OUT_PEAK                        "outbound.peak"

/* ---- virDomain{Get,Set}BlkioParameters names ---- */

#define VIR_DOMAIN_BLKIO_DEVICE_READ_BPS                     "device_read_bytes_sec"
#define VIR_DOMAIN_BLKIO_DEVICE_READ_IOPS                    "device_read_iops_sec"
#define VIR_DOMAIN_BLKIO_DEVICE_WEIGHT                       "device_weight"
#define VIR_DOMAIN_BLKIO_DEVICE_WRITE_BPS                    "device_write_bytes_sec"
#define VIR_DOMAIN_BLKIO_DEVICE_WRITE_IOPS                   "device_write_iops_sec"
/* size of the name buffer of a typed parameter */
#define VIR_DOMAIN_BLKIO_FIELD_LENGTH                        VIR_TYPED_PARAM_FIELD_LENGTH
#define VIR_DOMAIN_BLKIO_WEIGHT                              "weight"

/* ---- virDomainBlockCopy parameter names ---- */

#define VIR_DOMAIN_BLOCK_COPY_BANDWIDTH                      "bandwidth"
#define VIR_DOMAIN_BLOCK_COPY_BUF_SIZE                       "buf-size"
#define VIR_DOMAIN_BLOCK_COPY_GRANULARITY                    "granularity"

/* ---- virDomain{Get,Set}BlockIoTune names ---- */

#define VIR_DOMAIN_BLOCK_IOTUNE_GROUP_NAME                   "group_name"
#define VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC               "read_bytes_sec"
#define VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC_MAX           "read_bytes_sec_max"
#define VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC_MAX_LENGTH    "read_bytes_sec_max_length"
#define VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC                "read_iops_sec"
#define VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC_MAX            "read_iops_sec_max"
#define VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC_MAX_LENGTH     "read_iops_sec_max_length"
#define VIR_DOMAIN_BLOCK_IOTUNE_SIZE_IOPS_SEC                "size_iops_sec"
#define VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC              "total_bytes_sec"
#define VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC_MAX          "total_bytes_sec_max"
#define VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC_MAX_LENGTH   "total_bytes_sec_max_length"
#define VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC               "total_iops_sec"
#define VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC_MAX           "total_iops_sec_max"
#define VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC_MAX_LENGTH    "total_iops_sec_max_length"
#define VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC              "write_bytes_sec"
#define VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC_MAX          "write_bytes_sec_max"
#define VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC_MAX_LENGTH   "write_bytes_sec_max_length"
#define VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC               "write_iops_sec"
#define VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC_MAX           "write_iops_sec_max"
#define VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC_MAX_LENGTH    "write_iops_sec_max_length"

/* ---- virDomainBlockStatsFlags names ---- */

#define VIR_DOMAIN_BLOCK_STATS_ERRS                          "errs"
#define VIR_DOMAIN_BLOCK_STATS_FIELD_LENGTH                  VIR_TYPED_PARAM_FIELD_LENGTH
#define VIR_DOMAIN_BLOCK_STATS_FLUSH_REQ                     "flush_operations"
#define VIR_DOMAIN_BLOCK_STATS_FLUSH_TOTAL_TIMES             "flush_total_times"
#define VIR_DOMAIN_BLOCK_STATS_READ_BYTES                    "rd_bytes"
#define VIR_DOMAIN_BLOCK_STATS_READ_REQ                      "rd_operations"
#define VIR_DOMAIN_BLOCK_STATS_READ_TOTAL_TIMES              "rd_total_times"
#define VIR_DOMAIN_BLOCK_STATS_WRITE_BYTES                   "wr_bytes"
#define VIR_DOMAIN_BLOCK_STATS_WRITE_REQ                     "wr_operations"
#define VIR_DOMAIN_BLOCK_STATS_WRITE_TOTAL_TIMES             "wr_total_times"

/* ---- virDomainGetCPUStats names (times in nanoseconds) ---- */

#define VIR_DOMAIN_CPU_STATS_CPUTIME                         "cpu_time"
#define VIR_DOMAIN_CPU_STATS_SYSTEMTIME                      "system_time"
#define VIR_DOMAIN_CPU_STATS_USERTIME                        "user_time"
#define VIR_DOMAIN_CPU_STATS_VCPUTIME                        "vcpu_time"

/* ---- event callback cast ---- */

/* cast a specific event callback for virConnectDomainEventRegisterAny() */
#define VIR_DOMAIN_EVENT_CALLBACK(cb) \
    ((virConnectDomainEventGenericCallback)(cb))

/* ---- virDomainSetIOThreadParams names ---- */

#define VIR_DOMAIN_IOTHREAD_POLL_GROW                        "poll_grow"
#define VIR_DOMAIN_IOTHREAD_POLL_MAX_NS                      "poll_max_ns"
#define VIR_DOMAIN_IOTHREAD_POLL_SHRINK                      "poll_shrink"
#define VIR_DOMAIN_IOTHREAD_THREAD_POOL_MAX                  "thread_pool_max"
#define VIR_DOMAIN_IOTHREAD_THREAD_POOL_MIN                  "thread_pool_min"

/* ---- virDomainGetJobStats names (also job-completed events) ---- */

#define VIR_DOMAIN_JOB_AUTO_CONVERGE_THROTTLE                "auto_converge_throttle"
#define VIR_DOMAIN_JOB_COMPRESSION_BYTES                     "compression_bytes"
#define VIR_DOMAIN_JOB_COMPRESSION_CACHE                     "compression_cache"
#define VIR_DOMAIN_JOB_COMPRESSION_CACHE_MISSES              "compression_cache_misses"
#define VIR_DOMAIN_JOB_COMPRESSION_OVERFLOW                  "compression_overflow"
#define VIR_DOMAIN_JOB_COMPRESSION_PAGES                     "compression_pages"
#define VIR_DOMAIN_JOB_DATA_PROCESSED                        "data_processed"
#define VIR_DOMAIN_JOB_DATA_REMAINING                        "data_remaining"
#define VIR_DOMAIN_JOB_DATA_TOTAL                            "data_total"
#define VIR_DOMAIN_JOB_DISK_BPS                              "disk_bps"
#define VIR_DOMAIN_JOB_DISK_PROCESSED                        "disk_processed"
#define VIR_DOMAIN_JOB_DISK_REMAINING                        "disk_remaining"
#define VIR_DOMAIN_JOB_DISK_TEMP_TOTAL                       "disk_temp_total"
#define VIR_DOMAIN_JOB_DISK_TEMP_USED                        "disk_temp_used"
#define VIR_DOMAIN_JOB_DISK_TOTAL                            "disk_total"
#define VIR_DOMAIN_JOB_DOWNTIME                              "downtime"
#define VIR_DOMAIN_JOB_DOWNTIME_NET                          "downtime_net"
#define VIR_DOMAIN_JOB_ERRMSG                                "errmsg"
#define VIR_DOMAIN_JOB_MEMORY_BPS                            "memory_bps"
#define VIR_DOMAIN_JOB_MEMORY_CONSTANT                       "memory_constant"
#define VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE                     "memory_dirty_rate"
#define VIR_DOMAIN_JOB_MEMORY_ITERATION                      "memory_iteration"
#define VIR_DOMAIN_JOB_MEMORY_NORMAL                         "memory_normal"
#define VIR_DOMAIN_JOB_MEMORY_NORMAL_BYTES                   "memory_normal_bytes"
#define VIR_DOMAIN_JOB_MEMORY_PAGE_SIZE                      "memory_page_size"
#define VIR_DOMAIN_JOB_MEMORY_POSTCOPY_REQS                  "memory_postcopy_requests"
#define VIR_DOMAIN_JOB_MEMORY_PROCESSED                      "memory_processed"
#define VIR_DOMAIN_JOB_MEMORY_REMAINING                      "memory_remaining"
#define VIR_DOMAIN_JOB_MEMORY_TOTAL                          "memory_total"
#define VIR_DOMAIN_JOB_OPERATION                             "operation"
#define VIR_DOMAIN_JOB_SETUP_TIME                            "setup_time"
#define VIR_DOMAIN_JOB_SUCCESS                               "success"
#define VIR_DOMAIN_JOB_TIME_ELAPSED                          "time_elapsed"
#define VIR_DOMAIN_JOB_TIME_ELAPSED_NET                      "time_elapsed_net"
#define VIR_DOMAIN_JOB_TIME_REMAINING                        "time_remaining"

/* ---- virDomain{Get,Set}LaunchSecurity* names ---- */

#define VIR_DOMAIN_LAUNCH_SECURITY_SEV_API_MAJOR             "sev-api-major"
#define VIR_DOMAIN_LAUNCH_SECURITY_SEV_API_MINOR             "sev-api-minor"
#define VIR_DOMAIN_LAUNCH_SECURITY_SEV_BUILD_ID              "sev-build-id"
#define VIR_DOMAIN_LAUNCH_SECURITY_SEV_MEASUREMENT           "sev-measurement"
#define VIR_DOMAIN_LAUNCH_SECURITY_SEV_POLICY                "sev-policy"
#define VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET                "sev-secret"
#define VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET_HEADER         "sev-secret-header"
#define VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET_SET_ADDRESS    "sev-secret-set-address"

/* ---- virDomain{Get,Set}MemoryParameters names (values in KiB) ---- */

#define VIR_DOMAIN_MEMORY_FIELD_LENGTH                       VIR_TYPED_PARAM_FIELD_LENGTH
#define VIR_DOMAIN_MEMORY_HARD_LIMIT                         "hard_limit"
#define VIR_DOMAIN_MEMORY_MIN_GUARANTEE                      "min_guarantee"
/* value meaning "no limit" for the memory parameters */
#define VIR_DOMAIN_MEMORY_PARAM_UNLIMITED                    9007199254740991LL
#define VIR_DOMAIN_MEMORY_SOFT_LIMIT                         "soft_limit"
#define VIR_DOMAIN_MEMORY_SWAP_HARD_LIMIT                    "swap_hard_limit"

/* ---- virDomain{Get,Set}NumaParameters names ---- */

#define VIR_DOMAIN_NUMA_MODE                                 "numa_mode"
#define VIR_DOMAIN_NUMA_NODESET                              "numa_nodeset"

/* ---- virDomainSaveParams / virDomainRestoreParams names ---- */

#define VIR_DOMAIN_SAVE_PARAM_DXML                           "dxml"
#define VIR_DOMAIN_SAVE_PARAM_FILE                           "file"

/* ---- virDomain{Get,Set}SchedulerParameters* names ---- */

#define VIR_DOMAIN_SCHEDULER_CAP                             "cap"
#define VIR_DOMAIN_SCHEDULER_CPU_SHARES                      "cpu_shares"
#define VIR_DOMAIN_SCHEDULER_EMULATOR_PERIOD                 "emulator_period"
#define VIR_DOMAIN_SCHEDULER_EMULATOR_QUOTA                  "emulator_quota"
#define VIR_DOMAIN_SCHEDULER_GLOBAL_PERIOD                   "global_period"
#define VIR_DOMAIN_SCHEDULER_GLOBAL_QUOTA                    "global_quota"
#define VIR_DOMAIN_SCHEDULER_IOTHREAD_PERIOD                 "iothread_period"
#define VIR_DOMAIN_SCHEDULER_IOTHREAD_QUOTA                  "iothread_quota"
#define VIR_DOMAIN_SCHEDULER_LIMIT                           "limit"
#define VIR_DOMAIN_SCHEDULER_RESERVATION                     "reservation"
#define VIR_DOMAIN_SCHEDULER_SHARES                          "shares"
#define VIR_DOMAIN_SCHEDULER_VCPU_PERIOD                     "vcpu_period"
#define VIR_DOMAIN_SCHEDULER_VCPU_QUOTA                      "vcpu_quota"
#define VIR_DOMAIN_SCHEDULER_WEIGHT                          "weight"
#define VIR_DOMAIN_SCHED_FIELD_LENGTH                        VIR_TYPED_PARAM_FIELD_LENGTH

/* ---- virDomainSendKey limit ---- */

#define VIR_DOMAIN_SEND_KEY_MAX_KEYS                         16

/* ---- names in tunable events (virConnectDomainEventTunableCallback) ---- */

#define VIR_DOMAIN_TUNABLE_BLKDEV_DISK                       "blkdeviotune.disk"
#define VIR_DOMAIN_TUNABLE_BLKDEV_GROUP_NAME                 "blkdeviotune.group_name"
#define VIR_DOMAIN_TUNABLE_BLKDEV_READ_BYTES_SEC             "blkdeviotune.read_bytes_sec"
#define VIR_DOMAIN_TUNABLE_BLKDEV_READ_BYTES_SEC_MAX         "blkdeviotune.read_bytes_sec_max"
#define VIR_DOMAIN_TUNABLE_BLKDEV_READ_BYTES_SEC_MAX_LENGTH \
    "blkdeviotune.read_bytes_sec_max_length"
#define VIR_DOMAIN_TUNABLE_BLKDEV_READ_IOPS_SEC              "blkdeviotune.read_iops_sec"
#define VIR_DOMAIN_TUNABLE_BLKDEV_READ_IOPS_SEC_MAX          "blkdeviotune.read_iops_sec_max"
#define VIR_DOMAIN_TUNABLE_BLKDEV_READ_IOPS_SEC_MAX_LENGTH   "blkdeviotune.read_iops_sec_max_length"
#define VIR_DOMAIN_TUNABLE_BLKDEV_SIZE_IOPS_SEC              "blkdeviotune.size_iops_sec"
#define VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_BYTES_SEC            "blkdeviotune.total_bytes_sec"
#define VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_BYTES_SEC_MAX        "blkdeviotune.total_bytes_sec_max"
#define VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_BYTES_SEC_MAX_LENGTH \
    "blkdeviotune.total_bytes_sec_max_length"
#define VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_IOPS_SEC             "blkdeviotune.total_iops_sec"
#define VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_IOPS_SEC_MAX         "blkdeviotune.total_iops_sec_max"
#define VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_IOPS_SEC_MAX_LENGTH \
    "blkdeviotune.total_iops_sec_max_length"
#define VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_BYTES_SEC            "blkdeviotune.write_bytes_sec"
#define VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_BYTES_SEC_MAX        "blkdeviotune.write_bytes_sec_max"
#define VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_BYTES_SEC_MAX_LENGTH \
    "blkdeviotune.write_bytes_sec_max_length"
#define VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_IOPS_SEC             "blkdeviotune.write_iops_sec"
#define VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_IOPS_SEC_MAX         "blkdeviotune.write_iops_sec_max"
#define VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_IOPS_SEC_MAX_LENGTH \
    "blkdeviotune.write_iops_sec_max_length"
#define VIR_DOMAIN_TUNABLE_CPU_CPU_SHARES                    "cputune.cpu_shares"
#define VIR_DOMAIN_TUNABLE_CPU_EMULATORPIN                   "cputune.emulatorpin"
#define VIR_DOMAIN_TUNABLE_CPU_EMULATOR_PERIOD               "cputune.emulator_period"
#define VIR_DOMAIN_TUNABLE_CPU_EMULATOR_QUOTA                "cputune.emulator_quota"
#define VIR_DOMAIN_TUNABLE_CPU_GLOBAL_PERIOD                 "cputune.global_period"
#define VIR_DOMAIN_TUNABLE_CPU_GLOBAL_QUOTA                  "cputune.global_quota"
/* %u stands for the IOThread ID */
#define VIR_DOMAIN_TUNABLE_CPU_IOTHREADSPIN                  "cputune.iothreadpin%u"
#define VIR_DOMAIN_TUNABLE_CPU_IOTHREAD_PERIOD               "cputune.iothread_period"
#define VIR_DOMAIN_TUNABLE_CPU_IOTHREAD_QUOTA                "cputune.iothread_quota"
/* %u stands for the vCPU number */
#define VIR_DOMAIN_TUNABLE_CPU_VCPUPIN                       "cputune.vcpupin%u"
#define VIR_DOMAIN_TUNABLE_CPU_VCPU_PERIOD                   "cputune.vcpu_period"
#define VIR_DOMAIN_TUNABLE_CPU_VCPU_QUOTA                    "cputune.vcpu_quota"

/* ---- more CPU map helpers; key code alias ---- */

/* address of the map of vCPU @vcpu inside @cpumaps */
#define VIR_GET_CPUMAP(cpumaps, maplen, vcpu)                (&((cpumaps)[(vcpu) * (maplen)]))
/* old name of VIR_KEYCODE_SET_QNUM */
#define VIR_KEYCODE_SET_RFB                                  VIR_KEYCODE_SET_QNUM

/* ---- virDomainMigrate3 / virDomainMigrateToURI3 parameter names ---- */

#define VIR_MIGRATE_PARAM_AUTO_CONVERGE_INCREMENT            "auto_converge.increment"
#define VIR_MIGRATE_PARAM_AUTO_CONVERGE_INITIAL              "auto_converge.initial"
#define VIR_MIGRATE_PARAM_BANDWIDTH                          "bandwidth"
#define VIR_MIGRATE_PARAM_BANDWIDTH_POSTCOPY                 "bandwidth.postcopy"
#define VIR_MIGRATE_PARAM_COMPRESSION                        "compression"
#define VIR_MIGRATE_PARAM_COMPRESSION_MT_DTHREADS            "compression.mt.dthreads"
#define VIR_MIGRATE_PARAM_COMPRESSION_MT_LEVEL               "compression.mt.level"
#define VIR_MIGRATE_PARAM_COMPRESSION_MT_THREADS             "compression.mt.threads"
#define VIR_MIGRATE_PARAM_COMPRESSION_XBZRLE_CACHE           "compression.xbzrle.cache"
#define VIR_MIGRATE_PARAM_DEST_NAME                          "destination_name"
#define VIR_MIGRATE_PARAM_DEST_XML                           "destination_xml"
#define VIR_MIGRATE_PARAM_DISKS_PORT                         "disks_port"
#define VIR_MIGRATE_PARAM_DISKS_URI                          "disks_uri"
#define VIR_MIGRATE_PARAM_GRAPHICS_URI                       "graphics_uri"
#define VIR_MIGRATE_PARAM_LISTEN_ADDRESS                     "listen_address"
#define VIR_MIGRATE_PARAM_MIGRATE_DISKS                      "migrate_disks"
#define VIR_MIGRATE_PARAM_PARALLEL_CONNECTIONS               "parallel.connections"
#define VIR_MIGRATE_PARAM_PERSIST_XML                        "persistent_xml"
#define VIR_MIGRATE_PARAM_TLS_DESTINATION                    "tls.destination"
#define VIR_MIGRATE_PARAM_URI                                "migrate_uri"

/* ---- virDomain{Get,Set}PerfEvents names ---- */

#define VIR_PERF_PARAM_ALIGNMENT_FAULTS                      "alignment_faults"
#define VIR_PERF_PARAM_BRANCH_INSTRUCTIONS                   "branch_instructions"
#define VIR_PERF_PARAM_BRANCH_MISSES                         "branch_misses"
#define VIR_PERF_PARAM_BUS_CYCLES                            "bus_cycles"
#define VIR_PERF_PARAM_CACHE_MISSES                          "cache_misses"
#define VIR_PERF_PARAM_CACHE_REFERENCES                      "cache_references"
#define VIR_PERF_PARAM_CMT                                   "cmt"
#define VIR_PERF_PARAM_CONTEXT_SWITCHES                      "context_switches"
#define VIR_PERF_PARAM_CPU_CLOCK                             "cpu_clock"
#define VIR_PERF_PARAM_CPU_CYCLES                            "cpu_cycles"
#define VIR_PERF_PARAM_CPU_MIGRATIONS                        "cpu_migrations"
#define VIR_PERF_PARAM_EMULATION_FAULTS                      "emulation_faults"
#define VIR_PERF_PARAM_INSTRUCTIONS                          "instructions"
#define VIR_PERF_PARAM_MBML                                  "mbml"
#define VIR_PERF_PARAM_MBMT                                  "mbmt"
#define VIR_PERF_PARAM_PAGE_FAULTS                           "page_faults"
#define VIR_PERF_PARAM_PAGE_FAULTS_MAJ                       "page_faults_maj"
#define VIR_PERF_PARAM_PAGE_FAULTS_MIN                       "page_faults_min"
#define VIR_PERF_PARAM_REF_CPU_CYCLES                        "ref_cpu_cycles"
#define VIR_PERF_PARAM_STALLED_CYCLES_BACKEND                "stalled_cycles_backend"
#define VIR_PERF_PARAM_STALLED_CYCLES_FRONTEND               "stalled_cycles_frontend"
#define VIR_PERF_PARAM_TASK_CLOCK                            "task_clock"

/* ---- CPU map helpers, continued ---- */

/* clear bit @cpu in @cpumap */
#define VIR_UNUSE_CPU(cpumap, cpu) \
    ((cpumap)[(cpu) / 8] &= ~(1 << ((cpu) % 8)))
/* set bit @cpu in @cpumap */
#define VIR_USE_CPU(cpumap, cpu) \
    ((cpumap)[(cpu) / 8] |= (1 << ((cpu) % 8)))

/* ---- old struct names, now all virTypedParameter ---- */

#define _virBlkioParameter                                   _virTypedParameter
#define _virMemoryParameter                                  _virTypedParameter
#define _virSchedParameter                                   _virTypedParameter

/* ---- handle and old parameter types ---- */

/* opaque domain object; applications only use virDomainPtr */
typedef struct _virDomain virDomain;

/* old names of virTypedParameter, kept for source compatibility */
typedef struct _virSchedParameter virSchedParameter;

typedef struct _virMemoryParameter virMemoryParameter;

typedef struct _virBlkioParameter virBlkioParameter;

/*
 * Entry points, in the order libvirt introduced them; the section comments mark
 * runs of related calls.
 */

/* ---- listing, lookup and lifecycle ---- */

/**
 * virConnectListDomains:
 * @conn: the hypervisor connection
 * @ids: caller-allocated array receiving the IDs of running domains
 * @maxids: number of elements @ids can hold
 *
 * Collects the numeric IDs of active domains into @ids. The list may change
 * between this call and any later lookup by ID; virConnectListAllDomains()
 * avoids that race and is preferred in new code.
 *
 * Returns the number of IDs stored, or -1 on error.
 */
int virConnectListDomains(virConnectPtr conn, int *ids, int maxids);

/**
 * virConnectNumOfDomains:
 * @conn: the hypervisor connection
 *
 * Counts the domains that are currently running.
 *
 * Returns the number of active domains, or -1 on error.
 */
int virConnectNumOfDomains(virConnectPtr conn);

/* handle to a domain; released with virDomainFree() */
typedef virDomain *virDomainPtr;

/**
 * virDomainCreateLinux:
 * @conn: the hypervisor connection
 * @xmlDesc: domain XML description
 * @flags: bitwise-OR of virDomainCreateFlags
 *
 * Old name of virDomainCreateXML(), kept for source compatibility; it behaves
 * exactly the same. The returned handle is released with virDomainFree().
 *
 * Returns a new domain handle, or NULL on error.
 */
virDomainPtr virDomainCreateLinux(virConnectPtr conn,
                                  const char *xmlDesc,
                                  unsigned int flags);

/**
 * virDomainDestroy:
 * @domain: the domain to stop
 *
 * Stops a running domain at once, like pulling the power plug, without giving
 * the guest a chance to shut down. A transient domain disappears afterwards; a
 * persistent one stays defined. The handle itself stays valid and must still be
 * released with virDomainFree(). See virDomainDestroyFlags() for options.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainDestroy(virDomainPtr domain);

/**
 * virDomainFree:
 * @domain: the domain handle to release
 *
 * Drops one reference to the handle and frees it once the last reference is
 * gone. This never affects the guest itself.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainFree(virDomainPtr domain);

/**
 * virDomainGetID:
 * @domain: the domain
 *
 * Gives the hypervisor's numeric ID of a running domain.
 *
 * Returns the ID, or (unsigned int)-1 on error or when the domain is inactive.
 */
unsigned int virDomainGetID(virDomainPtr domain);

/**
 * virDomainInfo:
 * @state: a virDomainState value
 * @maxMem: most memory the domain may use, in KiB
 * @memory: memory currently in use, in KiB
 * @nrVirtCpu: number of vCPUs
 * @cpuTime: CPU time used, in nanoseconds
 *
 * Short summary of a domain, filled by virDomainGetInfo().
 */
typedef struct _virDomainInfo virDomainInfo;

struct _virDomainInfo {
    unsigned char state;
    unsigned long maxMem;
    unsigned long memory;
    unsigned short nrVirtCpu;
    unsigned long long cpuTime;
};

typedef virDomainInfo *virDomainInfoPtr;

/**
 * virDomainGetInfo:
 * @domain: the domain
 * @info: filled with state, memory, vCPU count and CPU time
 *
 * Fills a caller-provided virDomainInfo with a short summary of the domain.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetInfo(virDomainPtr domain, virDomainInfoPtr info);

/**
 * virDomainGetMaxMemory:
 * @domain: the domain
 *
 * Reports the most memory the domain may be given, in KiB.
 *
 * Returns the limit in KiB, or 0 on error.
 */
unsigned long virDomainGetMaxMemory(virDomainPtr domain);

/**
 * virDomainGetName:
 * @domain: the domain
 *
 * Gives the domain's name. The string belongs to @domain and lives as long as
 * the handle; do not free or modify it.
 *
 * Returns the name, or NULL on error.
 */
const char *virDomainGetName(virDomainPtr domain);

/**
 * virDomainGetOSType:
 * @domain: the domain
 *
 * Gives the guest OS type as stated in the domain XML (for example "hvm" or
 * "linux"). The caller releases the string with free().
 *
 * Returns a newly allocated string, or NULL on error.
 */
char *virDomainGetOSType(virDomainPtr domain);

/**
 * virDomainGetXMLDesc:
 * @domain: the domain
 * @flags: bitwise-OR of virDomainXMLFlags
 *
 * Formats the domain's configuration as XML. By default the live definition of
 * a running domain is shown; VIR_DOMAIN_XML_INACTIVE selects the persistent one
 * and VIR_DOMAIN_XML_SECURE includes secrets such as passwords (not allowed on
 * read-only connections). The caller releases the result with free().
 *
 * Returns a newly allocated XML string, or NULL on error.
 */
char *virDomainGetXMLDesc(virDomainPtr domain, unsigned int flags);

/**
 * virDomainLookupByID:
 * @conn: the hypervisor connection
 * @id: numeric ID of a running domain
 *
 * Finds a running domain by its hypervisor ID. The returned handle is released
 * with virDomainFree().
 *
 * Returns a new domain handle, or NULL if none matches or on error.
 */
virDomainPtr virDomainLookupByID(virConnectPtr conn, int id);

/**
 * virDomainLookupByName:
 * @conn: the hypervisor connection
 * @name: the domain name
 *
 * Finds a domain, active or inactive, by name. The returned handle is released
 * with virDomainFree().
 *
 * Returns a new domain handle, or NULL if none matches or on error.
 */
virDomainPtr virDomainLookupByName(virConnectPtr conn, const char *name);

/**
 * virDomainRestore:
 * @conn: the hypervisor connection
 * @from: path of an image written by virDomainSave()
 *
 * Starts a domain again from a saved memory image. See virDomainRestoreFlags()
 * for options.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainRestore(virConnectPtr conn, const char *from);

/**
 * virDomainResume:
 * @domain: the paused domain
 *
 * Lets the vCPUs of a domain paused by virDomainSuspend() run again.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainResume(virDomainPtr domain);

/**
 * virDomainSave:
 * @domain: the running domain
 * @to: path of the image file to write
 *
 * Writes the domain's memory state to @to and stops it, freeing its host
 * resources; virDomainRestore() brings it back. See virDomainSaveFlags().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSave(virDomainPtr domain, const char *to);

/**
 * virDomainSetMaxMemory:
 * @domain: the domain
 * @memory: new maximum, in KiB
 *
 * Changes the upper limit of memory the domain may use. Whether a running
 * domain accepts this depends on the hypervisor; virDomainSetMemoryFlags() with
 * VIR_DOMAIN_MEM_MAXIMUM offers finer control.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetMaxMemory(virDomainPtr domain, unsigned long memory);

/**
 * virDomainShutdown:
 * @domain: the domain
 *
 * Asks the guest OS to shut down cleanly. The call returns once the request is
 * sent; the guest may take a while, or ignore it. See virDomainShutdownFlags()
 * to choose the method.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainShutdown(virDomainPtr domain);

/**
 * virDomainSuspend:
 * @domain: the running domain
 *
 * Pauses all vCPUs of the domain; its memory stays allocated. Undo with
 * virDomainResume().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSuspend(virDomainPtr domain);

/**
 * virDomainGetUUID:
 * @domain: the domain
 * @uuid: caller buffer of at least VIR_UUID_BUFLEN bytes, receives the raw UUID
 *
 * Copies the domain's UUID in binary form into @uuid.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetUUID(virDomainPtr domain, unsigned char *uuid);

/**
 * virDomainLookupByUUID:
 * @conn: the hypervisor connection
 * @uuid: raw UUID of VIR_UUID_BUFLEN bytes
 *
 * Finds a domain by binary UUID. The returned handle is released with
 * virDomainFree().
 *
 * Returns a new domain handle, or NULL if none matches or on error.
 */
virDomainPtr virDomainLookupByUUID(virConnectPtr conn,
                                   const unsigned char *uuid);

/**
 * virDomainReboot:
 * @domain: the domain
 * @flags: bitwise-OR of virDomainRebootFlagValues, choosing the method
 *
 * Asks the guest to reboot. Like virDomainShutdown() this only sends the
 * request; the guest OS decides what happens.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainReboot(virDomainPtr domain, unsigned int flags);

/**
 * virConnectListDefinedDomains:
 * @conn: the hypervisor connection
 * @names: caller-allocated array receiving the names of inactive domains
 * @maxnames: number of elements @names can hold
 *
 * Collects the names of defined but inactive domains. Each stored string is
 * allocated and must be released by the caller with free().
 * virConnectListAllDomains() is preferred in new code.
 *
 * Returns the number of names stored, or -1 on error.
 */
int virConnectListDefinedDomains(virConnectPtr conn,
                                 char ** const names,
                                 int maxnames);

/**
 * virDomainCreate:
 * @domain: a defined, inactive domain
 *
 * Boots a persistent domain that is not running yet. Same as
 * virDomainCreateWithFlags() with no flags.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainCreate(virDomainPtr domain);

/**
 * virDomainDefineXML:
 * @conn: the hypervisor connection
 * @xml: domain XML description
 *
 * Makes a domain persistent, or replaces the persistent configuration of an
 * existing one, without starting it. If the domain is running, the new
 * configuration applies at its next start. The returned handle is released with
 * virDomainFree(). See virDomainDefineXMLFlags().
 *
 * Returns a new domain handle, or NULL on error.
 */
virDomainPtr virDomainDefineXML(virConnectPtr conn, const char *xml);

/**
 * virDomainGetUUIDString:
 * @domain: the domain
 * @buf: caller buffer of at least VIR_UUID_STRING_BUFLEN bytes
 *
 * Writes the domain's UUID in its printable, dash-separated form into @buf.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetUUIDString(virDomainPtr domain, char *buf);

/**
 * virDomainLookupByUUIDString:
 * @conn: the hypervisor connection
 * @uuidstr: UUID in printable form
 *
 * Finds a domain by textual UUID. The returned handle is released with
 * virDomainFree().
 *
 * Returns a new domain handle, or NULL if none matches or on error.
 */
virDomainPtr virDomainLookupByUUIDString(virConnectPtr conn,
                                         const char *uuidstr);

/**
 * virDomainSetMemory:
 * @domain: the domain
 * @memory: new target, in KiB
 *
 * Changes the memory currently given to a running domain (usually through the
 * balloon driver). See virDomainSetMemoryFlags() to act on the configuration.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetMemory(virDomainPtr domain, unsigned long memory);

/**
 * virDomainUndefine:
 * @domain: the domain
 *
 * Removes the persistent configuration of a domain. An inactive domain is gone
 * afterwards; a running one continues as a transient domain. Fails when extra
 * state such as a managed save image or snapshots exists; see
 * virDomainUndefineFlags(). The handle must still be released with
 * virDomainFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainUndefine(virDomainPtr domain);

/* ---- vCPUs, devices, autostart and scheduler ---- */

/**
 * virVcpuInfo:
 * @number: vCPU index
 * @state: a virVcpuState value
 * @cpuTime: CPU time used by this vCPU, in nanoseconds
 * @cpu: host CPU it runs on, or a negative virVcpuHostCpuState value
 *
 * Per-vCPU information, filled by virDomainGetVcpus().
 */
typedef struct _virVcpuInfo virVcpuInfo;

struct _virVcpuInfo {
    unsigned int number;
    int state;
    unsigned long long cpuTime;
    int cpu;
};

typedef virVcpuInfo *virVcpuInfoPtr;

/**
 * virDomainGetVcpus:
 * @domain: the running domain
 * @info: caller array of @maxinfo virVcpuInfo, filled per vCPU
 * @maxinfo: number of elements in @info
 * @cpumaps: optional caller buffer of @maxinfo * @maplen bytes receiving each
 *     vCPU's host CPU affinity, or NULL
 * @maplen: bytes per CPU map in @cpumaps (see VIR_CPU_MAPLEN), 0 if @cpumaps is
 *     NULL
 *
 * Reports the state, host CPU and CPU time of each vCPU and, optionally, where
 * each vCPU may run. Use VIR_GET_CPUMAP() and VIR_CPU_USABLE() to read
 * @cpumaps.
 *
 * Returns the number of vCPUs described, or -1 on error.
 */
int virDomainGetVcpus(virDomainPtr domain,
                      virVcpuInfoPtr info,
                      int maxinfo,
                      unsigned char *cpumaps,
                      int maplen);

/**
 * virDomainPinVcpu:
 * @domain: the running domain
 * @vcpu: index of the virtual CPU
 * @cpumap: bitmap of host CPUs the vCPU may use (bit set = allowed)
 * @maplen: length of @cpumap in bytes
 *
 * Restricts a vCPU of a running domain to the host CPUs given in @cpumap. See
 * virDomainPinVcpuFlags() to also change the configuration.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainPinVcpu(virDomainPtr domain,
                     unsigned int vcpu,
                     unsigned char *cpumap,
                     int maplen);

/**
 * virDomainSetVcpus:
 * @domain: the running domain
 * @nvcpus: new number of active vCPUs
 *
 * Hot-plugs or unplugs vCPUs of a running domain. Same as
 * virDomainSetVcpusFlags() with VIR_DOMAIN_AFFECT_LIVE.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetVcpus(virDomainPtr domain, unsigned int nvcpus);

/**
 * virConnectNumOfDefinedDomains:
 * @conn: the hypervisor connection
 *
 * Counts the domains that are defined but not running.
 *
 * Returns the number of inactive domains, or -1 on error.
 */
int virConnectNumOfDefinedDomains(virConnectPtr conn);

/**
 * virDomainAttachDevice:
 * @domain: the domain
 * @xml: XML description of one device
 *
 * Hot-plugs a device into a running domain. Same as
 * virDomainAttachDeviceFlags() with VIR_DOMAIN_AFFECT_LIVE.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainAttachDevice(virDomainPtr domain, const char *xml);

/**
 * virDomainCoreDump:
 * @domain: the domain
 * @to: path of the dump file
 * @flags: bitwise-OR of virDomainCoreDumpFlags
 *
 * Writes the guest's memory to @to for later debugging. By default the domain
 * is paused during the dump and resumed afterwards; VIR_DUMP_LIVE keeps it
 * running and VIR_DUMP_CRASH stops it once done. See
 * virDomainCoreDumpWithFormat() to pick the file format.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainCoreDump(virDomainPtr domain, const char *to, unsigned int flags);

/**
 * virDomainDetachDevice:
 * @domain: the domain
 * @xml: XML description of the device to remove
 *
 * Hot-unplugs a device from a running domain. Same as
 * virDomainDetachDeviceFlags() with VIR_DOMAIN_AFFECT_LIVE.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainDetachDevice(virDomainPtr domain, const char *xml);

/**
 * virDomainGetAutostart:
 * @domain: the domain
 * @autostart: set to 1 if the domain starts with the host, else 0
 *
 * Tells whether the domain is booted automatically when the hypervisor starts.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetAutostart(virDomainPtr domain, int *autostart);

/**
 * virDomainGetMaxVcpus:
 * @domain: the running domain
 *
 * Reports how many vCPUs the running domain could use at most. For inactive
 * domains use virDomainGetVcpusFlags() with VIR_DOMAIN_VCPU_MAXIMUM.
 *
 * Returns the maximum, or -1 on error.
 */
int virDomainGetMaxVcpus(virDomainPtr domain);

/**
 * virDomainSetAutostart:
 * @domain: a persistent domain
 * @autostart: 1 to start the domain with the host, 0 not to
 *
 * Turns automatic start of the domain at host boot on or off.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetAutostart(virDomainPtr domain, int autostart);

/**
 * virDomainGetSchedulerParameters:
 * @domain: the domain
 * @params: caller array receiving the scheduler values
 * @nparams: in: size of @params; out: number of entries filled
 *
 * Reads the CPU scheduler tunables (VIR_DOMAIN_SCHEDULER_* names). Call
 * virDomainGetSchedulerType() first to learn how many there are. See
 * virDomainGetSchedulerParametersFlags().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetSchedulerParameters(virDomainPtr domain,
                                    virTypedParameterPtr params,
                                    int *nparams);

/**
 * virDomainGetSchedulerType:
 * @domain: the domain
 * @nparams: if not NULL, set to the number of scheduler tunables
 *
 * Names the CPU scheduler the hypervisor applies to the domain (for example
 * "posix") and how many tunables it has. The caller releases the name with
 * free().
 *
 * Returns a newly allocated string, or NULL on error.
 */
char *virDomainGetSchedulerType(virDomainPtr domain, int *nparams);

/**
 * virDomainSetSchedulerParameters:
 * @domain: the domain
 * @params: scheduler values to apply (VIR_DOMAIN_SCHEDULER_* names)
 * @nparams: number of entries in @params
 *
 * Changes CPU scheduler tunables of the domain. See
 * virDomainSetSchedulerParametersFlags().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetSchedulerParameters(virDomainPtr domain,
                                    virTypedParameterPtr params,
                                    int nparams);

/**
 * virDomainGetConnect:
 * @dom: the domain
 *
 * Gives the connection the domain handle belongs to. No reference is added: the
 * caller must not close the result and must keep using it only while it holds
 * its own reference to the connection.
 *
 * Returns the connection, or NULL on error.
 */
virConnectPtr virDomainGetConnect(virDomainPtr dom);

/* ---- I/O statistics, migration and raw access ---- */

/**
 * virDomainBlockStatsStruct:
 * @rd_req: read requests
 * @rd_bytes: bytes read
 * @wr_req: write requests
 * @wr_bytes: bytes written
 * @errs: error count (driver specific meaning)
 *
 * Disk I/O counters filled by virDomainBlockStats(); a counter the driver
 * cannot provide is -1.
 */
typedef struct _virDomainBlockStats virDomainBlockStatsStruct;

struct _virDomainBlockStats {
    long long rd_req;
    long long rd_bytes;
    long long wr_req;
    long long wr_bytes;
    long long errs;
};

typedef virDomainBlockStatsStruct *virDomainBlockStatsPtr;

/**
 * virDomainBlockStats:
 * @dom: the running domain
 * @disk: disk target name (such as "vda") or source path; "" sums all disks
 * @stats: caller struct receiving the counters
 * @size: sizeof(*@stats), for compatibility between versions
 *
 * Reads I/O counters of one disk of a running domain. Counters the hypervisor
 * does not know are set to -1. virDomainBlockStatsFlags() gives more of them.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainBlockStats(virDomainPtr dom,
                        const char *disk,
                        virDomainBlockStatsPtr stats,
                        size_t size);

/**
 * virDomainInterfaceStatsStruct:
 * @rx_bytes: bytes received
 * @rx_packets: packets received
 * @rx_errs: receive errors
 * @rx_drop: received packets dropped
 * @tx_bytes: bytes sent
 * @tx_packets: packets sent
 * @tx_errs: send errors
 * @tx_drop: packets dropped on sending
 *
 * Network traffic counters filled by virDomainInterfaceStats(); a counter the
 * driver cannot provide is -1.
 */
typedef struct _virDomainInterfaceStats virDomainInterfaceStatsStruct;

struct _virDomainInterfaceStats {
    long long rx_bytes;
    long long rx_packets;
    long long rx_errs;
    long long rx_drop;
    long long tx_bytes;
    long long tx_packets;
    long long tx_errs;
    long long tx_drop;
};

typedef virDomainInterfaceStatsStruct *virDomainInterfaceStatsPtr;

/**
 * virDomainInterfaceStats:
 * @dom: the running domain
 * @device: interface target name (such as "vnet0") or MAC address
 * @stats: caller struct receiving the counters
 * @size: sizeof(*@stats), for compatibility between versions
 *
 * Reads traffic counters of one network interface of a running domain. Unknown
 * counters are set to -1.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainInterfaceStats(virDomainPtr dom,
                            const char *device,
                            virDomainInterfaceStatsPtr stats,
                            size_t size);

/**
 * virDomainMigrate:
 * @domain: the domain to move
 * @dconn: open connection to the destination host
 * @flags: bitwise-OR of virDomainMigrateFlags
 * @dname: new name on the destination, or NULL to keep the name
 * @uri: hypervisor migration URI, or NULL to let the driver pick
 * @bandwidth: limit in MiB/s, or 0 for no limit
 *
 * Moves the domain to the host behind @dconn. With VIR_MIGRATE_PEER2PEER the
 * source host talks to the destination itself. The returned handle refers to
 * the domain on the destination and is released with virDomainFree().
 * virDomainMigrate3() accepts all options as typed parameters.
 *
 * Returns the domain on the destination, or NULL on error.
 */
virDomainPtr virDomainMigrate(virDomainPtr domain,
                              virConnectPtr dconn,
                              unsigned long flags,
                              const char *dname,
                              const char *uri,
                              unsigned long bandwidth);

/**
 * virDomainBlockPeek:
 * @dom: the domain
 * @disk: disk target name or source path
 * @offset: byte offset into the disk image
 * @size: number of bytes to read
 * @buffer: caller buffer of at least @size bytes
 * @flags: extra flags; pass 0
 *
 * Reads raw bytes from a disk image as seen by the host (for example a qcow2
 * file is read as a file, not as the guest sees it). Large reads may be
 * refused; read in chunks.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainBlockPeek(virDomainPtr dom,
                       const char *disk,
                       unsigned long long offset,
                       size_t size,
                       void *buffer,
                       unsigned int flags);

/**
 * virDomainMemoryPeek:
 * @dom: the running domain
 * @start: guest address to start at
 * @size: number of bytes to read
 * @buffer: caller buffer of at least @size bytes
 * @flags: exactly one of virDomainMemoryFlags: virtual or physical addresses
 *
 * Copies a range of guest memory into @buffer. Large reads may be refused; read
 * in chunks.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainMemoryPeek(virDomainPtr dom,
                        unsigned long long start,
                        size_t size,
                        void *buffer,
                        unsigned int flags);

/* ---- old-style lifecycle events ---- */

/**
 * virConnectDomainEventCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @event: a virDomainEventType value
 * @detail: further detail, from the enum matching @event
 *     (virDomainEventStartedDetailType for VIR_DOMAIN_EVENT_STARTED and so on)
 * @opaque: user data given at registration
 *
 * Called on lifecycle changes, registered with virConnectDomainEventRegister()
 * or for VIR_DOMAIN_EVENT_ID_LIFECYCLE with virConnectDomainEventRegisterAny().
 * @dom is only valid during the call; take a reference with virDomainRef() to
 * keep it.
 *
 * The return value is ignored; return 0.
 */
typedef int (*virConnectDomainEventCallback)(virConnectPtr conn,
                                             virDomainPtr dom,
                                             int event,
                                             int detail,
                                             void *opaque);

/**
 * virConnectDomainEventDeregister:
 * @conn: the hypervisor connection
 * @cb: callback passed to virConnectDomainEventRegister()
 *
 * Stops delivery of lifecycle events to @cb; the free callback given at
 * registration then runs. New code uses virConnectDomainEventDeregisterAny().
 *
 * Returns 0 on success, -1 on error.
 */
int virConnectDomainEventDeregister(virConnectPtr conn,
                                    virConnectDomainEventCallback cb);

/**
 * virConnectDomainEventRegister:
 * @conn: the hypervisor connection
 * @cb: function called on each lifecycle event of any domain
 * @opaque: user data passed to @cb
 * @freecb: optional function called on @opaque when the callback is removed
 *
 * Registers the older, lifecycle-only style of event callback. An event loop
 * (see virEventRegisterImpl()) must be running for events to arrive. New code
 * uses virConnectDomainEventRegisterAny() with VIR_DOMAIN_EVENT_ID_LIFECYCLE.
 *
 * Returns 0 on success, -1 on error.
 */
int virConnectDomainEventRegister(virConnectPtr conn,
                                  virConnectDomainEventCallback cb,
                                  void *opaque,
                                  virFreeCallback freecb);

/* ---- transient domains, references, labels, native formats ---- */

/**
 * virDomainCreateXML:
 * @conn: the hypervisor connection
 * @xmlDesc: domain XML description
 * @flags: bitwise-OR of virDomainCreateFlags
 *
 * Creates and boots a transient domain: it vanishes when it stops. With
 * VIR_DOMAIN_START_AUTODESTROY it is also destroyed when @conn is closed. The
 * returned handle is released with virDomainFree().
 *
 * Returns a new domain handle, or NULL on error.
 */
virDomainPtr virDomainCreateXML(virConnectPtr conn,
                                const char *xmlDesc,
                                unsigned int flags);

/**
 * virDomainRef:
 * @domain: the domain handle
 *
 * Adds a reference to the handle, for example before handing it to another
 * thread. Each reference is dropped by its own virDomainFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainRef(virDomainPtr domain);

/**
 * virDomainGetSecurityLabel:
 * @domain: the domain
 * @seclabel: caller struct receiving the primary security label
 *
 * Reads the security label (for example SELinux context) of the domain's
 * process. If several security drivers are active, only the first one's label
 * is returned; see virDomainGetSecurityLabelList().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetSecurityLabel(virDomainPtr domain,
                              virSecurityLabelPtr seclabel);

/**
 * virConnectDomainXMLFromNative:
 * @conn: the hypervisor connection
 * @nativeFormat: name of the native format, such as "qemu-argv" or "xen-xl"
 * @nativeConfig: configuration in that format
 * @flags: extra flags; pass 0
 *
 * Translates a hypervisor-specific configuration into domain XML. The caller
 * releases the result with free().
 *
 * Returns a newly allocated XML string, or NULL on error.
 */
char *virConnectDomainXMLFromNative(virConnectPtr conn,
                                    const char *nativeFormat,
                                    const char *nativeConfig,
                                    unsigned int flags);

/**
 * virConnectDomainXMLToNative:
 * @conn: the hypervisor connection
 * @nativeFormat: name of the wanted native format
 * @domainXml: domain XML description
 * @flags: extra flags; pass 0
 *
 * Translates domain XML into a hypervisor-specific configuration. The caller
 * releases the result with free().
 *
 * Returns a newly allocated string, or NULL on error.
 */
char *virConnectDomainXMLToNative(virConnectPtr conn,
                                  const char *nativeFormat,
                                  const char *domainXml,
                                  unsigned int flags);

/**
 * virDomainMigrateToURI:
 * @domain: the domain to move
 * @duri: destination: a connection URI with VIR_MIGRATE_PEER2PEER, otherwise a
 *     hypervisor migration URI
 * @flags: bitwise-OR of virDomainMigrateFlags
 * @dname: new name on the destination, or NULL
 * @bandwidth: limit in MiB/s, or 0 for no limit
 *
 * Migrates the domain without the caller holding a connection to the
 * destination. See virDomainMigrateToURI3() for the full set of options.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainMigrateToURI(virDomainPtr domain,
                          const char *duri,
                          unsigned long flags,
                          const char *dname,
                          unsigned long bandwidth);

/**
 * virDomainIsActive:
 * @dom: the domain
 *
 * Tells whether the domain is running.
 *
 * Returns 1 if running, 0 if not, -1 on error.
 */
int virDomainIsActive(virDomainPtr dom);

/**
 * virDomainIsPersistent:
 * @dom: the domain
 *
 * Tells whether the domain has a persistent configuration.
 *
 * Returns 1 if persistent, 0 if transient, -1 on error.
 */
int virDomainIsPersistent(virDomainPtr dom);

/* ---- memory statistics, jobs and device changes ---- */

/**
 * virDomainMemoryStatStruct:
 * @tag: a virDomainMemoryStatTags value saying what @val is
 * @val: the value, in the unit given by the tag
 *
 * One tagged memory statistic, an element of the array filled by
 * virDomainMemoryStats().
 */
typedef struct _virDomainMemoryStat virDomainMemoryStatStruct;

struct _virDomainMemoryStat {
    int tag;
    unsigned long long val;
};

typedef virDomainMemoryStatStruct *virDomainMemoryStatPtr;

/**
 * virDomainMemoryStats:
 * @dom: the running domain
 * @stats: caller array receiving tagged values
 * @nr_stats: number of elements in @stats (at most VIR_DOMAIN_MEMORY_STAT_NR
 *     are useful)
 * @flags: extra flags; pass 0
 *
 * Reads memory statistics reported by the guest's balloon driver and the
 * hypervisor. Each filled element carries a virDomainMemoryStatTags tag; tags
 * the hypervisor does not report are absent.
 *
 * Returns the number of elements filled, or -1 on error.
 */
int virDomainMemoryStats(virDomainPtr dom,
                         virDomainMemoryStatPtr stats,
                         unsigned int nr_stats,
                         unsigned int flags);

/**
 * virDomainAbortJob:
 * @domain: the domain
 *
 * Cancels the domain's current background job (migration, save, dump...). See
 * virDomainAbortJobFlags().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainAbortJob(virDomainPtr domain);

/**
 * virDomainAttachDeviceFlags:
 * @domain: the domain
 * @xml: XML description of one device
 * @flags: bitwise-OR of virDomainDeviceModifyFlags
 *
 * Adds a device to the running domain, to its persistent configuration, or to
 * both, as chosen by VIR_DOMAIN_AFFECT_LIVE and VIR_DOMAIN_AFFECT_CONFIG.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainAttachDeviceFlags(virDomainPtr domain,
                               const char *xml,
                               unsigned int flags);

/**
 * virDomainDetachDeviceFlags:
 * @domain: the domain
 * @xml: XML description identifying the device
 * @flags: bitwise-OR of virDomainDeviceModifyFlags
 *
 * Removes a device from the running domain and/or its configuration. Live
 * removal may need guest cooperation: success can mean the request was only
 * sent, with VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED telling when it is done.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainDetachDeviceFlags(virDomainPtr domain,
                               const char *xml,
                               unsigned int flags);

/**
 * virDomainJobInfo:
 * @type: a virDomainJobType value
 * @timeElapsed: time since the job started, in milliseconds
 * @timeRemaining: estimated time left, in milliseconds (bounded jobs only)
 * @dataTotal: bytes to process in total (memory plus files)
 * @dataProcessed: bytes done so far
 * @dataRemaining: bytes left
 * @memTotal: guest memory bytes to process
 * @memProcessed: guest memory bytes done
 * @memRemaining: guest memory bytes left
 * @fileTotal: disk/file bytes to process
 * @fileProcessed: disk/file bytes done
 * @fileRemaining: disk/file bytes left
 *
 * Progress of a background job, filled by virDomainGetJobInfo(). Fields that do
 * not apply are 0.
 */
typedef struct _virDomainJobInfo virDomainJobInfo;

struct _virDomainJobInfo {
    int type;
    unsigned long long timeElapsed;
    unsigned long long timeRemaining;
    unsigned long long dataTotal;
    unsigned long long dataProcessed;
    unsigned long long dataRemaining;
    unsigned long long memTotal;
    unsigned long long memProcessed;
    unsigned long long memRemaining;
    unsigned long long fileTotal;
    unsigned long long fileProcessed;
    unsigned long long fileRemaining;
};

typedef virDomainJobInfo *virDomainJobInfoPtr;

/**
 * virDomainGetJobInfo:
 * @domain: the domain
 * @info: caller struct receiving job progress
 *
 * Reports progress of the domain's current background job in a fixed struct.
 * virDomainGetJobStats() gives more detail.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetJobInfo(virDomainPtr domain, virDomainJobInfoPtr info);

/* ---- typed events, managed save and downtime ---- */

/**
 * virConnectDomainEventDeregisterAny:
 * @conn: the hypervisor connection
 * @callbackID: ID returned by virConnectDomainEventRegisterAny()
 *
 * Removes an event callback; its free callback then runs.
 *
 * Returns 0 on success, -1 on error.
 */
int virConnectDomainEventDeregisterAny(virConnectPtr conn, int callbackID);

/**
 * virConnectDomainEventGenericCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @opaque: user data given at registration
 *
 * The type virConnectDomainEventRegisterAny() takes for every callback; cast
 * specific callbacks with VIR_DOMAIN_EVENT_CALLBACK(). Events without extra
 * data (reboot, control error) use this signature as is.
 */
typedef void (*virConnectDomainEventGenericCallback)(virConnectPtr conn,
                                                     virDomainPtr dom,
                                                     void *opaque);

/**
 * virConnectDomainEventRegisterAny:
 * @conn: the hypervisor connection
 * @dom: only report events of this domain, or NULL for all domains
 * @eventID: one of virDomainEventID
 * @cb: callback of the type matching @eventID, cast with
 *     VIR_DOMAIN_EVENT_CALLBACK()
 * @opaque: user data passed to @cb
 * @freecb: optional function called on @opaque when the callback is removed
 *
 * Registers a callback for one kind of domain event. An event loop must be
 * running for events to arrive. The same callback may be registered for several
 * kinds.
 *
 * Returns a callback ID (>= 0) for virConnectDomainEventDeregisterAny(), or -1
 * on error.
 */
int virConnectDomainEventRegisterAny(virConnectPtr conn,
                                     virDomainPtr dom,
                                     int eventID,
                                     virConnectDomainEventGenericCallback cb,
                                     void *opaque,
                                     virFreeCallback freecb);

/**
 * virDomainHasManagedSaveImage:
 * @dom: the domain
 * @flags: extra flags; pass 0
 *
 * Tells whether a managed save image exists for the domain.
 *
 * Returns 1 if one exists, 0 if not, -1 on error.
 */
int virDomainHasManagedSaveImage(virDomainPtr dom, unsigned int flags);

/**
 * virDomainManagedSave:
 * @dom: the running domain
 * @flags: bitwise-OR of virDomainSaveRestoreFlags
 *
 * Saves the domain's state to a file the library manages and stops it; the next
 * virDomainCreate() resumes from that image instead of booting.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainManagedSave(virDomainPtr dom, unsigned int flags);

/**
 * virDomainManagedSaveRemove:
 * @dom: the domain
 * @flags: extra flags; pass 0
 *
 * Deletes the domain's managed save image, so its next start is a fresh boot.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainManagedSaveRemove(virDomainPtr dom, unsigned int flags);

/**
 * virDomainMigrateSetMaxDowntime:
 * @domain: the domain being migrated
 * @downtime: longest acceptable pause, in milliseconds
 * @flags: extra flags; pass 0
 *
 * Sets how long a live migration may pause the guest for its final switch-over.
 * Call while the migration is in progress (or before, if supported).
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainMigrateSetMaxDowntime(virDomainPtr domain,
                                   unsigned long long downtime,
                                   unsigned int flags);

/**
 * virDomainUpdateDeviceFlags:
 * @domain: the domain
 * @xml: XML description of the device with new settings
 * @flags: bitwise-OR of virDomainDeviceModifyFlags
 *
 * Changes properties of an existing device, such as the medium in a CD-ROM
 * drive or a link state. VIR_DOMAIN_DEVICE_MODIFY_FORCE forces an eject of a
 * locked medium.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainUpdateDeviceFlags(virDomainPtr domain,
                               const char *xml,
                               unsigned int flags);

/* ---- block info, tunables, vCPU counts and consoles ---- */

/**
 * virDomainBlockInfo:
 * @capacity: size the guest sees, in bytes
 * @allocation: host bytes actually used by the image
 * @physical: size of the host file or device holding the image, in bytes
 *
 * Sizes of a disk image, filled by virDomainGetBlockInfo().
 */
typedef struct _virDomainBlockInfo virDomainBlockInfo;

struct _virDomainBlockInfo {
    unsigned long long capacity;
    unsigned long long allocation;
    unsigned long long physical;
};

typedef virDomainBlockInfo *virDomainBlockInfoPtr;

/**
 * virDomainGetBlockInfo:
 * @domain: the domain
 * @disk: disk target name or source path
 * @info: caller struct receiving the sizes
 * @flags: extra flags; pass 0
 *
 * Reports the capacity, allocation and physical size of one disk's image.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetBlockInfo(virDomainPtr domain,
                          const char *disk,
                          virDomainBlockInfoPtr info,
                          unsigned int flags);

/**
 * virDomainCreateWithFlags:
 * @domain: a defined, inactive domain
 * @flags: bitwise-OR of virDomainCreateFlags
 *
 * Boots a persistent domain. If a managed save image exists, the domain is
 * restored from it unless VIR_DOMAIN_START_FORCE_BOOT is given.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainCreateWithFlags(virDomainPtr domain, unsigned int flags);

/**
 * virDomainGetMemoryParameters:
 * @domain: the domain
 * @params: caller array receiving the values, or NULL when *@nparams is 0
 * @nparams: in: size of @params; out: number of entries filled (or available,
 *     when 0 on input)
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Reads memory tunables (VIR_DOMAIN_MEMORY_* names). Call once with *@nparams
 * set to 0 to learn the count, allocate, then call again.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetMemoryParameters(virDomainPtr domain,
                                 virTypedParameterPtr params,
                                 int *nparams,
                                 unsigned int flags);

/**
 * virDomainGetVcpusFlags:
 * @domain: the domain
 * @flags: bitwise-OR of virDomainVcpuFlags
 *
 * Counts vCPUs of the live or persistent definition. VIR_DOMAIN_VCPU_MAXIMUM
 * asks for the upper limit instead of the current count; VIR_DOMAIN_VCPU_GUEST
 * asks the guest agent.
 *
 * Returns the count, or -1 on error.
 */
int virDomainGetVcpusFlags(virDomainPtr domain, unsigned int flags);

/**
 * virDomainSetMemoryParameters:
 * @domain: the domain
 * @params: values to apply (VIR_DOMAIN_MEMORY_* names)
 * @nparams: number of entries in @params
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Changes memory tunables such as hard and soft limits. Values are in KiB;
 * VIR_DOMAIN_MEMORY_PARAM_UNLIMITED removes a limit.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetMemoryParameters(virDomainPtr domain,
                                 virTypedParameterPtr params,
                                 int nparams,
                                 unsigned int flags);

/**
 * virDomainSetVcpusFlags:
 * @domain: the domain
 * @nvcpus: new number of vCPUs
 * @flags: bitwise-OR of virDomainVcpuFlags
 *
 * Changes the number of vCPUs in the live domain, the configuration, or both.
 * With VIR_DOMAIN_VCPU_MAXIMUM the configured upper limit is changed instead;
 * with VIR_DOMAIN_VCPU_GUEST vCPUs are switched on or off inside the guest.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetVcpusFlags(virDomainPtr domain,
                           unsigned int nvcpus,
                           unsigned int flags);

/**
 * virDomainIsUpdated:
 * @dom: the domain
 *
 * Tells whether the persistent configuration was changed while the domain was
 * running, so it differs from the live one.
 *
 * Returns 1 if it differs, 0 if not, -1 on error.
 */
int virDomainIsUpdated(virDomainPtr dom);

/**
 * virDomainOpenConsole:
 * @dom: the running domain
 * @dev_name: alias of the console or serial device, or NULL for the first one
 * @st: stream to connect to the console
 * @flags: bitwise-OR of virDomainConsoleFlags
 *
 * Connects @st to a text console of the guest. Data written to the stream goes
 * to the guest and guest output is read from it.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainOpenConsole(virDomainPtr dom,
                         const char *dev_name,
                         virStreamPtr st,
                         unsigned int flags);

/**
 * virDomainGetBlkioParameters:
 * @domain: the domain
 * @params: caller array receiving the values, or NULL when *@nparams is 0
 * @nparams: in: size of @params; out: number of entries filled (or available,
 *     when 0 on input)
 * @flags: bitwise-OR of virDomainModificationImpact and
 *     VIR_TYPED_PARAM_STRING_OKAY
 *
 * Reads block I/O tunables (VIR_DOMAIN_BLKIO_* names). String values are
 * released with virTypedParamsClear().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetBlkioParameters(virDomainPtr domain,
                                virTypedParameterPtr params,
                                int *nparams,
                                unsigned int flags);

/**
 * virDomainMigrateSetMaxSpeed:
 * @domain: the domain
 * @bandwidth: limit in MiB/s
 * @flags: bitwise-OR of virDomainMigrateMaxSpeedFlags
 *
 * Limits the bandwidth of migration for the domain; with
 * VIR_DOMAIN_MIGRATE_MAX_SPEED_POSTCOPY the limit for the post-copy phase.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainMigrateSetMaxSpeed(virDomainPtr domain,
                                unsigned long bandwidth,
                                unsigned int flags);

/**
 * virDomainSetBlkioParameters:
 * @domain: the domain
 * @params: values to apply (VIR_DOMAIN_BLKIO_* names)
 * @nparams: number of entries in @params
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Changes block I/O tunables such as the weight or per-device limits.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetBlkioParameters(virDomainPtr domain,
                                virTypedParameterPtr params,
                                int nparams,
                                unsigned int flags);

/**
 * virDomainSetMemoryFlags:
 * @domain: the domain
 * @memory: new amount, in KiB
 * @flags: bitwise-OR of virDomainMemoryModFlags
 *
 * Changes the current memory of the live domain and/or the configuration; with
 * VIR_DOMAIN_MEM_MAXIMUM it changes the maximum instead.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetMemoryFlags(virDomainPtr domain,
                            unsigned long memory,
                            unsigned int flags);

/**
 * virDomainGetSchedulerParametersFlags:
 * @domain: the domain
 * @params: caller array receiving the values
 * @nparams: in: size of @params; out: number of entries filled
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Reads CPU scheduler tunables of the live domain or of its configuration.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetSchedulerParametersFlags(virDomainPtr domain,
                                         virTypedParameterPtr params,
                                         int *nparams,
                                         unsigned int flags);

/* ---- state, NMI, migration v2 and screenshots ---- */

/**
 * virDomainGetState:
 * @domain: the domain
 * @state: set to a virDomainState value
 * @reason: if not NULL, set to the reason, an enum chosen by @state
 *     (virDomainRunningReason, virDomainPausedReason...)
 * @flags: extra flags; pass 0
 *
 * Reports what the domain is doing and why.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetState(virDomainPtr domain,
                      int *state,
                      int *reason,
                      unsigned int flags);

/**
 * virDomainInjectNMI:
 * @domain: the running domain
 * @flags: extra flags; pass 0
 *
 * Sends a non-maskable interrupt to the guest, typically to trigger a kernel
 * crash dump.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainInjectNMI(virDomainPtr domain, unsigned int flags);

/**
 * virDomainMigrate2:
 * @domain: the domain to move
 * @dconn: open connection to the destination host
 * @dxml: optional XML to use for the domain on the destination (only
 *     host-specific details such as paths may differ), or NULL
 * @flags: bitwise-OR of virDomainMigrateFlags
 * @dname: new name on the destination, or NULL
 * @uri: hypervisor migration URI, or NULL to let the driver pick
 * @bandwidth: limit in MiB/s, or 0 for no limit
 *
 * Like virDomainMigrate() but lets the caller adjust the definition used on the
 * destination. The returned handle is released with virDomainFree().
 *
 * Returns the domain on the destination, or NULL on error.
 */
virDomainPtr virDomainMigrate2(virDomainPtr domain,
                               virConnectPtr dconn,
                               const char *dxml,
                               unsigned long flags,
                               const char *dname,
                               const char *uri,
                               unsigned long bandwidth);

/**
 * virDomainMigrateToURI2:
 * @domain: the domain to move
 * @dconnuri: connection URI of the destination libvirt (needed with
 *     VIR_MIGRATE_PEER2PEER), or NULL
 * @miguri: hypervisor migration URI, or NULL
 * @dxml: optional XML for the domain on the destination, or NULL
 * @flags: bitwise-OR of virDomainMigrateFlags
 * @dname: new name on the destination, or NULL
 * @bandwidth: limit in MiB/s, or 0 for no limit
 *
 * Migrates the domain with separate control (@dconnuri) and data (@miguri)
 * addresses, without the caller connecting to the destination.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainMigrateToURI2(virDomainPtr domain,
                           const char *dconnuri,
                           const char *miguri,
                           const char *dxml,
                           unsigned long flags,
                           const char *dname,
                           unsigned long bandwidth);

/**
 * virDomainScreenshot:
 * @domain: the running domain
 * @stream: stream that receives the image data
 * @screen: index of the monitor (head) to capture, 0 for the first
 * @flags: extra flags; pass 0
 *
 * Captures the guest's display and sends the image through @stream. The image
 * format is decided by the hypervisor. The caller releases the returned MIME
 * type with free().
 *
 * Returns the MIME type of the image (newly allocated), or NULL on error.
 */
char *virDomainScreenshot(virDomainPtr domain,
                          virStreamPtr stream,
                          unsigned int screen,
                          unsigned int flags);

/**
 * virDomainSetSchedulerParametersFlags:
 * @domain: the domain
 * @params: scheduler values to apply (VIR_DOMAIN_SCHEDULER_* names)
 * @nparams: number of entries in @params
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Changes CPU scheduler tunables of the live domain and/or its configuration.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetSchedulerParametersFlags(virDomainPtr domain,
                                         virTypedParameterPtr params,
                                         int nparams,
                                         unsigned int flags);

/* ---- control state, pinning, keys and block jobs ---- */

/**
 * virDomainControlInfo:
 * @state: a virDomainControlState value
 * @details: more detail for the state; a virDomainControlErrorReason in the
 *     error state
 * @stateTime: time spent in the current state, in milliseconds
 *
 * State of the management channel to a domain, filled by
 * virDomainGetControlInfo().
 */
typedef struct _virDomainControlInfo virDomainControlInfo;

struct _virDomainControlInfo {
    unsigned int state;
    unsigned int details;
    unsigned long long stateTime;
};

typedef virDomainControlInfo *virDomainControlInfoPtr;

/**
 * virDomainGetControlInfo:
 * @domain: the domain
 * @info: caller struct receiving the control state
 * @flags: extra flags; pass 0
 *
 * Reports whether the library can currently talk to the hypervisor about this
 * domain (for example, whether the monitor is busy or broken) and for how long
 * that has been so.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetControlInfo(virDomainPtr domain,
                            virDomainControlInfoPtr info,
                            unsigned int flags);

/**
 * virDomainGetVcpuPinInfo:
 * @domain: the domain
 * @ncpumaps: number of vCPU maps @cpumaps can hold
 * @cpumaps: caller buffer of @ncpumaps * @maplen bytes receiving the affinity
 *     of each vCPU
 * @maplen: bytes per map (see VIR_CPU_MAPLEN)
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Reports which host CPUs each vCPU may run on, from the live domain or the
 * configuration. Read maps with VIR_GET_CPUMAP() and VIR_CPU_USABLE().
 *
 * Returns the number of vCPUs described, or -1 on error.
 */
int virDomainGetVcpuPinInfo(virDomainPtr domain,
                            int ncpumaps,
                            unsigned char *cpumaps,
                            int maplen,
                            unsigned int flags);

/**
 * virDomainPinVcpuFlags:
 * @domain: the domain
 * @vcpu: index of the virtual CPU
 * @cpumap: bitmap of host CPUs the vCPU may use
 * @maplen: length of @cpumap in bytes
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Sets the host CPU affinity of one vCPU in the live domain and/or the
 * configuration.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainPinVcpuFlags(virDomainPtr domain,
                          unsigned int vcpu,
                          unsigned char *cpumap,
                          int maplen,
                          unsigned int flags);

/**
 * virDomainSendKey:
 * @domain: the running domain
 * @codeset: a virKeycodeSet naming the meaning of @keycodes
 * @holdtime: how long the keys are held down, in milliseconds (0 for the
 *     default)
 * @keycodes: keys to press together
 * @nkeycodes: number of keys, at most VIR_DOMAIN_SEND_KEY_MAX_KEYS
 * @flags: extra flags; pass 0
 *
 * Presses and releases a key combination on the guest's keyboard.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSendKey(virDomainPtr domain,
                     unsigned int codeset,
                     unsigned int holdtime,
                     unsigned int *keycodes,
                     int nkeycodes,
                     unsigned int flags);

/**
 * virDomainBlockJobAbort:
 * @dom: the domain
 * @disk: disk target name or source path
 * @flags: bitwise-OR of virDomainBlockJobAbortFlags
 *
 * Stops the block job running on @disk. For a copy or active commit job that
 * reached the ready phase, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT switches the guest
 * over to the new image instead of discarding it. Without
 * VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC the call waits until the job is gone.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainBlockJobAbort(virDomainPtr dom,
                           const char *disk,
                           unsigned int flags);

/**
 * virDomainBlockJobSetSpeed:
 * @dom: the domain
 * @disk: disk target name or source path
 * @bandwidth: new limit in MiB/s (bytes/s with
 *     VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES), 0 for none
 * @flags: bitwise-OR of virDomainBlockJobSetSpeedFlags
 *
 * Changes the bandwidth limit of the block job running on @disk.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainBlockJobSetSpeed(virDomainPtr dom,
                              const char *disk,
                              unsigned long bandwidth,
                              unsigned int flags);

/**
 * virDomainBlockPull:
 * @dom: the domain
 * @disk: disk target name or source path
 * @bandwidth: limit in MiB/s (bytes/s with
 *     VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES), 0 for none
 * @flags: bitwise-OR of virDomainBlockPullFlags
 *
 * Starts a background job copying all data from the backing chain into the
 * active image of @disk, so the backing files are no longer needed. Follow it
 * with virDomainGetBlockJobInfo() or block job events. See
 * virDomainBlockRebase() to keep part of the chain.
 *
 * Returns 0 if the job started, -1 on error.
 */
int virDomainBlockPull(virDomainPtr dom,
                       const char *disk,
                       unsigned long bandwidth,
                       unsigned int flags);

/**
 * virDomainDestroyFlags:
 * @domain: the domain to stop
 * @flags: bitwise-OR of virDomainDestroyFlagsValues
 *
 * Stops a running domain at once. VIR_DOMAIN_DESTROY_GRACEFUL first tries to
 * terminate the hypervisor process politely and fails rather than kill it hard.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainDestroyFlags(virDomainPtr domain, unsigned int flags);

/**
 * virDomainBlockJobCursor:
 *
 * Progress position of a block job: an abstract count whose only meaning is
 * relative to the matching end value.
 */
typedef unsigned long long virDomainBlockJobCursor;

/**
 * virDomainBlockJobInfo:
 * @type: a virDomainBlockJobType value
 * @bandwidth: bandwidth limit, in MiB/s (bytes/s with
 *     VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES)
 * @cur: progress so far
 * @end: value @cur reaches at completion; may grow while the job runs
 *
 * Block job status filled by virDomainGetBlockJobInfo().
 */
typedef struct _virDomainBlockJobInfo virDomainBlockJobInfo;

struct _virDomainBlockJobInfo {
    int type;
    unsigned long bandwidth;
    virDomainBlockJobCursor cur;
    virDomainBlockJobCursor end;
};

typedef virDomainBlockJobInfo *virDomainBlockJobInfoPtr;

/**
 * virDomainGetBlockJobInfo:
 * @dom: the domain
 * @disk: disk target name or source path
 * @info: caller struct receiving job type, speed and progress
 * @flags: bitwise-OR of virDomainBlockJobInfoFlags
 *
 * Reports the block job running on @disk, if any.
 *
 * Returns 1 if a job was found and @info filled, 0 if there is no job, -1 on
 * error.
 */
int virDomainGetBlockJobInfo(virDomainPtr dom,
                             const char *disk,
                             virDomainBlockJobInfoPtr info,
                             unsigned int flags);

/* ---- save images and undefine ---- */

/**
 * virDomainRestoreFlags:
 * @conn: the hypervisor connection
 * @from: path of a saved image
 * @dxml: optional replacement XML for the domain (only host-specific details
 *     may differ), or NULL
 * @flags: bitwise-OR of virDomainSaveRestoreFlags
 *
 * Starts a domain from a saved memory image. VIR_DOMAIN_SAVE_RUNNING or
 * VIR_DOMAIN_SAVE_PAUSED overrides the run state recorded in the image.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainRestoreFlags(virConnectPtr conn,
                          const char *from,
                          const char *dxml,
                          unsigned int flags);

/**
 * virDomainSaveFlags:
 * @domain: the running domain
 * @to: path of the image file to write
 * @dxml: optional XML to store in the image for use at restore, or NULL
 * @flags: bitwise-OR of virDomainSaveRestoreFlags
 *
 * Saves the domain's memory state to @to and stops it.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSaveFlags(virDomainPtr domain,
                       const char *to,
                       const char *dxml,
                       unsigned int flags);

/**
 * virDomainSaveImageDefineXML:
 * @conn: the hypervisor connection
 * @file: path of a saved image
 * @dxml: new XML for the domain (only host-specific details may differ)
 * @flags: bitwise-OR of virDomainSaveRestoreFlags; RUNNING or PAUSED changes
 *     the recorded run state
 *
 * Replaces the domain definition stored inside a saved image.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSaveImageDefineXML(virConnectPtr conn,
                                const char *file,
                                const char *dxml,
                                unsigned int flags);

/**
 * virDomainSaveImageGetXMLDesc:
 * @conn: the hypervisor connection
 * @file: path of a saved image
 * @flags: bitwise-OR of virDomainSaveImageXMLFlags
 *
 * Reads the domain definition stored inside a saved image. The caller releases
 * the result with free().
 *
 * Returns a newly allocated XML string, or NULL on error.
 */
char *virDomainSaveImageGetXMLDesc(virConnectPtr conn,
                                   const char *file,
                                   unsigned int flags);

/**
 * virDomainUndefineFlags:
 * @domain: the domain
 * @flags: bitwise-OR of virDomainUndefineFlagsValues
 *
 * Removes the persistent configuration of the domain, with flags saying what to
 * do with associated data (managed save image, snapshot and checkpoint
 * metadata, NVRAM, TPM state). A running domain becomes transient.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainUndefineFlags(virDomainPtr domain, unsigned int flags);

/* ---- block statistics, graphics and I/O tuning ---- */

/**
 * virDomainBlockStatsFlags:
 * @dom: the running domain
 * @disk: disk target name or source path; "" sums all disks
 * @params: caller array receiving the counters, or NULL when *@nparams is 0
 * @nparams: in: size of @params; out: number of entries filled (or available,
 *     when 0 on input)
 * @flags: bitwise-OR of virTypedParameterFlags
 *
 * Reads I/O counters of a disk as typed parameters (VIR_DOMAIN_BLOCK_STATS_*
 * names), including ones virDomainBlockStats() lacks.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainBlockStatsFlags(virDomainPtr dom,
                             const char *disk,
                             virTypedParameterPtr params,
                             int *nparams,
                             unsigned int flags);

/**
 * virDomainMigrateGetMaxSpeed:
 * @domain: the domain
 * @bandwidth: receives the limit in MiB/s
 * @flags: bitwise-OR of virDomainMigrateMaxSpeedFlags
 *
 * Reads the migration bandwidth limit of the domain.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainMigrateGetMaxSpeed(virDomainPtr domain,
                                unsigned long *bandwidth,
                                unsigned int flags);

/**
 * virDomainOpenGraphics:
 * @dom: the running domain
 * @idx: index of the graphics device in the domain XML
 * @fd: connected socket the library hands to the graphics server
 * @flags: bitwise-OR of virDomainOpenGraphicsFlags
 *
 * Attaches a client socket directly to the domain's VNC or SPICE server. The
 * caller keeps ownership of @fd and may close its copy after the call. Only
 * works on local connections.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainOpenGraphics(virDomainPtr dom,
                          unsigned int idx,
                          int fd,
                          unsigned int flags);

/**
 * virDomainReset:
 * @domain: the running domain
 * @flags: extra flags; pass 0
 *
 * Resets the virtual hardware, like pressing the reset button; the guest OS
 * gets no warning.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainReset(virDomainPtr domain, unsigned int flags);

/**
 * virDomainBlockResize:
 * @dom: the domain
 * @disk: disk target name or source path
 * @size: new capacity, in KiB (bytes with VIR_DOMAIN_BLOCK_RESIZE_BYTES)
 * @flags: bitwise-OR of virDomainBlockResizeFlags
 *
 * Changes the guest-visible size of a disk of a running domain.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainBlockResize(virDomainPtr dom,
                         const char *disk,
                         unsigned long long size,
                         unsigned int flags);

/**
 * virDomainGetBlockIoTune:
 * @dom: the domain
 * @disk: disk target name or source path; may be NULL only when *@nparams is 0
 * @params: caller array receiving the limits, or NULL when *@nparams is 0
 * @nparams: in: size of @params; out: number of entries filled (or available,
 *     when 0 on input)
 * @flags: bitwise-OR of virDomainModificationImpact and virTypedParameterFlags
 *
 * Reads the I/O throttling limits of a disk (VIR_DOMAIN_BLOCK_IOTUNE_* names).
 * String values are released with virTypedParamsClear().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetBlockIoTune(virDomainPtr dom,
                            const char *disk,
                            virTypedParameterPtr params,
                            int *nparams,
                            unsigned int flags);

/**
 * virDomainSetBlockIoTune:
 * @dom: the domain
 * @disk: disk target name or source path
 * @params: limits to apply (VIR_DOMAIN_BLOCK_IOTUNE_* names); 0 removes a limit
 * @nparams: number of entries in @params
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Changes the I/O throttling limits of one disk.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetBlockIoTune(virDomainPtr dom,
                            const char *disk,
                            virTypedParameterPtr params,
                            int nparams,
                            unsigned int flags);

/**
 * virDomainGetInterfaceParameters:
 * @domain: the domain
 * @device: interface target name or MAC address
 * @params: caller array receiving the values, or NULL when *@nparams is 0
 * @nparams: in: size of @params; out: number of entries filled (or available,
 *     when 0 on input)
 * @flags: bitwise-OR of virDomainModificationImpact and virTypedParameterFlags
 *
 * Reads the bandwidth settings of a network interface (VIR_DOMAIN_BANDWIDTH_*
 * names).
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetInterfaceParameters(virDomainPtr domain,
                                    const char *device,
                                    virTypedParameterPtr params,
                                    int *nparams,
                                    unsigned int flags);

/**
 * virDomainGetNumaParameters:
 * @domain: the domain
 * @params: caller array receiving the values, or NULL when *@nparams is 0
 * @nparams: in: size of @params; out: number of entries filled (or available,
 *     when 0 on input)
 * @flags: bitwise-OR of virDomainModificationImpact and virTypedParameterFlags
 *
 * Reads the NUMA memory placement of the domain (VIR_DOMAIN_NUMA_* names).
 * String values are released with virTypedParamsClear().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetNumaParameters(virDomainPtr domain,
                               virTypedParameterPtr params,
                               int *nparams,
                               unsigned int flags);

/**
 * virDomainSetInterfaceParameters:
 * @domain: the domain
 * @device: interface target name or MAC address
 * @params: values to apply (VIR_DOMAIN_BANDWIDTH_* names)
 * @nparams: number of entries in @params
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Changes the bandwidth settings of a network interface. An average of 0
 * removes shaping in that direction.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetInterfaceParameters(virDomainPtr domain,
                                    const char *device,
                                    virTypedParameterPtr params,
                                    int nparams,
                                    unsigned int flags);

/**
 * virDomainSetNumaParameters:
 * @domain: the domain
 * @params: values to apply (VIR_DOMAIN_NUMA_* names)
 * @nparams: number of entries in @params
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Changes the NUMA memory mode and node set of the domain.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetNumaParameters(virDomainPtr domain,
                               virTypedParameterPtr params,
                               int nparams,
                               unsigned int flags);

/* ---- rebase, CPU statistics, disk errors, metadata, power management ---- */

/**
 * virDomainBlockRebase:
 * @dom: the domain
 * @disk: disk target name or source path
 * @base: image that becomes the new backing file, NULL to flatten the whole
 *     chain, or the destination with VIR_DOMAIN_BLOCK_REBASE_COPY
 * @bandwidth: limit in MiB/s (bytes/s with
 *     VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES), 0 for none
 * @flags: bitwise-OR of virDomainBlockRebaseFlags
 *
 * Starts a background job that pulls data from the backing chain down to @base,
 * or, with VIR_DOMAIN_BLOCK_REBASE_COPY, copies the disk to a new image that
 * the guest can later pivot to (see virDomainBlockJobAbort()).
 * virDomainBlockCopy() is the richer interface for copies.
 *
 * Returns 0 if the job started, -1 on error.
 */
int virDomainBlockRebase(virDomainPtr dom,
                         const char *disk,
                         const char *base,
                         unsigned long bandwidth,
                         unsigned int flags);

/**
 * virDomainGetCPUStats:
 * @domain: the domain
 * @params: caller array of @nparams * @ncpus entries receiving the values, or
 *     NULL to ask for the count
 * @nparams: number of values per CPU slot
 * @start_cpu: first host CPU to report, or -1 for totals over the whole domain
 * @ncpus: number of host CPUs to report (1 when @start_cpu is -1)
 * @flags: bitwise-OR of virTypedParameterFlags
 *
 * Reads CPU usage of the domain, either per host CPU or in total
 * (VIR_DOMAIN_CPU_STATS_* names). Each CPU's values start at a multiple of
 * @nparams. With @params NULL and @ncpus 0 the number of host CPUs is returned;
 * with @params NULL otherwise, the number of values per CPU.
 *
 * Returns the number of values filled per CPU (or the count asked for), or -1
 * on error.
 */
int virDomainGetCPUStats(virDomainPtr domain,
                         virTypedParameterPtr params,
                         unsigned int nparams,
                         int start_cpu,
                         unsigned int ncpus,
                         unsigned int flags);

/**
 * virDomainDiskError:
 * @disk: disk target name; the caller frees it with free()
 * @error: a virDomainDiskErrorCode value
 *
 * One disk in error, an element of the array filled by
 * virDomainGetDiskErrors().
 */
typedef struct _virDomainDiskError virDomainDiskError;

struct _virDomainDiskError {
    char *disk;
    int error;
};

typedef virDomainDiskError *virDomainDiskErrorPtr;

/**
 * virDomainGetDiskErrors:
 * @dom: the domain
 * @errors: caller array receiving disks in error, or NULL to ask for the count
 * @maxerrors: number of elements in @errors
 * @flags: extra flags; pass 0
 *
 * Lists disks that have hit I/O errors. The caller releases each returned @disk
 * string with free().
 *
 * Returns the number of entries filled (or, with @errors NULL, the most there
 * can be), or -1 on error.
 */
int virDomainGetDiskErrors(virDomainPtr dom,
                           virDomainDiskErrorPtr errors,
                           unsigned int maxerrors,
                           unsigned int flags);

/**
 * virDomainGetMetadata:
 * @domain: the domain
 * @type: a virDomainMetadataType
 * @uri: namespace URI for VIR_DOMAIN_METADATA_ELEMENT, else NULL
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Reads the description, the title, or a custom XML element from the domain's
 * metadata. The caller releases the result with free().
 *
 * Returns a newly allocated string, or NULL on error (including when the
 * requested metadata is not set).
 */
char *virDomainGetMetadata(virDomainPtr domain,
                           int type,
                           const char *uri,
                           unsigned int flags);

/**
 * virDomainPMSuspendForDuration:
 * @dom: the running domain
 * @target: a virNodeSuspendTarget: suspend to RAM, disk or both
 * @duration: seconds before waking up, 0 for no automatic wake-up
 * @flags: extra flags; pass 0
 *
 * Asks the guest, through its agent, to enter a power-saving sleep state. Wake
 * it with virDomainPMWakeup().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainPMSuspendForDuration(virDomainPtr dom,
                                  unsigned int target,
                                  unsigned long long duration,
                                  unsigned int flags);

/**
 * virDomainSetMetadata:
 * @domain: the domain
 * @type: a virDomainMetadataType
 * @metadata: new content (plain text, or one XML element for
 *     VIR_DOMAIN_METADATA_ELEMENT), NULL to remove it
 * @key: namespace prefix for VIR_DOMAIN_METADATA_ELEMENT, else NULL
 * @uri: namespace URI for VIR_DOMAIN_METADATA_ELEMENT, else NULL
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Sets or removes the description, title or a custom XML element of the
 * domain's metadata.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetMetadata(virDomainPtr domain,
                         int type,
                         const char *metadata,
                         const char *key,
                         const char *uri,
                         unsigned int flags);

/**
 * virDomainShutdownFlags:
 * @domain: the domain
 * @flags: bitwise-OR of virDomainShutdownFlagValues, choosing the method
 *
 * Asks the guest to shut down using the given methods; with none, the driver
 * picks. Returns when the request was sent, not when the guest has stopped.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainShutdownFlags(virDomainPtr domain, unsigned int flags);

/**
 * virDomainPMWakeup:
 * @dom: the suspended domain
 * @flags: extra flags; pass 0
 *
 * Wakes a guest from a power-management sleep state.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainPMWakeup(virDomainPtr dom, unsigned int flags);

/* ---- full listing, emulator pinning, commit, guest agent calls ---- */

/**
 * virConnectListAllDomains:
 * @conn: the hypervisor connection
 * @domains: if not NULL, set to a newly allocated array of domain handles
 * @flags: bitwise-OR of virConnectListAllDomainsFlags filters; 0 lists all
 *
 * Lists domains in one atomic step. The caller releases each element with
 * virDomainFree() and the array with free().
 *
 * Returns the number of domains found, or -1 on error.
 */
int virConnectListAllDomains(virConnectPtr conn,
                             virDomainPtr **domains,
                             unsigned int flags);

/**
 * virDomainGetEmulatorPinInfo:
 * @domain: the domain
 * @cpumap: caller buffer receiving the host CPU affinity of the emulator
 *     threads
 * @maplen: length of @cpumap in bytes
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Reports which host CPUs the hypervisor's non-vCPU threads may run on.
 *
 * Returns 1 on success, 0 if the emulator threads are not pinned, -1 on error.
 */
int virDomainGetEmulatorPinInfo(virDomainPtr domain,
                                unsigned char *cpumap,
                                int maplen,
                                unsigned int flags);

/**
 * virDomainGetHostname:
 * @domain: the domain
 * @flags: bitwise-OR of virDomainGetHostnameFlags, choosing the source
 *
 * Asks for the guest's host name, from the guest agent or DHCP leases. The
 * caller releases the result with free().
 *
 * Returns a newly allocated string, or NULL on error.
 */
char *virDomainGetHostname(virDomainPtr domain, unsigned int flags);

/**
 * virDomainGetSecurityLabelList:
 * @domain: the domain
 * @seclabels: set to a newly allocated array of labels, one per security driver
 *
 * Reads the security labels of the domain's process from all active security
 * drivers. The caller releases the array with free().
 *
 * Returns the number of labels, or -1 on error.
 */
int virDomainGetSecurityLabelList(virDomainPtr domain,
                                  virSecurityLabelPtr *seclabels);

/**
 * virDomainPinEmulator:
 * @domain: the domain
 * @cpumap: bitmap of host CPUs the emulator threads may use
 * @maplen: length of @cpumap in bytes
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Sets the host CPU affinity of the hypervisor's non-vCPU threads.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainPinEmulator(virDomainPtr domain,
                         unsigned char *cpumap,
                         int maplen,
                         unsigned int flags);

/**
 * virDomainBlockCommit:
 * @dom: the domain
 * @disk: disk target name or source path
 * @base: lowest image receiving the data, or NULL for the bottom of the chain
 * @top: highest image whose data is merged, or NULL for the active image
 * @bandwidth: limit in MiB/s (bytes/s with
 *     VIR_DOMAIN_BLOCK_COMMIT_BANDWIDTH_BYTES), 0 for none
 * @flags: bitwise-OR of virDomainBlockCommitFlags
 *
 * Starts a background job merging the images from @top down into @base and
 * dropping them from the backing chain. Committing the active image needs
 * VIR_DOMAIN_BLOCK_COMMIT_ACTIVE and ends with virDomainBlockJobAbort(), with
 * or without a pivot.
 *
 * Returns 0 if the job started, -1 on error.
 */
int virDomainBlockCommit(virDomainPtr dom,
                         const char *disk,
                         const char *base,
                         const char *top,
                         unsigned long bandwidth,
                         unsigned int flags);

/**
 * virDomainFSTrim:
 * @dom: the running domain
 * @mountPoint: guest mount point to trim, or NULL for all
 * @minimum: contiguous free ranges smaller than this many bytes may be skipped
 * @flags: extra flags; pass 0
 *
 * Asks the guest agent to discard unused blocks of guest file systems, so
 * thin-provisioned storage can reclaim them.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainFSTrim(virDomainPtr dom,
                    const char *mountPoint,
                    unsigned long long minimum,
                    unsigned int flags);

/**
 * virDomainSendProcessSignal:
 * @domain: the domain
 * @pid_value: process ID inside the guest (container drivers only)
 * @signum: a virDomainProcessSignal
 * @flags: extra flags; pass 0
 *
 * Sends a signal to a process running in the guest. Only some drivers (such as
 * LXC) support this.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSendProcessSignal(virDomainPtr domain,
                               long long pid_value,
                               unsigned int signum,
                               unsigned int flags);

/**
 * virDomainOpenChannel:
 * @dom: the running domain
 * @name: name of the channel device in the domain XML, or NULL for the first
 * @st: stream to connect to the channel
 * @flags: bitwise-OR of virDomainChannelFlags
 *
 * Connects @st to a data channel between host and guest.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainOpenChannel(virDomainPtr dom,
                         const char *name,
                         virStreamPtr st,
                         unsigned int flags);

/* ---- job statistics and parameter-based migration ---- */

/**
 * virDomainGetJobStats:
 * @domain: the domain
 * @type: set to a virDomainJobType
 * @params: set to a newly allocated array of statistics (VIR_DOMAIN_JOB_*
 *     names)
 * @nparams: set to the number of entries in @params
 * @flags: bitwise-OR of virDomainGetJobStatsFlags
 *
 * Reports details of the current background job, or with
 * VIR_DOMAIN_JOB_STATS_COMPLETED of the last completed one. The caller releases
 * @params with virTypedParamsFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetJobStats(virDomainPtr domain,
                         int *type,
                         virTypedParameterPtr *params,
                         int *nparams,
                         unsigned int flags);

/**
 * virDomainMigrateGetCompressionCache:
 * @domain: the domain
 * @cacheSize: receives the cache size in bytes
 * @flags: extra flags; pass 0
 *
 * Reads the size of the page cache used for compressed (XBZRLE) migration.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainMigrateGetCompressionCache(virDomainPtr domain,
                                        unsigned long long *cacheSize,
                                        unsigned int flags);

/**
 * virDomainMigrateSetCompressionCache:
 * @domain: the domain
 * @cacheSize: new cache size in bytes
 * @flags: extra flags; pass 0
 *
 * Changes the size of the page cache used for compressed (XBZRLE) migration.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainMigrateSetCompressionCache(virDomainPtr domain,
                                        unsigned long long cacheSize,
                                        unsigned int flags);

/**
 * virDomainMigrate3:
 * @domain: the domain to move
 * @dconn: open connection to the destination host
 * @params: migration options (VIR_MIGRATE_PARAM_* names)
 * @nparams: number of entries in @params
 * @flags: bitwise-OR of virDomainMigrateFlags
 *
 * Migrates the domain, taking every option as a typed parameter. The returned
 * handle refers to the domain on the destination and is released with
 * virDomainFree().
 *
 * Returns the domain on the destination, or NULL on error.
 */
virDomainPtr virDomainMigrate3(virDomainPtr domain,
                               virConnectPtr dconn,
                               virTypedParameterPtr params,
                               unsigned int nparams,
                               unsigned int flags);

/**
 * virDomainMigrateToURI3:
 * @domain: the domain to move
 * @dconnuri: connection URI of the destination libvirt for
 *     VIR_MIGRATE_PEER2PEER, or NULL
 * @params: migration options (VIR_MIGRATE_PARAM_* names)
 * @nparams: number of entries in @params
 * @flags: bitwise-OR of virDomainMigrateFlags
 *
 * Migrates the domain without the caller connecting to the destination, taking
 * every option as a typed parameter.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainMigrateToURI3(virDomainPtr domain,
                           const char *dconnuri,
                           virTypedParameterPtr params,
                           unsigned int nparams,
                           unsigned int flags);

/* ---- container start, dump formats, guest file systems and clock ---- */

/**
 * virDomainCreateWithFiles:
 * @domain: a defined, inactive domain
 * @nfiles: number of entries in @files
 * @files: open file descriptors to pass to the guest's init process
 * @flags: bitwise-OR of virDomainCreateFlags
 *
 * Boots a persistent container domain, handing it the given descriptors
 * (numbered from 3 inside the guest). The caller keeps its copies and may close
 * them afterwards.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainCreateWithFiles(virDomainPtr domain,
                             unsigned int nfiles,
                             int *files,
                             unsigned int flags);

/**
 * virDomainCreateXMLWithFiles:
 * @conn: the hypervisor connection
 * @xmlDesc: domain XML description
 * @nfiles: number of entries in @files
 * @files: open file descriptors to pass to the guest's init process
 * @flags: bitwise-OR of virDomainCreateFlags
 *
 * Like virDomainCreateXML() for container domains, also handing the guest the
 * given descriptors. The returned handle is released with virDomainFree().
 *
 * Returns a new domain handle, or NULL on error.
 */
virDomainPtr virDomainCreateXMLWithFiles(virConnectPtr conn,
                                         const char *xmlDesc,
                                         unsigned int nfiles,
                                         int *files,
                                         unsigned int flags);

/**
 * virDomainSetMemoryStatsPeriod:
 * @domain: the domain
 * @period: seconds between balloon statistics updates, 0 to stop them
 * @flags: bitwise-OR of virDomainMemoryModFlags
 *
 * Sets how often the balloon driver refreshes the figures returned by
 * virDomainMemoryStats().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetMemoryStatsPeriod(virDomainPtr domain,
                                  int period,
                                  unsigned int flags);

/**
 * virDomainCoreDumpWithFormat:
 * @domain: the domain
 * @to: path of the dump file
 * @dumpformat: a virDomainCoreDumpFormat
 * @flags: bitwise-OR of virDomainCoreDumpFlags
 *
 * Like virDomainCoreDump() but writes the given format. Formats other than raw
 * need VIR_DUMP_MEMORY_ONLY.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainCoreDumpWithFormat(virDomainPtr domain,
                                const char *to,
                                unsigned int dumpformat,
                                unsigned int flags);

/**
 * virDomainFSFreeze:
 * @dom: the running domain
 * @mountpoints: guest mount points to freeze, or NULL for all
 * @nmountpoints: number of entries in @mountpoints
 * @flags: extra flags; pass 0
 *
 * Asks the guest agent to flush and freeze file systems, for a consistent
 * backup. Undo with virDomainFSThaw().
 *
 * Returns the number of file systems frozen, or -1 on error.
 */
int virDomainFSFreeze(virDomainPtr dom,
                      const char **mountpoints,
                      unsigned int nmountpoints,
                      unsigned int flags);

/**
 * virDomainFSThaw:
 * @dom: the running domain
 * @mountpoints: guest mount points to thaw, or NULL for all
 * @nmountpoints: number of entries in @mountpoints
 * @flags: extra flags; pass 0
 *
 * Asks the guest agent to unfreeze file systems frozen by virDomainFSFreeze().
 *
 * Returns the number of file systems thawed, or -1 on error.
 */
int virDomainFSThaw(virDomainPtr dom,
                    const char **mountpoints,
                    unsigned int nmountpoints,
                    unsigned int flags);

/**
 * virDomainGetTime:
 * @dom: the running domain
 * @seconds: receives whole seconds since the Unix epoch
 * @nseconds: receives the nanosecond part
 * @flags: extra flags; pass 0
 *
 * Reads the guest's clock through the guest agent.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetTime(virDomainPtr dom,
                     long long *seconds,
                     unsigned int *nseconds,
                     unsigned int flags);

/**
 * virDomainSetTime:
 * @dom: the running domain
 * @seconds: whole seconds since the Unix epoch
 * @nseconds: nanosecond part
 * @flags: bitwise-OR of virDomainSetTimeFlags
 *
 * Sets the guest's clock through the guest agent. With VIR_DOMAIN_TIME_SYNC the
 * guest reloads the time from its own RTC and @seconds and @nseconds are
 * ignored.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetTime(virDomainPtr dom,
                     long long seconds,
                     unsigned int nseconds,
                     unsigned int flags);

/* ---- capabilities and bulk statistics ---- */

/**
 * virConnectGetDomainCapabilities:
 * @conn: the hypervisor connection
 * @emulatorbin: path of the emulator binary, or NULL
 * @arch: guest architecture, or NULL
 * @machine: machine type, or NULL
 * @virttype: virtualization type such as "kvm", or NULL
 * @flags: extra flags; pass 0
 *
 * Describes, as XML, which domain features and devices the hypervisor supports
 * for the given emulator, architecture and machine. NULL arguments use
 * defaults. The caller releases the result with free().
 *
 * Returns a newly allocated XML string, or NULL on error.
 */
char *virConnectGetDomainCapabilities(virConnectPtr conn,
                                      const char *emulatorbin,
                                      const char *arch,
                                      const char *machine,
                                      const char *virttype,
                                      unsigned int flags);

/**
 * virDomainStatsRecord:
 * @dom: the domain the record describes; owned by the record
 * @params: statistics as typed parameters, named by group (such as
 *     "state.state")
 * @nparams: number of entries in @params
 *
 * Statistics of one domain, as returned by virConnectGetAllDomainStats() and
 * virDomainListGetStats(); freed with virDomainStatsRecordListFree().
 */
typedef struct _virDomainStatsRecord virDomainStatsRecord;

struct _virDomainStatsRecord {
    virDomainPtr dom;
    virTypedParameterPtr params;
    int nparams;
};

typedef virDomainStatsRecord *virDomainStatsRecordPtr;

/**
 * virConnectGetAllDomainStats:
 * @conn: the hypervisor connection
 * @stats: bitwise-OR of virDomainStatsTypes groups, 0 for all supported
 * @retStats: set to a newly allocated NULL-terminated array of records
 * @flags: bitwise-OR of virConnectGetAllDomainStatsFlags
 *
 * Collects statistics of many domains in one call, filtered by @flags. The
 * caller releases @retStats with virDomainStatsRecordListFree().
 *
 * Returns the number of records, or -1 on error.
 */
int virConnectGetAllDomainStats(virConnectPtr conn,
                                unsigned int stats,
                                virDomainStatsRecordPtr **retStats,
                                unsigned int flags);

/**
 * virDomainBlockCopy:
 * @dom: the domain
 * @disk: disk target name or source path
 * @destxml: XML <disk> element describing the destination
 * @params: optional tuning (VIR_DOMAIN_BLOCK_COPY_* names), or NULL
 * @nparams: number of entries in @params
 * @flags: bitwise-OR of virDomainBlockCopyFlags
 *
 * Starts a background job mirroring @disk to a new destination. When the job
 * reports ready, finish it with virDomainBlockJobAbort(), with
 * VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT to switch to the copy.
 *
 * Returns 0 if the job started, -1 on error.
 */
int virDomainBlockCopy(virDomainPtr dom,
                       const char *disk,
                       const char *destxml,
                       virTypedParameterPtr params,
                       int nparams,
                       unsigned int flags);

/**
 * virDomainListGetStats:
 * @doms: NULL-terminated array of domains, all from the same connection
 * @stats: bitwise-OR of virDomainStatsTypes groups, 0 for all supported
 * @retStats: set to a newly allocated NULL-terminated array of records
 * @flags: bitwise-OR of virConnectGetAllDomainStatsFlags (state filters not
 *     allowed)
 *
 * Collects statistics of the given domains. There may be fewer records than
 * domains. The caller releases @retStats with virDomainStatsRecordListFree().
 *
 * Returns the number of records, or -1 on error.
 */
int virDomainListGetStats(virDomainPtr *doms,
                          unsigned int stats,
                          virDomainStatsRecordPtr **retStats,
                          unsigned int flags);

/**
 * virDomainOpenGraphicsFD:
 * @dom: the running domain
 * @idx: index of the graphics device in the domain XML
 * @flags: bitwise-OR of virDomainOpenGraphicsFlags
 *
 * Makes a new connection to the domain's graphics server and hands the client
 * end to the caller, who closes it with close().
 *
 * Returns a file descriptor, or -1 on error.
 */
int virDomainOpenGraphicsFD(virDomainPtr dom,
                            unsigned int idx,
                            unsigned int flags);

/**
 * virDomainStatsRecordListFree:
 * @stats: array from virConnectGetAllDomainStats() or virDomainListGetStats(),
 *     may be NULL
 *
 * Frees a statistics array: each record, its parameters, its domain reference,
 * and the array itself.
 */
void virDomainStatsRecordListFree(virDomainStatsRecordPtr *stats);

/* ---- guest file systems, IOThreads and interfaces ---- */

/**
 * virDomainFSInfo:
 * @mountpoint: mount point in the guest
 * @name: device name in the guest
 * @fstype: file system type
 * @ndevAlias: number of entries in @devAlias
 * @devAlias: aliases of the domain disks holding the file system
 *
 * One mounted guest file system, returned by virDomainGetFSInfo() and freed
 * with virDomainFSInfoFree().
 */
typedef struct _virDomainFSInfo virDomainFSInfo;

struct _virDomainFSInfo {
    char *mountpoint;
    char *name;
    char *fstype;
    size_t ndevAlias;
    char **devAlias;
};

typedef virDomainFSInfo *virDomainFSInfoPtr;

/**
 * virDomainFSInfoFree:
 * @info: entry returned by virDomainGetFSInfo(), may be NULL
 *
 * Frees one file system entry and its strings.
 */
void virDomainFSInfoFree(virDomainFSInfoPtr info);

/**
 * virDomainGetFSInfo:
 * @dom: the running domain
 * @info: set to a newly allocated array of file system entries
 * @flags: extra flags; pass 0
 *
 * Lists mounted guest file systems, as reported by the guest agent. The caller
 * releases each entry with virDomainFSInfoFree() and the array with free().
 *
 * Returns the number of entries, or -1 on error.
 */
int virDomainGetFSInfo(virDomainPtr dom,
                       virDomainFSInfoPtr **info,
                       unsigned int flags);

/**
 * virDomainDefineXMLFlags:
 * @conn: the hypervisor connection
 * @xml: domain XML description
 * @flags: bitwise-OR of virDomainDefineFlags
 *
 * Like virDomainDefineXML(); VIR_DOMAIN_DEFINE_VALIDATE checks the XML against
 * the schema first. The returned handle is released with virDomainFree().
 *
 * Returns a new domain handle, or NULL on error.
 */
virDomainPtr virDomainDefineXMLFlags(virConnectPtr conn,
                                     const char *xml,
                                     unsigned int flags);

/**
 * virDomainIOThreadInfo:
 * @iothread_id: the IOThread ID
 * @cpumap: host CPU affinity bitmap
 * @cpumaplen: length of @cpumap in bytes
 *
 * One IOThread, returned by virDomainGetIOThreadInfo() and freed with
 * virDomainIOThreadInfoFree().
 */
typedef struct _virDomainIOThreadInfo virDomainIOThreadInfo;

struct _virDomainIOThreadInfo {
    unsigned int iothread_id;
    unsigned char *cpumap;
    int cpumaplen;
};

typedef virDomainIOThreadInfo *virDomainIOThreadInfoPtr;

/**
 * virDomainGetIOThreadInfo:
 * @dom: the domain
 * @info: set to a newly allocated array of IOThread entries
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Lists the domain's IOThreads with their host CPU affinity. The caller
 * releases each entry with virDomainIOThreadInfoFree() and the array with
 * free().
 *
 * Returns the number of entries, or -1 on error.
 */
int virDomainGetIOThreadInfo(virDomainPtr dom,
                             virDomainIOThreadInfoPtr **info,
                             unsigned int flags);

/**
 * virDomainIOThreadInfoFree:
 * @info: entry returned by virDomainGetIOThreadInfo(), may be NULL
 *
 * Frees one IOThread entry and its CPU map.
 */
void virDomainIOThreadInfoFree(virDomainIOThreadInfoPtr info);

/**
 * virDomainIPAddress:
 * @type: a virIPAddrType value (IPv4 or IPv6)
 * @addr: the address in text form
 * @prefix: network prefix length
 *
 * One IP address of a guest interface.
 */
typedef struct _virDomainInterfaceIPAddress virDomainIPAddress;

struct _virDomainInterfaceIPAddress {
    int type;
    char *addr;
    unsigned int prefix;
};

typedef virDomainIPAddress *virDomainIPAddressPtr;

/**
 * virDomainInterface:
 * @name: interface name in the guest, or the host-side name
 * @hwaddr: MAC address, may be NULL
 * @naddrs: number of entries in @addrs
 * @addrs: the interface's IP addresses
 *
 * One guest network interface, returned by virDomainInterfaceAddresses() and
 * freed with virDomainInterfaceFree().
 */
typedef struct _virDomainInterface virDomainInterface;

struct _virDomainInterface {
    char *name;
    char *hwaddr;
    unsigned int naddrs;
    virDomainIPAddressPtr addrs;
};

typedef virDomainInterface *virDomainInterfacePtr;

/**
 * virDomainInterfaceAddresses:
 * @dom: the domain
 * @ifaces: set to a newly allocated array of interfaces
 * @source: a virDomainInterfaceAddressesSource
 * @flags: extra flags; pass 0
 *
 * Lists the guest's network interfaces with their IP addresses, learnt from the
 * source chosen. The caller releases each entry with virDomainInterfaceFree()
 * and the array with free().
 *
 * Returns the number of interfaces, or -1 on error.
 */
int virDomainInterfaceAddresses(virDomainPtr dom,
                                virDomainInterfacePtr **ifaces,
                                unsigned int source,
                                unsigned int flags);

/**
 * virDomainInterfaceFree:
 * @iface: entry returned by virDomainInterfaceAddresses(), may be NULL
 *
 * Frees one interface entry, its strings and its address list.
 */
void virDomainInterfaceFree(virDomainInterfacePtr iface);

/**
 * virDomainPinIOThread:
 * @domain: the domain
 * @iothread_id: ID of the IOThread
 * @cpumap: bitmap of host CPUs the thread may use
 * @maplen: length of @cpumap in bytes
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Sets the host CPU affinity of one IOThread.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainPinIOThread(virDomainPtr domain,
                         unsigned int iothread_id,
                         unsigned char *cpumap,
                         int maplen,
                         unsigned int flags);

/**
 * virDomainAddIOThread:
 * @domain: the domain
 * @iothread_id: ID of the new IOThread (must not be used yet)
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Adds an IOThread to the live domain and/or its configuration.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainAddIOThread(virDomainPtr domain,
                         unsigned int iothread_id,
                         unsigned int flags);

/**
 * virDomainDelIOThread:
 * @domain: the domain
 * @iothread_id: ID of the IOThread to remove
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Removes an IOThread that no device uses.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainDelIOThread(virDomainPtr domain,
                         unsigned int iothread_id,
                         unsigned int flags);

/* ---- guest agent, rename, perf events and vCPU hotplug ---- */

/**
 * virDomainSetUserPassword:
 * @dom: the running domain
 * @user: account name inside the guest
 * @password: new password, in clear text or already encrypted
 * @flags: bitwise-OR of virDomainSetUserPasswordFlags
 *
 * Changes a guest account's password through the guest agent.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetUserPassword(virDomainPtr dom,
                             const char *user,
                             const char *password,
                             unsigned int flags);

/**
 * virDomainRename:
 * @dom: an inactive, persistent domain
 * @new_name: the new name
 * @flags: extra flags; pass 0
 *
 * Renames a domain. Existing handles to it remain valid.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainRename(virDomainPtr dom, const char *new_name, unsigned int flags);

/**
 * virDomainGetPerfEvents:
 * @domain: the domain
 * @params: set to a newly allocated array of VIR_PERF_PARAM_* booleans
 * @nparams: set to the number of entries in @params
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Tells which perf event counters are enabled for the domain. The caller
 * releases @params with virTypedParamsFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetPerfEvents(virDomainPtr domain,
                           virTypedParameterPtr *params,
                           int *nparams,
                           unsigned int flags);

/**
 * virDomainMigrateStartPostCopy:
 * @domain: the domain being migrated
 * @flags: extra flags; pass 0
 *
 * Switches a running migration started with VIR_MIGRATE_POSTCOPY to post-copy
 * mode: the guest runs on the destination while remaining memory is fetched.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainMigrateStartPostCopy(virDomainPtr domain, unsigned int flags);

/**
 * virDomainSetPerfEvents:
 * @domain: the domain
 * @params: VIR_PERF_PARAM_* booleans to enable or disable
 * @nparams: number of entries in @params
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Enables or disables perf event counters for the domain.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetPerfEvents(virDomainPtr domain,
                           virTypedParameterPtr params,
                           int nparams,
                           unsigned int flags);

/**
 * virDomainGetGuestVcpus:
 * @domain: the running domain
 * @params: set to a newly allocated array describing vCPUs as the guest sees
 *     them
 * @nparams: set to the number of entries in @params
 * @flags: extra flags; pass 0
 *
 * Asks the guest agent which vCPUs are online and which may be taken offline.
 * The caller releases @params with virTypedParamsFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetGuestVcpus(virDomainPtr domain,
                           virTypedParameterPtr *params,
                           unsigned int *nparams,
                           unsigned int flags);

/**
 * virDomainSetGuestVcpus:
 * @domain: the running domain
 * @cpumap: list of guest vCPU numbers, such as "0-3,^2"
 * @state: 1 to bring them online, 0 to take them offline
 * @flags: extra flags; pass 0
 *
 * Switches vCPUs on or off inside the guest through the guest agent, without
 * unplugging them.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetGuestVcpus(virDomainPtr domain,
                           const char *cpumap,
                           int state,
                           unsigned int flags);

/**
 * virDomainSetBlockThreshold:
 * @domain: the domain
 * @dev: disk target name, optionally with a backing index such as "vda[1]"
 * @threshold: write offset in bytes that triggers the event, 0 to disable
 * @flags: extra flags; pass 0
 *
 * Arms a one-shot VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD event, raised when the
 * guest writes beyond @threshold, so thin storage can be grown in time.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetBlockThreshold(virDomainPtr domain,
                               const char *dev,
                               unsigned long long threshold,
                               unsigned int flags);

/**
 * virDomainSetVcpu:
 * @domain: the domain
 * @vcpumap: list of vCPU numbers, such as "1-3,^2"
 * @state: 1 to enable them, 0 to disable them
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Hot-plugs or unplugs individual vCPUs (those marked hotpluggable).
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetVcpu(virDomainPtr domain,
                     const char *vcpumap,
                     int state,
                     unsigned int flags);

/* ---- managed save XML, lifecycle actions, launch security ---- */

/**
 * virDomainManagedSaveDefineXML:
 * @domain: the domain
 * @dxml: new XML for the domain (only host-specific details may differ)
 * @flags: bitwise-OR of virDomainSaveRestoreFlags
 *
 * Replaces the domain definition stored in its managed save image.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainManagedSaveDefineXML(virDomainPtr domain,
                                  const char *dxml,
                                  unsigned int flags);

/**
 * virDomainManagedSaveGetXMLDesc:
 * @domain: the domain
 * @flags: bitwise-OR of virDomainSaveImageXMLFlags
 *
 * Reads the domain definition stored in its managed save image. The caller
 * releases the result with free().
 *
 * Returns a newly allocated XML string, or NULL on error.
 */
char *virDomainManagedSaveGetXMLDesc(virDomainPtr domain, unsigned int flags);

/**
 * virDomainMigrateGetMaxDowntime:
 * @domain: the domain
 * @downtime: receives the allowed downtime in milliseconds
 * @flags: extra flags; pass 0
 *
 * Reads the longest pause a live migration may impose at switch-over.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainMigrateGetMaxDowntime(virDomainPtr domain,
                                   unsigned long long *downtime,
                                   unsigned int flags);

/**
 * virDomainSetLifecycleAction:
 * @domain: the domain
 * @type: a virDomainLifecycle event (power off, reboot, crash)
 * @action: a virDomainLifecycleAction to take on that event
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Chooses what the hypervisor does when the guest powers off, reboots or
 * crashes.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetLifecycleAction(virDomainPtr domain,
                                unsigned int type,
                                unsigned int action,
                                unsigned int flags);

/**
 * virDomainDetachDeviceAlias:
 * @domain: the domain
 * @alias: the device's alias from the domain XML
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Requests removal of a device identified by its alias. The call does not wait:
 * watch VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED or
 * VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED for the outcome.
 *
 * Returns 0 if the request was accepted, -1 on error.
 */
int virDomainDetachDeviceAlias(virDomainPtr domain,
                               const char *alias,
                               unsigned int flags);

/**
 * virDomainGetLaunchSecurityInfo:
 * @domain: the running domain
 * @params: set to a newly allocated array (VIR_DOMAIN_LAUNCH_SECURITY_* names)
 * @nparams: set to the number of entries in @params
 * @flags: extra flags; pass 0
 *
 * Reads launch security data such as the AMD SEV measurement. The caller
 * releases @params with virTypedParamsFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetLaunchSecurityInfo(virDomainPtr domain,
                                   virTypedParameterPtr *params,
                                   int *nparams,
                                   unsigned int flags);

/**
 * virDomainSetIOThreadParams:
 * @domain: the domain
 * @iothread_id: ID of the IOThread
 * @params: values to apply (VIR_DOMAIN_IOTHREAD_* names)
 * @nparams: number of entries in @params
 * @flags: bitwise-OR of virDomainModificationImpact
 *
 * Changes polling and thread-pool tunables of one IOThread.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetIOThreadParams(virDomainPtr domain,
                               unsigned int iothread_id,
                               virTypedParameterPtr params,
                               int nparams,
                               unsigned int flags);

/* ---- guest info, backups, SSH keys and messages ---- */

/**
 * virDomainGetGuestInfo:
 * @domain: the running domain
 * @types: bitwise-OR of virDomainGuestInfoTypes, 0 for all
 * @params: set to a newly allocated array of values
 * @nparams: set to the number of entries in @params
 * @flags: extra flags; pass 0
 *
 * Collects information from inside the guest (users, OS, time zone, host name,
 * file systems, disks, interfaces) through the guest agent. The caller releases
 * @params with virTypedParamsFree().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainGetGuestInfo(virDomainPtr domain,
                          unsigned int types,
                          virTypedParameterPtr *params,
                          int *nparams,
                          unsigned int flags);

/**
 * virDomainAgentSetResponseTimeout:
 * @domain: the domain
 * @timeout: seconds to wait for the guest agent, or a
 *     virDomainAgentResponseTimeoutValues value
 * @flags: extra flags; pass 0
 *
 * Sets how long calls that go through the guest agent wait for its answer.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainAgentSetResponseTimeout(virDomainPtr domain,
                                     int timeout,
                                     unsigned int flags);

/**
 * virDomainBackupBegin:
 * @domain: the running domain
 * @backupXML: XML describing the backup (push or pull mode, disks, targets)
 * @checkpointXML: XML of a checkpoint to create at the same time, or NULL
 * @flags: bitwise-OR of virDomainBackupBeginFlags
 *
 * Starts a backup job of the domain's disks. Progress is followed with
 * virDomainGetJobStats(); a pull-mode backup runs until virDomainAbortJob()
 * ends it.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainBackupBegin(virDomainPtr domain,
                         const char *backupXML,
                         const char *checkpointXML,
                         unsigned int flags);

/**
 * virDomainBackupGetXMLDesc:
 * @domain: the domain
 * @flags: extra flags; pass 0
 *
 * Describes the running backup job as XML. The caller releases the result with
 * free().
 *
 * Returns a newly allocated XML string, or NULL on error.
 */
char *virDomainBackupGetXMLDesc(virDomainPtr domain, unsigned int flags);

/**
 * virDomainAuthorizedSSHKeysGet:
 * @domain: the running domain
 * @user: account name inside the guest
 * @keys: set to a newly allocated array of key strings
 * @flags: extra flags; pass 0
 *
 * Reads a guest user's authorized SSH keys through the guest agent. The caller
 * releases each string and the array with free().
 *
 * Returns the number of keys, or -1 on error.
 */
int virDomainAuthorizedSSHKeysGet(virDomainPtr domain,
                                  const char *user,
                                  char ***keys,
                                  unsigned int flags);

/**
 * virDomainAuthorizedSSHKeysSet:
 * @domain: the running domain
 * @user: account name inside the guest
 * @keys: SSH public keys
 * @nkeys: number of entries in @keys
 * @flags: bitwise-OR of virDomainAuthorizedSSHKeysSetFlags
 *
 * Replaces a guest user's authorized SSH keys, or with flags appends or removes
 * the given ones, through the guest agent.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainAuthorizedSSHKeysSet(virDomainPtr domain,
                                  const char *user,
                                  const char **keys,
                                  unsigned int nkeys,
                                  unsigned int flags);

/**
 * virDomainGetMessages:
 * @domain: the domain
 * @msgs: set to a newly allocated array of message strings
 * @flags: bitwise-OR of virDomainMessageType, 0 for all
 *
 * Fetches human-readable warnings about the domain, such as use of deprecated
 * features or tainting. The caller releases each string and the array with
 * free().
 *
 * Returns the number of messages, or -1 on error.
 */
int virDomainGetMessages(virDomainPtr domain, char ***msgs, unsigned int flags);

/* ---- dirty rate, launch secrets, typed save/restore, FD passing ---- */

/**
 * virDomainStartDirtyRateCalc:
 * @domain: the running domain
 * @seconds: measuring period in seconds
 * @flags: one of virDomainDirtyRateCalcFlags choosing the method
 *
 * Starts measuring how fast the guest dirties memory. The result is read later
 * through the VIR_DOMAIN_STATS_DIRTYRATE statistics group.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainStartDirtyRateCalc(virDomainPtr domain,
                                int seconds,
                                unsigned int flags);

/**
 * virDomainSetLaunchSecurityState:
 * @domain: the domain
 * @params: values to apply (VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET* names)
 * @nparams: number of entries in @params
 * @flags: extra flags; pass 0
 *
 * Injects a launch secret into an AMD SEV guest after its measurement has been
 * checked.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSetLaunchSecurityState(virDomainPtr domain,
                                    virTypedParameterPtr params,
                                    int nparams,
                                    unsigned int flags);

/**
 * virDomainRestoreParams:
 * @conn: the hypervisor connection
 * @params: VIR_DOMAIN_SAVE_PARAM_* values (at least the file)
 * @nparams: number of entries in @params
 * @flags: bitwise-OR of virDomainSaveRestoreFlags
 *
 * Like virDomainRestoreFlags(), with options given as typed parameters.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainRestoreParams(virConnectPtr conn,
                           virTypedParameterPtr params,
                           int nparams,
                           unsigned int flags);

/**
 * virDomainSaveParams:
 * @domain: the running domain
 * @params: VIR_DOMAIN_SAVE_PARAM_* values
 * @nparams: number of entries in @params
 * @flags: bitwise-OR of virDomainSaveRestoreFlags
 *
 * Like virDomainSaveFlags(), with options given as typed parameters. Without a
 * file it acts like virDomainManagedSave().
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainSaveParams(virDomainPtr domain,
                        virTypedParameterPtr params,
                        int nparams,
                        unsigned int flags);

/**
 * virDomainAbortJobFlags:
 * @domain: the domain
 * @flags: bitwise-OR of virDomainAbortJobFlagsValues
 *
 * Cancels the domain's current background job. VIR_DOMAIN_ABORT_JOB_POSTCOPY
 * interrupts a migration that is already in post-copy mode.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainAbortJobFlags(virDomainPtr domain, unsigned int flags);

/**
 * virDomainFDAssociate:
 * @domain: the domain
 * @name: name of the file descriptor group, referred to from the domain XML
 * @nfds: number of entries in @fds
 * @fds: open file descriptors
 * @flags: bitwise-OR of virDomainFDAssociateFlags
 *
 * Hands file descriptors to the library under @name, so that disks in the
 * domain XML can use them instead of opening paths. The group lives as long as
 * the connection. The caller keeps its copies and may close them afterwards.
 *
 * Returns 0 on success, -1 on error.
 */
int virDomainFDAssociate(virDomainPtr domain,
                         const char *name,
                         unsigned int nfds,
                         int *fds,
                         unsigned int flags);

/*
 * Enums for flags and values; each comment names the calls that use it.
 */

/* ---- start flags, states and migration flags ---- */

/*
 * Flags for virDomainCreateXML(), virDomainCreateWithFlags() and the *WithFiles
 * variants, changing how a domain is started.
 */
typedef enum {
    /* plain start */
    VIR_DOMAIN_NONE               = 0,
    /* boot with vCPUs paused */
    VIR_DOMAIN_START_PAUSED       = 1 << 0,
    /* destroy the domain when the connection closes */
    VIR_DOMAIN_START_AUTODESTROY  = 1 << 1,
    /* avoid the host page cache when restoring a managed save image */
    VIR_DOMAIN_START_BYPASS_CACHE = 1 << 2,
    /* ignore (and discard) a managed save image */
    VIR_DOMAIN_START_FORCE_BOOT   = 1 << 3,
    /* check the XML against the schema */
    VIR_DOMAIN_START_VALIDATE     = 1 << 4,
    /* recreate the UEFI variable store from its template */
    VIR_DOMAIN_START_RESET_NVRAM  = 1 << 5,
} virDomainCreateFlags;

/*
 * Run states of a domain, as reported by virDomainGetState() and
 * virDomainGetInfo().
 */
typedef enum {
    VIR_DOMAIN_NOSTATE     = 0,
    VIR_DOMAIN_RUNNING     = 1,
    VIR_DOMAIN_BLOCKED     = 2,  /* waiting on a resource (mostly Xen) */
    VIR_DOMAIN_PAUSED      = 3,
    VIR_DOMAIN_SHUTDOWN    = 4,  /* in the process of shutting down */
    VIR_DOMAIN_SHUTOFF     = 5,  /* not running */
    VIR_DOMAIN_CRASHED     = 6,
    VIR_DOMAIN_PMSUSPENDED = 7,  /* asleep through guest power management */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_LAST
# endif
} virDomainState;

/* State of one vCPU, found in virVcpuInfo.state. */
typedef enum {
    VIR_VCPU_OFFLINE = 0,
    VIR_VCPU_RUNNING = 1,
    VIR_VCPU_BLOCKED = 2,  /* waiting on a resource */

# ifdef VIR_ENUM_SENTINELS
    VIR_VCPU_LAST
# endif
} virVcpuState;

/* old name of virTypedParameterPtr for scheduler parameters */
typedef virSchedParameter *virSchedParameterPtr;

/*
 * Old names of the typed parameter types, for scheduler parameters; new code
 * uses the VIR_TYPED_PARAM_* values directly.
 */
typedef enum {
    VIR_DOMAIN_SCHED_FIELD_INT     = VIR_TYPED_PARAM_INT,
    VIR_DOMAIN_SCHED_FIELD_UINT    = VIR_TYPED_PARAM_UINT,
    VIR_DOMAIN_SCHED_FIELD_LLONG   = VIR_TYPED_PARAM_LLONG,
    VIR_DOMAIN_SCHED_FIELD_ULLONG  = VIR_TYPED_PARAM_ULLONG,
    VIR_DOMAIN_SCHED_FIELD_DOUBLE  = VIR_TYPED_PARAM_DOUBLE,
    VIR_DOMAIN_SCHED_FIELD_BOOLEAN = VIR_TYPED_PARAM_BOOLEAN,
} virSchedParameterType;

/* Flags for virDomainMigrate() and the other migration calls. */
typedef enum {
    /* keep the guest running while memory is copied */
    VIR_MIGRATE_LIVE                          = 1 << 0,
    /* the source daemon drives the migration itself */
    VIR_MIGRATE_PEER2PEER                     = 1 << 1,
    /* carry migration data over the libvirt connection */
    VIR_MIGRATE_TUNNELLED                     = 1 << 2,
    /* make the domain persistent on the destination */
    VIR_MIGRATE_PERSIST_DEST                  = 1 << 3,
    /* remove the definition from the source afterwards */
    VIR_MIGRATE_UNDEFINE_SOURCE               = 1 << 4,
    /* leave the domain paused on the destination */
    VIR_MIGRATE_PAUSED                        = 1 << 5,
    /* also copy whole disk images */
    VIR_MIGRATE_NON_SHARED_DISK               = 1 << 6,
    /* also copy disks, sharing the backing chain */
    VIR_MIGRATE_NON_SHARED_INC                = 1 << 7,
    /* forbid configuration changes during migration */
    VIR_MIGRATE_CHANGE_PROTECTION             = 1 << 8,
    /* skip safety checks (for example on disk cache modes) */
    VIR_MIGRATE_UNSAFE                        = 1 << 9,
    /* migrate only the definition of an inactive domain */
    VIR_MIGRATE_OFFLINE                       = 1 << 10,
    /* compress memory pages on the wire */
    VIR_MIGRATE_COMPRESSED                    = 1 << 11,
    /* cancel on I/O errors during migration */
    VIR_MIGRATE_ABORT_ON_ERROR                = 1 << 12,
    /* slow the guest down if migration does not converge */
    VIR_MIGRATE_AUTO_CONVERGE                 = 1 << 13,
    /* lock all guest memory for RDMA transport */
    VIR_MIGRATE_RDMA_PIN_ALL                  = 1 << 14,
    /* allow switching to post-copy later */
    VIR_MIGRATE_POSTCOPY                      = 1 << 15,
    /* encrypt the migration stream with TLS */
    VIR_MIGRATE_TLS                           = 1 << 16,
    /* use several connections for migration data */
    VIR_MIGRATE_PARALLEL                      = 1 << 17,
    /* guest disk writes reach the destination synchronously */
    VIR_MIGRATE_NON_SHARED_SYNCHRONOUS_WRITES = 1 << 18,
    /* resume a failed post-copy migration */
    VIR_MIGRATE_POSTCOPY_RESUME               = 1 << 19,
    /* send memory pages without copying them on the host */
    VIR_MIGRATE_ZEROCOPY                      = 1 << 20,
} virDomainMigrateFlags;

/* Flags for virDomainGetXMLDesc() choosing what the XML shows. */
typedef enum {
    VIR_DOMAIN_XML_SECURE     = 1 << 0,  /* include secrets such as passwords */
    VIR_DOMAIN_XML_INACTIVE   = 1 << 1,  /* show the persistent, not the live, definition */
    VIR_DOMAIN_XML_UPDATE_CPU = 1 << 2,  /* expand the guest CPU to match the host */
    VIR_DOMAIN_XML_MIGRATABLE = 1 << 3,  /* leave out what an older host would not accept */
} virDomainXMLFlags;

/* Address spaces for virDomainMemoryPeek(); exactly one must be given. */
typedef enum {
    VIR_MEMORY_VIRTUAL  = 1 << 0,  /* guest virtual addresses */
    VIR_MEMORY_PHYSICAL = 1 << 1,  /* guest physical addresses */
} virDomainMemoryFlags;

/* ---- lifecycle event kinds and details ---- */

/* Detail values of VIR_DOMAIN_EVENT_DEFINED lifecycle events. */
typedef enum {
    VIR_DOMAIN_EVENT_DEFINED_ADDED         = 0,  /* a new configuration */
    VIR_DOMAIN_EVENT_DEFINED_UPDATED       = 1,  /* an existing configuration replaced */
    VIR_DOMAIN_EVENT_DEFINED_RENAMED       = 2,  /* the configuration was renamed */
    VIR_DOMAIN_EVENT_DEFINED_FROM_SNAPSHOT = 3,  /* a snapshot revert restored the configuration */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_DEFINED_LAST
# endif
} virDomainEventDefinedDetailType;

/* Detail values of VIR_DOMAIN_EVENT_RESUMED lifecycle events. */
typedef enum {
    VIR_DOMAIN_EVENT_RESUMED_UNPAUSED        = 0,
    /* resumed after migration completed on this side */
    VIR_DOMAIN_EVENT_RESUMED_MIGRATED        = 1,
    VIR_DOMAIN_EVENT_RESUMED_FROM_SNAPSHOT   = 2,
    /* resumed in post-copy mode */
    VIR_DOMAIN_EVENT_RESUMED_POSTCOPY        = 3,
    /* running, but the post-copy migration failed */
    VIR_DOMAIN_EVENT_RESUMED_POSTCOPY_FAILED = 4,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_RESUMED_LAST
# endif
} virDomainEventResumedDetailType;

/* Detail values of VIR_DOMAIN_EVENT_STARTED lifecycle events. */
typedef enum {
    VIR_DOMAIN_EVENT_STARTED_BOOTED        = 0,
    VIR_DOMAIN_EVENT_STARTED_MIGRATED      = 1,  /* arrived by incoming migration */
    VIR_DOMAIN_EVENT_STARTED_RESTORED      = 2,  /* restored from a saved image */
    VIR_DOMAIN_EVENT_STARTED_FROM_SNAPSHOT = 3,
    VIR_DOMAIN_EVENT_STARTED_WAKEUP        = 4,  /* started because of a wake-up request */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_STARTED_LAST
# endif
} virDomainEventStartedDetailType;

/* Detail values of VIR_DOMAIN_EVENT_STOPPED lifecycle events. */
typedef enum {
    VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN      = 0,  /* the guest shut down normally */
    VIR_DOMAIN_EVENT_STOPPED_DESTROYED     = 1,  /* stopped by virDomainDestroy() */
    VIR_DOMAIN_EVENT_STOPPED_CRASHED       = 2,
    VIR_DOMAIN_EVENT_STOPPED_MIGRATED      = 3,  /* left for another host */
    VIR_DOMAIN_EVENT_STOPPED_SAVED         = 4,  /* stopped after saving its state */
    VIR_DOMAIN_EVENT_STOPPED_FAILED        = 5,  /* the hypervisor failed */
    VIR_DOMAIN_EVENT_STOPPED_FROM_SNAPSHOT = 6,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_STOPPED_LAST
# endif
} virDomainEventStoppedDetailType;

/* Detail values of VIR_DOMAIN_EVENT_SUSPENDED lifecycle events. */
typedef enum {
    /* paused on request */
    VIR_DOMAIN_EVENT_SUSPENDED_PAUSED          = 0,
    /* paused by migration */
    VIR_DOMAIN_EVENT_SUSPENDED_MIGRATED        = 1,
    /* paused after a disk I/O error */
    VIR_DOMAIN_EVENT_SUSPENDED_IOERROR         = 2,
    /* paused by a watchdog action */
    VIR_DOMAIN_EVENT_SUSPENDED_WATCHDOG        = 3,
    /* restored from a saved image in paused state */
    VIR_DOMAIN_EVENT_SUSPENDED_RESTORED        = 4,
    VIR_DOMAIN_EVENT_SUSPENDED_FROM_SNAPSHOT   = 5,
    /* paused after a failed library operation */
    VIR_DOMAIN_EVENT_SUSPENDED_API_ERROR       = 6,
    /* paused because migration switched to post-copy */
    VIR_DOMAIN_EVENT_SUSPENDED_POSTCOPY        = 7,
    /* paused because post-copy migration failed */
    VIR_DOMAIN_EVENT_SUSPENDED_POSTCOPY_FAILED = 8,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_SUSPENDED_LAST
# endif
} virDomainEventSuspendedDetailType;

/*
 * Kinds of lifecycle events, passed as @event to virConnectDomainEventCallback;
 * each has its own detail enum.
 */
typedef enum {
    VIR_DOMAIN_EVENT_DEFINED     = 0,
    VIR_DOMAIN_EVENT_UNDEFINED   = 1,
    VIR_DOMAIN_EVENT_STARTED     = 2,
    VIR_DOMAIN_EVENT_SUSPENDED   = 3,
    VIR_DOMAIN_EVENT_RESUMED     = 4,
    VIR_DOMAIN_EVENT_STOPPED     = 5,
    /* the guest is shutting down (virDomainEventShutdownDetailType) */
    VIR_DOMAIN_EVENT_SHUTDOWN    = 6,
    /* the guest entered a sleep state */
    VIR_DOMAIN_EVENT_PMSUSPENDED = 7,
    VIR_DOMAIN_EVENT_CRASHED     = 8,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_LAST
# endif
} virDomainEventType;

/* Detail values of VIR_DOMAIN_EVENT_UNDEFINED lifecycle events. */
typedef enum {
    VIR_DOMAIN_EVENT_UNDEFINED_REMOVED = 0,
    VIR_DOMAIN_EVENT_UNDEFINED_RENAMED = 1,  /* the old name went away in a rename */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_UNDEFINED_LAST
# endif
} virDomainEventUndefinedDetailType;

/* ---- dumps, memory statistics, modification impact and jobs ---- */

/* Flags for virDomainCoreDump() and virDomainCoreDumpWithFormat(). */
typedef enum {
    VIR_DUMP_CRASH        = 1 << 0,  /* stop the domain after the dump */
    VIR_DUMP_LIVE         = 1 << 1,  /* do not pause the guest while dumping */
    VIR_DUMP_BYPASS_CACHE = 1 << 2,  /* write around the host page cache */
    VIR_DUMP_RESET        = 1 << 3,  /* reset the domain after the dump */
    VIR_DUMP_MEMORY_ONLY  = 1 << 4,  /* dump guest memory only, in ELF or a kdump format */
} virDomainCoreDumpFlags;

/* Tags of the values returned by virDomainMemoryStats(). Sizes are in KiB. */
typedef enum {
    VIR_DOMAIN_MEMORY_STAT_SWAP_IN         = 0,   /* memory swapped in by the guest */
    VIR_DOMAIN_MEMORY_STAT_SWAP_OUT        = 1,   /* memory swapped out by the guest */
    VIR_DOMAIN_MEMORY_STAT_MAJOR_FAULT     = 2,   /* page faults that needed disk I/O (count) */
    VIR_DOMAIN_MEMORY_STAT_MINOR_FAULT     = 3,   /* page faults served from memory (count) */
    VIR_DOMAIN_MEMORY_STAT_UNUSED          = 4,   /* memory the guest leaves entirely unused */
    VIR_DOMAIN_MEMORY_STAT_AVAILABLE       = 5,   /* total memory the guest can see */
    VIR_DOMAIN_MEMORY_STAT_ACTUAL_BALLOON  = 6,   /* current balloon size */
    VIR_DOMAIN_MEMORY_STAT_RSS             = 7,   /* host memory used by the hypervisor process */
    VIR_DOMAIN_MEMORY_STAT_USABLE          = 8,   /* memory the guest could use without swapping */
    VIR_DOMAIN_MEMORY_STAT_LAST_UPDATE     = 9,   /* time of the last balloon update, in seconds */
    VIR_DOMAIN_MEMORY_STAT_DISK_CACHES     = 10,  /* reclaimable guest file cache */
    VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGALLOC = 11,  /* successful huge page allocations (count) */
    VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGFAIL  = 12,  /* failed huge page allocations (count) */
    VIR_DOMAIN_MEMORY_STAT_NR              = 13,  /* number of tags; size for a full stats array */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_MEMORY_STAT_LAST = VIR_DOMAIN_MEMORY_STAT_NR
# endif
} virDomainMemoryStatTags;

/*
 * Common flags choosing whether a change or query applies to the running
 * domain, to its persistent configuration, or both.
 */
typedef enum {
    VIR_DOMAIN_AFFECT_CURRENT = 0,       /* live state if running, else the configuration */
    VIR_DOMAIN_AFFECT_LIVE    = 1 << 0,  /* the running domain */
    VIR_DOMAIN_AFFECT_CONFIG  = 1 << 1,  /* the persistent configuration */
} virDomainModificationImpact;

/*
 * Flags for virDomainAttachDeviceFlags(), virDomainDetachDeviceFlags() and
 * virDomainUpdateDeviceFlags().
 */
typedef enum {
    VIR_DOMAIN_DEVICE_MODIFY_CURRENT = VIR_DOMAIN_AFFECT_CURRENT,
    VIR_DOMAIN_DEVICE_MODIFY_LIVE    = VIR_DOMAIN_AFFECT_LIVE,
    VIR_DOMAIN_DEVICE_MODIFY_CONFIG  = VIR_DOMAIN_AFFECT_CONFIG,
    /* force a change such as ejecting a locked medium */
    VIR_DOMAIN_DEVICE_MODIFY_FORCE   = 1 << 2,
} virDomainDeviceModifyFlags;

/*
 * Kinds of background job, reported by virDomainGetJobInfo() and
 * virDomainGetJobStats().
 */
typedef enum {
    VIR_DOMAIN_JOB_NONE      = 0,
    VIR_DOMAIN_JOB_BOUNDED   = 1,  /* progress with a known end */
    VIR_DOMAIN_JOB_UNBOUNDED = 2,  /* progress without a known end */
    VIR_DOMAIN_JOB_COMPLETED = 3,  /* finished (completed-job statistics only) */
    VIR_DOMAIN_JOB_FAILED    = 4,  /* failed (completed-job statistics only) */
    VIR_DOMAIN_JOB_CANCELLED = 5,  /* aborted (completed-job statistics only) */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_JOB_LAST
# endif
} virDomainJobType;

/* ---- graphics, RTC, watchdog and I/O error events ---- */

/**
 * virDomainEventGraphicsAddress:
 * @family: a virDomainEventGraphicsAddressType value
 * @node: address in text form (or socket path)
 * @service: port number in text form
 *
 * One end of a graphics connection, passed to
 * virConnectDomainEventGraphicsCallback.
 */
typedef struct _virDomainEventGraphicsAddress virDomainEventGraphicsAddress;

struct _virDomainEventGraphicsAddress {
    int family;
    char *node;
    char *service;
};

/**
 * virDomainEventGraphicsSubjectIdentity:
 * @type: kind of identity, such as "x509dname" or "saslUsername"
 * @name: the identity itself
 *
 * One identity of an authenticated graphics client.
 */
typedef struct _virDomainEventGraphicsSubjectIdentity virDomainEventGraphicsSubjectIdentity;

struct _virDomainEventGraphicsSubjectIdentity {
    char *type;
    char *name;
};

typedef virDomainEventGraphicsSubjectIdentity *virDomainEventGraphicsSubjectIdentityPtr;

/**
 * virDomainEventGraphicsSubject:
 * @nidentity: number of entries in @identities
 * @identities: identities of the client
 *
 * Who is connected to the graphics server, passed to
 * virConnectDomainEventGraphicsCallback.
 */
typedef struct _virDomainEventGraphicsSubject virDomainEventGraphicsSubject;

struct _virDomainEventGraphicsSubject {
    int nidentity;
    virDomainEventGraphicsSubjectIdentityPtr identities;
};

/**
 * virConnectDomainEventGraphicsCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @phase: a virDomainEventGraphicsPhase value
 * @local: server side address
 * @remote: client side address
 * @authScheme: authentication method used, such as "vnc" or "sasl"
 * @subject: identities of the client
 * @opaque: user data given at registration
 *
 * Called when a client connects to, authenticates with or leaves the domain's
 * graphics server (VIR_DOMAIN_EVENT_ID_GRAPHICS). The structures are only valid
 * during the call.
 */
typedef void (*virConnectDomainEventGraphicsCallback)(virConnectPtr conn,
                                                      virDomainPtr dom,
                                                      int phase,
                                                      const virDomainEventGraphicsAddress *local,
                                                      const virDomainEventGraphicsAddress *remote,
                                                      const char *authScheme,
                                                      const virDomainEventGraphicsSubject *subject,
                                                      void *opaque);

/**
 * virConnectDomainEventIOErrorCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @srcPath: host path of the disk source
 * @devAlias: alias of the disk device
 * @action: a virDomainEventIOErrorAction value
 * @opaque: user data given at registration
 *
 * Called when a disk hits an I/O error (VIR_DOMAIN_EVENT_ID_IO_ERROR).
 */
typedef void (*virConnectDomainEventIOErrorCallback)(virConnectPtr conn,
                                                     virDomainPtr dom,
                                                     const char *srcPath,
                                                     const char *devAlias,
                                                     int action,
                                                     void *opaque);

/**
 * virConnectDomainEventRTCChangeCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @utcoffset: new offset of the guest clock from UTC, in seconds
 * @opaque: user data given at registration
 *
 * Called when the guest changes its real-time clock
 * (VIR_DOMAIN_EVENT_ID_RTC_CHANGE).
 */
typedef void (*virConnectDomainEventRTCChangeCallback)(virConnectPtr conn,
                                                       virDomainPtr dom,
                                                       long long utcoffset,
                                                       void *opaque);

/**
 * virConnectDomainEventWatchdogCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @action: a virDomainEventWatchdogAction value
 * @opaque: user data given at registration
 *
 * Called when the guest's watchdog device fires (VIR_DOMAIN_EVENT_ID_WATCHDOG).
 */
typedef void (*virConnectDomainEventWatchdogCallback)(virConnectPtr conn,
                                                      virDomainPtr dom,
                                                      int action,
                                                      void *opaque);

typedef virDomainEventGraphicsAddress *virDomainEventGraphicsAddressPtr;

/* Address families found in virDomainEventGraphicsAddress.family. */
typedef enum {
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_IPV4 = 0,
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_IPV6 = 1,
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_UNIX = 2,  /* UNIX socket path */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_LAST
# endif
} virDomainEventGraphicsAddressType;

/*
 * Phases of a graphics client connection, passed to
 * virConnectDomainEventGraphicsCallback.
 */
typedef enum {
    VIR_DOMAIN_EVENT_GRAPHICS_CONNECT    = 0,  /* socket connected */
    VIR_DOMAIN_EVENT_GRAPHICS_INITIALIZE = 1,  /* authentication done, session running */
    VIR_DOMAIN_EVENT_GRAPHICS_DISCONNECT = 2,  /* client gone */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_GRAPHICS_LAST
# endif
} virDomainEventGraphicsPhase;

typedef virDomainEventGraphicsSubject *virDomainEventGraphicsSubjectPtr;

/*
 * Event kinds for virConnectDomainEventRegisterAny(); the comment on each names
 * the callback type to cast to VIR_DOMAIN_EVENT_CALLBACK().
 */
typedef enum {
    /* virConnectDomainEventCallback */
    VIR_DOMAIN_EVENT_ID_LIFECYCLE                 = 0,
    /* virConnectDomainEventGenericCallback */
    VIR_DOMAIN_EVENT_ID_REBOOT                    = 1,
    /* virConnectDomainEventRTCChangeCallback */
    VIR_DOMAIN_EVENT_ID_RTC_CHANGE                = 2,
    /* virConnectDomainEventWatchdogCallback */
    VIR_DOMAIN_EVENT_ID_WATCHDOG                  = 3,
    /* virConnectDomainEventIOErrorCallback */
    VIR_DOMAIN_EVENT_ID_IO_ERROR                  = 4,
    /* virConnectDomainEventGraphicsCallback */
    VIR_DOMAIN_EVENT_ID_GRAPHICS                  = 5,
    /* virConnectDomainEventIOErrorReasonCallback */
    VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON           = 6,
    /* virConnectDomainEventGenericCallback */
    VIR_DOMAIN_EVENT_ID_CONTROL_ERROR             = 7,
    /* virConnectDomainEventBlockJobCallback, disk as path */
    VIR_DOMAIN_EVENT_ID_BLOCK_JOB                 = 8,
    /* virConnectDomainEventDiskChangeCallback */
    VIR_DOMAIN_EVENT_ID_DISK_CHANGE               = 9,
    /* virConnectDomainEventTrayChangeCallback */
    VIR_DOMAIN_EVENT_ID_TRAY_CHANGE               = 10,
    /* virConnectDomainEventPMWakeupCallback */
    VIR_DOMAIN_EVENT_ID_PMWAKEUP                  = 11,
    /* virConnectDomainEventPMSuspendCallback */
    VIR_DOMAIN_EVENT_ID_PMSUSPEND                 = 12,
    /* virConnectDomainEventBalloonChangeCallback */
    VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE            = 13,
    /* virConnectDomainEventPMSuspendDiskCallback */
    VIR_DOMAIN_EVENT_ID_PMSUSPEND_DISK            = 14,
    /* virConnectDomainEventDeviceRemovedCallback */
    VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED            = 15,
    /* virConnectDomainEventBlockJobCallback, disk as target */
    VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2               = 16,
    /* virConnectDomainEventTunableCallback */
    VIR_DOMAIN_EVENT_ID_TUNABLE                   = 17,
    /* virConnectDomainEventAgentLifecycleCallback */
    VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE           = 18,
    /* virConnectDomainEventDeviceAddedCallback */
    VIR_DOMAIN_EVENT_ID_DEVICE_ADDED              = 19,
    /* virConnectDomainEventMigrationIterationCallback */
    VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION       = 20,
    /* virConnectDomainEventJobCompletedCallback */
    VIR_DOMAIN_EVENT_ID_JOB_COMPLETED             = 21,
    /* virConnectDomainEventDeviceRemovalFailedCallback */
    VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED     = 22,
    /* virConnectDomainEventMetadataChangeCallback */
    VIR_DOMAIN_EVENT_ID_METADATA_CHANGE           = 23,
    /* virConnectDomainEventBlockThresholdCallback */
    VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD           = 24,
    /* virConnectDomainEventMemoryFailureCallback */
    VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE            = 25,
    /* virConnectDomainEventMemoryDeviceSizeChangeCallback */
    VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE = 26,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_ID_LAST
# endif
} virDomainEventID;

/*
 * What the hypervisor did after a disk I/O error, passed to the I/O error
 * callbacks.
 */
typedef enum {
    VIR_DOMAIN_EVENT_IO_ERROR_NONE   = 0,  /* nothing; the error was ignored */
    VIR_DOMAIN_EVENT_IO_ERROR_PAUSE  = 1,  /* the guest was paused */
    VIR_DOMAIN_EVENT_IO_ERROR_REPORT = 2,  /* the error was passed on to the guest */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_IO_ERROR_LAST
# endif
} virDomainEventIOErrorAction;

/*
 * What the hypervisor did when the guest's watchdog fired, passed to
 * virConnectDomainEventWatchdogCallback.
 */
typedef enum {
    VIR_DOMAIN_EVENT_WATCHDOG_NONE      = 0,  /* nothing */
    VIR_DOMAIN_EVENT_WATCHDOG_PAUSE     = 1,
    VIR_DOMAIN_EVENT_WATCHDOG_RESET     = 2,
    VIR_DOMAIN_EVENT_WATCHDOG_POWEROFF  = 3,  /* the guest was powered off at once */
    VIR_DOMAIN_EVENT_WATCHDOG_SHUTDOWN  = 4,  /* the guest was asked to shut down */
    VIR_DOMAIN_EVENT_WATCHDOG_DEBUG     = 5,  /* only a log entry was written */
    VIR_DOMAIN_EVENT_WATCHDOG_INJECTNMI = 6,  /* an NMI was injected into the guest */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_WATCHDOG_LAST
# endif
} virDomainEventWatchdogAction;

/**
 * virConnectDomainEventIOErrorReasonCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @srcPath: host path of the disk source
 * @devAlias: alias of the disk device
 * @action: a virDomainEventIOErrorAction value
 * @reason: short cause, such as "enospc", or an empty string
 * @opaque: user data given at registration
 *
 * Like virConnectDomainEventIOErrorCallback with the cause of the error
 * (VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON).
 */
typedef void (*virConnectDomainEventIOErrorReasonCallback)(virConnectPtr conn,
                                                           virDomainPtr dom,
                                                           const char *srcPath,
                                                           const char *devAlias,
                                                           int action,
                                                           const char *reason,
                                                           void *opaque);

/* ---- vCPU and memory flags, old parameter types ---- */

/* Flags for virDomainGetVcpusFlags() and virDomainSetVcpusFlags(). */
typedef enum {
    VIR_DOMAIN_VCPU_CURRENT      = VIR_DOMAIN_AFFECT_CURRENT,
    VIR_DOMAIN_VCPU_LIVE         = VIR_DOMAIN_AFFECT_LIVE,
    VIR_DOMAIN_VCPU_CONFIG       = VIR_DOMAIN_AFFECT_CONFIG,
    VIR_DOMAIN_VCPU_MAXIMUM      = 1 << 2,  /* act on the maximum instead of the current count */
    VIR_DOMAIN_VCPU_GUEST        = 1 << 3,  /* act inside the guest through its agent */
    VIR_DOMAIN_VCPU_HOTPLUGGABLE = 1 << 4,  /* make added vCPUs hotpluggable in the configuration */
} virDomainVcpuFlags;

/* old name of virTypedParameterPtr for memory parameters */
typedef virMemoryParameter *virMemoryParameterPtr;

/*
 * Old names of the typed parameter types, for memory parameters; new code uses
 * the VIR_TYPED_PARAM_* values directly.
 */
typedef enum {
    VIR_DOMAIN_MEMORY_PARAM_INT     = VIR_TYPED_PARAM_INT,
    VIR_DOMAIN_MEMORY_PARAM_UINT    = VIR_TYPED_PARAM_UINT,
    VIR_DOMAIN_MEMORY_PARAM_LLONG   = VIR_TYPED_PARAM_LLONG,
    VIR_DOMAIN_MEMORY_PARAM_ULLONG  = VIR_TYPED_PARAM_ULLONG,
    VIR_DOMAIN_MEMORY_PARAM_DOUBLE  = VIR_TYPED_PARAM_DOUBLE,
    VIR_DOMAIN_MEMORY_PARAM_BOOLEAN = VIR_TYPED_PARAM_BOOLEAN,
} virMemoryParameterType;

/* old name of virTypedParameterPtr for block I/O parameters */
typedef virBlkioParameter *virBlkioParameterPtr;

/*
 * Old names of the typed parameter types, for block I/O parameters; new code
 * uses the VIR_TYPED_PARAM_* values directly.
 */
typedef enum {
    VIR_DOMAIN_BLKIO_PARAM_INT     = VIR_TYPED_PARAM_INT,
    VIR_DOMAIN_BLKIO_PARAM_UINT    = VIR_TYPED_PARAM_UINT,
    VIR_DOMAIN_BLKIO_PARAM_LLONG   = VIR_TYPED_PARAM_LLONG,
    VIR_DOMAIN_BLKIO_PARAM_ULLONG  = VIR_TYPED_PARAM_ULLONG,
    VIR_DOMAIN_BLKIO_PARAM_DOUBLE  = VIR_TYPED_PARAM_DOUBLE,
    VIR_DOMAIN_BLKIO_PARAM_BOOLEAN = VIR_TYPED_PARAM_BOOLEAN,
} virBlkioParameterType;

/* Flags for virDomainSetMemoryFlags() and virDomainSetMemoryStatsPeriod(). */
typedef enum {
    VIR_DOMAIN_MEM_CURRENT = VIR_DOMAIN_AFFECT_CURRENT,
    VIR_DOMAIN_MEM_LIVE    = VIR_DOMAIN_AFFECT_LIVE,
    VIR_DOMAIN_MEM_CONFIG  = VIR_DOMAIN_AFFECT_CONFIG,
    VIR_DOMAIN_MEM_MAXIMUM = 1 << 2,  /* change the maximum instead of the current amount */
} virDomainMemoryModFlags;

/* ---- virDomainGetState() reasons, one enum per virDomainState ---- */

/* Reasons reported by virDomainGetState() for VIR_DOMAIN_BLOCKED. */
typedef enum {
    VIR_DOMAIN_BLOCKED_UNKNOWN = 0,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_BLOCKED_LAST
# endif
} virDomainBlockedReason;

/* Reasons reported by virDomainGetState() for VIR_DOMAIN_CRASHED. */
typedef enum {
    VIR_DOMAIN_CRASHED_UNKNOWN  = 0,
    VIR_DOMAIN_CRASHED_PANICKED = 1,  /* the guest reported a panic */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_CRASHED_LAST
# endif
} virDomainCrashedReason;

/* Reasons reported by virDomainGetState() for VIR_DOMAIN_NOSTATE. */
typedef enum {
    VIR_DOMAIN_NOSTATE_UNKNOWN = 0,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_NOSTATE_LAST
# endif
} virDomainNostateReason;

/* Reasons reported by virDomainGetState() for VIR_DOMAIN_PAUSED. */
typedef enum {
    VIR_DOMAIN_PAUSED_UNKNOWN         = 0,
    VIR_DOMAIN_PAUSED_USER            = 1,   /* paused on request */
    VIR_DOMAIN_PAUSED_MIGRATION       = 2,   /* paused for offline migration */
    VIR_DOMAIN_PAUSED_SAVE            = 3,   /* paused while being saved */
    VIR_DOMAIN_PAUSED_DUMP            = 4,   /* paused while dumping core */
    VIR_DOMAIN_PAUSED_IOERROR         = 5,   /* paused after a disk I/O error */
    VIR_DOMAIN_PAUSED_WATCHDOG        = 6,   /* paused by a watchdog action */
    VIR_DOMAIN_PAUSED_FROM_SNAPSHOT   = 7,   /* a snapshot revert left it paused */
    VIR_DOMAIN_PAUSED_SHUTTING_DOWN   = 8,   /* paused while shutting down */
    VIR_DOMAIN_PAUSED_SNAPSHOT        = 9,   /* paused while a snapshot is taken */
    VIR_DOMAIN_PAUSED_CRASHED         = 10,  /* the guest crashed and was kept paused */
    VIR_DOMAIN_PAUSED_STARTING_UP     = 11,  /* not yet resumed after start */
    VIR_DOMAIN_PAUSED_POSTCOPY        = 12,  /* paused during post-copy migration */
    VIR_DOMAIN_PAUSED_POSTCOPY_FAILED = 13,  /* paused because post-copy migration failed */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_PAUSED_LAST
# endif
} virDomainPausedReason;

/* Reasons reported by virDomainGetState() for VIR_DOMAIN_RUNNING. */
typedef enum {
    VIR_DOMAIN_RUNNING_UNKNOWN            = 0,
    VIR_DOMAIN_RUNNING_BOOTED             = 1,   /* normal boot */
    VIR_DOMAIN_RUNNING_MIGRATED           = 2,   /* arrived by incoming migration */
    VIR_DOMAIN_RUNNING_RESTORED           = 3,   /* restored from a saved image */
    VIR_DOMAIN_RUNNING_FROM_SNAPSHOT      = 4,
    VIR_DOMAIN_RUNNING_UNPAUSED           = 5,   /* resumed after a pause */
    VIR_DOMAIN_RUNNING_MIGRATION_CANCELED = 6,   /* outgoing migration was cancelled */
    VIR_DOMAIN_RUNNING_SAVE_CANCELED      = 7,   /* saving was cancelled */
    VIR_DOMAIN_RUNNING_WAKEUP             = 8,   /* woke up from a sleep state */
    VIR_DOMAIN_RUNNING_CRASHED            = 9,   /* kept running after a crash */
    VIR_DOMAIN_RUNNING_POSTCOPY           = 10,  /* running during post-copy migration */
    VIR_DOMAIN_RUNNING_POSTCOPY_FAILED    = 11,  /* running, but post-copy migration failed */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_RUNNING_LAST
# endif
} virDomainRunningReason;

/* Reasons reported by virDomainGetState() for VIR_DOMAIN_SHUTDOWN. */
typedef enum {
    VIR_DOMAIN_SHUTDOWN_UNKNOWN = 0,
    VIR_DOMAIN_SHUTDOWN_USER    = 1,  /* shutdown was requested by the user */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_SHUTDOWN_LAST
# endif
} virDomainShutdownReason;

/* Reasons reported by virDomainGetState() for VIR_DOMAIN_SHUTOFF. */
typedef enum {
    VIR_DOMAIN_SHUTOFF_UNKNOWN       = 0,
    /* the guest shut down normally */
    VIR_DOMAIN_SHUTOFF_SHUTDOWN      = 1,
    /* stopped by virDomainDestroy() */
    VIR_DOMAIN_SHUTOFF_DESTROYED     = 2,
    VIR_DOMAIN_SHUTOFF_CRASHED       = 3,
    /* migrated to another host */
    VIR_DOMAIN_SHUTOFF_MIGRATED      = 4,
    /* stopped after saving its state */
    VIR_DOMAIN_SHUTOFF_SAVED         = 5,
    /* failed to start */
    VIR_DOMAIN_SHUTOFF_FAILED        = 6,
    /* a snapshot revert left it stopped */
    VIR_DOMAIN_SHUTOFF_FROM_SNAPSHOT = 7,
    /* killed by the daemon while reconnecting after its restart */
    VIR_DOMAIN_SHUTOFF_DAEMON        = 8,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_SHUTOFF_LAST
# endif
} virDomainShutoffReason;

/* ---- control state and key codes ---- */

/*
 * States of the management channel to a domain, in virDomainControlInfo.state.
 */
typedef enum {
    VIR_DOMAIN_CONTROL_OK       = 0,  /* ready for commands */
    VIR_DOMAIN_CONTROL_JOB      = 1,  /* a background job is running */
    VIR_DOMAIN_CONTROL_OCCUPIED = 2,  /* a command is in progress */
    VIR_DOMAIN_CONTROL_ERROR    = 3,  /* unusable; see virDomainControlErrorReason */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_CONTROL_LAST
# endif
} virDomainControlState;

/* Key code sets understood by virDomainSendKey(). */
typedef enum {
    VIR_KEYCODE_SET_LINUX  = 0,  /* Linux input event codes */
    VIR_KEYCODE_SET_XT     = 1,  /* IBM XT scan codes */
    VIR_KEYCODE_SET_ATSET1 = 2,
    VIR_KEYCODE_SET_ATSET2 = 3,
    VIR_KEYCODE_SET_ATSET3 = 4,
    VIR_KEYCODE_SET_OSX    = 5,  /* macOS virtual key codes */
    VIR_KEYCODE_SET_XT_KBD = 6,  /* XT codes as used by the Linux keyboard driver */
    VIR_KEYCODE_SET_USB    = 7,  /* USB HID usage codes */
    VIR_KEYCODE_SET_WIN32  = 8,  /* Windows virtual key codes */
    VIR_KEYCODE_SET_QNUM   = 9,  /* QEMU key numbers (also VIR_KEYCODE_SET_RFB) */

# ifdef VIR_ENUM_SENTINELS
    VIR_KEYCODE_SET_LAST
# endif
} virKeycodeSet;

/* ---- block jobs; destroy, save and undefine flags ---- */

/**
 * virConnectDomainEventBlockJobCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @disk: the disk: its source path for VIR_DOMAIN_EVENT_ID_BLOCK_JOB, its
 *     target name for VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2
 * @type: a virDomainBlockJobType value
 * @status: a virConnectDomainEventBlockJobStatus value
 * @opaque: user data given at registration
 *
 * Called when a block job completes, fails, is cancelled or becomes ready to
 * pivot.
 */
typedef void (*virConnectDomainEventBlockJobCallback)(virConnectPtr conn,
                                                      virDomainPtr dom,
                                                      const char *disk,
                                                      int type,
                                                      int status,
                                                      void *opaque);

/*
 * Outcome of a block job, passed as @status to
 * virConnectDomainEventBlockJobCallback.
 */
typedef enum {
    VIR_DOMAIN_BLOCK_JOB_COMPLETED = 0,
    VIR_DOMAIN_BLOCK_JOB_FAILED    = 1,
    VIR_DOMAIN_BLOCK_JOB_CANCELED  = 2,
    VIR_DOMAIN_BLOCK_JOB_READY     = 3,  /* mirror in sync; ready to pivot or be cancelled */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_BLOCK_JOB_LAST
# endif
} virConnectDomainEventBlockJobStatus;

/* Kinds of block job, in virDomainBlockJobInfo.type and block job events. */
typedef enum {
    VIR_DOMAIN_BLOCK_JOB_TYPE_UNKNOWN       = 0,
    VIR_DOMAIN_BLOCK_JOB_TYPE_PULL          = 1,  /* virDomainBlockPull() or a plain rebase */
    VIR_DOMAIN_BLOCK_JOB_TYPE_COPY          = 2,  /* virDomainBlockCopy() or a copying rebase */
    VIR_DOMAIN_BLOCK_JOB_TYPE_COMMIT        = 3,  /* commit of images below the active one */
    VIR_DOMAIN_BLOCK_JOB_TYPE_ACTIVE_COMMIT = 4,  /* commit of the active image */
    VIR_DOMAIN_BLOCK_JOB_TYPE_BACKUP        = 5,  /* part of virDomainBackupBegin() */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_BLOCK_JOB_TYPE_LAST
# endif
} virDomainBlockJobType;

/* Flags for virDomainDestroyFlags(). */
typedef enum {
    VIR_DOMAIN_DESTROY_DEFAULT     = 0,
    VIR_DOMAIN_DESTROY_GRACEFUL    = 1 << 0,  /* only ask the process to end; never kill it hard */
    VIR_DOMAIN_DESTROY_REMOVE_LOGS = 1 << 1,  /* delete the domain's log files afterwards */
} virDomainDestroyFlagsValues;

/* Flags for the save, restore and managed save calls. */
typedef enum {
    VIR_DOMAIN_SAVE_BYPASS_CACHE = 1 << 0,  /* avoid the host page cache for the image */
    VIR_DOMAIN_SAVE_RUNNING      = 1 << 1,  /* run the domain after restore */
    VIR_DOMAIN_SAVE_PAUSED       = 1 << 2,  /* leave the domain paused after restore */
    VIR_DOMAIN_SAVE_RESET_NVRAM  = 1 << 3,  /* recreate the UEFI variable store on restore */
} virDomainSaveRestoreFlags;

/*
 * Flags for virDomainUndefineFlags(), saying what happens to data stored
 * alongside the definition.
 */
typedef enum {
    VIR_DOMAIN_UNDEFINE_MANAGED_SAVE         = 1 << 0,  /* also remove a managed save image */
    VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA   = 1 << 1,  /* also drop snapshot metadata */
    VIR_DOMAIN_UNDEFINE_NVRAM                = 1 << 2,  /* also delete the UEFI variable store */
    VIR_DOMAIN_UNDEFINE_KEEP_NVRAM           = 1 << 3,  /* keep the UEFI variable store */
    VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA = 1 << 4,  /* also drop checkpoint metadata */
    VIR_DOMAIN_UNDEFINE_TPM                  = 1 << 5,  /* also delete emulated TPM state */
    VIR_DOMAIN_UNDEFINE_KEEP_TPM             = 1 << 6,  /* keep emulated TPM state */
} virDomainUndefineFlagsValues;

/* ---- disk, tray and power-management events; more flags ---- */

/**
 * virConnectDomainEventDiskChangeCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @oldSrcPath: previous source path, or NULL
 * @newSrcPath: new source path, or NULL
 * @devAlias: alias of the disk device
 * @reason: a virConnectDomainEventDiskChangeReason value
 * @opaque: user data given at registration
 *
 * Called when a disk's medium changes without the user asking, for example
 * because its source was missing at start (VIR_DOMAIN_EVENT_ID_DISK_CHANGE).
 */
typedef void (*virConnectDomainEventDiskChangeCallback)(virConnectPtr conn,
                                                        virDomainPtr dom,
                                                        const char *oldSrcPath,
                                                        const char *newSrcPath,
                                                        const char *devAlias,
                                                        int reason,
                                                        void *opaque);

/*
 * Why a disk's medium changed, passed to
 * virConnectDomainEventDiskChangeCallback.
 */
typedef enum {
    /* the source was missing at start and was ejected */
    VIR_DOMAIN_EVENT_DISK_CHANGE_MISSING_ON_START = 0,
    /* the missing disk was dropped from the definition */
    VIR_DOMAIN_EVENT_DISK_DROP_MISSING_ON_START   = 1,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_DISK_CHANGE_LAST
# endif
} virConnectDomainEventDiskChangeReason;

/* Flags for virDomainOpenGraphics() and virDomainOpenGraphicsFD(). */
typedef enum {
    VIR_DOMAIN_OPEN_GRAPHICS_SKIPAUTH = 1 << 0,  /* let the client in without authentication */
} virDomainOpenGraphicsFlags;

/* Detail values of VIR_DOMAIN_EVENT_SHUTDOWN lifecycle events. */
typedef enum {
    VIR_DOMAIN_EVENT_SHUTDOWN_FINISHED = 0,  /* the guest finished shutting down */
    VIR_DOMAIN_EVENT_SHUTDOWN_GUEST    = 1,  /* shutdown started inside the guest */
    VIR_DOMAIN_EVENT_SHUTDOWN_HOST     = 2,  /* shutdown requested from the host */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_SHUTDOWN_LAST
# endif
} virDomainEventShutdownDetailType;

/*
 * Memory placement policies, the value of the VIR_DOMAIN_NUMA_MODE parameter.
 */
typedef enum {
    VIR_DOMAIN_NUMATUNE_MEM_STRICT      = 0,  /* only the given nodes; fail otherwise */
    VIR_DOMAIN_NUMATUNE_MEM_PREFERRED   = 1,  /* the given nodes first, others if needed */
    VIR_DOMAIN_NUMATUNE_MEM_INTERLEAVE  = 2,  /* spread pages round-robin over the nodes */
    VIR_DOMAIN_NUMATUNE_MEM_RESTRICTIVE = 3,  /* enforced through cgroups only */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_NUMATUNE_MEM_LAST
# endif
} virDomainNumatuneMemMode;

/* Error kinds in virDomainDiskError.error. */
typedef enum {
    VIR_DOMAIN_DISK_ERROR_NONE     = 0,
    VIR_DOMAIN_DISK_ERROR_UNSPEC   = 1,  /* some other error */
    VIR_DOMAIN_DISK_ERROR_NO_SPACE = 2,  /* the host storage is full */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_DISK_ERROR_LAST
# endif
} virDomainDiskErrorCode;

/* Kinds of metadata for virDomainGetMetadata() and virDomainSetMetadata(). */
typedef enum {
    VIR_DOMAIN_METADATA_DESCRIPTION = 0,  /* the <description> text */
    VIR_DOMAIN_METADATA_TITLE       = 1,  /* the one-line <title> */
    VIR_DOMAIN_METADATA_ELEMENT     = 2,  /* an application XML element under <metadata> */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_METADATA_LAST
# endif
} virDomainMetadataType;

/* Methods for virDomainReboot(); 0 lets the driver choose. */
typedef enum {
    VIR_DOMAIN_REBOOT_DEFAULT        = 0,
    VIR_DOMAIN_REBOOT_ACPI_POWER_BTN = 1 << 0,  /* ACPI power button */
    VIR_DOMAIN_REBOOT_GUEST_AGENT    = 1 << 1,  /* ask the guest agent */
    VIR_DOMAIN_REBOOT_INITCTL        = 1 << 2,  /* talk to the container's init */
    VIR_DOMAIN_REBOOT_SIGNAL         = 1 << 3,  /* send a signal to the container's init */
    VIR_DOMAIN_REBOOT_PARAVIRT       = 1 << 4,  /* paravirtual interface (Xen) */
} virDomainRebootFlagValues;

/* Methods for virDomainShutdownFlags(); 0 lets the driver choose. */
typedef enum {
    VIR_DOMAIN_SHUTDOWN_DEFAULT        = 0,
    VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN = 1 << 0,  /* ACPI power button */
    VIR_DOMAIN_SHUTDOWN_GUEST_AGENT    = 1 << 1,  /* ask the guest agent */
    VIR_DOMAIN_SHUTDOWN_INITCTL        = 1 << 2,  /* talk to the container's init */
    VIR_DOMAIN_SHUTDOWN_SIGNAL         = 1 << 3,  /* send a signal to the container's init */
    VIR_DOMAIN_SHUTDOWN_PARAVIRT       = 1 << 4,  /* paravirtual interface (Xen) */
} virDomainShutdownFlagValues;

/**
 * virConnectDomainEventPMSuspendCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @reason: reserved, always 0
 * @opaque: user data given at registration
 *
 * Called when the guest suspends to RAM (VIR_DOMAIN_EVENT_ID_PMSUSPEND).
 */
typedef void (*virConnectDomainEventPMSuspendCallback)(virConnectPtr conn,
                                                       virDomainPtr dom,
                                                       int reason,
                                                       void *opaque);

/**
 * virConnectDomainEventPMWakeupCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @reason: reserved, always 0
 * @opaque: user data given at registration
 *
 * Called when the guest wakes up from a sleep state
 * (VIR_DOMAIN_EVENT_ID_PMWAKEUP).
 */
typedef void (*virConnectDomainEventPMWakeupCallback)(virConnectPtr conn,
                                                      virDomainPtr dom,
                                                      int reason,
                                                      void *opaque);

/**
 * virConnectDomainEventTrayChangeCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @devAlias: alias of the removable-media device
 * @reason: a virDomainEventTrayChangeReason value
 * @opaque: user data given at registration
 *
 * Called when the tray of a CD-ROM or floppy drive opens or closes
 * (VIR_DOMAIN_EVENT_ID_TRAY_CHANGE).
 */
typedef void (*virConnectDomainEventTrayChangeCallback)(virConnectPtr conn,
                                                        virDomainPtr dom,
                                                        const char *devAlias,
                                                        int reason,
                                                        void *opaque);

/* Flags for virDomainBlockResize(). */
typedef enum {
    VIR_DOMAIN_BLOCK_RESIZE_BYTES = 1 << 0,  /* size is in bytes, not KiB */
} virDomainBlockResizeFlags;

/* Flags for virDomainOpenConsole(). */
typedef enum {
    VIR_DOMAIN_CONSOLE_FORCE = 1 << 0,  /* take the console from another open session */
    VIR_DOMAIN_CONSOLE_SAFE  = 1 << 1,  /* fail unless exclusive access can be guaranteed */
} virDomainConsoleFlags;

/* Tray movements, passed to virConnectDomainEventTrayChangeCallback. */
typedef enum {
    VIR_DOMAIN_EVENT_TRAY_CHANGE_OPEN  = 0,
    VIR_DOMAIN_EVENT_TRAY_CHANGE_CLOSE = 1,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_TRAY_CHANGE_LAST
# endif
} virDomainEventTrayChangeReason;

/* Reasons reported by virDomainGetState() for VIR_DOMAIN_PMSUSPENDED. */
typedef enum {
    VIR_DOMAIN_PMSUSPENDED_UNKNOWN = 0,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_PMSUSPENDED_LAST
# endif
} virDomainPMSuspendedReason;

/* Flags for virDomainBlockJobAbort(). */
typedef enum {
    VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC = 1 << 0,  /* return without waiting for the job to end */
    VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT = 1 << 1,  /* switch the guest to the new image */
} virDomainBlockJobAbortFlags;

/* Flags for virDomainBlockRebase(). */
typedef enum {
    /* copy only the top image, keeping its backing chain */
    VIR_DOMAIN_BLOCK_REBASE_SHALLOW         = 1 << 0,
    /* use an existing destination file */
    VIR_DOMAIN_BLOCK_REBASE_REUSE_EXT       = 1 << 1,
    /* the destination is raw */
    VIR_DOMAIN_BLOCK_REBASE_COPY_RAW        = 1 << 2,
    /* copy to @base instead of pulling into the disk */
    VIR_DOMAIN_BLOCK_REBASE_COPY            = 1 << 3,
    /* record the backing file as a relative name */
    VIR_DOMAIN_BLOCK_REBASE_RELATIVE        = 1 << 4,
    /* the destination is a block device */
    VIR_DOMAIN_BLOCK_REBASE_COPY_DEV        = 1 << 5,
    /* bandwidth is in bytes/s */
    VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES = 1 << 6,
} virDomainBlockRebaseFlags;

/*
 * Filters for virConnectListAllDomains(); within each pair or group, setting
 * none means no filtering on that property.
 */
typedef enum {
    VIR_CONNECT_LIST_DOMAINS_ACTIVE         = 1 << 0,
    VIR_CONNECT_LIST_DOMAINS_INACTIVE       = 1 << 1,
    VIR_CONNECT_LIST_DOMAINS_PERSISTENT     = 1 << 2,
    VIR_CONNECT_LIST_DOMAINS_TRANSIENT      = 1 << 3,
    VIR_CONNECT_LIST_DOMAINS_RUNNING        = 1 << 4,
    VIR_CONNECT_LIST_DOMAINS_PAUSED         = 1 << 5,
    VIR_CONNECT_LIST_DOMAINS_SHUTOFF        = 1 << 6,
    /* a state other than running, paused or shut off */
    VIR_CONNECT_LIST_DOMAINS_OTHER          = 1 << 7,
    /* has a managed save image */
    VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE    = 1 << 8,
    VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE = 1 << 9,
    VIR_CONNECT_LIST_DOMAINS_AUTOSTART      = 1 << 10,
    VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART   = 1 << 11,
    VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT   = 1 << 12,
    VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT    = 1 << 13,
    VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT = 1 << 14,
    VIR_CONNECT_LIST_DOMAINS_NO_CHECKPOINT  = 1 << 15,
} virConnectListAllDomainsFlags;

/**
 * virConnectDomainEventBalloonChangeCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @actual: new memory size of the guest, in KiB
 * @opaque: user data given at registration
 *
 * Called when the balloon driver changes the guest's memory
 * (VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE).
 */
typedef void (*virConnectDomainEventBalloonChangeCallback)(virConnectPtr conn,
                                                           virDomainPtr dom,
                                                           unsigned long long actual,
                                                           void *opaque);

/* Flags for virDomainBlockCommit(). */
typedef enum {
    VIR_DOMAIN_BLOCK_COMMIT_SHALLOW         = 1 << 0,  /* base is the image right below top */
    VIR_DOMAIN_BLOCK_COMMIT_DELETE          = 1 << 1,  /* delete the merged images afterwards */
    VIR_DOMAIN_BLOCK_COMMIT_ACTIVE          = 1 << 2,  /* allow committing the active image */
    VIR_DOMAIN_BLOCK_COMMIT_RELATIVE        = 1 << 3,  /* keep backing file names relative */
    VIR_DOMAIN_BLOCK_COMMIT_BANDWIDTH_BYTES = 1 << 4,  /* bandwidth is in bytes/s */
} virDomainBlockCommitFlags;

/* Detail values of VIR_DOMAIN_EVENT_PMSUSPENDED lifecycle events. */
typedef enum {
    VIR_DOMAIN_EVENT_PMSUSPENDED_MEMORY = 0,  /* suspended to RAM */
    VIR_DOMAIN_EVENT_PMSUSPENDED_DISK   = 1,  /* suspended to disk */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_PMSUSPENDED_LAST
# endif
} virDomainEventPMSuspendedDetailType;

/**
 * virConnectDomainEventPMSuspendDiskCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @reason: reserved, always 0
 * @opaque: user data given at registration
 *
 * Called when the guest suspends to disk (VIR_DOMAIN_EVENT_ID_PMSUSPEND_DISK).
 */
typedef void (*virConnectDomainEventPMSuspendDiskCallback)(virConnectPtr conn,
                                                           virDomainPtr dom,
                                                           int reason,
                                                           void *opaque);

/* Reasons for a suspend to disk; only the unknown reason exists. */
typedef enum {
    VIR_DOMAIN_PMSUSPENDED_DISK_UNKNOWN = 0,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_PMSUSPENDED_DISK_LAST
# endif
} virDomainPMSuspendedDiskReason;

/* ---- process signals, channels, dump formats, time ---- */

/*
 * Signal numbers for virDomainSendProcessSignal(), following Linux x86
 * numbering whatever the host is.
 */
typedef enum {
    VIR_DOMAIN_PROCESS_SIGNAL_NOP    = 0,  /* check that the process exists */
    VIR_DOMAIN_PROCESS_SIGNAL_HUP    = 1,
    VIR_DOMAIN_PROCESS_SIGNAL_INT    = 2,
    VIR_DOMAIN_PROCESS_SIGNAL_QUIT   = 3,
    VIR_DOMAIN_PROCESS_SIGNAL_ILL    = 4,
    VIR_DOMAIN_PROCESS_SIGNAL_TRAP   = 5,
    VIR_DOMAIN_PROCESS_SIGNAL_ABRT   = 6,
    VIR_DOMAIN_PROCESS_SIGNAL_BUS    = 7,
    VIR_DOMAIN_PROCESS_SIGNAL_FPE    = 8,
    VIR_DOMAIN_PROCESS_SIGNAL_KILL   = 9,
    VIR_DOMAIN_PROCESS_SIGNAL_USR1   = 10,
    VIR_DOMAIN_PROCESS_SIGNAL_SEGV   = 11,
    VIR_DOMAIN_PROCESS_SIGNAL_USR2   = 12,
    VIR_DOMAIN_PROCESS_SIGNAL_PIPE   = 13,
    VIR_DOMAIN_PROCESS_SIGNAL_ALRM   = 14,
    VIR_DOMAIN_PROCESS_SIGNAL_TERM   = 15,
    VIR_DOMAIN_PROCESS_SIGNAL_STKFLT = 16,
    VIR_DOMAIN_PROCESS_SIGNAL_CHLD   = 17,
    VIR_DOMAIN_PROCESS_SIGNAL_CONT   = 18,
    VIR_DOMAIN_PROCESS_SIGNAL_STOP   = 19,
    VIR_DOMAIN_PROCESS_SIGNAL_TSTP   = 20,
    VIR_DOMAIN_PROCESS_SIGNAL_TTIN   = 21,
    VIR_DOMAIN_PROCESS_SIGNAL_TTOU   = 22,
    VIR_DOMAIN_PROCESS_SIGNAL_URG    = 23,
    VIR_DOMAIN_PROCESS_SIGNAL_XCPU   = 24,
    VIR_DOMAIN_PROCESS_SIGNAL_XFSZ   = 25,
    VIR_DOMAIN_PROCESS_SIGNAL_VTALRM = 26,
    VIR_DOMAIN_PROCESS_SIGNAL_PROF   = 27,
    VIR_DOMAIN_PROCESS_SIGNAL_WINCH  = 28,
    VIR_DOMAIN_PROCESS_SIGNAL_POLL   = 29,
    VIR_DOMAIN_PROCESS_SIGNAL_PWR    = 30,
    VIR_DOMAIN_PROCESS_SIGNAL_SYS    = 31,
    VIR_DOMAIN_PROCESS_SIGNAL_RT0    = 32,
    VIR_DOMAIN_PROCESS_SIGNAL_RT1    = 33,
    VIR_DOMAIN_PROCESS_SIGNAL_RT2    = 34,
    VIR_DOMAIN_PROCESS_SIGNAL_RT3    = 35,
    VIR_DOMAIN_PROCESS_SIGNAL_RT4    = 36,
    VIR_DOMAIN_PROCESS_SIGNAL_RT5    = 37,
    VIR_DOMAIN_PROCESS_SIGNAL_RT6    = 38,
    VIR_DOMAIN_PROCESS_SIGNAL_RT7    = 39,
    VIR_DOMAIN_PROCESS_SIGNAL_RT8    = 40,
    VIR_DOMAIN_PROCESS_SIGNAL_RT9    = 41,
    VIR_DOMAIN_PROCESS_SIGNAL_RT10   = 42,
    VIR_DOMAIN_PROCESS_SIGNAL_RT11   = 43,
    VIR_DOMAIN_PROCESS_SIGNAL_RT12   = 44,
    VIR_DOMAIN_PROCESS_SIGNAL_RT13   = 45,
    VIR_DOMAIN_PROCESS_SIGNAL_RT14   = 46,
    VIR_DOMAIN_PROCESS_SIGNAL_RT15   = 47,
    VIR_DOMAIN_PROCESS_SIGNAL_RT16   = 48,
    VIR_DOMAIN_PROCESS_SIGNAL_RT17   = 49,
    VIR_DOMAIN_PROCESS_SIGNAL_RT18   = 50,
    VIR_DOMAIN_PROCESS_SIGNAL_RT19   = 51,
    VIR_DOMAIN_PROCESS_SIGNAL_RT20   = 52,
    VIR_DOMAIN_PROCESS_SIGNAL_RT21   = 53,
    VIR_DOMAIN_PROCESS_SIGNAL_RT22   = 54,
    VIR_DOMAIN_PROCESS_SIGNAL_RT23   = 55,
    VIR_DOMAIN_PROCESS_SIGNAL_RT24   = 56,
    VIR_DOMAIN_PROCESS_SIGNAL_RT25   = 57,
    VIR_DOMAIN_PROCESS_SIGNAL_RT26   = 58,
    VIR_DOMAIN_PROCESS_SIGNAL_RT27   = 59,
    VIR_DOMAIN_PROCESS_SIGNAL_RT28   = 60,
    VIR_DOMAIN_PROCESS_SIGNAL_RT29   = 61,
    VIR_DOMAIN_PROCESS_SIGNAL_RT30   = 62,
    VIR_DOMAIN_PROCESS_SIGNAL_RT31   = 63,
    VIR_DOMAIN_PROCESS_SIGNAL_RT32   = 64,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_PROCESS_SIGNAL_LAST
# endif
} virDomainProcessSignal;

/* Flags for virDomainOpenChannel(). */
typedef enum {
    VIR_DOMAIN_CHANNEL_FORCE = 1 << 0,  /* take the channel from another open session */
} virDomainChannelFlags;

/**
 * virConnectDomainEventDeviceRemovedCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @devAlias: alias of the removed device
 * @opaque: user data given at registration
 *
 * Called when a device unplug has finished
 * (VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED).
 */
typedef void (*virConnectDomainEventDeviceRemovedCallback)(virConnectPtr conn,
                                                           virDomainPtr dom,
                                                           const char *devAlias,
                                                           void *opaque);

/* Detail values of VIR_DOMAIN_EVENT_CRASHED lifecycle events. */
typedef enum {
    VIR_DOMAIN_EVENT_CRASHED_PANICKED    = 0,  /* the guest reported a panic */
    VIR_DOMAIN_EVENT_CRASHED_CRASHLOADED = 1,  /* the guest loaded a crash kernel */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_CRASHED_LAST
# endif
} virDomainEventCrashedDetailType;

/* File formats for virDomainCoreDumpWithFormat(). */
typedef enum {
    VIR_DOMAIN_CORE_DUMP_FORMAT_RAW          = 0,  /* plain, uncompressed format */
    VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_ZLIB   = 1,
    VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_LZO    = 2,
    VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_SNAPPY = 3,
    VIR_DOMAIN_CORE_DUMP_FORMAT_WIN_DMP      = 4,  /* Windows crash dump format */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_CORE_DUMP_FORMAT_LAST
# endif
} virDomainCoreDumpFormat;

/* Flags for virDomainSetTime(). */
typedef enum {
    VIR_DOMAIN_TIME_SYNC = 1 << 0,  /* reload the time from the guest's RTC */
} virDomainSetTimeFlags;

/* ---- bulk statistics and block copy ---- */

/*
 * Flags for virConnectGetAllDomainStats() and virDomainListGetStats(). The low
 * bits filter domains like virConnectListAllDomainsFlags.
 */
typedef enum {
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE        = VIR_CONNECT_LIST_DOMAINS_ACTIVE,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_INACTIVE      = VIR_CONNECT_LIST_DOMAINS_INACTIVE,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_PERSISTENT    = VIR_CONNECT_LIST_DOMAINS_PERSISTENT,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_TRANSIENT     = VIR_CONNECT_LIST_DOMAINS_TRANSIENT,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_RUNNING       = VIR_CONNECT_LIST_DOMAINS_RUNNING,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_PAUSED        = VIR_CONNECT_LIST_DOMAINS_PAUSED,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_SHUTOFF       = VIR_CONNECT_LIST_DOMAINS_SHUTOFF,
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_OTHER         = VIR_CONNECT_LIST_DOMAINS_OTHER,
    /* skip data that would wait on a busy domain */
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT        = 1 << 29,
    /* also report backing images of disks */
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_BACKING       = 1 << 30,
    /* fail if a requested group is unsupported */
    VIR_CONNECT_GET_ALL_DOMAINS_STATS_ENFORCE_STATS = 1U << 31,
} virConnectGetAllDomainStatsFlags;

/* Flags for virDomainBlockCopy(). */
typedef enum {
    /* copy only the top image */
    VIR_DOMAIN_BLOCK_COPY_SHALLOW            = 1 << 0,
    /* use an existing destination */
    VIR_DOMAIN_BLOCK_COPY_REUSE_EXT          = 1 << 1,
    /* allow the copy on a persistent domain without saving the job */
    VIR_DOMAIN_BLOCK_COPY_TRANSIENT_JOB      = 1 << 2,
    /* guest writes wait for the copy to keep up */
    VIR_DOMAIN_BLOCK_COPY_SYNCHRONOUS_WRITES = 1 << 3,
} virDomainBlockCopyFlags;

/*
 * Statistics groups for virConnectGetAllDomainStats() and
 * virDomainListGetStats().
 */
typedef enum {
    VIR_DOMAIN_STATS_STATE     = 1 << 0,   /* state and reason */
    VIR_DOMAIN_STATS_CPU_TOTAL = 1 << 1,   /* CPU time of the whole domain */
    VIR_DOMAIN_STATS_BALLOON   = 1 << 2,   /* balloon and memory figures */
    VIR_DOMAIN_STATS_VCPU      = 1 << 3,   /* per-vCPU state and time */
    VIR_DOMAIN_STATS_INTERFACE = 1 << 4,   /* network traffic */
    VIR_DOMAIN_STATS_BLOCK     = 1 << 5,   /* disk I/O and sizes */
    VIR_DOMAIN_STATS_PERF      = 1 << 6,   /* perf event counters */
    VIR_DOMAIN_STATS_IOTHREAD  = 1 << 7,   /* IOThread polling values */
    VIR_DOMAIN_STATS_MEMORY    = 1 << 8,   /* memory bandwidth counters */
    VIR_DOMAIN_STATS_DIRTYRATE = 1 << 9,   /* result of virDomainStartDirtyRateCalc() */
    VIR_DOMAIN_STATS_VM        = 1 << 10,  /* hypervisor-specific counters */
} virDomainStatsTypes;

/* ---- later events and their enums; later flags ---- */

/**
 * virConnectDomainEventTunableCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @params: the changed values (VIR_DOMAIN_TUNABLE_* names); owned by the
 *     library
 * @nparams: number of entries in @params
 * @opaque: user data given at registration
 *
 * Called when tunables such as CPU pinning or disk throttling change
 * (VIR_DOMAIN_EVENT_ID_TUNABLE). @params is freed after the call; copy it with
 * virTypedParamsCopy() to keep it.
 */
typedef void (*virConnectDomainEventTunableCallback)(virConnectPtr conn,
                                                     virDomainPtr dom,
                                                     virTypedParameterPtr params,
                                                     int nparams,
                                                     void *opaque);

/* Flags for virDomainGetBlockJobInfo(). */
typedef enum {
    VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES = 1 << 0,  /* report bandwidth in bytes/s */
} virDomainBlockJobInfoFlags;

/* Flags for virDomainBlockJobSetSpeed(). */
typedef enum {
    VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES = 1 << 0,  /* bandwidth is in bytes/s */
} virDomainBlockJobSetSpeedFlags;

/* Flags for virDomainBlockPull(). */
typedef enum {
    VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES = 1 << 6,  /* bandwidth is in bytes/s */
} virDomainBlockPullFlags;

/* Flags for virDomainGetJobStats(). */
typedef enum {
    VIR_DOMAIN_JOB_STATS_COMPLETED      = 1 << 0,  /* report the last completed job */
    VIR_DOMAIN_JOB_STATS_KEEP_COMPLETED = 1 << 1,  /* do not discard those statistics once read */
} virDomainGetJobStatsFlags;

/**
 * virConnectDomainEventAgentLifecycleCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @state: a virConnectDomainEventAgentLifecycleState value
 * @reason: a virConnectDomainEventAgentLifecycleReason value
 * @opaque: user data given at registration
 *
 * Called when the guest agent connects or disconnects
 * (VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE).
 */
typedef void (*virConnectDomainEventAgentLifecycleCallback)(virConnectPtr conn,
                                                            virDomainPtr dom,
                                                            int state,
                                                            int reason,
                                                            void *opaque);

/*
 * Why the guest agent state changed, passed to
 * virConnectDomainEventAgentLifecycleCallback.
 */
typedef enum {
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_UNKNOWN        = 0,
    /* the domain started */
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_DOMAIN_STARTED = 1,
    /* the agent opened or closed its channel */
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_CHANNEL        = 2,

# ifdef VIR_ENUM_SENTINELS
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_LAST
# endif
} virConnectDomainEventAgentLifecycleReason;

/* Guest agent states, passed to virConnectDomainEventAgentLifecycleCallback. */
typedef enum {
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_CONNECTED    = 1,
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_DISCONNECTED = 2,

# ifdef VIR_ENUM_SENTINELS
    VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_LAST
# endif
} virConnectDomainEventAgentLifecycleState;

/* Flags for virDomainDefineXMLFlags(). */
typedef enum {
    VIR_DOMAIN_DEFINE_VALIDATE = 1 << 0,  /* check the XML against the schema */
} virDomainDefineFlags;

/*
 * Why the management channel is unusable, in virDomainControlInfo.details when
 * the state is VIR_DOMAIN_CONTROL_ERROR.
 */
typedef enum {
    VIR_DOMAIN_CONTROL_ERROR_REASON_NONE     = 0,
    VIR_DOMAIN_CONTROL_ERROR_REASON_UNKNOWN  = 1,
    VIR_DOMAIN_CONTROL_ERROR_REASON_MONITOR  = 2,  /* the monitor connection failed */
    VIR_DOMAIN_CONTROL_ERROR_REASON_INTERNAL = 3,  /* an error inside the library */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_CONTROL_ERROR_REASON_LAST
# endif
} virDomainControlErrorReason;

/* Where virDomainInterfaceAddresses() learns addresses from. */
typedef enum {
    VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE = 0,  /* DHCP leases of libvirt networks */
    VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT = 1,  /* the guest agent */
    VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_ARP   = 2,  /* the host's ARP table */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LAST
# endif
} virDomainInterfaceAddressesSource;

/**
 * virConnectDomainEventDeviceAddedCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @devAlias: alias of the new device
 * @opaque: user data given at registration
 *
 * Called when a hot-plugged device has been added
 * (VIR_DOMAIN_EVENT_ID_DEVICE_ADDED).
 */
typedef void (*virConnectDomainEventDeviceAddedCallback)(virConnectPtr conn,
                                                         virDomainPtr dom,
                                                         const char *devAlias,
                                                         void *opaque);

/* Flags for virDomainSetUserPassword(). */
typedef enum {
    VIR_DOMAIN_PASSWORD_ENCRYPTED = 1 << 0,  /* the password is already crypt()-encrypted */
} virDomainSetUserPasswordFlags;

/**
 * virConnectDomainEventMigrationIterationCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @iteration: number of the pass over guest memory that just started, from 1
 * @opaque: user data given at registration
 *
 * Called on the source host at each new pass of a live migration
 * (VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION).
 */
typedef void (*virConnectDomainEventMigrationIterationCallback)(virConnectPtr conn,
                                                                virDomainPtr dom,
                                                                int iteration,
                                                                void *opaque);

/**
 * virConnectDomainEventJobCompletedCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @params: final job statistics (VIR_DOMAIN_JOB_* names); owned by the library
 * @nparams: number of entries in @params
 * @opaque: user data given at registration
 *
 * Called when a background job has finished
 * (VIR_DOMAIN_EVENT_ID_JOB_COMPLETED). @params is freed after the call; copy it
 * with virTypedParamsCopy() to keep it.
 */
typedef void (*virConnectDomainEventJobCompletedCallback)(virConnectPtr conn,
                                                          virDomainPtr dom,
                                                          virTypedParameterPtr params,
                                                          int nparams,
                                                          void *opaque);

/**
 * virConnectDomainEventDeviceRemovalFailedCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @devAlias: alias of the device that stayed
 * @opaque: user data given at registration
 *
 * Called when the guest refused or failed a device unplug
 * (VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED).
 */
typedef void (*virConnectDomainEventDeviceRemovalFailedCallback)(virConnectPtr conn,
                                                                 virDomainPtr dom,
                                                                 const char *devAlias,
                                                                 void *opaque);

/**
 * virConnectDomainEventMetadataChangeCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @type: a virDomainMetadataType value
 * @nsuri: namespace URI for VIR_DOMAIN_METADATA_ELEMENT, else NULL
 * @opaque: user data given at registration
 *
 * Called when the domain's metadata changes
 * (VIR_DOMAIN_EVENT_ID_METADATA_CHANGE).
 */
typedef void (*virConnectDomainEventMetadataChangeCallback)(virConnectPtr conn,
                                                            virDomainPtr dom,
                                                            int type,
                                                            const char *nsuri,
                                                            void *opaque);

/**
 * virConnectDomainEventBlockThresholdCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @dev: disk target name, possibly with a backing index such as "vda[1]"
 * @path: host path of the image, or NULL
 * @threshold: the threshold set with virDomainSetBlockThreshold(), in bytes
 * @excess: how far the write went beyond @threshold, in bytes
 * @opaque: user data given at registration
 *
 * Called once when a guest write crosses the threshold set with
 * virDomainSetBlockThreshold() (VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD); the
 * threshold must be set again for another event.
 */
typedef void (*virConnectDomainEventBlockThresholdCallback)(virConnectPtr conn,
                                                            virDomainPtr dom,
                                                            const char *dev,
                                                            const char *path,
                                                            unsigned long long threshold,
                                                            unsigned long long excess,
                                                            void *opaque);

/*
 * Which operation a job belongs to, reported as the VIR_DOMAIN_JOB_OPERATION
 * job statistic.
 */
typedef enum {
    VIR_DOMAIN_JOB_OPERATION_UNKNOWN         = 0,
    /* starting a domain (e.g. from a managed save) */
    VIR_DOMAIN_JOB_OPERATION_START           = 1,
    VIR_DOMAIN_JOB_OPERATION_SAVE            = 2,
    VIR_DOMAIN_JOB_OPERATION_RESTORE         = 3,
    /* incoming migration */
    VIR_DOMAIN_JOB_OPERATION_MIGRATION_IN    = 4,
    /* outgoing migration */
    VIR_DOMAIN_JOB_OPERATION_MIGRATION_OUT   = 5,
    VIR_DOMAIN_JOB_OPERATION_SNAPSHOT        = 6,
    /* reverting to a snapshot */
    VIR_DOMAIN_JOB_OPERATION_SNAPSHOT_REVERT = 7,
    VIR_DOMAIN_JOB_OPERATION_DUMP            = 8,
    VIR_DOMAIN_JOB_OPERATION_BACKUP          = 9,
    VIR_DOMAIN_JOB_OPERATION_SNAPSHOT_DELETE = 10,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_JOB_OPERATION_LAST
# endif
} virDomainJobOperation;

/* Guest events whose handling virDomainSetLifecycleAction() sets. */
typedef enum {
    VIR_DOMAIN_LIFECYCLE_POWEROFF = 0,
    VIR_DOMAIN_LIFECYCLE_REBOOT   = 1,
    VIR_DOMAIN_LIFECYCLE_CRASH    = 2,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_LIFECYCLE_LAST
# endif
} virDomainLifecycle;

/* Actions for virDomainSetLifecycleAction(). */
typedef enum {
    VIR_DOMAIN_LIFECYCLE_ACTION_DESTROY          = 0,
    VIR_DOMAIN_LIFECYCLE_ACTION_RESTART          = 1,
    /* restart under a new name */
    VIR_DOMAIN_LIFECYCLE_ACTION_RESTART_RENAME   = 2,
    /* keep the stopped domain around for inspection */
    VIR_DOMAIN_LIFECYCLE_ACTION_PRESERVE         = 3,
    /* dump core, then destroy */
    VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_DESTROY = 4,
    /* dump core, then restart */
    VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_RESTART = 5,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_LIFECYCLE_ACTION_LAST
# endif
} virDomainLifecycleAction;

/* Flags for virDomainMigrateSetMaxSpeed() and virDomainMigrateGetMaxSpeed(). */
typedef enum {
    VIR_DOMAIN_MIGRATE_MAX_SPEED_POSTCOPY = 1 << 0,  /* the limit for the post-copy phase */
} virDomainMigrateMaxSpeedFlags;

/*
 * Flags for virDomainSaveImageGetXMLDesc() and
 * virDomainManagedSaveGetXMLDesc().
 */
typedef enum {
    /* include secrets such as passwords */
    VIR_DOMAIN_SAVE_IMAGE_XML_SECURE = VIR_DOMAIN_XML_SECURE,
} virDomainSaveImageXMLFlags;

/* Information groups for virDomainGetGuestInfo(). */
typedef enum {
    VIR_DOMAIN_GUEST_INFO_USERS      = 1 << 0,
    VIR_DOMAIN_GUEST_INFO_OS         = 1 << 1,
    VIR_DOMAIN_GUEST_INFO_TIMEZONE   = 1 << 2,
    VIR_DOMAIN_GUEST_INFO_HOSTNAME   = 1 << 3,
    VIR_DOMAIN_GUEST_INFO_FILESYSTEM = 1 << 4,
    VIR_DOMAIN_GUEST_INFO_DISKS      = 1 << 5,
    VIR_DOMAIN_GUEST_INFO_INTERFACES = 1 << 6,
} virDomainGuestInfoTypes;

/*
 * Special timeouts for virDomainAgentSetResponseTimeout(); positive values are
 * seconds.
 */
typedef enum {
    VIR_DOMAIN_AGENT_RESPONSE_TIMEOUT_BLOCK   = -2,  /* wait forever */
    VIR_DOMAIN_AGENT_RESPONSE_TIMEOUT_DEFAULT = -1,  /* the built-in default */
    VIR_DOMAIN_AGENT_RESPONSE_TIMEOUT_NOWAIT  = 0,   /* do not wait at all */
} virDomainAgentResponseTimeoutValues;

/* Flags for virDomainBackupBegin(). */
typedef enum {
    /* use existing destination or scratch files */
    VIR_DOMAIN_BACKUP_BEGIN_REUSE_EXTERNAL = 1 << 0,
} virDomainBackupBeginFlags;

/* Sources for virDomainGetHostname(); 0 lets the driver choose. */
typedef enum {
    VIR_DOMAIN_GET_HOSTNAME_LEASE = 1 << 0,  /* DHCP leases of libvirt networks */
    VIR_DOMAIN_GET_HOSTNAME_AGENT = 1 << 1,  /* the guest agent */
} virDomainGetHostnameFlags;

/**
 * virConnectDomainEventMemoryFailureCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @recipient: a virDomainMemoryFailureRecipientType value
 * @action: a virDomainMemoryFailureActionType value
 * @flags: bitwise-OR of virDomainMemoryFailureFlags
 * @opaque: user data given at registration
 *
 * Called when a hardware memory error affects the domain
 * (VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE).
 */
typedef void (*virConnectDomainEventMemoryFailureCallback)(virConnectPtr conn,
                                                           virDomainPtr dom,
                                                           int recipient,
                                                           int action,
                                                           unsigned int flags,
                                                           void *opaque);

/*
 * What was done about a hardware memory error, passed to
 * virConnectDomainEventMemoryFailureCallback.
 */
typedef enum {
    /* nothing; the error was ignored */
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_IGNORE = 0,
    /* a machine check was injected into the guest */
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_INJECT = 1,
    /* unrecoverable; the hypervisor exits */
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_FATAL  = 2,
    /* the guest was reset */
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_RESET  = 3,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_LAST
# endif
} virDomainMemoryFailureActionType;

/*
 * Extra facts about a memory error, passed as @flags to
 * virConnectDomainEventMemoryFailureCallback.
 */
typedef enum {
    /* the error hit data in use and must be handled */
    VIR_DOMAIN_MEMORY_FAILURE_ACTION_REQUIRED = 1 << 0,
    /* a new error arrived while handling the last one */
    VIR_DOMAIN_MEMORY_FAILURE_RECURSIVE       = 1 << 1,
} virDomainMemoryFailureFlags;

/*
 * Who received a memory error, passed to
 * virConnectDomainEventMemoryFailureCallback.
 */
typedef enum {
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_RECIPIENT_HYPERVISOR = 0,
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_RECIPIENT_GUEST      = 1,

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_EVENT_MEMORY_FAILURE_RECIPIENT_LAST
# endif
} virDomainMemoryFailureRecipientType;

/*
 * Flags for virDomainAuthorizedSSHKeysSet(); with none, the key list is
 * replaced.
 */
typedef enum {
    VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_APPEND = 1 << 0,  /* add the keys to the existing ones */
    VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_REMOVE = 1 << 1,  /* remove the given keys */
} virDomainAuthorizedSSHKeysSetFlags;

/*
 * Negative values that virVcpuInfo.cpu may hold instead of a host CPU number.
 */
typedef enum {
    VIR_VCPU_INFO_CPU_UNAVAILABLE = -2,  /* the hypervisor cannot tell */
    VIR_VCPU_INFO_CPU_OFFLINE     = -1,  /* the vCPU is offline */
} virVcpuHostCpuState;

/* Message classes for virDomainGetMessages(). */
typedef enum {
    VIR_DOMAIN_MESSAGE_DEPRECATION = 1 << 0,  /* use of deprecated features */
    VIR_DOMAIN_MESSAGE_TAINTING    = 1 << 1,  /* actions that make the domain unsupported */
} virDomainMessageType;

/*
 * Progress of a dirty rate measurement, reported in the
 * VIR_DOMAIN_STATS_DIRTYRATE statistics.
 */
typedef enum {
    VIR_DOMAIN_DIRTYRATE_UNSTARTED = 0,  /* no measurement yet */
    VIR_DOMAIN_DIRTYRATE_MEASURING = 1,  /* in progress */
    VIR_DOMAIN_DIRTYRATE_MEASURED  = 2,  /* result available */

# ifdef VIR_ENUM_SENTINELS
    VIR_DOMAIN_DIRTYRATE_LAST
# endif
} virDomainDirtyRateStatus;

/**
 * virConnectDomainEventMemoryDeviceSizeChangeCallback:
 * @conn: the connection the event came from
 * @dom: the domain concerned
 * @alias: alias of the memory device
 * @size: its new size, in KiB
 * @opaque: user data given at registration
 *
 * Called when the guest-visible size of a memory device, such as a virtio-mem
 * device, changes (VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE).
 */
typedef void (*virConnectDomainEventMemoryDeviceSizeChangeCallback)(virConnectPtr conn,
                                                                    virDomainPtr dom,
                                                                    const char *alias,
                                                                    unsigned long long size,
                                                                    void *opaque);

/* Measuring methods for virDomainStartDirtyRateCalc(). */
typedef enum {
    VIR_DOMAIN_DIRTYRATE_MODE_PAGE_SAMPLING = 0,       /* sample random pages */
    VIR_DOMAIN_DIRTYRATE_MODE_DIRTY_BITMAP  = 1 << 0,  /* use the dirty page bitmap */
    VIR_DOMAIN_DIRTYRATE_MODE_DIRTY_RING    = 1 << 1,  /* use the KVM dirty ring */
} virDomainDirtyRateCalcFlags;

/* Flags for virDomainAbortJobFlags(). */
typedef enum {
    VIR_DOMAIN_ABORT_JOB_POSTCOPY = 1 << 0,  /* interrupt a migration in post-copy mode */
} virDomainAbortJobFlagsValues;

/* Flags for virDomainFDAssociate() about security labels of the descriptors. */
typedef enum {
    VIR_DOMAIN_FD_ASSOCIATE_SECLABEL_RESTORE  = 1 << 0,  /* restore the original label when done */
    VIR_DOMAIN_FD_ASSOCIATE_SECLABEL_WRITABLE = 1 << 1,  /* label them as writable by the guest */
} virDomainFDAssociateFlags;

#endif /* LIBVIRT_DOMAIN_H */
