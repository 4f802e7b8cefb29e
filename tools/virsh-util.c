/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virsh-util.c: what the command groups call -- output, errors, parsed
 * options, object lookups, the edit helpers, tables and name completers
 *
 * Notes on the contract in virsh.h (nothing above its "Appended by the
 * shell" line was changed):
 *
 *  - vshAskReedit() returns the answer as a character: 'y' (edit again),
 *    'n' (give up), 'f' (force: redefine ignoring validation), 'i' (only
 *    when @relax_avail: turn validation off and edit again); -1 when stdin
 *    is not a terminal, so a script never blocks.  It prints the pending
 *    libvirt error first, as libvirt does.
 *  - vshEditReadBackFile() leaves the temporary file in place (an edit loop
 *    edits it again); the caller unlinks it when the loop ends.
 *  - vshEditFile() and vshCommandOptScaledInt() keep their libvirt-style
 *    error ("internal error: Child process ...", "unknown suffix ...") as
 *    the pending error, which the shell prints after the command fails,
 *    as libvirt 9.0 does; the handler just returns false.
 *  - vshReadFile() prints its error itself (libvirt's wording, "Failed to
 *    open file '%s': ..."), once.
 *  - the name completers open the connection quietly if it is not open
 *    yet; the volume completer needs --pool on the command line.
 *  - vshCommandOptScaledInt() prints libvirt's "Scaled numeric value '%s'
 *    for <%s> option is malformed or out of range" (not "Numeric value").
 *  - vshTablePrintToStdout() leaves the header and its divider out under
 *    -q, and then sizes the columns by the rows alone, as libvirt does.
 *  - virshCommandOptVol() adds ", specifying --pool might help" only when
 *    the command has that option, and refuses an inactive --pool with
 *    "pool '%s' is not active", as libvirt does.
 *  - debug output (-d, -l) goes through vshDebug(), appended to virsh.h.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "virsh.h"

#define VSH_MAX_FILE_SIZE (10 * 1024 * 1024)

/* the error vshReportError() prints: a copy of libvirt's, or the shell's */
static virErrorPtr vshLastError;


/* ------------------------------------------------------------------ */
/* output */

static void
vshLogMessage(vshControl *ctl, int level, const char *msg)
{
    static const char *names[] = { "DEBUG", "INFO", "NOTICE", "WARNING", "ERROR" };
    FILE *fp;
    g_autoptr(GDateTime) now = NULL;
    g_autofree char *stamp = NULL;

    if (!ctl || !ctl->logfile || level < ctl->debug)
        return;
    if (!(fp = fopen(ctl->logfile, "a")))
        return;
    now = g_date_time_new_now_local();
    stamp = g_date_time_format(now, "%Y.%m.%d %H:%M:%S");
    fprintf(fp, "[%s virsh %d] %s %s%s", stamp, (int) getpid(),
            names[CLAMP(level, VSH_ERR_DEBUG, VSH_ERR_ERROR)], msg,
            g_str_has_suffix(msg, "\n") ? "" : "\n");
    fclose(fp);
}

/**
 * vshDebug:
 * @ctl: the shell
 * @level: VSH_ERR_DEBUG .. VSH_ERR_ERROR
 * @fmt: printf format
 *
 * Prints the message on standard output if @level reaches the level of
 * -d, and logs it in the file of -l.
 */
void
vshDebug(vshControl *ctl, int level, const char *fmt, ...)
{
    g_autofree char *msg = NULL;
    va_list ap;

    if (!ctl || level < ctl->debug)
        return;
    va_start(ap, fmt);
    msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);

    vshLogMessage(ctl, level, msg);
    fputs(msg, stdout);
}

/**
 * vshPrint:
 * @ctl: the shell
 * @fmt: printf format
 *
 * Prints on standard output.
 */
void
vshPrint(vshControl *ctl G_GNUC_UNUSED, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}

/**
 * vshPrintExtra:
 * @ctl: the shell
 * @fmt: printf format
 *
 * Prints on standard output unless the shell is quiet (-q).
 */
void
vshPrintExtra(vshControl *ctl, const char *fmt, ...)
{
    va_list ap;

    if (ctl && ctl->quiet)
        return;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}

/**
 * vshError:
 * @ctl: the shell, or NULL
 * @fmt: printf format
 *
 * Prints "error: " and the message on standard error (and in the log
 * file of -l).
 */
void
vshError(vshControl *ctl, const char *fmt, ...)
{
    va_list ap;
    g_autofree char *msg = NULL;

    va_start(ap, fmt);
    msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);

    vshLogMessage(ctl, VSH_ERR_ERROR, msg);
    fputs(_("error: "), stderr);
    fputs(msg, stderr);
    fputc('\n', stderr);
}


/* ------------------------------------------------------------------ */
/* the pending error */

/**
 * vshSaveLibvirtError:
 *
 * Keeps a copy of libvirt's last error for vshReportError(), replacing the
 * one kept before.  The shell's libvirt error handler calls it.
 */
void
vshSaveLibvirtError(void)
{
    virErrorPtr err = virSaveLastError();

    if (!err)
        return;
    virFreeError(vshLastError);
    vshLastError = err;
}

/**
 * vshSaveError:
 * @code: a virErrorNumber
 * @fmt: printf format of the whole message
 *
 * Makes the message the pending error, as if libvirt had reported it.
 */
void
vshSaveError(int code, const char *fmt, ...)
{
    va_list ap;
    virErrorPtr err = g_new0(virError, 1);

    va_start(ap, fmt);
    err->message = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    err->code = code;
    err->domain = VIR_FROM_NONE;
    err->level = VIR_ERR_ERROR;

    virFreeError(vshLastError);
    vshLastError = err;
}

/**
 * vshHaveLibvirtError:
 *
 * Returns true if an error is pending.
 */
bool
vshHaveLibvirtError(void)
{
    return vshLastError != NULL;
}

/**
 * vshResetLibvirtError:
 *
 * Forgets the pending error (and libvirt's own last error).
 */
void
vshResetLibvirtError(void)
{
    virFreeError(vshLastError);
    vshLastError = NULL;
    virResetLastError();
}

/**
 * vshReportError:
 * @ctl: the shell
 *
 * Prints the pending error, if any, and forgets it.
 */
void
vshReportError(vshControl *ctl)
{
    if (!vshLastError) {
        virErrorPtr err = virGetLastError();

        /* an error libvirt raised without calling the handler */
        if (!err || err->code == VIR_ERR_OK)
            return;
        vshSaveLibvirtError();
        if (!vshLastError)
            return;
    }

    if (vshLastError->code == VIR_ERR_OK || !vshLastError->message)
        vshError(ctl, "%s", _("unknown error"));
    else
        vshError(ctl, "%s", vshLastError->message);

    vshResetLibvirtError();
}


/* ------------------------------------------------------------------ */
/* the connection */

/**
 * vshConnect:
 * @ctl: the shell
 * @quiet: print nothing on failure
 *
 * Opens a connection to ctl->connname (NULL: libvirt's default), read-only
 * with ctl->readonly, and replaces ctl->conn with it.
 *
 * Returns 0, or -1 (after printing why unless @quiet).
 */
