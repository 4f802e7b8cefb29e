/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virsh.h: what the command groups of virsh share
 *
 * virsh is one shell (virsh.c: global options, the parser, the three modes,
 * help, completion, the connection) and one file per command group
 * (virsh-host.c, virsh-domain.c, virsh-network.c, virsh-pool.c,
 * virsh-volume.c).  A group exports one vshCmdDef table, NULL-terminated,
 * which virsh.c lists in its group table.  The shell parses a command line
 * against the command's option table before the handler runs, so a handler
 * only reads already-checked options through the vshCommandOpt*() helpers.
 *
 * Everything a user sees -- option names and order, help texts, messages,
 * table layouts, exit codes -- follows libvirt 9.0's virsh, so scripts
 * written for it keep working.
 */
#pragma once

#include <stdbool.h>
#include <stdarg.h>

#include <glib.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

typedef struct _vshControl vshControl;
typedef struct _vshCmd vshCmd;
typedef struct _vshCmdOpt vshCmdOpt;
typedef struct _vshCmdDef vshCmdDef;
typedef struct _vshCmdOptDef vshCmdOptDef;
typedef struct _vshTable vshTable;

/*
 * Option types, as libvirt's virsh has them.  A command line fills the
 * options it does not name (--opt value / --opt=value) from its bare words,
 * in table order, skipping BOOL options and options flagged REQ_OPT.
 */
typedef enum {
    VSH_OT_BOOL,        /* --flag, no value */
    VSH_OT_STRING,      /* optional string */
    VSH_OT_INT,         /* optional number (parsed by the handler) */
    VSH_OT_DATA,        /* required string; <name> in the synopsis */
    VSH_OT_ARGV,        /* every remaining bare word, in order */
    VSH_OT_ALIAS,       /* another spelling: help holds the real name,
                         * or "name=value" for a BOOL that sets a value */
} vshOptType;

typedef enum {
    VSH_OFLAG_NONE = 0,
    VSH_OFLAG_REQ = 1 << 0,       /* must be given (DATA implies it) */
    VSH_OFLAG_EMPTY_OK = 1 << 1,  /* "" is a valid value */
    VSH_OFLAG_REQ_OPT = 1 << 2,   /* only as --opt value, never a bare word */
} vshOptFlags;

/* completes the value of one option: NULL-terminated g_strv or NULL */
typedef char **(*vshCompleter)(vshControl *ctl, const vshCmd *cmd, unsigned int flags);

struct _vshCmdOptDef {
    const char *name;            /* without the leading "--" */
    vshOptType type;
    unsigned int flags;          /* vshOptFlags */
    const char *help;            /* N_() text, shown by "help CMD" */
    vshCompleter completer;      /* NULL: no value completion */
    unsigned int completerFlags; /* handed to the completer (e.g. list filters) */
};

typedef enum {
    VSH_CMD_FLAG_NOCONNECT = 1 << 0,  /* runs without a connection */
    VSH_CMD_FLAG_ALIAS = 1 << 1,      /* hidden; alias names the real command */
} vshCmdFlags;

struct _vshCmdDef {
    const char *name;
    bool (*handler)(vshControl *ctl, const vshCmd *cmd);  /* false: exit 1 */
    const vshCmdOptDef *opts;     /* ends with { .name = NULL } */
    const char *help;             /* N_() one line, "help" lists it */
    const char *desc;             /* N_() paragraph for "help CMD" */
    unsigned int flags;           /* vshCmdFlags */
    const char *alias;            /* with VSH_CMD_FLAG_ALIAS */
};

/* the command groups (each ends with { .name = NULL }) */
extern const vshCmdDef hostCmds[];      /* virsh-host.c */
extern const vshCmdDef domainCmds[];    /* virsh-domain.c: management */
extern const vshCmdDef domMonitoringCmds[]; /* virsh-domain.c: monitoring */
extern const vshCmdDef domEventCmds[];  /* virsh-domain.c: "event" */
extern const vshCmdDef networkCmds[];   /* virsh-network.c */
extern const vshCmdDef storagePoolCmds[]; /* virsh-pool.c */
extern const vshCmdDef storageVolCmds[];  /* virsh-volume.c */
extern const vshCmdDef virshCmds[];     /* virsh.c: help, quit, connect, ... */
extern const vshCmdDef pluginCmds[];    /* virsh-plugin.c: plugin-list, plugin-info */