int
vshConnect(vshControl *ctl, bool quiet)
{
    virConnectPtr conn;
    bool forced = ctl->keepaliveInterval >= 0;
    int interval = ctl->keepaliveInterval >= 0 ? ctl->keepaliveInterval : 5;
    unsigned int count = ctl->keepaliveCount;

    if (ctl->readonly)
        conn = virConnectOpenReadOnly(ctl->connname);
    else
        conn = virConnectOpenAuth(ctl->connname, virConnectAuthPtrDefault, 0);

    if (!conn) {
        if (!quiet) {
            vshError(ctl, "%s", _("failed to connect to the hypervisor"));
            vshReportError(ctl);
        }
        vshResetLibvirtError();
        return -1;
    }

    if (interval > 0 && virConnectSetKeepAlive(conn, interval, count) != 0) {
        if (forced) {
            if (!quiet) {
                vshError(ctl, "%s",
                         _("Cannot setup keepalive on connection as requested, disconnecting"));
                vshError(ctl, "%s", _("failed to connect to the hypervisor"));
                vshReportError(ctl);
            }
            vshResetLibvirtError();
            virConnectClose(conn);
            return -1;
        }
        /* local drivers have no keepalive: nothing to worry about */
        vshDebug(ctl, VSH_ERR_INFO, "%s", _("Failed to setup keepalive on connection\n"));
        vshResetLibvirtError();
    }

    if (ctl->conn)
        virConnectClose(ctl->conn);
    ctl->conn = conn;
    return 0;
}

/**
 * vshConnection:
 * @ctl: the shell
 *
 * Returns the open connection, opening it first if needed; NULL after
 * printing why it could not be opened.
 */
virConnectPtr
vshConnection(vshControl *ctl)
{
    if (!ctl->conn && vshConnect(ctl, false) < 0)
        return NULL;
    return ctl->conn;
}


/* ------------------------------------------------------------------ */
/* options of the running command */

static const vshCmdOpt *
vshCommandOptFind(const vshCmd *cmd, const char *name)
{
    const vshCmdOpt *opt;

    for (opt = cmd->opts; opt; opt = opt->next) {
        if (g_str_equal(opt->def->name, name))
            return opt;
    }
    return NULL;
}

/**
 * vshCommandOptBool:
 * @cmd: the command
 * @name: an option of its table
 *
 * Returns true if the option was given.
 */
bool
vshCommandOptBool(const vshCmd *cmd, const char *name)
{
    return vshCommandOptFind(cmd, name) != NULL;
}

/**
 * vshCommandOptStringQuiet:
 * @ctl: the shell
 * @cmd: the command
 * @name: an option of its table
 * @value: set to the value (borrowed from @cmd), or left alone
 *
 * Returns 1 if given, 0 if absent, -1 if given empty and the option does
 * not allow that (nothing printed).
 */
int
vshCommandOptStringQuiet(vshControl *ctl G_GNUC_UNUSED, const vshCmd *cmd,
                         const char *name, const char **value)
{
    const vshCmdOpt *opt = vshCommandOptFind(cmd, name);

    if (!opt || !opt->data)
        return 0;
    if (!*opt->data && !(opt->def->flags & VSH_OFLAG_EMPTY_OK))
        return -1;
    *value = opt->data;
    return 1;
}

/**
 * vshCommandOptStringReq:
 * @ctl: the shell
 * @cmd: the command
 * @name: an option of its table
 * @value: set to the value (borrowed from @cmd) or NULL
 *
 * Returns 1 if given, 0 if absent, -1 after printing libvirt's "Failed to
 * get option" message for an empty value the option does not allow.
 */
int
vshCommandOptStringReq(vshControl *ctl, const vshCmd *cmd, const char *name,
                       const char **value)
{
    const vshCmdOpt *opt = vshCommandOptFind(cmd, name);

    *value = NULL;
    if (!opt || !opt->data)
        return 0;
    if (!*opt->data && !(opt->def->flags & VSH_OFLAG_EMPTY_OK)) {
        vshError(ctl, _("Failed to get option '%s': %s"), name,
                 _("Option argument is empty"));
        return -1;
    }
    *value = opt->data;
    return 1;
}

/* strict base-10 parsers: leading blanks allowed, nothing after the
 * digits; @allowNeg false refuses a minus sign */