/* the shell's state, shared by every command of one run */
struct _vshControl {
    char *connname;              /* URI given by -c, the environment or connect */
    virConnectPtr conn;          /* opened before a command without NOCONNECT runs */
    bool readonly;               /* -r */
    bool quiet;                  /* -q: vshPrintExtra() prints nothing */
    bool timing;                 /* -t */
    bool imode;                  /* interactive shell */
    int debug;                   /* -d level, 0..4 */
    char *logfile;               /* -l */
    char escapeChar[3];          /* -e, for console */
    int keepaliveInterval;       /* -k, -1 unset */
    unsigned int keepaliveCount; /* -K */
    bool useGetInfo;             /* internal: list falls back to older calls */
};

/* output: vshPrint() always, vshPrintExtra() unless -q; vshError() prints
 * "error: " + the text on stderr */
void vshPrint(vshControl *ctl, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
void vshPrintExtra(vshControl *ctl, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
void vshError(vshControl *ctl, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
/* prints libvirt's last error as "error: MESSAGE" (once) and resets it */
void vshReportError(vshControl *ctl);
/* forgets a libvirt error the command chose to ignore */
void vshResetLibvirtError(void);
/* the connection, opened on demand; NULL after printing why */
virConnectPtr vshConnection(vshControl *ctl);

/* options of the command being run.  The numeric ones return 1 when the
 * option was given and parsed, 0 when absent, -1 after printing libvirt's
 * "Numeric value '%s' for <%s> option is malformed or out of range". */
bool vshCommandOptBool(const vshCmd *cmd, const char *name);
int vshCommandOptStringQuiet(vshControl *ctl, const vshCmd *cmd, const char *name,
                             const char **value);
int vshCommandOptStringReq(vshControl *ctl, const vshCmd *cmd, const char *name,
                           const char **value);
int vshCommandOptInt(vshControl *ctl, const vshCmd *cmd, const char *name, int *value);
int vshCommandOptUInt(vshControl *ctl, const vshCmd *cmd, const char *name,
                      unsigned int *value);
int vshCommandOptUIntWrap(vshControl *ctl, const vshCmd *cmd, const char *name,
                          unsigned int *value);
int vshCommandOptLongLong(vshControl *ctl, const vshCmd *cmd, const char *name,
                          long long *value);
int vshCommandOptULongLong(vshControl *ctl, const vshCmd *cmd, const char *name,
                           unsigned long long *value);
/* a size with an optional unit suffix (k, KiB, M, MB, ...): scale is the
 * unit of a bare number, max the largest value accepted (bytes) */
int vshCommandOptScaledInt(vshControl *ctl, const vshCmd *cmd, const char *name,
                           unsigned long long *value, int scale,
                           unsigned long long max);
/* the ARGV option's words: call with opt = NULL, then with the previous
 * answer; NULL at the end */
const vshCmdOpt *vshCommandOptArgv(vshControl *ctl, const vshCmd *cmd,
                                   const vshCmdOpt *opt);
const char *vshCmdOptValue(const vshCmdOpt *opt);

/* libvirt's mutual-exclusion and dependency messages:
 * "Options --%s and --%s are mutually exclusive" (returns false) */
bool vshCommandOptExclusive(vshControl *ctl, const vshCmd *cmd,
                            const char *name1, const char *name2);
/* "Option --%s is required by option --%s" (returns false) */
bool vshCommandOptRequires(vshControl *ctl, const vshCmd *cmd,
                           const char *name, const char *requiredBy);

/* lookups as virsh does them: domain by id, then UUID, then name; network
 * and pool by UUID then name (or name then UUID, as libvirt); a volume by
 * key, path or name within --pool.  NULL after printing libvirt's
 * "failed to get domain '%s'" etc.  name, if not NULL, gets the word given. */
virDomainPtr virshCommandOptDomain(vshControl *ctl, const vshCmd *cmd, const char **name);
virNetworkPtr virshCommandOptNetwork(vshControl *ctl, const vshCmd *cmd, const char **name);
virStoragePoolPtr virshCommandOptPool(vshControl *ctl, const vshCmd *cmd,
                                      const char *optname, const char **name);
virStorageVolPtr virshCommandOptVol(vshControl *ctl, const vshCmd *cmd,
                                    const char *optname, const char *pooloptname,
                                    const char **name);

/* the edit commands: writes xml to a temporary file, runs $VISUAL or
 * $EDITOR (default vi) on it and reads it back; NULL after an error */
char *vshEditWriteToTempFile(vshControl *ctl, const char *doc);
int vshEditFile(vshControl *ctl, const char *filename);
char *vshEditReadBackFile(vshControl *ctl, const char *filename);
/* interactive yes/no for edit loops: 'y', 'n', 'f' (force), 'i'... */
int vshAskReedit(vshControl *ctl, const char *msg, bool relax_avail);

/* reads a whole file (virsh's <file> arguments) up to 10 MiB; NULL after
 * printing "Failed to open '%s'..." / libvirt's wording */
char *vshReadFile(vshControl *ctl, const char *path);

/* "1.50 GiB" style numbers: the value in the largest unit that keeps it
 * >= 1, and that unit's name */
double vshPrettyCapacity(unsigned long long val, const char **unit);

/* tables, laid out as libvirt's: each cell a space plus the text
 * left-aligned in width + 2 (the last column unpadded), a divider of
 * sum(width + 3) dashes, display widths of UTF-8 text respected */
vshTable *vshTableNew(const char *firstHeader, ...) G_GNUC_NULL_TERMINATED;
int vshTableRowAppend(vshTable *table, const char *firstCell, ...) G_GNUC_NULL_TERMINATED;
void vshTablePrintToStdout(vshTable *table, vshControl *ctl);
char *vshTablePrintToString(vshTable *table, bool header);
void vshTableFree(vshTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(vshTable, vshTableFree);

/* object-name completers (for options' .completer) */
char **virshDomainNameCompleter(vshControl *ctl, const vshCmd *cmd, unsigned int flags);
char **virshNetworkNameCompleter(vshControl *ctl, const vshCmd *cmd, unsigned int flags);
char **virshStoragePoolNameCompleter(vshControl *ctl, const vshCmd *cmd, unsigned int flags);
char **virshStorageVolNameCompleter(vshControl *ctl, const vshCmd *cmd, unsigned int flags);

/* handles freed by g_autoptr */
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virDomain, virDomainFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virNetwork, virNetworkFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStoragePool, virStoragePoolFree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(virStorageVol, virStorageVolFree);

/* ------------------------------------------------------------------ */
/* Appended by the shell (virsh.c, virsh-util.c), which changed nothing above
 * this line.  Command groups should keep to the accessors; the
 * structures are here only because two files of the shell share them. */

#include <glib/gi18n.h>

/* one option as the parser found it on the command line */
struct _vshCmdOpt {
    const vshCmdOptDef *def;     /* the real option (an ALIAS resolved) */
    char *data;                  /* its value; NULL for a BOOL */
    vshCmdOpt *next;
};

/* one parsed command; the parser chains the commands of a line */
struct _vshCmd {
    const vshCmdDef *def;        /* the real command (an alias resolved) */
    vshCmdOpt *opts;             /* in the order they were given */
    vshCmd *next;
};

/* the option table entry called @name in @def, aliases not resolved */
const vshCmdOptDef *vshCmdDefGetOption(const vshCmdDef *def, const char *name);
/* the command called @name in any group, aliases resolved; NULL if none */
const vshCmdDef *vshCmdDefSearch(const char *name);
/* frees a chain of parsed commands */
void vshCommandFree(vshCmd *cmd);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(vshCmd, vshCommandFree);

/* the libvirt error the shell keeps for vshReportError(): the error
 * handler installed by virsh.c stores every error here (a copy, owned
 * here); vshSaveError() replaces it with one of the shell's own */
void vshSaveLibvirtError(void);
void vshSaveError(int code, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
bool vshHaveLibvirtError(void);

/* opens ctl->conn for ctl->connname (read-only with ctl->readonly);
 * @quiet: print nothing on failure.  Returns 0 or -1. */
int vshConnect(vshControl *ctl, bool quiet);

/* a vshCmdDef flag next to vshCmdFlags: the command runs but "help" and
 * completion do not list it (the shell's "complete") */
#define VSH_CMD_FLAG_HIDDEN (1 << 2)

/* debug output of -d LEVEL (and of -l FILE): printed on standard output
 * when @level >= ctl->debug, as libvirt's virsh does */
enum {
    VSH_ERR_DEBUG = 0,
    VSH_ERR_INFO,
    VSH_ERR_NOTICE,
    VSH_ERR_WARNING,
    VSH_ERR_ERROR,
};
void vshDebug(vshControl *ctl, int level, const char *fmt, ...) G_GNUC_PRINTF(3, 4);

/* dumpxml's output, with --xpath and --wrap (virsh-util.c) */
bool virshDumpXML(vshControl *ctl, const char *xml, const char *xpath, bool wrap);

/* the edit commands' loop (virsh-util.c): how one command reads and applies
 * its document */
typedef struct {
    /* the document as it is now; NULL after an error (pending) */
    char *(*getDoc)(vshControl *ctl, void *opaque);
    /* applies the edited document; false if that failed (error pending) */
    bool (*define)(vshControl *ctl, const char *doc, bool relax, void *opaque);
    /* says that nothing changed */
    void (*notChanged)(vshControl *ctl, void *opaque);
    bool relaxAvail;   /* the first define validates: offer to turn it off */
} virshEditOps;

typedef enum {
    VIRSH_EDIT_FAILED = -1,   /* error printed or pending */
    VIRSH_EDIT_UNCHANGED = 0,
    VIRSH_EDIT_DONE = 1,      /* defined, or failed unasked (libvirt goes on) */
} virshEditResult;

virshEditResult virshEditRun(vshControl *ctl, const virshEditOps *ops, void *opaque);

/* The wait of the event commands (event, net-event, pool-event): the
 * command registers its callbacks, which print through virshEventWaitPrint(),
 * then turns the event loop with virshEventWaitRun(). */
typedef struct {
    vshControl *ctl;
    bool loop;                  /* --loop: go on after the first event */
    bool timestamp;             /* --timestamp */
    int count;                  /* events printed */
    bool done;                  /* one-shot: the event came */
    bool timedOut;
} virshEventWait;

/* The options virshEventWaitOptions() reads, last in each command's table. */
#define VIRSH_EVENT_WAIT_OPTS \
    { .name = "loop", \
      .type = VSH_OT_BOOL, \
      .help = N_("loop until timeout or interrupt, rather than one-shot"), \
    }, \
    { .name = "timeout", \
      .type = VSH_OT_INT, \
      .help = N_("timeout seconds"), \
    }, \
    { .name = "list", \
      .type = VSH_OT_BOOL, \
      .help = N_("list valid event types"), \
    }, \
    { .name = "timestamp", \
      .type = VSH_OT_BOOL, \
      .help = N_("show timestamp for each printed event"), \
    }

int virshEventWaitName(vshControl *ctl, const vshCmd *cmd, const char *const *names, size_t n);
bool virshEventWaitOptions(vshControl *ctl, const vshCmd *cmd, virshEventWait *wait,
                           int *timeout);
void virshEventWaitPrint(virshEventWait *wait, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
bool virshEventWaitRun(virshEventWait *wait, int timeout);