static int
vshParseLongLong(const char *s, long long *value)
{
    char *end = NULL;
    long long v;

    errno = 0;
    v = strtoll(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0')
        return -1;
    *value = v;
    return 0;
}

static int
vshParseULongLong(const char *s, bool allowNeg, unsigned long long *value)
{
    char *end = NULL;
    unsigned long long v;
    const char *p = s;

    while (g_ascii_isspace(*p))
        p++;
    if (*p == '-' && !allowNeg)
        return -1;
    errno = 0;
    v = strtoull(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0')
        return -1;
    *value = v;
    return 0;
}

static int
vshCommandOptNumber(vshControl *ctl, const vshCmd *cmd, const char *name,
                    const char **str)
{
    const vshCmdOpt *opt = vshCommandOptFind(cmd, name);

    if (!opt || !opt->data)
        return 0;
    *str = opt->data;
    return 1;
}

static int
vshNumberError(vshControl *ctl, const char *name, const char *str)
{
    vshError(ctl, _("Numeric value '%s' for <%s> option is malformed or out of range"),
             str, name);
    return -1;
}

/**
 * vshCommandOptInt:
 * @ctl: the shell
 * @cmd: the command
 * @name: an option of its table
 * @value: set when the option was given and parsed
 *
 * Returns 1 if given and parsed, 0 if absent, -1 after printing libvirt's
 * message for a malformed or out-of-range number.
 */
int
vshCommandOptInt(vshControl *ctl, const vshCmd *cmd, const char *name, int *value)
{
    const char *str = NULL;
    long long v;
    int rc;

    if ((rc = vshCommandOptNumber(ctl, cmd, name, &str)) <= 0)
        return rc;
    if (vshParseLongLong(str, &v) < 0 || v < INT_MIN || v > INT_MAX)
        return vshNumberError(ctl, name, str);
    *value = v;
    return 1;
}

/**
 * vshCommandOptUInt:
 *
 * As vshCommandOptInt(), for a non-negative number.
 */
int
vshCommandOptUInt(vshControl *ctl, const vshCmd *cmd, const char *name,
                  unsigned int *value)
{
    const char *str = NULL;
    unsigned long long v;
    int rc;

    if ((rc = vshCommandOptNumber(ctl, cmd, name, &str)) <= 0)
        return rc;
    if (vshParseULongLong(str, false, &v) < 0 || v > UINT_MAX)
        return vshNumberError(ctl, name, str);
    *value = v;
    return 1;
}

/**
 * vshCommandOptUIntWrap:
 *
 * As vshCommandOptUInt(), but a negative number wraps around (-1 is
 * UINT_MAX), as libvirt's "wrap" accessors allow.
 */
int
vshCommandOptUIntWrap(vshControl *ctl, const vshCmd *cmd, const char *name,
                      unsigned int *value)
{
    const char *str = NULL;
    long long v;
    int rc;

    if ((rc = vshCommandOptNumber(ctl, cmd, name, &str)) <= 0)
        return rc;
    if (vshParseLongLong(str, &v) < 0 || v < -(long long) UINT_MAX || v > UINT_MAX)
        return vshNumberError(ctl, name, str);
    *value = (unsigned int) v;
    return 1;
}

/**
 * vshCommandOptLongLong:
 *
 * As vshCommandOptInt(), for a long long.
 */
int
vshCommandOptLongLong(vshControl *ctl, const vshCmd *cmd, const char *name,
                      long long *value)
{
    const char *str = NULL;
    long long v;
    int rc;

    if ((rc = vshCommandOptNumber(ctl, cmd, name, &str)) <= 0)
        return rc;
    if (vshParseLongLong(str, &v) < 0)
        return vshNumberError(ctl, name, str);
    *value = v;
    return 1;
}

/**
 * vshCommandOptULongLong:
 *
 * As vshCommandOptUInt(), for an unsigned long long.
 */
int
vshCommandOptULongLong(vshControl *ctl, const vshCmd *cmd, const char *name,
                       unsigned long long *value)
{
    const char *str = NULL;
    unsigned long long v;
    int rc;

    if ((rc = vshCommandOptNumber(ctl, cmd, name, &str)) <= 0)
        return rc;
    if (vshParseULongLong(str, false, &v) < 0)
        return vshNumberError(ctl, name, str);
    *value = v;
    return 1;
}

/* multiplies *value by the unit @suffix names (@scale for none), up to
 * @limit; -1 with the pending error set as libvirt words it */
static int
vshScaleValue(unsigned long long *value, const char *whole, const char *suffix,
              unsigned long long scale, unsigned long long limit)
{
    unsigned long long base = 1024;
    int power = 0;

    if (!*suffix) {
        if (!scale) {
            vshSaveError(VIR_ERR_INVALID_ARG, _("invalid argument: %s"),
                         _("invalid scale 0"));
            return -1;
        }
    } else {
        switch (g_ascii_tolower(*suffix)) {
        case 'b':
            power = 0;
            break;
        case 'k':
            power = 1;
            break;
        case 'm':
            power = 2;
            break;
        case 'g':
            power = 3;
            break;
        case 't':
            power = 4;
            break;
        case 'p':
            power = 5;
            break;
        case 'e':
            power = 6;
            break;
        default:
            vshSaveError(VIR_ERR_INVALID_ARG, _("invalid argument: unknown suffix '%s'"),
                         suffix);
            return -1;
        }
        if (power == 0) {
            if (suffix[1] && g_ascii_strcasecmp(suffix, "byte") != 0 &&
                g_ascii_strcasecmp(suffix, "bytes") != 0) {
                vshSaveError(VIR_ERR_INVALID_ARG, _("invalid argument: unknown suffix '%s'"),
                             suffix);
                return -1;
            }
        } else if (!suffix[1]) {
            base = 1024;
        } else if (g_ascii_strcasecmp(suffix + 1, "ib") == 0) {
            base = 1024;
        } else if (g_ascii_strcasecmp(suffix + 1, "b") == 0) {
            base = 1000;
        } else {
            vshSaveError(VIR_ERR_INVALID_ARG, _("invalid argument: unknown suffix '%s'"),
                         suffix);
            return -1;
        }
        scale = 1;
        while (power--) {
            if (scale > ULLONG_MAX / base)
                goto overflow;
            scale *= base;
        }
    }

    if (*value > limit / scale)
        goto overflow;
    *value *= scale;
    return 0;

 overflow:
    vshSaveError(VIR_ERR_OVERFLOW, _("numerical overflow: value too large: %s"), whole);
    return -1;
}

/**
 * vshCommandOptScaledInt:
 * @ctl: the shell
 * @cmd: the command
 * @name: an option of its table
 * @value: set to the value in bytes when given and valid
 * @scale: the unit of a number without a suffix (1, 1024, ...)
 * @max: the largest value accepted, in bytes
 *
 * Returns 1 if given and valid, 0 if absent, -1 after printing libvirt's
 * "Scaled numeric value" message (the reason, if any, stays pending).
 */
int
vshCommandOptScaledInt(vshControl *ctl, const vshCmd *cmd, const char *name,
                       unsigned long long *value, int scale,
                       unsigned long long max)
{
    const char *str = NULL;
    const char *p;
    char *end = NULL;
    unsigned long long v;
    int rc;

    if ((rc = vshCommandOptNumber(ctl, cmd, name, &str)) <= 0)
        return rc;

    for (p = str; g_ascii_isspace(*p); p++)
        ;
    errno = 0;
    v = strtoull(str, &end, 10);
    if (*p == '-' || errno != 0 || end == str ||
        vshScaleValue(&v, str, end, scale, max) < 0) {
        vshError(ctl, _("Scaled numeric value '%s' for <%s> option is malformed or out of range"),
                 str, name);
        return -1;
    }
    *value = v;
    return 1;
}

/**
 * vshCommandOptArgv:
 * @ctl: the shell
 * @cmd: the command
 * @opt: NULL for the first word, else the previous answer
 *
 * Returns the next word of the command's ARGV option, NULL at the end.
 */
const vshCmdOpt *
vshCommandOptArgv(vshControl *ctl G_GNUC_UNUSED, const vshCmd *cmd,
                  const vshCmdOpt *opt)
{
    opt = opt ? opt->next : cmd->opts;

    for (; opt; opt = opt->next) {
        if (opt->def->type == VSH_OT_ARGV)
            return opt;
    }
    return NULL;
}

/**
 * vshCmdOptValue:
 * @opt: an option from vshCommandOptArgv()
 *
 * Returns its value (borrowed).
 */
const char *
vshCmdOptValue(const vshCmdOpt *opt)
{
    return opt->data;
}

/**
 * vshCommandOptExclusive:
 *
 * Returns false after printing libvirt's message if both options were
 * given, true otherwise.
 */
bool
vshCommandOptExclusive(vshControl *ctl, const vshCmd *cmd,
                       const char *name1, const char *name2)
{
    if (vshCommandOptBool(cmd, name1) && vshCommandOptBool(cmd, name2)) {
        vshError(ctl, _("Options --%s and --%s are mutually exclusive"), name1, name2);
        return false;
    }
    return true;
}

/**
 * vshCommandOptRequires:
 *
 * Returns false after printing libvirt's message if @requiredBy was given
 * without @name, true otherwise.
 */
bool
vshCommandOptRequires(vshControl *ctl, const vshCmd *cmd,
                      const char *name, const char *requiredBy)
{
    if (vshCommandOptBool(cmd, requiredBy) && !vshCommandOptBool(cmd, name)) {
        vshError(ctl, _("Option --%s is required by option --%s"), name, requiredBy);
        return false;
    }
    return true;
}


/* ------------------------------------------------------------------ */
/* object lookups */

/* true if @s reads as a UUID: 32 hex digits, dashes and blanks between */
static bool
vshLooksLikeUUID(const char *s)
{
    int digits = 0;

    for (; *s; s++) {
        if (g_ascii_isxdigit(*s))
            digits++;
        else if (*s != '-' && *s != ' ')
            return false;
        if (digits > VIR_UUID_BUFLEN * 2)
            return false;
    }
    return digits == VIR_UUID_BUFLEN * 2;
}

/**
 * virshCommandOptDomain:
 * @ctl: the shell
 * @cmd: the command, with a "domain" option
 * @name: if not NULL, set to the word given
 *
 * Looks the domain up by id, then UUID, then name.  Returns a reference
 * the caller frees, or NULL after printing "failed to get domain".
 */
virDomainPtr
virshCommandOptDomain(vshControl *ctl, const vshCmd *cmd, const char **name)
{
    virDomainPtr dom = NULL;
    const char *n = NULL;
    long long id;

    if (name)
        *name = NULL;
    if (vshCommandOptStringReq(ctl, cmd, "domain", &n) < 0)
        return NULL;
    if (!n)
        return NULL;
    if (name)
        *name = n;
    if (!vshConnection(ctl))
        return NULL;

    vshDebug(ctl, VSH_ERR_INFO, "%s: found option <%s>: %s\n", cmd->def->name, "domain", n);
    if (vshParseLongLong(n, &id) == 0 && id >= 0 && id <= INT_MAX) {
        vshDebug(ctl, VSH_ERR_DEBUG, "%s: <%s> looks like ID\n", cmd->def->name, "domain");
        dom = virDomainLookupByID(ctl->conn, id);
        if (!dom)
            vshResetLibvirtError();
    }
    if (!dom && vshLooksLikeUUID(n)) {
        vshDebug(ctl, VSH_ERR_DEBUG, "%s: <%s> trying as domain UUID\n",
                 cmd->def->name, "domain");
        dom = virDomainLookupByUUIDString(ctl->conn, n);
        if (!dom)
            vshResetLibvirtError();
    }
    if (!dom) {
        vshDebug(ctl, VSH_ERR_DEBUG, "%s: <%s> trying as domain NAME\n",
                 cmd->def->name, "domain");
        dom = virDomainLookupByName(ctl->conn, n);
        if (!dom)
            vshResetLibvirtError();
    }
    if (!dom)
        vshError(ctl, _("failed to get domain '%s'"), n);
    return dom;
}

/**
 * virshCommandOptNetwork:
 * @ctl: the shell
 * @cmd: the command, with a "network" option
 * @name: if not NULL, set to the word given
 *
 * Looks the network up by UUID, then name.  Returns a reference the
 * caller frees, or NULL after printing "failed to get network" (libvirt's
 * reason stays pending, for the shell to print).
 */
virNetworkPtr
virshCommandOptNetwork(vshControl *ctl, const vshCmd *cmd, const char **name)
{
    virNetworkPtr net = NULL;
    const char *n = NULL;

    if (name)
        *name = NULL;
    if (vshCommandOptStringReq(ctl, cmd, "network", &n) < 0)
        return NULL;
    if (!n)
        return NULL;
    if (name)
        *name = n;
    if (!vshConnection(ctl))
        return NULL;

    vshDebug(ctl, VSH_ERR_INFO, "%s: found option <%s>: %s\n", cmd->def->name, "network", n);
    if (vshLooksLikeUUID(n)) {
        vshDebug(ctl, VSH_ERR_DEBUG, "%s: <%s> trying as network UUID\n",
                 cmd->def->name, "network");
        net = virNetworkLookupByUUIDString(ctl->conn, n);
        if (!net)
            vshResetLibvirtError();
    }
    if (!net) {
        vshDebug(ctl, VSH_ERR_DEBUG, "%s: <%s> trying as network NAME\n",
                 cmd->def->name, "network");
        net = virNetworkLookupByName(ctl->conn, n);
    }
    if (!net)
        vshError(ctl, _("failed to get network '%s'"), n);
    return net;
}

static virStoragePoolPtr
vshLookupPool(vshControl *ctl, const vshCmd *cmd, const char *optname, const char *n)
{
    virStoragePoolPtr pool = NULL;

    vshDebug(ctl, VSH_ERR_INFO, "%s: found option <%s>: %s\n", cmd->def->name, optname, n);
    if (vshLooksLikeUUID(n)) {
        vshDebug(ctl, VSH_ERR_DEBUG, "%s: <%s> trying as pool UUID\n",
                 cmd->def->name, optname);
        pool = virStoragePoolLookupByUUIDString(ctl->conn, n);
        if (!pool)
            vshResetLibvirtError();
    }
    if (!pool) {
        vshDebug(ctl, VSH_ERR_DEBUG, "%s: <%s> trying as pool NAME\n",
                 cmd->def->name, optname);
        pool = virStoragePoolLookupByName(ctl->conn, n);
    }
    if (!pool)
        vshError(ctl, _("failed to get pool '%s'"), n);
    return pool;
}

/**
 * virshCommandOptPool:
 * @ctl: the shell
 * @cmd: the command
 * @optname: its option naming the pool
 * @name: if not NULL, set to the word given
 *
 * Looks the pool up by UUID, then name.  Returns a reference the caller
 * frees, or NULL after printing "failed to get pool" (libvirt's reason
 * stays pending).
 */
virStoragePoolPtr
virshCommandOptPool(vshControl *ctl, const vshCmd *cmd, const char *optname,
                    const char **name)
{
    const char *n = NULL;

    if (name)
        *name = NULL;
    if (vshCommandOptStringReq(ctl, cmd, optname, &n) < 0)
        return NULL;
    if (!n)
        return NULL;
    if (name)
        *name = n;
    if (!vshConnection(ctl))
        return NULL;
    return vshLookupPool(ctl, cmd, optname, n);
}

/**
 * virshCommandOptVol:
 * @ctl: the shell
 * @cmd: the command
 * @optname: its option naming the volume
 * @pooloptname: its option naming the pool (may be absent on the line)
 * @name: if not NULL, set to the word given for the volume
 *
 * Looks the volume up by name within the pool when one is given, then by
 * key, then by path.  Returns a reference the caller frees, or NULL after
 * printing "failed to get vol" (libvirt's reason stays pending).
 */
virStorageVolPtr
virshCommandOptVol(vshControl *ctl, const vshCmd *cmd, const char *optname,
                   const char *pooloptname, const char **name)
{
    g_autoptr(virStoragePool) pool = NULL;
    virStorageVolPtr vol = NULL;
    const char *n = NULL;
    const char *p = NULL;

    if (name)
        *name = NULL;
    if (vshCommandOptStringReq(ctl, cmd, optname, &n) < 0)
        return NULL;
    if (pooloptname && vshCommandOptStringReq(ctl, cmd, pooloptname, &p) < 0)
        return NULL;
    if (!n)
        return NULL;
    if (name)
        *name = n;
    if (!vshConnection(ctl))
        return NULL;

    if (p && !(pool = vshLookupPool(ctl, cmd, pooloptname, p)))
        return NULL;
    if (pool && virStoragePoolIsActive(pool) != 1) {
        vshResetLibvirtError();
        vshError(ctl, _("pool '%s' is not active"), p);
        return NULL;
    }

    vshDebug(ctl, VSH_ERR_INFO, "%s: found option <%s>: %s\n", cmd->def->name, optname, n);
    if (pool) {
        vshDebug(ctl, VSH_ERR_DEBUG, "%s: <%s> trying as vol name\n",
                 cmd->def->name, optname);
        vol = virStorageVolLookupByName(pool, n);
        if (!vol)
            vshResetLibvirtError();
    }
    if (!vol) {
        vshDebug(ctl, VSH_ERR_DEBUG, "%s: <%s> trying as vol key\n",
                 cmd->def->name, optname);
        vol = virStorageVolLookupByKey(ctl->conn, n);
        if (!vol)
            vshResetLibvirtError();
    }
    if (!vol) {
        vshDebug(ctl, VSH_ERR_DEBUG, "%s: <%s> trying as vol path\n",
                 cmd->def->name, optname);
        vol = virStorageVolLookupByPath(ctl->conn, n);
    }

    if (!vol) {
        /* the hint only where the command has the pool option */
        if (p || !pooloptname || !vshCmdDefGetOption(cmd->def, pooloptname))
            vshError(ctl, _("failed to get vol '%s'"), n);
        else
            vshError(ctl, _("failed to get vol '%s', specifying --%s might help"),
                     n, pooloptname);
        return NULL;
    }

    if (pool) {
        g_autoptr(virStoragePool) volpool = virStoragePoolLookupByVolume(vol);
        const char *want = virStoragePoolGetName(pool);

        if (volpool && want && !g_str_equal(want, virStoragePoolGetName(volpool))) {
            vshResetLibvirtError();
            vshError(ctl, _("Requested volume '%s' is not in pool '%s'"), n, want);
            virStorageVolFree(vol);
            return NULL;
        }
        vshResetLibvirtError();
    }
    return vol;
}


/* ------------------------------------------------------------------ */
/* files and the editor */

/**
 * vshReadFile:
 * @ctl: the shell
 * @path: the file
 *
 * Returns the contents (caller frees), or NULL after printing why.
 */
char *
vshReadFile(vshControl *ctl, const char *path)
{
    g_autofree char *buf = NULL;
    struct stat sb;
    size_t len = 0;
    size_t cap = 0;
    int fd;

    if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
        vshError(ctl, _("Failed to open file '%s': %s"), path, g_strerror(errno));
        return NULL;
    }
    if (fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        close(fd);
        vshError(ctl, _("Failed to read file '%s': %s"), path, g_strerror(EISDIR));
        return NULL;
    }

    for (;;) {
        ssize_t got;

        if (cap - len < 4096) {
            cap = cap ? cap * 2 : 8192;
            buf = g_realloc(buf, cap + 1);
        }
        got = read(fd, buf + len, cap - len);
        if (got < 0) {
            int err = errno;

            if (err == EINTR)
                continue;
            close(fd);
            vshError(ctl, _("Failed to read file '%s': %s"), path, g_strerror(err));
            return NULL;
        }
        if (got == 0)
            break;
        len += got;
        if (len > VSH_MAX_FILE_SIZE) {
            close(fd);
            vshError(ctl, _("Failed to read file '%s': %s"), path, g_strerror(EOVERFLOW));
            return NULL;
        }
    }
    close(fd);
    if (!buf)
        buf = g_new0(char, 1);
    buf[len] = '\0';
    return g_steal_pointer(&buf);
}

/**
 * vshEditWriteToTempFile:
 * @ctl: the shell
 * @doc: the text to edit
 *
 * Writes @doc to a new file $TMPDIR/virshXXXXXX.xml (TMPDIR defaults to
 * /tmp).  Returns its name (caller frees and unlinks), or NULL after
 * printing why.
 */
char *
vshEditWriteToTempFile(vshControl *ctl, const char *doc)
{
    const char *tmpdir = g_getenv("TMPDIR");
    g_autofree char *path = NULL;
    size_t len = strlen(doc);
    size_t done = 0;
    int fd;

    if (!tmpdir || !*tmpdir)
        tmpdir = "/tmp";
    path = g_build_filename(tmpdir, "virshXXXXXX.xml", NULL);
    if ((fd = g_mkstemp_full(path, O_RDWR | O_CLOEXEC, 0600)) < 0) {
        vshError(ctl, _("g_mkstemp_full: failed to create temporary file: %s"),
                 g_strerror(errno));
        return NULL;
    }
    while (done < len) {
        ssize_t w = write(fd, doc + done, len - done);

        if (w < 0) {
            int err = errno;

            if (err == EINTR)
                continue;
            vshError(ctl, _("write: %s: failed to write to temporary file: %s"),
                     path, g_strerror(err));
            close(fd);
            unlink(path);
            return NULL;
        }
        done += w;
    }
    if (close(fd) < 0) {
        vshError(ctl, _("close: %s: failed to write or close temporary file: %s"),
                 path, g_strerror(errno));
        unlink(path);
        return NULL;
    }
    return g_steal_pointer(&path);
}

/* characters an editor command may hold to be run without a shell */
#define VSH_EDITOR_SAFE_CHARS \
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+./:@,%"

/**
 * vshEditFile:
 * @ctl: the shell
 * @filename: the file to edit
 *
 * Runs $VISUAL, else $EDITOR, else vi on @filename and waits for it.  An
 * editor with anything but plain characters runs through "sh -c".
 * Returns 0, or -1 with the reason pending (the shell prints it when the
 * command fails).
 */
int
vshEditFile(vshControl *ctl G_GNUC_UNUSED, const char *filename)
{
    const char *editor = g_getenv("VISUAL");
    g_autofree char *quoted = NULL;
    g_autofree char *script = NULL;
    g_autofree char *shown = NULL;
    g_autofree char *found = NULL;
    g_autoptr(GError) gerr = NULL;
    const char *argv[4] = { NULL };
    int status = 0;

    if (!editor)
        editor = g_getenv("EDITOR");
    if (!editor)
        editor = "vi";

    if (strspn(editor, VSH_EDITOR_SAFE_CHARS) == strlen(editor)) {
        /* a bare name must be in $PATH; a path is tried as it is */
        if (!*editor || (!strchr(editor, '/') && !(found = g_find_program_in_path(editor)))) {
            vshSaveError(VIR_ERR_SYSTEM_ERROR, _("Cannot find '%s' in path: %s"),
                         editor, g_strerror(ENOENT));
            return -1;
        }
        argv[0] = editor;
        argv[1] = filename;
        shown = g_strdup_printf("%s %s", editor, filename);
    } else {
        quoted = g_shell_quote(filename);
        script = g_strdup_printf("%s %s", editor,
                                 strspn(filename, VSH_EDITOR_SAFE_CHARS) == strlen(filename) ?
                                 filename : quoted);
        g_free(quoted);
        quoted = g_shell_quote(script);
        argv[0] = "sh";
        argv[1] = "-c";
        argv[2] = script;
        shown = g_strdup_printf("sh -c %s", quoted);
    }

    fflush(stdout);
    if (!g_spawn_sync(NULL, (char **) argv, NULL,
                      G_SPAWN_SEARCH_PATH | G_SPAWN_CHILD_INHERITS_STDIN,
                      NULL, NULL, NULL, NULL, &status, &gerr)) {
        int err = 0;

        switch (gerr->code) {
        case G_SPAWN_ERROR_NOENT:
            err = ENOENT;
            break;
        case G_SPAWN_ERROR_ACCES:
            err = EACCES;
            break;
        case G_SPAWN_ERROR_PERM:
            err = EPERM;
            break;
        case G_SPAWN_ERROR_NOEXEC:
            err = ENOEXEC;
            break;
        case G_SPAWN_ERROR_ISDIR:
            err = EISDIR;
            break;
        }
        /* what libvirt's child prints when exec fails */
        fprintf(stderr, "libvirt:  error : cannot execute binary %s: %s\n",
                argv[0], err ? g_strerror(err) : gerr->message);
        vshSaveError(VIR_ERR_INTERNAL_ERROR,
                     _("internal error: Child process (%s) unexpected exit status %d"),
                     shown, err == ENOENT ? 127 : 126);
        return -1;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        if (WIFEXITED(status))
            vshSaveError(VIR_ERR_INTERNAL_ERROR,
                         _("internal error: Child process (%s) unexpected exit status %d"),
                         shown, WEXITSTATUS(status));
        else
            vshSaveError(VIR_ERR_INTERNAL_ERROR,
                         _("internal error: Child process (%s) unexpected fatal signal %d"),
                         shown, WTERMSIG(status));
        return -1;
    }
    return 0;
}

/**
 * vshEditReadBackFile:
 * @ctl: the shell
 * @filename: the edited file (left in place)
 *
 * Returns its contents (caller frees), or NULL after printing why.
 */
char *
vshEditReadBackFile(vshControl *ctl, const char *filename)
{
    return vshReadFile(ctl, filename);
}

/**
 * vshAskReedit:
 * @ctl: the shell
 * @msg: the question's context, e.g. "Failed."
 * @relax_avail: offer 'i' (turn validation off)
 *
 * Returns 'y', 'n', 'f' or 'i' as the user answers, or -1 if standard
 * input is not a terminal.
 */
int
vshAskReedit(vshControl *ctl, const char *msg, bool relax_avail)
{
    struct termios saved;
    struct termios raw;
    int c = -1;

    if (!isatty(STDIN_FILENO))
        return -1;

    vshReportError(ctl);

    if (tcgetattr(STDIN_FILENO, &saved) < 0)
        return -1;
    raw = saved;
    raw.c_lflag &= ~(ICANON | ECHO);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;

    for (;;) {
        unsigned char ch;

        vshPrint(ctl, "\r%s %s %s: ", msg, _("Try again?"),
                 relax_avail ? "[y,n,i,f,?]" : "[y,n,f,?]");
        fflush(stdout);
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) < 0)
            return -1;
        if (read(STDIN_FILENO, &ch, 1) != 1)
            ch = 'n';
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        c = g_ascii_tolower(ch);

        if (c == 'y' || c == 'n' || c == 'f' || (c == 'i' && relax_avail))
            break;
        if (c == '?' || c == 'h') {
            vshPrint(ctl, "\n%s", _("y - yes, start editor again\n"
                                    "n - no, throw away my changes\n"
                                    "f - force, try to redefine again\n"));
            if (relax_avail)
                vshPrint(ctl, "%s", _("i - turn off validation and try to redefine again\n"));
            vshPrint(ctl, "%s", _("? - print this help\n"));
        }
    }
    vshPrint(ctl, "\r\n");
    return c;
}


/* ------------------------------------------------------------------ */
/* numbers */

/**
 * vshPrettyCapacity:
 * @val: a size in bytes
 * @unit: set to the name of the unit of the result
 *
 * Returns @val in the largest binary unit that keeps it at least 1.
 */
double
vshPrettyCapacity(unsigned long long val, const char **unit)
{
    static const char *units[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
    double d = val;
    size_t i = 0;

    while (d >= 1024.0 && i + 1 < G_N_ELEMENTS(units)) {
        d /= 1024.0;
        i++;
    }
    *unit = units[i];
    return d;
}


/* ------------------------------------------------------------------ */
/* tables */

struct _vshTable {
    GPtrArray *rows;     /* of GPtrArray of char *; rows[0] is the header */
    size_t ncols;
};

static GPtrArray *
vshTableRowNew(const char *first, va_list ap)
{
    GPtrArray *row = g_ptr_array_new_with_free_func(g_free);
    const char *cell = first;

    while (cell) {
        g_ptr_array_add(row, g_strdup(cell));
        cell = va_arg(ap, const char *);
    }
    return row;
}

/**
 * vshTableNew:
 * @firstHeader: the first column's header, then the others, then NULL
 *
 * Returns a new table (free with vshTableFree()).
 */
vshTable *
vshTableNew(const char *firstHeader, ...)
{
    vshTable *table = g_new0(vshTable, 1);
    GPtrArray *header;
    va_list ap;

    va_start(ap, firstHeader);
    header = vshTableRowNew(firstHeader, ap);
    va_end(ap);

    table->rows = g_ptr_array_new_with_free_func((GDestroyNotify) g_ptr_array_unref);
    table->ncols = header->len;
    g_ptr_array_add(table->rows, header);
    return table;
}

/**
 * vshTableRowAppend:
 * @table: the table
 * @firstCell: the row's first cell, then the others, then NULL
 *
 * Returns 0, or -1 after printing an error if the row does not have as
 * many cells as the header.
 */
int
vshTableRowAppend(vshTable *table, const char *firstCell, ...)
{
    GPtrArray *row;
    va_list ap;

    va_start(ap, firstCell);
    row = vshTableRowNew(firstCell, ap);
    va_end(ap);

    if (row->len != table->ncols) {
        vshError(NULL, _("Incorrect number of cells in a table row"));
        g_ptr_array_unref(row);
        return -1;
    }
    g_ptr_array_add(table->rows, row);
    return 0;
}

/* columns @s takes on a terminal: wide characters count two, combining
 * ones none; text that is not UTF-8 counts by bytes */
static size_t
vshTableTextWidth(const char *s)
{
    size_t width = 0;
    const char *p;

    if (!g_utf8_validate(s, -1, NULL))
        return strlen(s);
    for (p = s; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);

        if (g_unichar_iszerowidth(c))
            continue;
        width += g_unichar_iswide(c) ? 2 : 1;
    }
    return width;
}

static void
vshTableFormatRow(GString *out, GPtrArray *row, const size_t *widths)
{
    size_t i;

    for (i = 0; i < row->len; i++) {
        const char *cell = g_ptr_array_index(row, i);

        g_string_append_c(out, ' ');
        g_string_append(out, cell);
        if (i + 1 < row->len) {
            size_t w = vshTableTextWidth(cell);

            for (; w < widths[i] + 2; w++)
                g_string_append_c(out, ' ');
        }
    }
    g_string_append_c(out, '\n');
}

/**
 * vshTablePrintToString:
 * @table: the table
 * @header: include the header and its divider
 *
 * Returns the table as text (caller frees).
 */
char *
vshTablePrintToString(vshTable *table, bool header)
{
    g_autofree size_t *widths = g_new0(size_t, table->ncols + 1);
    GString *out = g_string_new(NULL);
    size_t total = 0;
    size_t i;
    size_t j;

    /* without the header, its cells do not widen the columns */
    for (i = header ? 0 : 1; i < table->rows->len; i++) {
        GPtrArray *row = g_ptr_array_index(table->rows, i);

        for (j = 0; j < row->len; j++) {
            size_t w = vshTableTextWidth(g_ptr_array_index(row, j));

            if (w > widths[j])
                widths[j] = w;
        }
    }

    for (i = header ? 0 : 1; i < table->rows->len; i++) {
        vshTableFormatRow(out, g_ptr_array_index(table->rows, i), widths);
        if (i == 0) {
            for (j = 0; j < table->ncols; j++)
                total += widths[j] + 3;
            for (j = 0; j < total; j++)
                g_string_append_c(out, '-');
            g_string_append_c(out, '\n');
        }
    }
    return g_string_free(out, FALSE);
}

/**
 * vshTablePrintToStdout:
 * @table: the table
 * @ctl: the shell
 *
 * Prints the table, with its header unless the shell is quiet (-q).
 */
void
vshTablePrintToStdout(vshTable *table, vshControl *ctl)
{
    g_autofree char *out = NULL;

    if (!table)
        return;
    out = vshTablePrintToString(table, !(ctl && ctl->quiet));
    vshPrint(ctl, "%s", out);
}

/**
 * vshTableFree:
 * @table: a table, or NULL
 */
void
vshTableFree(vshTable *table)
{
    if (!table)
        return;
    g_ptr_array_unref(table->rows);
    g_free(table);
}


/* ------------------------------------------------------------------ */
/* completers */

static bool
vshCompleterConnect(vshControl *ctl)
{
    if (ctl->conn)
        return true;
    if (vshConnect(ctl, true) < 0)
        return false;
    return true;
}

/**
 * virshDomainNameCompleter:
 * @ctl: the shell
 * @cmd: the command line so far
 * @flags: virConnectListAllDomains() filters
 *
 * Returns the names of the domains (NULL-terminated, caller frees), or
 * NULL.
 */
char **
virshDomainNameCompleter(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED,
                         unsigned int flags)
{
    virDomainPtr *doms = NULL;
    GPtrArray *names;
    int n;
    int i;

    if (!vshCompleterConnect(ctl))
        return NULL;
    if ((n = virConnectListAllDomains(ctl->conn, &doms, flags)) < 0) {
        vshResetLibvirtError();
        return NULL;
    }
    names = g_ptr_array_new();
    for (i = 0; i < n; i++) {
        const char *name = virDomainGetName(doms[i]);

        if (name)
            g_ptr_array_add(names, g_strdup(name));
        virDomainFree(doms[i]);
    }
    g_free(doms);
    g_ptr_array_add(names, NULL);
    return (char **) g_ptr_array_free(names, FALSE);
}

/**
 * virshNetworkNameCompleter:
 *
 * As virshDomainNameCompleter(), for networks
 * (virConnectListAllNetworks() filters).
 */
char **
virshNetworkNameCompleter(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED,
                          unsigned int flags)
{
    virNetworkPtr *nets = NULL;
    GPtrArray *names;
    int n;
    int i;

    if (!vshCompleterConnect(ctl))
        return NULL;
    if ((n = virConnectListAllNetworks(ctl->conn, &nets, flags)) < 0) {
        vshResetLibvirtError();
        return NULL;
    }
    names = g_ptr_array_new();
    for (i = 0; i < n; i++) {
        const char *name = virNetworkGetName(nets[i]);

        if (name)
            g_ptr_array_add(names, g_strdup(name));
        virNetworkFree(nets[i]);
    }
    g_free(nets);
    g_ptr_array_add(names, NULL);
    return (char **) g_ptr_array_free(names, FALSE);
}

/**
 * virshStoragePoolNameCompleter:
 *
 * As virshDomainNameCompleter(), for storage pools
 * (virConnectListAllStoragePools() filters).
 */
char **
virshStoragePoolNameCompleter(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED,
                              unsigned int flags)
{
    virStoragePoolPtr *pools = NULL;
    GPtrArray *names;
    int n;
    int i;

    if (!vshCompleterConnect(ctl))
        return NULL;
    if ((n = virConnectListAllStoragePools(ctl->conn, &pools, flags)) < 0) {
        vshResetLibvirtError();
        return NULL;
    }
    names = g_ptr_array_new();
    for (i = 0; i < n; i++) {
        const char *name = virStoragePoolGetName(pools[i]);

        if (name)
            g_ptr_array_add(names, g_strdup(name));
        virStoragePoolFree(pools[i]);
    }
    g_free(pools);
    g_ptr_array_add(names, NULL);
    return (char **) g_ptr_array_free(names, FALSE);
}

/**
 * virshStorageVolNameCompleter:
 *
 * As virshDomainNameCompleter(), for the volumes of the pool given by the
 * command's --pool option; NULL without it.
 */
char **
virshStorageVolNameCompleter(vshControl *ctl, const vshCmd *cmd,
                             unsigned int flags G_GNUC_UNUSED)
{
    g_autoptr(virStoragePool) pool = NULL;
    virStorageVolPtr *vols = NULL;
    const char *poolname = NULL;
    GPtrArray *names;
    int n;
    int i;

    if (!cmd || vshCommandOptStringQuiet(ctl, cmd, "pool", &poolname) <= 0)
        return NULL;
    if (!vshCompleterConnect(ctl))
        return NULL;
    if (!(pool = virStoragePoolLookupByName(ctl->conn, poolname))) {
        vshResetLibvirtError();
        return NULL;
    }
    if ((n = virStoragePoolListAllVolumes(pool, &vols, 0)) < 0) {
        vshResetLibvirtError();
        return NULL;
    }
    names = g_ptr_array_new();
    for (i = 0; i < n; i++) {
        const char *name = virStorageVolGetName(vols[i]);

        if (name)
            g_ptr_array_add(names, g_strdup(name));
        virStorageVolFree(vols[i]);
    }
    g_free(vols);
    g_ptr_array_add(names, NULL);
    return (char **) g_ptr_array_free(names, FALSE);
}

/*
 * virshDumpXML:
 * @ctl: the shell
 * @xml: a document a driver returned, borrowed
 * @xpath: expression selecting what to print, or NULL for all of @xml
 * @wrap: put the selected nodes under one <nodes> element
 *
 * The output of the dumpxml commands (--xpath, --wrap): @xml as it is, or
 * each node @xpath selects on a line of its own, re-indented and with
 * attributes double-quoted as libxml2 writes them.  An expression libxml2
 * cannot compile selects nothing (libxml2 says why on stderr); one that
 * evaluates to a number, a string or a boolean is refused.
 *
 * Returns false after printing an error.
 */
bool
virshDumpXML(vshControl *ctl, const char *xml, const char *xpath, bool wrap)
{
    xmlDocPtr doc = NULL;
    xmlDocPtr wrapdoc = NULL;
    xmlXPathContextPtr xpctxt = NULL;
    xmlXPathObjectPtr obj = NULL;
    xmlBufferPtr buf = NULL;
    xmlNodeSetPtr nodes = NULL;
    bool ret = false;
    int i;

    if (!xpath) {
        vshPrint(ctl, "%s", xml);
        return true;
    }

    /* blanks are dropped so that the selected nodes are indented afresh */
    if (!(doc = xmlReadDoc(BAD_CAST xml, "(dumpxml)", NULL,
                           XML_PARSE_NONET | XML_PARSE_NOBLANKS |
                           XML_PARSE_NOWARNING)) ||
        !(xpctxt = xmlXPathNewContext(doc))) {
        vshError(ctl, "%s", _("Failed to parse XML document"));
        goto cleanup;
    }
    xpctxt->node = xmlDocGetRootElement(doc);

    obj = xmlXPathEval(BAD_CAST xpath, xpctxt);
    if (obj && obj->type != XPATH_NODESET) {
        vshError(ctl, _("internal error: Incorrect xpath '%s'"), xpath);
        goto cleanup;
    }
    if (obj)
        nodes = obj->nodesetval;
    buf = xmlBufferCreate();

    if (wrap) {
        xmlNodePtr root;

        wrapdoc = xmlNewDoc(BAD_CAST "1.0");
        root = xmlNewDocNode(wrapdoc, NULL, BAD_CAST "nodes", NULL);
        xmlDocSetRootElement(wrapdoc, root);
        for (i = 0; nodes && i < nodes->nodeNr; i++) {
            xmlNodePtr copy = xmlDocCopyNode(nodes->nodeTab[i], wrapdoc, 1);

            if (copy && !xmlAddChild(root, copy))
                xmlFreeNode(copy);
        }
        xmlNodeDump(buf, wrapdoc, root, 0, 1);
        vshPrint(ctl, "%s\n", (const char *) xmlBufferContent(buf));
    } else {
        for (i = 0; nodes && i < nodes->nodeNr; i++) {
            xmlBufferEmpty(buf);
            xmlNodeDump(buf, doc, nodes->nodeTab[i], 0, 1);
            vshPrint(ctl, "%s\n", (const char *) xmlBufferContent(buf));
        }
    }
    ret = true;

 cleanup:
    if (buf)
        xmlBufferFree(buf);
    xmlXPathFreeObject(obj);
    xmlXPathFreeContext(xpctxt);
    if (wrapdoc)
        xmlFreeDoc(wrapdoc);
    if (doc)
        xmlFreeDoc(doc);
    return ret;
}


/*
 * virshEditRun:
 * @ctl: the shell
 * @ops: how to read and apply the document
 * @opaque: handed to @ops
 *
 * The loop of the edit commands (edit, save-image-edit, metadata --edit,
 * net-edit, pool-edit): writes the document to a temporary file, runs the
 * editor on it and applies the result.  If the document changed meanwhile or cannot be
 * applied, a terminal user is asked whether to edit again; without a
 * terminal the reason is printed and the edit ends as libvirt's does.
 */
virshEditResult
virshEditRun(vshControl *ctl, const virshEditOps *ops, void *opaque)
{
    g_autofree char *orig = NULL;
    g_autofree char *tmpfile = NULL;
    virshEditResult ret = VIRSH_EDIT_FAILED;
    bool relax = false;

    if (!(orig = ops->getDoc(ctl, opaque)))
        return VIRSH_EDIT_FAILED;
    if (!(tmpfile = vshEditWriteToTempFile(ctl, orig)))
        return VIRSH_EDIT_FAILED;

    for (;;) {
        g_autofree char *edited = NULL;
        bool again;
        bool reedit = false;

        if (vshEditFile(ctl, tmpfile) < 0 ||
            !(edited = vshEditReadBackFile(ctl, tmpfile)))
            goto cleanup;

        if (g_str_equal(orig, edited)) {
            ops->notChanged(ctl, opaque);
            ret = VIRSH_EDIT_UNCHANGED;
            goto cleanup;
        }

        /* 'f' applies the same text again, 'i' without validation */
        do {
            g_autofree char *current = NULL;
            const char *msg = NULL;

            again = false;
            if (!(current = ops->getDoc(ctl, opaque)))
                goto cleanup;
            if (!g_str_equal(orig, current)) {
                msg = _("The XML configuration was changed by another user.");
                g_free(orig);
                orig = g_steal_pointer(&current);
            } else if (!ops->define(ctl, edited, relax, opaque)) {
                msg = _("Failed.");
            }

            if (msg) {
                switch (vshAskReedit(ctl, msg, ops->relaxAvail && !relax)) {
                case 'y':
                    reedit = true;
                    break;
                case 'n':
                    goto cleanup;
                case 'i':
                    relax = true;
                    again = true;
                    break;
                case 'f':
                    again = true;
                    break;
                default:
                    /* nobody to ask: say why, and go on as libvirt does */
                    vshError(ctl, "%s", msg);
                    break;
                }
            }
        } while (again);

        if (!reedit)
            break;
    }
    ret = VIRSH_EDIT_DONE;

 cleanup:
    unlink(tmpfile);
    return ret;
}


/* ---- the wait of the event commands ------------------------------------------- */

/* set by SIGINT while an event command waits */
static volatile sig_atomic_t virshEventWaitInterrupted;

static void
virshEventWaitSigint(int sig G_GNUC_UNUSED)
{
    virshEventWaitInterrupted = 1;
}

static void
virshEventWaitTimeout(int timer G_GNUC_UNUSED, void *opaque)
{
    virshEventWait *wait = opaque;

    wait->timedOut = true;
}

/* wakes the loop now and then, so that an interrupt is noticed */
static void
virshEventWaitTick(int timer G_GNUC_UNUSED, void *opaque G_GNUC_UNUSED)
{
}

/**
 * virshEventWaitName:
 * @ctl: the shell
 * @cmd: an event command, with --list and --event
 * @names: the event names, by id
 * @n: how many
 *
 * With --list, prints @names.
 *
 * Returns the id of --event, -2 when the names were listed, or -1 with an
 * error shown (no --event, or an unknown one).
 */
int
virshEventWaitName(vshControl *ctl, const vshCmd *cmd, const char *const *names, size_t n)
{
    const char *name = NULL;
    size_t i;

    if (vshCommandOptBool(cmd, "list")) {
        for (i = 0; i < n; i++)
            vshPrint(ctl, "%s\n", names[i]);
        return -2;
    }
    if (vshCommandOptStringReq(ctl, cmd, "event", &name) < 0)
        return -1;
    if (!name) {
        vshError(ctl, "%s", _("either --list or --event <type> is required"));
        return -1;
    }
    for (i = 0; i < n; i++) {
        if (g_str_equal(names[i], name))
            return i;
    }
    vshError(ctl, _("unknown event type %s"), name);
    return -1;
}

/**
 * virshEventWaitOptions:
 * @ctl: the shell
 * @cmd: an event command, with --loop, --timestamp and --timeout
 * @wait: filled from them
 * @timeout: set to --timeout's seconds, or 0
 *
 * Returns false with an error shown when --timeout is not a number of
 * seconds from 1 to what milliseconds can count.
 */
bool
virshEventWaitOptions(vshControl *ctl, const vshCmd *cmd, virshEventWait *wait, int *timeout)
{
    *wait = (virshEventWait) {
        .ctl = ctl,
        .loop = vshCommandOptBool(cmd, "loop"),
        .timestamp = vshCommandOptBool(cmd, "timestamp"),
    };
    *timeout = 0;
    if (vshCommandOptInt(ctl, cmd, "timeout", timeout) < 0)
        return false;
    if (vshCommandOptBool(cmd, "timeout") && (*timeout < 1 || *timeout > INT_MAX / 1000)) {
        const char *str = NULL;

        vshCommandOptStringQuiet(ctl, cmd, "timeout", &str);
        vshError(ctl, _("Numeric value '%s' for <%s> option is malformed or out of range"),
                 str ? str : "", "timeout");
        return false;
    }
    return true;
}

/**
 * virshEventWaitPrint:
 * @wait: the wait
 * @fmt: the event's line, "\n" included
 *
 * Prints one event (after the time with --timestamp) and counts it.
 */
void
virshEventWaitPrint(virshEventWait *wait, const char *fmt, ...)
{
    g_autofree char *msg = NULL;
    va_list ap;

    va_start(ap, fmt);
    msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);

    if (wait->timestamp) {
        g_autoptr(GDateTime) now = g_date_time_new_now_utc();
        g_autofree char *stamp = g_date_time_format(now, "%Y-%m-%d %H:%M:%S");

        vshPrint(wait->ctl, "%s.%03d+0000: %s", stamp,
                 g_date_time_get_microsecond(now) / 1000, msg);
    } else {
        vshPrint(wait->ctl, "%s", msg);
    }
    fflush(stdout);

    wait->count++;
    if (!wait->loop)
        wait->done = true;
}

/**
 * virshEventWaitRun:
 * @wait: the wait, its callbacks registered
 * @timeout: seconds to wait at most, or 0
 *
 * Turns the event loop until the one event of a one-shot wait came, the
 * time is up or SIGINT; then says why it stopped and how many events came.
 *
 * Returns whether any came (false without the summary when the loop
 * failed).
 */
bool
virshEventWaitRun(virshEventWait *wait, int timeout)
{
    struct sigaction sigint = { .sa_handler = virshEventWaitSigint };
    struct sigaction oldsigint;
    int timer = -1;
    int tick;
    bool ret = false;

    if (timeout > 0 &&
        (timer = virEventAddTimeout(timeout * 1000, virshEventWaitTimeout, wait, NULL)) < 0)
        return false;
    tick = virEventAddTimeout(200, virshEventWaitTick, NULL, NULL);

    virshEventWaitInterrupted = 0;
    sigemptyset(&sigint.sa_mask);
    sigaction(SIGINT, &sigint, &oldsigint);
    while (!wait->done && !wait->timedOut && !virshEventWaitInterrupted) {
        if (virEventRunDefaultImpl() < 0)
            break;
    }
    sigaction(SIGINT, &oldsigint, NULL);

    if (virshEventWaitInterrupted)
        vshPrint(wait->ctl, "%s", _("event loop interrupted\n"));
    else if (wait->timedOut)
        vshPrint(wait->ctl, "%s", _("event loop timed out\n"));
    if (wait->done || wait->timedOut || virshEventWaitInterrupted) {
        vshPrint(wait->ctl, _("events received: %d\n"), wait->count);
        ret = wait->count > 0;
    }

    if (tick >= 0)
        virEventRemoveTimeout(tick);
    if (timer >= 0)
        virEventRemoveTimeout(timer);
    return ret;
}
