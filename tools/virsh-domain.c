/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virsh-domain.c: domain management commands (define, start, save, edit,
 * setmem, metadata, ...) and the "event" command
 *
 * Every message, option table and layout follows libvirt 9.0's virsh, as
 * observed from its behaviour: which API is called with which flags, what
 * is printed on which stream, and what makes the command fail.
 */
#include <config.h>

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "virsh.h"


/* ------------------------------------------------------------------ */
/* shared helpers */

#define VIRSH_DOMAIN_OPT_DOMAIN(helpText, listFlags) \
    { .name = "domain", \
      .type = VSH_OT_DATA, \
      .flags = VSH_OFLAG_REQ, \
      .help = helpText, \
      .completer = virshDomainNameCompleter, \
      .completerFlags = listFlags, \
    }

#define VIRSH_DOMAIN_OPT_DOMAIN_FULL(listFlags) \
    VIRSH_DOMAIN_OPT_DOMAIN(N_("domain name, id or uuid"), listFlags)

#define VIRSH_DOMAIN_OPT_BOOL(optName, helpText) \
    { .name = optName, \
      .type = VSH_OT_BOOL, \
      .help = helpText, \
    }

/*
 * virshDomainSplitList:
 * @str: a comma separated list, where ",," stands for a comma
 *
 * Returns the items (NULL-terminated, caller frees); "" gives one empty
 * item, as libvirt's virsh splits its list options.
 */
static char **
virshDomainSplitList(const char *str)
{
    GPtrArray *items = g_ptr_array_new();
    GString *cur = g_string_new(NULL);
    const char *p;

    for (p = str; *p; p++) {
        if (*p == ',') {
            if (p[1] == ',') {
                g_string_append_c(cur, ',');
                p++;
                continue;
            }
            g_ptr_array_add(items, g_string_free(cur, FALSE));
            cur = g_string_new(NULL);
            continue;
        }
        g_string_append_c(cur, *p);
    }
    g_ptr_array_add(items, g_string_free(cur, FALSE));
    g_ptr_array_add(items, NULL);
    return (char **) g_ptr_array_free(items, FALSE);
}

/*
 * virshDomainLookupInactive:
 * @ctl: the shell
 * @cmd: the command, with a "domain" option
 * @name: set to the word given
 *
 * "start" looks a domain up by UUID or name only (an inactive domain has
 * no id).  Returns a reference the caller frees, or NULL after printing
 * "failed to get domain".
 */
static virDomainPtr
virshDomainLookupInactive(vshControl *ctl, const vshCmd *cmd, const char **name)
{
    virDomainPtr dom = NULL;
    const char *n = NULL;

    *name = NULL;
    if (vshCommandOptStringReq(ctl, cmd, "domain", &n) < 0 || !n)
        return NULL;
    *name = n;
    if (!vshConnection(ctl))
        return NULL;

    dom = virDomainLookupByUUIDString(ctl->conn, n);
    if (!dom) {
        vshResetLibvirtError();
        dom = virDomainLookupByName(ctl->conn, n);
    }
    if (!dom) {
        vshResetLibvirtError();
        vshError(ctl, _("failed to get domain '%s'"), n);
    }
    return dom;
}

/*
 * virshDomainParseFDs:
 * @ctl: the shell
 * @cmd: the command, with a "pass-fds" option
 * @fds: set to the numbers (caller frees), NULL when none were given
 * @nfds: set to their count
 *
 * Returns false after printing why a number could not be read.
 */
static bool
virshDomainParseFDs(vshControl *ctl, const vshCmd *cmd, int **fds, unsigned int *nfds)
{
    const char *str = NULL;
    g_auto(GStrv) words = NULL;
    g_autofree int *list = NULL;
    size_t n;
    size_t i;

    *fds = NULL;
    *nfds = 0;
    /* an empty value counts as no value, as in libvirt's virsh */
    if (vshCommandOptStringQuiet(ctl, cmd, "pass-fds", &str) <= 0 || !str)
        return true;

    words = g_strsplit(str, ",", -1);
    n = g_strv_length(words);
    list = g_new0(int, n);
    for (i = 0; i < n; i++) {
        char *end = NULL;
        long long v;

        errno = 0;
        v = g_ascii_strtoll(words[i], &end, 10);
        if (errno != 0 || end == words[i] || *end || v < INT_MIN || v > INT_MAX) {
            vshError(ctl, _("Unable to parse FD number '%s'"), words[i]);
            return false;
        }
        list[i] = v;
    }
    *fds = g_steal_pointer(&list);
    *nfds = n;
    return true;
}

/* the error kept aside by a worker thread, made the pending one */
static void
virshDomainRestoreError(virErrorPtr err)
{
    vshResetLibvirtError();
    if (!err)
        return;
    vshSaveError(err->code, "%s", err->message ? err->message : _("unknown error"));
}


/* ------------------------------------------------------------------ */
/* long-running jobs (save, managedsave): the call runs in a thread while
 * this one shows the progress and turns Ctrl-C into virDomainAbortJob() */

typedef struct _virshDomainJob virshDomainJob;
struct _virshDomainJob {
    virDomainPtr dom;
    int (*run)(virshDomainJob *job);   /* the API call: 0 or -1 */
    const char *path;
    const char *xml;
    unsigned int flags;

    GMutex lock;
    GCond cond;
    bool done;                         /* protected by lock */
    int result;
    virErrorPtr err;                   /* the failed call's error */
};

static volatile sig_atomic_t virshDomainJobInterrupted;

static void
virshDomainJobSigint(int sig G_GNUC_UNUSED)
{
    virshDomainJobInterrupted = 1;
}

static gpointer
virshDomainJobThread(gpointer opaque)
{
    virshDomainJob *job = opaque;
    int rc = job->run(job);
    virErrorPtr err = rc < 0 ? virSaveLastError() : NULL;

    g_mutex_lock(&job->lock);
    job->result = rc;
    job->err = err;
    job->done = true;
    g_cond_signal(&job->cond);
    g_mutex_unlock(&job->lock);
    return NULL;
}

static void
virshDomainJobPrintProgress(const char *label, unsigned long long remaining,
                            unsigned long long total)
{
    int percent;

    if (remaining == 0 || total == 0)
        percent = 100;
    else if (remaining > total)
        percent = 0;
    else
        percent = 100 - (int) (remaining * 100 / total);
    fprintf(stderr, "\r%s: [%3d %%]", label, percent);
    fflush(stderr);
}

/*
 * virshDomainJobRun:
 * @ctl: the shell
 * @job: the call to make, with its arguments
 * @label: the progress label ("Save", "Managedsave")
 * @verbose: show the progress on stderr
 *
 * Returns the call's result; on failure its error is the pending one.
 */
static int
virshDomainJobRun(vshControl *ctl G_GNUC_UNUSED, virshDomainJob *job,
                  const char *label, bool verbose)
{
    struct sigaction sa;
    struct sigaction oldsa;
    GThread *thread;
    bool jobInfoWorks = true;
    bool aborted = false;
    int result;

    g_mutex_init(&job->lock);
    g_cond_init(&job->cond);
    job->done = false;
    job->err = NULL;

    virshDomainJobInterrupted = 0;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = virshDomainJobSigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &oldsa);

    thread = g_thread_new("virsh-job", virshDomainJobThread, job);

    g_mutex_lock(&job->lock);
    while (!job->done) {
        gint64 until = g_get_monotonic_time() + 500 * G_TIME_SPAN_MILLISECOND;

        if (g_cond_wait_until(&job->cond, &job->lock, until) || job->done)
            continue;
        g_mutex_unlock(&job->lock);

        if (virshDomainJobInterrupted && !aborted) {
            aborted = true;
            if (virDomainAbortJob(job->dom) < 0)
                vshResetLibvirtError();
        }
        if (verbose && jobInfoWorks) {
            virDomainJobInfo info;

            /* a driver without job info: no progress until the end */
            if (virDomainGetJobInfo(job->dom, &info) < 0) {
                jobInfoWorks = false;
                vshResetLibvirtError();
            } else if (info.type != VIR_DOMAIN_JOB_NONE && info.dataTotal > 0) {
                virshDomainJobPrintProgress(label, info.dataRemaining, info.dataTotal);
            }
        }
        g_mutex_lock(&job->lock);
    }
    g_mutex_unlock(&job->lock);
    g_thread_join(thread);
    sigaction(SIGINT, &oldsa, NULL);

    result = job->result;
    if (result < 0) {
        virshDomainRestoreError(job->err);
    } else {
        vshResetLibvirtError();
        if (verbose)
            virshDomainJobPrintProgress(label, 0, 0);
    }
    if (job->err)
        virFreeError(job->err);
    job->err = NULL;
    g_cond_clear(&job->cond);
    g_mutex_clear(&job->lock);
    return result;
}


/* ------------------------------------------------------------------ */
/* the interactive console of "start --console" and "create --console" */

typedef struct {
    virStreamPtr st;
    char escape;
    bool quit;
    bool failed;
    GByteArray *toStream;      /* typed, not yet accepted by the stream */
    int stdinWatch;
} virshDomainConsole;

static void
virshDomainConsoleUpdate(virshDomainConsole *con)
{
    int events = VIR_STREAM_EVENT_READABLE | VIR_STREAM_EVENT_ERROR |
                 VIR_STREAM_EVENT_HANGUP;

    if (con->toStream->len)
        events |= VIR_STREAM_EVENT_WRITABLE;
    virStreamEventUpdateCallback(con->st, events);
}

static void
virshDomainConsoleStream(virStreamPtr st, int events, void *opaque)
{
    virshDomainConsole *con = opaque;

    if (events & VIR_STREAM_EVENT_READABLE) {
        char buf[1024];
        int got = virStreamRecv(st, buf, sizeof(buf));

        if (got == 0 || (got < 0 && got != -2)) {
            con->failed = got < 0;
            con->quit = true;
            return;
        }
        if (got > 0 && write(STDOUT_FILENO, buf, got) < 0) {
            con->quit = true;
            return;
        }
    }
    if ((events & VIR_STREAM_EVENT_WRITABLE) && con->toStream->len) {
        int sent = virStreamSend(st, (const char *) con->toStream->data, con->toStream->len);

        if (sent < 0 && sent != -2) {
            con->failed = true;
            con->quit = true;
            return;
        }
        if (sent > 0)
            g_byte_array_remove_range(con->toStream, 0, sent);
    }
    if (events & (VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP)) {
        con->quit = true;
        return;
    }
    virshDomainConsoleUpdate(con);
}

static void
virshDomainConsoleStdin(int watch G_GNUC_UNUSED, int fd, int events, void *opaque)
{
    virshDomainConsole *con = opaque;
    char buf[1024];
    ssize_t got;
    ssize_t i;

    if (!(events & VIR_EVENT_HANDLE_READABLE)) {
        con->quit = true;
        return;
    }
    if ((got = read(fd, buf, sizeof(buf))) <= 0) {
        if (got < 0 && errno == EINTR)
            return;
        con->quit = true;
        return;
    }
    for (i = 0; i < got; i++) {
        if (buf[i] == con->escape) {
            con->quit = true;
            return;
        }
    }
    g_byte_array_append(con->toStream, (const guint8 *) buf, got);
    virshDomainConsoleUpdate(con);
}

/*
 * virshDomainRunConsole:
 * @ctl: the shell
 * @dom: a running domain
 *
 * Connects the terminal to the domain's first console until the escape
 * character (-e, "^]" by default) is typed or the console closes.
 * Returns false after printing an error.
 */
static bool
virshDomainRunConsole(vshControl *ctl, virDomainPtr dom)
{
    virshDomainConsole con = { .stdinWatch = -1 };
    struct termios saved;
    struct termios raw;
    bool ret = false;

    if (!isatty(STDIN_FILENO)) {
        vshError(ctl, "%s", _("Cannot run interactive console without a controlling TTY"));
        return false;
    }

    vshPrintExtra(ctl, _("Connected to domain '%s'\n"), virDomainGetName(dom));
    vshPrintExtra(ctl, _("Escape character is %s"), ctl->escapeChar);
    if (ctl->escapeChar[0] == '^' && ctl->escapeChar[1])
        vshPrintExtra(ctl, " (Ctrl + %c)", ctl->escapeChar[1]);
    vshPrintExtra(ctl, "\n");
    fflush(stdout);

    if (ctl->escapeChar[0] == '^' && ctl->escapeChar[1])
        con.escape = ctl->escapeChar[1] & 0x1f;
    else
        con.escape = ctl->escapeChar[0];

    if (virEventRegisterDefaultImpl() < 0)
        return false;
    if (!(con.st = virStreamNew(ctl->conn, VIR_STREAM_NONBLOCK)))
        return false;
    if (virDomainOpenConsole(dom, NULL, con.st, 0) < 0) {
        virStreamFree(con.st);
        return false;
    }

    if (tcgetattr(STDIN_FILENO, &saved) < 0) {
        vshError(ctl, "%s", _("unable to get tty attributes"));
        virStreamAbort(con.st);
        virStreamFree(con.st);
        return false;
    }
    raw = saved;
    cfmakeraw(&raw);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw);

    con.toStream = g_byte_array_new();
    if (virStreamEventAddCallback(con.st,
                                  VIR_STREAM_EVENT_READABLE | VIR_STREAM_EVENT_ERROR |
                                  VIR_STREAM_EVENT_HANGUP,
                                  virshDomainConsoleStream, &con, NULL) < 0)
        goto cleanup;
    if ((con.stdinWatch = virEventAddHandle(STDIN_FILENO, VIR_EVENT_HANDLE_READABLE,
                                            virshDomainConsoleStdin, &con, NULL)) < 0)
        goto cleanup;

    while (!con.quit) {
        if (virEventRunDefaultImpl() < 0)
            break;
    }
    ret = !con.failed;

 cleanup:
    if (con.stdinWatch > 0)
        virEventRemoveHandle(con.stdinWatch);
    virStreamEventRemoveCallback(con.st);
    if (ret)
        virStreamFinish(con.st);
    else
        virStreamAbort(con.st);
    virStreamFree(con.st);
    g_byte_array_unref(con.toStream);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    vshPrintExtra(ctl, "\n");
    return ret;
}


/* ------------------------------------------------------------------ */
/* "autostart" */

static const vshCmdOptDef opts_autostart[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(VIR_CONNECT_LIST_DOMAINS_PERSISTENT),
    VIRSH_DOMAIN_OPT_BOOL("disable", N_("disable autostarting")),
    { .name = NULL }
};

static bool
cmdAutostart(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    const char *name = NULL;
    bool disable = vshCommandOptBool(cmd, "disable");

    if (!(dom = virshCommandOptDomain(ctl, cmd, &name)))
        return false;

    if (virDomainSetAutostart(dom, disable ? 0 : 1) < 0) {
        if (disable)
            vshError(ctl, _("Failed to unmark domain '%s' as autostarted"), name);
        else
            vshError(ctl, _("Failed to mark domain '%s' as autostarted"), name);
        return false;
    }

    if (disable)
        vshPrintExtra(ctl, _("Domain '%s' unmarked as autostarted\n"), name);
    else
        vshPrintExtra(ctl, _("Domain '%s' marked as autostarted\n"), name);
    return true;
}


/* ------------------------------------------------------------------ */
/* "create" and "define" */

static const vshCmdOptDef opts_create[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML domain description"),
    },
    VIRSH_DOMAIN_OPT_BOOL("console", N_("attach to console after creation")),
    VIRSH_DOMAIN_OPT_BOOL("paused", N_("leave the guest paused after creation")),
    VIRSH_DOMAIN_OPT_BOOL("autodestroy",
                          N_("automatically destroy the guest when virsh disconnects")),
    { .name = "pass-fds",
      .type = VSH_OT_STRING,
      .help = N_("pass file descriptors N,M,... to the guest"),
    },
    VIRSH_DOMAIN_OPT_BOOL("validate", N_("validate the XML against the schema")),
    VIRSH_DOMAIN_OPT_BOOL("reset-nvram", N_("re-initialize NVRAM from its pristine template")),
    { .name = NULL }
};

static bool
cmdCreate(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    g_autofree char *buffer = NULL;
    g_autofree int *fds = NULL;
    const char *from = NULL;
    unsigned int nfds = 0;
    unsigned int flags = 0;

    if (vshCommandOptStringReq(ctl, cmd, "file", &from) < 0)
        return false;
    if (!(buffer = vshReadFile(ctl, from)))
        return false;
    if (!virshDomainParseFDs(ctl, cmd, &fds, &nfds))
        return false;

    if (vshCommandOptBool(cmd, "paused"))
        flags |= VIR_DOMAIN_START_PAUSED;
    if (vshCommandOptBool(cmd, "autodestroy"))
        flags |= VIR_DOMAIN_START_AUTODESTROY;
    if (vshCommandOptBool(cmd, "validate"))
        flags |= VIR_DOMAIN_START_VALIDATE;
    if (vshCommandOptBool(cmd, "reset-nvram"))
        flags |= VIR_DOMAIN_START_RESET_NVRAM;

    if (nfds)
        dom = virDomainCreateXMLWithFiles(ctl->conn, buffer, nfds, fds, flags);
    else
        dom = virDomainCreateXML(ctl->conn, buffer, flags);
    if (!dom) {
        vshError(ctl, _("Failed to create domain from %s"), from);
        return false;
    }

    vshPrintExtra(ctl, _("Domain '%s' created from %s\n"), virDomainGetName(dom), from);
    /* libvirt's virsh keeps the domain and succeeds even without a console */
    if (vshCommandOptBool(cmd, "console"))
        virshDomainRunConsole(ctl, dom);
    return true;
}

static const vshCmdOptDef opts_define[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("file containing an XML domain description"),
    },
    VIRSH_DOMAIN_OPT_BOOL("validate", N_("validate the XML against the schema")),
    { .name = NULL }
};

static bool
cmdDefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    g_autofree char *buffer = NULL;
    const char *from = NULL;
    unsigned int flags = 0;

    if (vshCommandOptStringReq(ctl, cmd, "file", &from) < 0)
        return false;
    if (vshCommandOptBool(cmd, "validate"))
        flags |= VIR_DOMAIN_DEFINE_VALIDATE;
    if (!(buffer = vshReadFile(ctl, from)))
        return false;

    if (flags)
        dom = virDomainDefineXMLFlags(ctl->conn, buffer, flags);
    else
        dom = virDomainDefineXML(ctl->conn, buffer);
    if (!dom) {
        vshError(ctl, _("Failed to define domain from %s"), from);
        return false;
    }

    vshPrintExtra(ctl, _("Domain '%s' defined from %s\n"), virDomainGetName(dom), from);
    return true;
}


/* ------------------------------------------------------------------ */
/* "desc" */

static const vshCmdOptDef opts_desc[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(0),
    VIRSH_DOMAIN_OPT_BOOL("live", N_("modify/get running state")),
    VIRSH_DOMAIN_OPT_BOOL("config", N_("modify/get persistent configuration")),
    VIRSH_DOMAIN_OPT_BOOL("current", N_("modify/get current state configuration")),
    VIRSH_DOMAIN_OPT_BOOL("title", N_("modify/get the title instead of description")),
    VIRSH_DOMAIN_OPT_BOOL("edit", N_("open an editor to modify the description")),
    { .name = "new-desc",
      .type = VSH_OT_ARGV,
      .help = N_("message"),
    },
    { .name = NULL }
};

/* the description or title; "" when there is none, NULL after an error */
static char *
virshDomainGetDescription(virDomainPtr dom, int type, unsigned int flags)
{
    char *desc = virDomainGetMetadata(dom, type, NULL, flags);
    virErrorPtr err;

    if (desc)
        return desc;
    err = virGetLastError();
    if (err && err->code == VIR_ERR_NO_DOMAIN_METADATA) {
        vshResetLibvirtError();
        return g_strdup("");
    }
    return NULL;
}

static bool
cmdDesc(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    g_autofree char *current = NULL;
    g_autofree char *desc = NULL;
    bool config = vshCommandOptBool(cmd, "config");
    bool live = vshCommandOptBool(cmd, "live");
    bool title = vshCommandOptBool(cmd, "title");
    bool edit = vshCommandOptBool(cmd, "edit");
    int type = title ? VIR_DOMAIN_METADATA_TITLE : VIR_DOMAIN_METADATA_DESCRIPTION;
    unsigned int flags = VIR_DOMAIN_AFFECT_CURRENT;
    const vshCmdOpt *opt = NULL;
    GString *words = NULL;
    int state;

    if (!vshCommandOptExclusive(ctl, cmd, "current", "live") ||
        !vshCommandOptExclusive(ctl, cmd, "current", "config"))
        return false;
    if (config)
        flags |= VIR_DOMAIN_AFFECT_CONFIG;
    if (live)
        flags |= VIR_DOMAIN_AFFECT_LIVE;

    if (!(dom = virshCommandOptDomain(ctl, cmd, NULL)))
        return false;
    if (virDomainGetState(dom, &state, NULL, 0) < 0)
        return false;

    while ((opt = vshCommandOptArgv(ctl, cmd, opt))) {
        if (!words)
            words = g_string_new(NULL);
        else
            g_string_append_c(words, ' ');
        g_string_append(words, vshCmdOptValue(opt));
    }
    if (words)
        desc = g_string_free(words, FALSE);

    if (!(current = virshDomainGetDescription(dom, type,
                                              config ? VIR_DOMAIN_AFFECT_CONFIG : 0)))
        return false;

    if (!edit && !desc) {
        if (*current)
            vshPrint(ctl, "%s", current);
        else if (title)
            vshPrintExtra(ctl, _("No title for domain: %s"), virDomainGetName(dom));
        else
            vshPrintExtra(ctl, _("No description for domain: %s"), virDomainGetName(dom));
        return true;
    }

    if (edit) {
        g_autofree char *tmpfile = NULL;
        g_autofree char *edited = NULL;
        bool same;

        if (!(tmpfile = vshEditWriteToTempFile(ctl, desc ? desc : current)))
            return false;
        if (vshEditFile(ctl, tmpfile) < 0 ||
            !(edited = vshEditReadBackFile(ctl, tmpfile))) {
            unlink(tmpfile);
            return false;
        }
        unlink(tmpfile);

        /* an editor's final newline is no part of a title */
        if (title && g_str_has_suffix(edited, "\n"))
            edited[strlen(edited) - 1] = '\0';

        same = g_str_equal(edited, current);
        if (same) {
            if (title)
                vshPrintExtra(ctl, "%s", _("Domain title not changed\n"));
            else
                vshPrintExtra(ctl, "%s", _("Domain description not changed\n"));
            return true;
        }
        g_free(desc);
        desc = g_steal_pointer(&edited);
    }

    if (virDomainSetMetadata(dom, type, desc, NULL, NULL, flags) < 0) {
        if (title)
            vshError(ctl, "%s", _("Failed to set new domain title"));
        else
            vshError(ctl, "%s", _("Failed to set new domain description"));
        return false;
    }
    if (title)
        vshPrintExtra(ctl, "%s", _("Domain title updated successfully"));
    else
        vshPrintExtra(ctl, "%s", _("Domain description updated successfully"));
    return true;
}


/* ------------------------------------------------------------------ */
/* "destroy" */

static const vshCmdOptDef opts_destroy[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(VIR_CONNECT_LIST_DOMAINS_ACTIVE),
    VIRSH_DOMAIN_OPT_BOOL("graceful", N_("terminate gracefully")),
    VIRSH_DOMAIN_OPT_BOOL("remove-logs", N_("remove domain logs")),
    { .name = NULL }
};

static bool
cmdDestroy(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    const char *name = NULL;
    unsigned int flags = 0;
    int rc;

    if (!(dom = virshCommandOptDomain(ctl, cmd, &name)))
        return false;

    if (vshCommandOptBool(cmd, "graceful"))
        flags |= VIR_DOMAIN_DESTROY_GRACEFUL;
    if (vshCommandOptBool(cmd, "remove-logs"))
        flags |= VIR_DOMAIN_DESTROY_REMOVE_LOGS;

    if (flags)
        rc = virDomainDestroyFlags(dom, flags);
    else
        rc = virDomainDestroy(dom);
    if (rc < 0) {
        vshError(ctl, _("Failed to destroy domain '%s'"), name);
        return false;
    }

    vshPrintExtra(ctl, _("Domain '%s' destroyed\n"), name);
    return true;
}


/* ------------------------------------------------------------------ */
/* "dumpxml" */

static const vshCmdOptDef opts_dumpxml[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(0),
    VIRSH_DOMAIN_OPT_BOOL("inactive", N_("show inactive defined XML")),
    VIRSH_DOMAIN_OPT_BOOL("security-info",
                          N_("include security sensitive information in XML dump")),
    VIRSH_DOMAIN_OPT_BOOL("update-cpu", N_("update guest CPU according to host CPU")),
    VIRSH_DOMAIN_OPT_BOOL("migratable", N_("provide XML suitable for migrations")),
    { .name = "xpath",
      .type = VSH_OT_STRING,
      .flags = VSH_OFLAG_REQ_OPT,
      .help = N_("xpath expression to filter the XML document"),
    },
    VIRSH_DOMAIN_OPT_BOOL("wrap", N_("wrap xpath results in an common root element")),
    { .name = NULL }
};

static bool
cmdDumpXML(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    g_autofree char *xml = NULL;
    const char *xpath = NULL;
    unsigned int flags = 0;

    if (!(dom = virshCommandOptDomain(ctl, cmd, NULL)))
        return false;

    if (vshCommandOptBool(cmd, "inactive"))
        flags |= VIR_DOMAIN_XML_INACTIVE;
    if (vshCommandOptBool(cmd, "security-info"))
        flags |= VIR_DOMAIN_XML_SECURE;
    if (vshCommandOptBool(cmd, "update-cpu"))
        flags |= VIR_DOMAIN_XML_UPDATE_CPU;
    if (vshCommandOptBool(cmd, "migratable"))
        flags |= VIR_DOMAIN_XML_MIGRATABLE;
    if (vshCommandOptStringQuiet(ctl, cmd, "xpath", &xpath) < 0)
        return false;

    if (!(xml = virDomainGetXMLDesc(dom, flags)))
        return false;
    return virshDumpXML(ctl, xml, xpath, vshCommandOptBool(cmd, "wrap"));
}


/* ------------------------------------------------------------------ */
/* "edit" */

typedef struct {
    virDomainPtr dom;
    virDomainPtr edited;       /* the domain the edit defined */
    bool validate;
} virshDomainEditData;

static char *
virshDomainEditGetXML(vshControl *ctl G_GNUC_UNUSED, void *opaque)
{
    virshDomainEditData *data = opaque;

    return virDomainGetXMLDesc(data->dom, VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE);
}

static bool
virshDomainEditDefine(vshControl *ctl, const char *doc, bool relax, void *opaque)
{
    virshDomainEditData *data = opaque;

    if (data->edited)
        virDomainFree(data->edited);
    if (data->validate && !relax)
        data->edited = virDomainDefineXMLFlags(ctl->conn, doc, VIR_DOMAIN_DEFINE_VALIDATE);
    else
        data->edited = virDomainDefineXML(ctl->conn, doc);
    return data->edited != NULL;
}

static void
virshDomainEditNotChanged(vshControl *ctl, void *opaque)
{
    virshDomainEditData *data = opaque;

    vshPrintExtra(ctl, _("Domain '%s' XML configuration not changed.\n"),
                  virDomainGetName(data->dom));
}

static const vshCmdOptDef opts_edit[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(0),
    VIRSH_DOMAIN_OPT_BOOL("skip-validate",
                          N_("skip validation of the XML against the schema")),
    { .name = NULL }
};

static bool
cmdEdit(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    virshDomainEditData data = { 0 };
    virshEditOps ops = {
        .getDoc = virshDomainEditGetXML,
        .define = virshDomainEditDefine,
        .notChanged = virshDomainEditNotChanged,
    };
    virshEditResult rc;

    if (!(dom = virshCommandOptDomain(ctl, cmd, NULL)))
        return false;
    data.dom = dom;
    data.validate = !vshCommandOptBool(cmd, "skip-validate");
    ops.relaxAvail = data.validate;

    rc = virshEditRun(ctl, &ops, &data);
    if (rc == VIRSH_EDIT_DONE) {
        /* libvirt's virsh names "(null)" when the definition failed unasked */
        vshPrintExtra(ctl, _("Domain '%s' XML configuration edited.\n"),
                      data.edited ? virDomainGetName(data.edited) : "(null)");
    }
    if (data.edited)
        virDomainFree(data.edited);
    return rc != VIRSH_EDIT_FAILED;
}


/* ------------------------------------------------------------------ */
/* "managedsave" and "managedsave-remove" */

static const vshCmdOptDef opts_managedsave[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(VIR_CONNECT_LIST_DOMAINS_ACTIVE),
    VIRSH_DOMAIN_OPT_BOOL("bypass-cache", N_("avoid file system cache when saving")),
    VIRSH_DOMAIN_OPT_BOOL("running", N_("set domain to be running on next start")),
    VIRSH_DOMAIN_OPT_BOOL("paused", N_("set domain to be paused on next start")),
    VIRSH_DOMAIN_OPT_BOOL("verbose", N_("display the progress of save")),
    { .name = NULL }
};

static int
virshDomainJobManagedSave(virshDomainJob *job)
{
    return virDomainManagedSave(job->dom, job->flags);
}

static bool
cmdManagedSave(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    virshDomainJob job = { 0 };
    const char *name = NULL;

    if (!(dom = virshCommandOptDomain(ctl, cmd, &name)))
        return false;

    job.dom = dom;
    job.run = virshDomainJobManagedSave;
    if (vshCommandOptBool(cmd, "bypass-cache"))
        job.flags |= VIR_DOMAIN_SAVE_BYPASS_CACHE;
    if (vshCommandOptBool(cmd, "running"))
        job.flags |= VIR_DOMAIN_SAVE_RUNNING;
    if (vshCommandOptBool(cmd, "paused"))
        job.flags |= VIR_DOMAIN_SAVE_PAUSED;

    if (virshDomainJobRun(ctl, &job, _("Managedsave"),
                          vshCommandOptBool(cmd, "verbose")) < 0) {
        vshError(ctl, _("Failed to save domain '%s' state"), name);
        return false;
    }

    vshPrintExtra(ctl, _("\nDomain '%s' state saved by libvirt\n"), name);
    return true;
}

static const vshCmdOptDef opts_managedsaveremove[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE),
    { .name = NULL }
};

static bool
cmdManagedSaveRemove(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    const char *name = NULL;
    int has;

    if (!(dom = virshCommandOptDomain(ctl, cmd, &name)))
        return false;

    if ((has = virDomainHasManagedSaveImage(dom, 0)) < 0) {
        vshError(ctl, "%s", _("Failed to check for domain managed save image"));
        return false;
    }
    if (has == 0) {
        vshPrintExtra(ctl, _("Domain '%s' has no manage save image; removal skipped"), name);
        return true;
    }
    if (virDomainManagedSaveRemove(dom, 0) < 0) {
        vshError(ctl, _("Failed to remove managed save image for domain '%s'"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Removed managedsave image for domain '%s'"), name);
    return true;
}


/* ------------------------------------------------------------------ */
/* "metadata" */

static const vshCmdOptDef opts_metadata[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(0),
    { .name = "uri",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("URI of the namespace"),
    },
    VIRSH_DOMAIN_OPT_BOOL("live", N_("modify/get running state")),
    VIRSH_DOMAIN_OPT_BOOL("config", N_("modify/get persistent configuration")),
    VIRSH_DOMAIN_OPT_BOOL("current", N_("modify/get current state configuration")),
    VIRSH_DOMAIN_OPT_BOOL("edit", N_("use an editor to change the metadata")),
    { .name = "key",
      .type = VSH_OT_STRING,
      .help = N_("key to be used as a namespace identifier"),
    },
    { .name = "set",
      .type = VSH_OT_STRING,
      .help = N_("new metadata to set"),
    },
    VIRSH_DOMAIN_OPT_BOOL("remove", N_("remove the metadata corresponding to an uri")),
    { .name = NULL }
};

typedef struct {
    virDomainPtr dom;
    const char *uri;
    const char *key;
    unsigned int flags;
} virshDomainMetadataData;

static char *
virshDomainMetadataGet(vshControl *ctl G_GNUC_UNUSED, void *opaque)
{
    virshDomainMetadataData *data = opaque;
    char *doc = virDomainGetMetadata(data->dom, VIR_DOMAIN_METADATA_ELEMENT,
                                     data->uri, data->flags);
    virErrorPtr err;

    if (doc)
        return doc;
    /* nothing yet: the editor starts from an empty file */
    err = virGetLastError();
    if (err && err->code == VIR_ERR_NO_DOMAIN_METADATA) {
        vshResetLibvirtError();
        return g_strdup("");
    }
    return NULL;
}

static bool
virshDomainMetadataDefine(vshControl *ctl G_GNUC_UNUSED, const char *doc,
                          bool relax G_GNUC_UNUSED, void *opaque)
{
    virshDomainMetadataData *data = opaque;

    return virDomainSetMetadata(data->dom, VIR_DOMAIN_METADATA_ELEMENT, doc,
                                data->key, data->uri, data->flags) == 0;
}

static void
virshDomainMetadataNotChanged(vshControl *ctl, void *opaque G_GNUC_UNUSED)
{
    vshPrintExtra(ctl, "%s", _("Metadata not changed"));
}

static bool
cmdMetadata(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    virshDomainMetadataData data = { 0 };
    bool config = vshCommandOptBool(cmd, "config");
    bool live = vshCommandOptBool(cmd, "live");
    bool edit = vshCommandOptBool(cmd, "edit");
    bool rem = vshCommandOptBool(cmd, "remove");
    const char *set = NULL;

    if (!vshCommandOptExclusive(ctl, cmd, "current", "live") ||
        !vshCommandOptExclusive(ctl, cmd, "current", "config") ||
        !vshCommandOptExclusive(ctl, cmd, "edit", "set") ||
        !vshCommandOptExclusive(ctl, cmd, "remove", "set") ||
        !vshCommandOptExclusive(ctl, cmd, "remove", "edit"))
        return false;
    if (config)
        data.flags |= VIR_DOMAIN_AFFECT_CONFIG;
    if (live)
        data.flags |= VIR_DOMAIN_AFFECT_LIVE;

    if (!(dom = virshCommandOptDomain(ctl, cmd, NULL)))
        return false;
    data.dom = dom;

    if (vshCommandOptStringReq(ctl, cmd, "uri", &data.uri) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "key", &data.key) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "set", &set) < 0)
        return false;

    if ((set || edit) && !data.key) {
        vshError(ctl, "%s", _("namespace key is required when modifying metadata"));
        return false;
    }

    if (set || rem) {
        if (virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, set, data.key,
                                 data.uri, data.flags) < 0)
            return false;
        if (rem)
            vshPrintExtra(ctl, "%s\n", _("Metadata removed"));
        else
            vshPrintExtra(ctl, "%s\n", _("Metadata modified"));
        return true;
    }

    if (edit) {
        virshEditOps ops = {
            .getDoc = virshDomainMetadataGet,
            .define = virshDomainMetadataDefine,
            .notChanged = virshDomainMetadataNotChanged,
            .relaxAvail = false,
        };

        switch (virshEditRun(ctl, &ops, &data)) {
        case VIRSH_EDIT_FAILED:
            return false;
        case VIRSH_EDIT_UNCHANGED:
            return true;
        case VIRSH_EDIT_DONE:
            break;
        }
        vshPrintExtra(ctl, "%s\n", _("Metadata modified"));
        return true;
    } else {
        g_autofree char *doc = NULL;

        if (!(doc = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT,
                                         data.uri, data.flags)))
            return false;
        vshPrint(ctl, "%s\n", doc);
        return true;
    }
}


/* ------------------------------------------------------------------ */
/* "reboot" and "shutdown" */

/* completes --mode of reboot and shutdown */
static char **
virshDomainShutdownModeCompleter(vshControl *ctl G_GNUC_UNUSED,
                                 const vshCmd *cmd G_GNUC_UNUSED,
                                 unsigned int flags G_GNUC_UNUSED)
{
    const char *modes[] = { "acpi", "agent", "initctl", "signal", "paravirt", NULL };

    return g_strdupv((char **) modes);
}


static const vshCmdOptDef opts_reboot[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(VIR_CONNECT_LIST_DOMAINS_ACTIVE),
    { .name = "mode",
      .type = VSH_OT_STRING,
      .help = N_("shutdown mode: acpi|agent|initctl|signal|paravirt"),
      .completer = virshDomainShutdownModeCompleter,
    },
    { .name = NULL }
};

static const vshCmdOptDef opts_shutdown[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(VIR_CONNECT_LIST_DOMAINS_ACTIVE),
    { .name = "mode",
      .type = VSH_OT_STRING,
      .help = N_("shutdown mode: acpi|agent|initctl|signal|paravirt"),
      .completer = virshDomainShutdownModeCompleter,
    },
    { .name = NULL }
};

/*
 * virshDomainParseMode:
 * @ctl: the shell
 * @cmd: the command, with a "mode" option
 * @reboot: parse for reboot (VIR_DOMAIN_REBOOT_*) instead of shutdown
 * @flags: set to the modes given
 *
 * Returns false after printing an error.
 */
static bool
virshDomainParseMode(vshControl *ctl, const vshCmd *cmd, bool reboot, unsigned int *flags)
{
    const char *mode = NULL;
    g_auto(GStrv) modes = NULL;
    size_t i;

    *flags = 0;
    if (vshCommandOptStringReq(ctl, cmd, "mode", &mode) < 0)
        return false;
    if (!mode)
        return true;

    modes = g_strsplit(mode, ",", -1);
    for (i = 0; modes[i]; i++) {
        const char *m = modes[i];

        if (g_str_equal(m, "acpi")) {
            *flags |= reboot ? VIR_DOMAIN_REBOOT_ACPI_POWER_BTN
                             : VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN;
        } else if (g_str_equal(m, "agent")) {
            *flags |= reboot ? VIR_DOMAIN_REBOOT_GUEST_AGENT : VIR_DOMAIN_SHUTDOWN_GUEST_AGENT;
        } else if (g_str_equal(m, "initctl")) {
            *flags |= reboot ? VIR_DOMAIN_REBOOT_INITCTL : VIR_DOMAIN_SHUTDOWN_INITCTL;
        } else if (g_str_equal(m, "signal")) {
            *flags |= reboot ? VIR_DOMAIN_REBOOT_SIGNAL : VIR_DOMAIN_SHUTDOWN_SIGNAL;
        } else if (g_str_equal(m, "paravirt")) {
            *flags |= reboot ? VIR_DOMAIN_REBOOT_PARAVIRT : VIR_DOMAIN_SHUTDOWN_PARAVIRT;
        } else {
            /* the two commands word this differently in libvirt 9.0 */
            if (reboot)
                vshError(ctl, _("Unknown mode %s value, expecting 'acpi', 'agent', 'initctl', 'signal' or 'paravirt'"),
                         m);
            else
                vshError(ctl, _("Unknown mode %s value, expecting 'acpi', 'agent', 'initctl', 'signal', or 'paravirt'"),
                         m);
            return false;
        }
    }
    return true;
}

static bool
cmdReboot(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    const char *name = NULL;
    unsigned int flags = 0;

    if (!virshDomainParseMode(ctl, cmd, true, &flags))
        return false;
    if (!(dom = virshCommandOptDomain(ctl, cmd, &name)))
        return false;

    if (virDomainReboot(dom, flags) < 0) {
        vshError(ctl, _("Failed to reboot domain '%s'"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Domain '%s' is being rebooted\n"), name);
    return true;
}

static bool
cmdShutdown(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    const char *name = NULL;
    unsigned int flags = 0;
    int rc;

    if (!virshDomainParseMode(ctl, cmd, false, &flags))
        return false;
    if (!(dom = virshCommandOptDomain(ctl, cmd, &name)))
        return false;

    if (flags)
        rc = virDomainShutdownFlags(dom, flags);
    else
        rc = virDomainShutdown(dom);
    if (rc < 0) {
        vshError(ctl, _("Failed to shutdown domain '%s'"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Domain '%s' is being shutdown\n"), name);
    return true;
}

/* ------------------------------------------------------------------ */
/* "reset", "resume" and "suspend" */

static const vshCmdOptDef opts_reset[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(VIR_CONNECT_LIST_DOMAINS_ACTIVE),
    { .name = NULL }
};

static bool
cmdReset(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    const char *name = NULL;

    if (!(dom = virshCommandOptDomain(ctl, cmd, &name)))
        return false;
    if (virDomainReset(dom, 0) < 0) {
        vshError(ctl, _("Failed to reset domain '%s'"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Domain '%s' was reset\n"), name);
    return true;
}

static const vshCmdOptDef opts_resume[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(VIR_CONNECT_LIST_DOMAINS_PAUSED),
    { .name = NULL }
};

static bool
cmdResume(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    const char *name = NULL;

    if (!(dom = virshCommandOptDomain(ctl, cmd, &name)))
        return false;
    if (virDomainResume(dom) < 0) {
        vshError(ctl, _("Failed to resume domain '%s'"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Domain '%s' resumed\n"), name);
    return true;
}

static const vshCmdOptDef opts_suspend[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(VIR_CONNECT_LIST_DOMAINS_RUNNING),
    { .name = NULL }
};

static bool
cmdSuspend(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    const char *name = NULL;

    if (!(dom = virshCommandOptDomain(ctl, cmd, &name)))
        return false;
    if (virDomainSuspend(dom) < 0) {
        vshError(ctl, _("Failed to suspend domain '%s'"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Domain '%s' suspended\n"), name);
    return true;
}


/* ------------------------------------------------------------------ */
/* "restore", "save" and the save-image commands */

static const vshCmdOptDef opts_restore[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("the state to restore"),
    },
    VIRSH_DOMAIN_OPT_BOOL("bypass-cache", N_("avoid file system cache when restoring")),
    { .name = "xml",
      .type = VSH_OT_STRING,
      .help = N_("filename containing updated XML for the target"),
    },
    VIRSH_DOMAIN_OPT_BOOL("running", N_("restore domain into running state")),
    VIRSH_DOMAIN_OPT_BOOL("paused", N_("restore domain into paused state")),
    VIRSH_DOMAIN_OPT_BOOL("reset-nvram", N_("re-initialize NVRAM from its pristine template")),
    { .name = NULL }
};

static bool
cmdRestore(vshControl *ctl, const vshCmd *cmd)
{
    g_autofree char *xml = NULL;
    const char *from = NULL;
    const char *xmlfile = NULL;
    unsigned int flags = 0;
    int rc;

    if (vshCommandOptStringReq(ctl, cmd, "file", &from) < 0)
        return false;

    if (vshCommandOptBool(cmd, "bypass-cache"))
        flags |= VIR_DOMAIN_SAVE_BYPASS_CACHE;
    if (vshCommandOptBool(cmd, "running"))
        flags |= VIR_DOMAIN_SAVE_RUNNING;
    if (vshCommandOptBool(cmd, "paused"))
        flags |= VIR_DOMAIN_SAVE_PAUSED;
    if (vshCommandOptBool(cmd, "reset-nvram"))
        flags |= VIR_DOMAIN_SAVE_RESET_NVRAM;

    if (vshCommandOptStringReq(ctl, cmd, "xml", &xmlfile) < 0)
        return false;
    if (xmlfile && !(xml = vshReadFile(ctl, xmlfile)))
        return false;

    if (flags || xml)
        rc = virDomainRestoreFlags(ctl->conn, from, xml, flags);
    else
        rc = virDomainRestore(ctl->conn, from);
    if (rc < 0) {
        vshError(ctl, _("Failed to restore domain from %s"), from);
        return false;
    }

    vshPrintExtra(ctl, _("Domain restored from %s\n"), from);
    return true;
}

static const vshCmdOptDef opts_save[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(VIR_CONNECT_LIST_DOMAINS_ACTIVE),
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("where to save the data"),
    },
    VIRSH_DOMAIN_OPT_BOOL("bypass-cache", N_("avoid file system cache when saving")),
    { .name = "xml",
      .type = VSH_OT_STRING,
      .help = N_("filename containing updated XML for the target"),
    },
    VIRSH_DOMAIN_OPT_BOOL("running", N_("set domain to be running on restore")),
    VIRSH_DOMAIN_OPT_BOOL("paused", N_("set domain to be paused on restore")),
    VIRSH_DOMAIN_OPT_BOOL("verbose", N_("display the progress of save")),
    { .name = NULL }
};

static int
virshDomainJobSave(virshDomainJob *job)
{
    if (job->flags || job->xml)
        return virDomainSaveFlags(job->dom, job->path, job->xml, job->flags);
    return virDomainSave(job->dom, job->path);
}

static bool
cmdSave(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    g_autofree char *xml = NULL;
    virshDomainJob job = { 0 };
    const char *name = NULL;
    const char *to = NULL;
    const char *xmlfile = NULL;

    if (!(dom = virshCommandOptDomain(ctl, cmd, &name)))
        return false;
    if (vshCommandOptStringReq(ctl, cmd, "file", &to) < 0)
        return false;

    if (vshCommandOptBool(cmd, "bypass-cache"))
        job.flags |= VIR_DOMAIN_SAVE_BYPASS_CACHE;
    if (vshCommandOptBool(cmd, "running"))
        job.flags |= VIR_DOMAIN_SAVE_RUNNING;
    if (vshCommandOptBool(cmd, "paused"))
        job.flags |= VIR_DOMAIN_SAVE_PAUSED;

    if (vshCommandOptStringReq(ctl, cmd, "xml", &xmlfile) < 0)
        return false;
    if (xmlfile && !(xml = vshReadFile(ctl, xmlfile)))
        return false;

    job.dom = dom;
    job.run = virshDomainJobSave;
    job.path = to;
    job.xml = xml;
    if (virshDomainJobRun(ctl, &job, _("Save"), vshCommandOptBool(cmd, "verbose")) < 0) {
        vshError(ctl, _("Failed to save domain '%s' to %s"), name, to);
        return false;
    }

    vshPrintExtra(ctl, _("\nDomain '%s' saved to %s\n"), name, to);
    return true;
}

static const vshCmdOptDef opts_save_image_define[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("saved state file to modify"),
    },
    { .name = "xml",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("filename containing updated XML for the target"),
    },
    VIRSH_DOMAIN_OPT_BOOL("running", N_("set domain to be running on restore")),
    VIRSH_DOMAIN_OPT_BOOL("paused", N_("set domain to be paused on restore")),
    { .name = NULL }
};

static bool
cmdSaveImageDefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autofree char *xml = NULL;
    const char *file = NULL;
    const char *xmlfile = NULL;
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "running"))
        flags |= VIR_DOMAIN_SAVE_RUNNING;
    if (vshCommandOptBool(cmd, "paused"))
        flags |= VIR_DOMAIN_SAVE_PAUSED;

    if (vshCommandOptStringReq(ctl, cmd, "file", &file) < 0 ||
        vshCommandOptStringReq(ctl, cmd, "xml", &xmlfile) < 0)
        return false;
    if (!(xml = vshReadFile(ctl, xmlfile)))
        return false;

    if (virDomainSaveImageDefineXML(ctl->conn, file, xml, flags) < 0) {
        vshError(ctl, _("Failed to update %s"), file);
        return false;
    }

    vshPrintExtra(ctl, _("State file %s updated.\n"), file);
    return true;
}

static const vshCmdOptDef opts_save_image_dumpxml[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("saved state file to read"),
    },
    VIRSH_DOMAIN_OPT_BOOL("security-info",
                          N_("include security sensitive information in XML dump")),
    { .name = "xpath",
      .type = VSH_OT_STRING,
      .flags = VSH_OFLAG_REQ_OPT,
      .help = N_("xpath expression to filter the XML document"),
    },
    VIRSH_DOMAIN_OPT_BOOL("wrap", N_("wrap xpath results in an common root element")),
    { .name = NULL }
};

static bool
cmdSaveImageDumpXML(vshControl *ctl, const vshCmd *cmd)
{
    g_autofree char *xml = NULL;
    const char *file = NULL;
    const char *xpath = NULL;
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "security-info"))
        flags |= VIR_DOMAIN_SAVE_IMAGE_XML_SECURE;
    if (vshCommandOptStringReq(ctl, cmd, "file", &file) < 0)
        return false;
    if (vshCommandOptStringQuiet(ctl, cmd, "xpath", &xpath) < 0)
        return false;

    if (!(xml = virDomainSaveImageGetXMLDesc(ctl->conn, file, flags)))
        return false;
    return virshDumpXML(ctl, xml, xpath, vshCommandOptBool(cmd, "wrap"));
}

static const vshCmdOptDef opts_save_image_edit[] = {
    { .name = "file",
      .type = VSH_OT_DATA,
      .flags = VSH_OFLAG_REQ,
      .help = N_("saved state file to edit"),
    },
    VIRSH_DOMAIN_OPT_BOOL("running", N_("set domain to be running on restore")),
    VIRSH_DOMAIN_OPT_BOOL("paused", N_("set domain to be paused on restore")),
    { .name = NULL }
};

typedef struct {
    const char *file;
    unsigned int flags;
} virshDomainSaveImageData;

static char *
virshDomainSaveImageGetXML(vshControl *ctl, void *opaque)
{
    virshDomainSaveImageData *data = opaque;

    return virDomainSaveImageGetXMLDesc(ctl->conn, data->file,
                                        VIR_DOMAIN_SAVE_IMAGE_XML_SECURE);
}

static bool
virshDomainSaveImageDefine(vshControl *ctl, const char *doc,
                           bool relax G_GNUC_UNUSED, void *opaque)
{
    virshDomainSaveImageData *data = opaque;

    return virDomainSaveImageDefineXML(ctl->conn, data->file, doc, data->flags) == 0;
}

static void
virshDomainSaveImageNotChanged(vshControl *ctl, void *opaque)
{
    virshDomainSaveImageData *data = opaque;

    vshPrintExtra(ctl, _("Saved image %s XML configuration not changed.\n"), data->file);
}

static bool
cmdSaveImageEdit(vshControl *ctl, const vshCmd *cmd)
{
    virshDomainSaveImageData data = { 0 };
    virshEditOps ops = {
        .getDoc = virshDomainSaveImageGetXML,
        .define = virshDomainSaveImageDefine,
        .notChanged = virshDomainSaveImageNotChanged,
        .relaxAvail = false,
    };

    if (!vshCommandOptExclusive(ctl, cmd, "running", "paused"))
        return false;
    if (vshCommandOptBool(cmd, "running"))
        data.flags |= VIR_DOMAIN_SAVE_RUNNING;
    if (vshCommandOptBool(cmd, "paused"))
        data.flags |= VIR_DOMAIN_SAVE_PAUSED;
    if (vshCommandOptStringReq(ctl, cmd, "file", &data.file) < 0)
        return false;

    switch (virshEditRun(ctl, &ops, &data)) {
    case VIRSH_EDIT_FAILED:
        return false;
    case VIRSH_EDIT_UNCHANGED:
        return true;
    case VIRSH_EDIT_DONE:
        break;
    }
    vshPrintExtra(ctl, _("State file %s edited.\n"), data.file);
    return true;
}


/* ------------------------------------------------------------------ */
/* "setmem" and "setmaxmem" */

static const vshCmdOptDef opts_setmaxmem[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(0),
    { .name = "kilobytes",
      .type = VSH_OT_ALIAS,
      .help = "size",
    },
    { .name = "size",
      .type = VSH_OT_INT,
      .flags = VSH_OFLAG_REQ,
      .help = N_("new maximum memory size, as scaled integer (default KiB)"),
    },
    VIRSH_DOMAIN_OPT_BOOL("config", N_("affect next boot")),
    VIRSH_DOMAIN_OPT_BOOL("live", N_("affect running domain")),
    VIRSH_DOMAIN_OPT_BOOL("current", N_("affect current domain")),
    { .name = NULL }
};

static const vshCmdOptDef opts_setmem[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(0),
    { .name = "kilobytes",
      .type = VSH_OT_ALIAS,
      .help = "size",
    },
    { .name = "size",
      .type = VSH_OT_INT,
      .flags = VSH_OFLAG_REQ,
      .help = N_("new memory size, as scaled integer (default KiB)"),
    },
    VIRSH_DOMAIN_OPT_BOOL("config", N_("affect next boot")),
    VIRSH_DOMAIN_OPT_BOOL("live", N_("affect running domain")),
    VIRSH_DOMAIN_OPT_BOOL("current", N_("affect current domain")),
    { .name = NULL }
};

/*
 * virshDomainMemoryCommon:
 * @ctl: the shell
 * @cmd: setmem or setmaxmem
 * @maximum: setmaxmem
 *
 * Both commands read the same options; setmem with none of --live,
 * --config and --current changes the running domain only.
 */
static bool
virshDomainMemoryCommon(vshControl *ctl, const vshCmd *cmd, bool maximum)
{
    g_autoptr(virDomain) dom = NULL;
    bool config = vshCommandOptBool(cmd, "config");
    bool live = vshCommandOptBool(cmd, "live");
    bool current = vshCommandOptBool(cmd, "current");
    unsigned long long bytes = 0;
    unsigned long long kibibytes;
    unsigned long long max;
    unsigned int flags = VIR_DOMAIN_AFFECT_CURRENT;

    if (!vshCommandOptExclusive(ctl, cmd, "current", "live") ||
        !vshCommandOptExclusive(ctl, cmd, "current", "config"))
        return false;
    if (config)
        flags |= VIR_DOMAIN_AFFECT_CONFIG;
    if (live)
        flags |= VIR_DOMAIN_AFFECT_LIVE;
    if (!maximum && !config && !live && !current)
        flags |= VIR_DOMAIN_AFFECT_LIVE;
    if (maximum)
        flags |= VIR_DOMAIN_MEM_MAXIMUM;

    if (!(dom = virshCommandOptDomain(ctl, cmd, NULL)))
        return false;

    /* the API takes KiB in an unsigned long */
    if (sizeof(unsigned long) < sizeof(unsigned long long))
        max = 1024ULL * ULONG_MAX;
    else
        max = ULLONG_MAX;
    if (vshCommandOptScaledInt(ctl, cmd, "size", &bytes, 1024, max) < 0)
        return false;
    kibibytes = bytes / 1024 + (bytes % 1024 ? 1 : 0);

    if (virDomainSetMemoryFlags(dom, kibibytes, flags) < 0) {
        if (maximum)
            vshError(ctl, "%s", _("Unable to change MaxMemorySize"));
        return false;
    }
    return true;
}

static bool
cmdSetmem(vshControl *ctl, const vshCmd *cmd)
{
    return virshDomainMemoryCommon(ctl, cmd, false);
}

static bool
cmdSetmaxmem(vshControl *ctl, const vshCmd *cmd)
{
    return virshDomainMemoryCommon(ctl, cmd, true);
}


/* ------------------------------------------------------------------ */
/* "setvcpus" and "vcpucount" */

static const vshCmdOptDef opts_setvcpus[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(0),
    { .name = "count",
      .type = VSH_OT_INT,
      .flags = VSH_OFLAG_REQ,
      .help = N_("number of virtual CPUs"),
    },
    VIRSH_DOMAIN_OPT_BOOL("maximum", N_("set maximum limit on next boot")),
    VIRSH_DOMAIN_OPT_BOOL("config", N_("affect next boot")),
    VIRSH_DOMAIN_OPT_BOOL("live", N_("affect running domain")),
    VIRSH_DOMAIN_OPT_BOOL("current", N_("affect current domain")),
    VIRSH_DOMAIN_OPT_BOOL("guest", N_("modify cpu state in the guest")),
    VIRSH_DOMAIN_OPT_BOOL("hotpluggable", N_("make added vcpus hot(un)pluggable")),
    { .name = NULL }
};

static bool
cmdSetvcpus(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    bool current = vshCommandOptBool(cmd, "current");
    unsigned int flags = VIR_DOMAIN_AFFECT_CURRENT;
    unsigned int count = 0;
    int rc;

    if (!vshCommandOptExclusive(ctl, cmd, "current", "live") ||
        !vshCommandOptExclusive(ctl, cmd, "current", "config") ||
        !vshCommandOptExclusive(ctl, cmd, "guest", "config"))
        return false;
    if (vshCommandOptBool(cmd, "maximum") &&
        !vshCommandOptRequires(ctl, cmd, "config", "maximum"))
        return false;

    if (vshCommandOptBool(cmd, "config"))
        flags |= VIR_DOMAIN_AFFECT_CONFIG;
    if (vshCommandOptBool(cmd, "live"))
        flags |= VIR_DOMAIN_AFFECT_LIVE;
    if (vshCommandOptBool(cmd, "guest"))
        flags |= VIR_DOMAIN_VCPU_GUEST;
    if (vshCommandOptBool(cmd, "maximum"))
        flags |= VIR_DOMAIN_VCPU_MAXIMUM;
    if (vshCommandOptBool(cmd, "hotpluggable"))
        flags |= VIR_DOMAIN_VCPU_HOTPLUGGABLE;

    if (!(dom = virshCommandOptDomain(ctl, cmd, NULL)))
        return false;

    if (vshCommandOptUInt(ctl, cmd, "count", &count) < 0)
        return false;
    if (count == 0) {
        vshError(ctl, "%s", _("Can't set 0 processors for a VM"));
        return false;
    }

    /* no option at all: the older call, which changes the running domain */
    if (flags == VIR_DOMAIN_AFFECT_CURRENT && !current)
        rc = virDomainSetVcpus(dom, count);
    else
        rc = virDomainSetVcpusFlags(dom, count, flags);
    return rc == 0;
}

static const vshCmdOptDef opts_vcpucount[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(0),
    VIRSH_DOMAIN_OPT_BOOL("maximum", N_("get maximum count of vcpus")),
    VIRSH_DOMAIN_OPT_BOOL("active", N_("get number of currently active vcpus")),
    VIRSH_DOMAIN_OPT_BOOL("live", N_("get value from running domain")),
    VIRSH_DOMAIN_OPT_BOOL("config", N_("get value to be used on next boot")),
    VIRSH_DOMAIN_OPT_BOOL("current", N_("get value according to current domain state")),
    VIRSH_DOMAIN_OPT_BOOL("guest",
                          N_("retrieve vcpu count from the guest instead of the hypervisor")),
    { .name = NULL }
};

static bool
cmdVcpucount(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    bool maximum = vshCommandOptBool(cmd, "maximum");
    bool active = vshCommandOptBool(cmd, "active");
    bool live = vshCommandOptBool(cmd, "live");
    bool config = vshCommandOptBool(cmd, "config");
    bool current = vshCommandOptBool(cmd, "current");
    bool guest = vshCommandOptBool(cmd, "guest");
    /* the table, in the order libvirt's virsh asks: config rows first */
    struct {
        const char *what;
        const char *where;
        unsigned int flags;
        bool live;
        int count;
    } rows[] = {
        { "maximum", "config", VIR_DOMAIN_VCPU_MAXIMUM | VIR_DOMAIN_AFFECT_CONFIG, false, -1 },
        { "current", "config", VIR_DOMAIN_AFFECT_CONFIG, false, -1 },
        { "maximum", "live", VIR_DOMAIN_VCPU_MAXIMUM | VIR_DOMAIN_AFFECT_LIVE, true, -1 },
        { "current", "live", VIR_DOMAIN_AFFECT_LIVE, true, -1 },
    };
    const int printOrder[] = { 0, 2, 1, 3 };
    size_t i;

    if (!vshCommandOptExclusive(ctl, cmd, "live", "config") ||
        !vshCommandOptExclusive(ctl, cmd, "guest", "config") ||
        !vshCommandOptExclusive(ctl, cmd, "active", "maximum"))
        return false;
    /* --current only conflicts when it qualifies --maximum or --active */
    if ((maximum || active) &&
        (!vshCommandOptExclusive(ctl, cmd, "current", "live") ||
         !vshCommandOptExclusive(ctl, cmd, "current", "config")))
        return false;

    if (!(dom = virshCommandOptDomain(ctl, cmd, NULL)))
        return false;

    if (maximum || active || live || config || current || guest) {
        unsigned int flags = VIR_DOMAIN_AFFECT_CURRENT;
        int count;

        if (maximum)
            flags |= VIR_DOMAIN_VCPU_MAXIMUM;
        if (live)
            flags |= VIR_DOMAIN_AFFECT_LIVE;
        if (config)
            flags |= VIR_DOMAIN_AFFECT_CONFIG;
        if (guest)
            flags |= VIR_DOMAIN_VCPU_GUEST;

        if ((count = virDomainGetVcpusFlags(dom, flags)) < 0) {
            if (guest)
                vshError(ctl, "%s", _("Failed to retrieve vCPU count from the guest"));
            return false;
        }
        vshPrint(ctl, "%d\n", count);
        return true;
    }

    for (i = 0; i < G_N_ELEMENTS(rows); i++) {
        int have = rows[i].live ? virDomainIsActive(dom) : virDomainIsPersistent(dom);

        if (have < 0)
            return false;
        if (have == 0)
            continue;
        if ((rows[i].count = virDomainGetVcpusFlags(dom, rows[i].flags)) < 0)
            return false;
    }

    for (i = 0; i < G_N_ELEMENTS(printOrder); i++) {
        int r = printOrder[i];

        if (rows[r].count < 0)
            continue;
        vshPrint(ctl, "%-12s %-12s %3d\n", rows[r].what, rows[r].where, rows[r].count);
    }
    return true;
}


/* ------------------------------------------------------------------ */
/* "start" */

static const vshCmdOptDef opts_start[] = {
    VIRSH_DOMAIN_OPT_DOMAIN(N_("name of the inactive domain"),
                            VIR_CONNECT_LIST_DOMAINS_INACTIVE),
    VIRSH_DOMAIN_OPT_BOOL("console", N_("attach to console after creation")),
    VIRSH_DOMAIN_OPT_BOOL("paused", N_("leave the guest paused after creation")),
    VIRSH_DOMAIN_OPT_BOOL("autodestroy",
                          N_("automatically destroy the guest when virsh disconnects")),
    VIRSH_DOMAIN_OPT_BOOL("bypass-cache", N_("avoid file system cache when loading")),
    VIRSH_DOMAIN_OPT_BOOL("force-boot", N_("force fresh boot by discarding any managed save")),
    { .name = "pass-fds",
      .type = VSH_OT_STRING,
      .help = N_("pass file descriptors N,M,... to the guest"),
    },
    VIRSH_DOMAIN_OPT_BOOL("reset-nvram", N_("re-initialize NVRAM from its pristine template")),
    { .name = NULL }
};

/*
 * A driver that does not know VIR_DOMAIN_START_FORCE_BOOT still boots
 * afresh once the managed save image is gone: remove it, then start with
 * the other flags.  Returns the start's result.
 */
static int
virshDomainStartForceBoot(vshControl *ctl, virDomainPtr dom, unsigned int flags)
{
    int has;

    flags &= ~VIR_DOMAIN_START_FORCE_BOOT;
    vshResetLibvirtError();
    if ((has = virDomainHasManagedSaveImage(dom, 0)) < 0) {
        vshError(ctl, "%s", _("Failed to check for domain managed save image"));
        return -1;
    }
    if (has && virDomainManagedSaveRemove(dom, 0) < 0) {
        vshError(ctl, "%s", _("Failed to remove domain managed save image"));
        return -1;
    }
    if (flags)
        return virDomainCreateWithFlags(dom, flags);
    return virDomainCreate(dom);
}

static bool
cmdStart(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    g_autofree int *fds = NULL;
    const char *name = NULL;
    unsigned int nfds = 0;
    unsigned int flags = VIR_DOMAIN_NONE;
    int rc;

    if (!(dom = virshDomainLookupInactive(ctl, cmd, &name)))
        return false;

    if (virDomainGetID(dom) != (unsigned int) -1) {
        vshError(ctl, "%s", _("Domain is already active"));
        return false;
    }
    if (!virshDomainParseFDs(ctl, cmd, &fds, &nfds))
        return false;

    if (vshCommandOptBool(cmd, "paused"))
        flags |= VIR_DOMAIN_START_PAUSED;
    if (vshCommandOptBool(cmd, "autodestroy"))
        flags |= VIR_DOMAIN_START_AUTODESTROY;
    if (vshCommandOptBool(cmd, "bypass-cache"))
        flags |= VIR_DOMAIN_START_BYPASS_CACHE;
    if (vshCommandOptBool(cmd, "force-boot"))
        flags |= VIR_DOMAIN_START_FORCE_BOOT;
    if (vshCommandOptBool(cmd, "reset-nvram"))
        flags |= VIR_DOMAIN_START_RESET_NVRAM;

    if (nfds) {
        rc = virDomainCreateWithFiles(dom, nfds, fds, flags);
    } else if (flags) {
        rc = virDomainCreateWithFlags(dom, flags);
        if (rc < 0 && (flags & VIR_DOMAIN_START_FORCE_BOOT)) {
            virErrorPtr err = virGetLastError();

            if (err && (err->code == VIR_ERR_NO_SUPPORT || err->code == VIR_ERR_INVALID_ARG))
                rc = virshDomainStartForceBoot(ctl, dom, flags);
        }
    } else {
        rc = virDomainCreate(dom);
    }
    if (rc < 0) {
        vshError(ctl, _("Failed to start domain '%s'"), virDomainGetName(dom));
        return false;
    }

    vshPrintExtra(ctl, _("Domain '%s' started\n"), virDomainGetName(dom));
    if (vshCommandOptBool(cmd, "console"))
        return virshDomainRunConsole(ctl, dom);
    return true;
}


/* ------------------------------------------------------------------ */
/* "undefine" */

static char **virshDomainUndefineStorageCompleter(vshControl *ctl, const vshCmd *cmd,
                                                   unsigned int flags);

static const vshCmdOptDef opts_undefine[] = {
    VIRSH_DOMAIN_OPT_DOMAIN_FULL(VIR_CONNECT_LIST_DOMAINS_PERSISTENT),
    VIRSH_DOMAIN_OPT_BOOL("managed-save", N_("remove domain managed state file")),
    { .name = "storage",
      .type = VSH_OT_STRING,
      .help = N_("remove associated storage volumes (comma separated list of targets or source paths) (see domblklist)"),
      .completer = virshDomainUndefineStorageCompleter,
    },
    VIRSH_DOMAIN_OPT_BOOL("remove-all-storage",
                          N_("remove all associated storage volumes (use with caution)")),
    VIRSH_DOMAIN_OPT_BOOL("delete-storage-volume-snapshots",
                          N_("delete snapshots associated with volume(s), requires --remove-all-storage (must be supported by storage driver)")),
    { .name = "delete-snapshots",
      .type = VSH_OT_ALIAS,
      .help = "delete-storage-volume-snapshots",
    },
    VIRSH_DOMAIN_OPT_BOOL("wipe-storage", N_("wipe data on the removed volumes")),
    VIRSH_DOMAIN_OPT_BOOL("snapshots-metadata",
                          N_("remove all domain snapshot metadata (vm must be inactive)")),
    VIRSH_DOMAIN_OPT_BOOL("checkpoints-metadata",
                          N_("remove all domain checkpoint metadata (vm must be inactive)")),
    VIRSH_DOMAIN_OPT_BOOL("nvram", N_("remove nvram file")),
    VIRSH_DOMAIN_OPT_BOOL("keep-nvram", N_("keep nvram file")),
    VIRSH_DOMAIN_OPT_BOOL("tpm", N_("remove TPM state")),
    VIRSH_DOMAIN_OPT_BOOL("keep-tpm", N_("keep TPM state")),
    { .name = NULL }
};

/* one disk of the domain whose volume goes with it */
typedef struct {
    virStorageVolPtr vol;
    char *target;
    char *source;
} virshDomainUndefineVol;

static void
virshDomainUndefineVolClear(gpointer data)
{
    virshDomainUndefineVol *v = data;

    if (v->vol)
        virStorageVolFree(v->vol);
    g_free(v->target);
    g_free(v->source);
}

/* the value of the first attribute of @node among @names, or NULL */
static char *
virshDomainDiskAttr(xmlNodePtr node, const char *child, const char *const *names)
{
    xmlNodePtr cur;
    size_t i;

    for (cur = node->children; cur; cur = cur->next) {
        if (cur->type != XML_ELEMENT_NODE || !xmlStrEqual(cur->name, BAD_CAST child))
            continue;
        for (i = 0; names[i]; i++) {
            xmlChar *value = xmlGetProp(cur, BAD_CAST names[i]);

            if (value) {
                char *ret = g_strdup((const char *) value);

                xmlFree(value);
                return ret;
            }
        }
        return NULL;
    }
    return NULL;
}

/*
 * virshDomainUndefineFindVols:
 * @ctl: the shell
 * @dom: the domain
 * @tokens: the targets or sources --storage names, or NULL for every disk
 * @vols: filled with the volumes found (virshDomainUndefineVol)
 *
 * Disks whose volume libvirt does not manage are reported and skipped.
 * Returns false after printing an error: the XML cannot be read, or a
 * name given matches no disk.
 */
static bool
virshDomainUndefineFindVols(vshControl *ctl, virDomainPtr dom, char **tokens, GArray *vols)
{
    static const char *const sourceAttrs[] = { "file", "dir", "name", "dev", "volume", NULL };
    static const char *const poolAttrs[] = { "pool", NULL };
    static const char *const targetAttrs[] = { "dev", NULL };
    g_autofree char *xml = NULL;
    g_autofree bool *used = NULL;
    xmlDocPtr doc = NULL;
    xmlXPathContextPtr xpctxt = NULL;
    xmlXPathObjectPtr obj = NULL;
    size_t ntokens = tokens ? g_strv_length(tokens) : 0;
    bool ret = false;
    size_t i;
    int n;

    if (!(xml = virDomainGetXMLDesc(dom, 0)))
        return false;
    if (!(doc = xmlReadDoc(BAD_CAST xml, "domain.xml", NULL,
                           XML_PARSE_NONET | XML_PARSE_NOWARNING)) ||
        !(xpctxt = xmlXPathNewContext(doc))) {
        vshError(ctl, "%s", _("Failed to parse XML document"));
        goto cleanup;
    }
    xpctxt->node = xmlDocGetRootElement(doc);
    if (!(obj = xmlXPathEval(BAD_CAST "./devices/disk", xpctxt))) {
        vshError(ctl, "%s", _("Failed to parse XML document"));
        goto cleanup;
    }
    used = g_new0(bool, ntokens + 1);

    for (n = 0; obj->nodesetval && n < obj->nodesetval->nodeNr; n++) {
        xmlNodePtr disk = obj->nodesetval->nodeTab[n];
        g_autofree char *target = virshDomainDiskAttr(disk, "target", targetAttrs);
        g_autofree char *source = virshDomainDiskAttr(disk, "source", sourceAttrs);
        g_autofree char *pool = NULL;
        virshDomainUndefineVol v = { 0 };

        if (!target || !source)
            continue;

        if (tokens) {
            for (i = 0; i < ntokens; i++) {
                if (!used[i] &&
                    (g_str_equal(tokens[i], target) || g_str_equal(tokens[i], source))) {
                    used[i] = true;
                    break;
                }
            }
            if (i == ntokens)
                continue;
        }

        pool = virshDomainDiskAttr(disk, "source", poolAttrs);
        if (pool) {
            virStoragePoolPtr p = virStoragePoolLookupByName(ctl->conn, pool);

            if (p) {
                v.vol = virStorageVolLookupByName(p, source);
                virStoragePoolFree(p);
            }
        } else {
            v.vol = virStorageVolLookupByPath(ctl->conn, source);
        }
        if (!v.vol) {
            vshResetLibvirtError();
            vshError(ctl,
                     _("Storage volume '%s'(%s) is not managed by libvirt. Remove it manually.\n"),
                     target, source);
            continue;
        }
        v.target = g_steal_pointer(&target);
        v.source = g_steal_pointer(&source);
        g_array_append_val(vols, v);
    }

    for (i = 0; i < ntokens; i++) {
        if (!used[i]) {
            vshError(ctl, _("Volume '%s' was not found in domain's definition.\n"), tokens[i]);
            goto cleanup;
        }
    }
    ret = true;

 cleanup:
    xmlXPathFreeObject(obj);
    xmlXPathFreeContext(xpctxt);
    if (doc)
        xmlFreeDoc(doc);
    return ret;
}

/* completes --storage: the disk targets of the domain named already */
static char **
virshDomainUndefineStorageCompleter(vshControl *ctl, const vshCmd *cmd,
                                    unsigned int flags G_GNUC_UNUSED)
{
    g_autoptr(virDomain) dom = NULL;
    g_autofree char *xml = NULL;
    const char *name = NULL;
    xmlDocPtr doc = NULL;
    xmlXPathContextPtr xpctxt = NULL;
    xmlXPathObjectPtr obj = NULL;
    GPtrArray *list;
    int i;

    if (!ctl->conn || vshCommandOptStringQuiet(ctl, cmd, "domain", &name) <= 0)
        return NULL;
    dom = virDomainLookupByName(ctl->conn, name);
    if (!dom || !(xml = virDomainGetXMLDesc(dom, 0))) {
        vshResetLibvirtError();
        return NULL;
    }
    if (!(doc = xmlReadDoc(BAD_CAST xml, "domain.xml", NULL,
                           XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR)))
        return NULL;
    list = g_ptr_array_new();
    if ((xpctxt = xmlXPathNewContext(doc)) &&
        (obj = xmlXPathEval(BAD_CAST "/domain/devices/disk/target/@dev", xpctxt)) &&
        obj->nodesetval) {
        for (i = 0; i < obj->nodesetval->nodeNr; i++) {
            xmlChar *v = xmlNodeGetContent(obj->nodesetval->nodeTab[i]);

            if (v) {
                g_ptr_array_add(list, g_strdup((const char *) v));
                xmlFree(v);
            }
        }
    }
    xmlXPathFreeObject(obj);
    xmlXPathFreeContext(xpctxt);
    xmlFreeDoc(doc);
    g_ptr_array_add(list, NULL);
    return (char **) g_ptr_array_free(list, FALSE);
}

/*
 * virshDomainUndefineLegacy:
 * What virDomainUndefine() can do when the driver refused the flags: the
 * managed save image goes first if asked for, snapshots stop it.
 */
static int
virshDomainUndefineLegacy(vshControl *ctl, virDomainPtr dom, unsigned int flags,
                          int hasManagedSave, int nsnapshots, int nsnapshotsMeta)
{
    if (hasManagedSave > 0) {
        if (!(flags & VIR_DOMAIN_UNDEFINE_MANAGED_SAVE)) {
            vshError(ctl, "%s",
                     _("Refusing to undefine while domain managed save image exists"));
            return -2;
        }
        if (virDomainManagedSaveRemove(dom, 0) < 0) {
            vshReportError(ctl);
            return -2;
        }
    }
    if (nsnapshots > 0) {
        if (!(flags & VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA)) {
            vshError(ctl, _("Refusing to undefine while %d snapshots exist"), nsnapshots);
            return -2;
        }
        if (nsnapshotsMeta > 0) {
            vshError(ctl, _("Unable to remove metadata of %d snapshots"), nsnapshotsMeta);
            return -2;
        }
    }
    return virDomainUndefine(dom);
}

static bool
cmdUndefine(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    g_autoptr(GArray) vols = NULL;
    g_auto(GStrv) tokens = NULL;
    const char *name = NULL;
    const char *storage = NULL;
    bool removeAll = vshCommandOptBool(cmd, "remove-all-storage");
    bool deleteSnapshots = vshCommandOptBool(cmd, "delete-storage-volume-snapshots");
    bool wipe = vshCommandOptBool(cmd, "wipe-storage");
    bool removeSome;
    unsigned int flags = 0;
    int hasManagedSave = 0;
    int nsnapshots = 0;
    int nsnapshotsMeta = 0;
    bool tryFlags;
    bool ret = true;
    virErrorPtr savedErr = NULL;
    int active;
    int rc;
    size_t i;

    if (deleteSnapshots &&
        !vshCommandOptRequires(ctl, cmd, "remove-all-storage", "delete-storage-volume-snapshots"))
        return false;
    if (!vshCommandOptExclusive(ctl, cmd, "nvram", "keep-nvram") ||
        !vshCommandOptExclusive(ctl, cmd, "tpm", "keep-tpm"))
        return false;

    /* an empty list counts as none, as in libvirt's virsh */
    if (vshCommandOptStringQuiet(ctl, cmd, "storage", &storage) <= 0)
        storage = NULL;
    removeSome = storage != NULL;
    if (wipe && !removeSome && !removeAll) {
        vshError(ctl, "%s",
                 _("'--wipe-storage' requires '--storage <string>' or '--remove-all-storage'"));
        return false;
    }

    if (vshCommandOptBool(cmd, "managed-save"))
        flags |= VIR_DOMAIN_UNDEFINE_MANAGED_SAVE;
    if (vshCommandOptBool(cmd, "snapshots-metadata"))
        flags |= VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA;
    if (vshCommandOptBool(cmd, "checkpoints-metadata"))
        flags |= VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA;
    if (vshCommandOptBool(cmd, "nvram"))
        flags |= VIR_DOMAIN_UNDEFINE_NVRAM;
    if (vshCommandOptBool(cmd, "keep-nvram"))
        flags |= VIR_DOMAIN_UNDEFINE_KEEP_NVRAM;
    if (vshCommandOptBool(cmd, "tpm"))
        flags |= VIR_DOMAIN_UNDEFINE_TPM;
    if (vshCommandOptBool(cmd, "keep-tpm"))
        flags |= VIR_DOMAIN_UNDEFINE_KEEP_TPM;

    if (!(dom = virshCommandOptDomain(ctl, cmd, &name)))
        return false;

    if ((active = virDomainIsActive(dom)) < 0)
        return false;
    if (active && (removeSome || removeAll)) {
        vshError(ctl, "%s", _("Storage volume deletion is supported only on stopped domains"));
        return false;
    }
    if (removeSome && removeAll) {
        vshError(ctl, "%s", _("Specified both --storage and --remove-all-storage"));
        return false;
    }

    if (!active) {
        if ((hasManagedSave = virDomainHasManagedSaveImage(dom, 0)) < 0) {
            virErrorPtr err = virGetLastError();

            if (!err || err->code != VIR_ERR_NO_SUPPORT)
                return false;
            vshResetLibvirtError();
            hasManagedSave = 0;
        }
        if ((nsnapshots = virDomainSnapshotNum(dom, 0)) < 0) {
            virErrorPtr err = virGetLastError();

            if (!err || err->code != VIR_ERR_NO_SUPPORT)
                return false;
            vshResetLibvirtError();
            nsnapshots = 0;
        } else if (nsnapshots > 0) {
            nsnapshotsMeta = virDomainSnapshotNum(dom, VIR_DOMAIN_SNAPSHOT_LIST_METADATA);
            if (nsnapshotsMeta < 0) {
                vshResetLibvirtError();
                nsnapshotsMeta = 0;
            }
        }
    }
    /* flags that have nothing to act on are left out: a driver may not
     * know them */
    if (!hasManagedSave)
        flags &= ~VIR_DOMAIN_UNDEFINE_MANAGED_SAVE;
    if (!nsnapshots)
        flags &= ~VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA;

    vols = g_array_new(FALSE, TRUE, sizeof(virshDomainUndefineVol));
    g_array_set_clear_func(vols, virshDomainUndefineVolClear);
    if (removeSome || removeAll) {
        if (removeSome)
            tokens = virshDomainSplitList(storage);
        if (!virshDomainUndefineFindVols(ctl, dom, tokens, vols))
            return false;
    }

    /* a managed save image the user did not ask to remove stops the
     * undefine before anything else, unless snapshots say the new call
     * is safe to try */
    tryFlags = active || !hasManagedSave || (flags & VIR_DOMAIN_UNDEFINE_MANAGED_SAVE) ||
               nsnapshots > 0 || (flags & VIR_DOMAIN_UNDEFINE_NVRAM);
    if (tryFlags) {
        rc = virDomainUndefineFlags(dom, flags);
        if (rc < 0 && !(flags & VIR_DOMAIN_UNDEFINE_NVRAM)) {
            virErrorPtr err = virGetLastError();

            if (err && (err->code == VIR_ERR_NO_SUPPORT || err->code == VIR_ERR_INVALID_ARG)) {
                vshResetLibvirtError();
                rc = virshDomainUndefineLegacy(ctl, dom, flags, hasManagedSave,
                                               nsnapshots, nsnapshotsMeta);
            }
        }
    } else {
        rc = virshDomainUndefineLegacy(ctl, dom, flags, hasManagedSave,
                                       nsnapshots, nsnapshotsMeta);
    }
    if (rc == -2)
        return false;
    if (rc < 0) {
        vshError(ctl, _("Failed to undefine domain '%s'"), name);
        return false;
    }
    vshPrintExtra(ctl, _("Domain '%s' has been undefined\n"), name);

    for (i = 0; i < vols->len; i++) {
        virshDomainUndefineVol *v = &g_array_index(vols, virshDomainUndefineVol, i);

        if (wipe) {
            vshPrintExtra(ctl, _("Wiping volume '%s'(%s) ... "), v->target, v->source);
            fflush(stdout);
            if (virStorageVolWipe(v->vol, 0) < 0) {
                vshError(ctl, "%s", _("Failed! Volume not removed."));
                ret = false;
                if (savedErr)
                    virFreeError(savedErr);
                savedErr = virSaveLastError();
                continue;
            }
            vshPrintExtra(ctl, "%s", _("Done.\n"));
        }
        if (virStorageVolDelete(v->vol, deleteSnapshots ?
                                VIR_STORAGE_VOL_DELETE_WITH_SNAPSHOTS : 0) < 0) {
            vshError(ctl, _("Failed to remove storage volume '%s'(%s)"), v->target, v->source);
            ret = false;
            if (savedErr)
                virFreeError(savedErr);
            savedErr = virSaveLastError();
            continue;
        }
        vshPrintExtra(ctl, _("Volume '%s'(%s) removed.\n"), v->target, v->source);
    }

    /* the last volume that failed says why */
    if (savedErr) {
        virshDomainRestoreError(savedErr);
        virFreeError(savedErr);
    }
    return ret;
}


/* ------------------------------------------------------------------ */
/* the group */


/* ---- domid, domname, domuuid ------------------------------------------------ */

/* Each converts one of a domain's names into another, and so accepts only
 * the two it does not print: @byID, @byUUID, @byName say which. */
static virDomainPtr
virshDomainLookupAs(vshControl *ctl, const vshCmd *cmd, bool byID, bool byUUID, bool byName)
{
    virDomainPtr dom = NULL;
    const char *word = NULL;
    char *end = NULL;
    long id;

    if (vshCommandOptStringReq(ctl, cmd, "domain", &word) < 0)
        return NULL;
    if (byID) {
        errno = 0;
        id = strtol(word, &end, 10);
        if (end != word && !*end && errno == 0 && id >= 0 && id <= INT_MAX)
            dom = virDomainLookupByID(ctl->conn, id);
    }
    if (!dom && byUUID)
        dom = virDomainLookupByUUIDString(ctl->conn, word);
    if (!dom && byName)
        dom = virDomainLookupByName(ctl->conn, word);
    vshResetLibvirtError();
    if (!dom)
        vshError(ctl, _("failed to get domain '%1$s'"), word);
    return dom;
}

static const vshCmdOptDef opts_domid[] = {
    VIRSH_DOMAIN_OPT_DOMAIN(N_("domain name or uuid"), VIR_CONNECT_LIST_DOMAINS_ACTIVE),
    { .name = NULL }
};

static bool
cmdDomid(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = virshDomainLookupAs(ctl, cmd, false, true, true);
    unsigned int id;

    if (!dom)
        return false;
    id = virDomainGetID(dom);
    if (id == (unsigned int)-1)
        vshPrint(ctl, "%s\n", "-");
    else
        vshPrint(ctl, "%u\n", id);
    return true;
}

static const vshCmdOptDef opts_domname[] = {
    VIRSH_DOMAIN_OPT_DOMAIN(N_("domain id or uuid"), 0),
    { .name = NULL }
};

static bool
cmdDomname(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = virshDomainLookupAs(ctl, cmd, true, true, false);

    if (!dom)
        return false;
    vshPrint(ctl, "%s\n", virDomainGetName(dom));
    return true;
}

static const vshCmdOptDef opts_domuuid[] = {
    VIRSH_DOMAIN_OPT_DOMAIN(N_("domain id or name"), 0),
    { .name = NULL }
};

static bool
cmdDomuuid(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = virshDomainLookupAs(ctl, cmd, true, false, true);
    char uuid[VIR_UUID_STRING_BUFLEN];

    if (!dom)
        return false;
    if (virDomainGetUUIDString(dom, uuid) < 0) {
        vshError(ctl, "%s", _("failed to get domain UUID"));
        return false;
    }
    vshPrint(ctl, "%s\n", uuid);
    return true;
}

const vshCmdDef domainCmds[] = {
    { .name = "autostart",
      .handler = cmdAutostart,
      .opts = opts_autostart,
      .help = N_("autostart a domain"),
      .desc = N_("Configure a domain to be automatically started at boot."),
    },
    { .name = "create",
      .handler = cmdCreate,
      .opts = opts_create,
      .help = N_("create a domain from an XML file"),
      .desc = N_("Create a domain."),
    },
    { .name = "define",
      .handler = cmdDefine,
      .opts = opts_define,
      .help = N_("define (but don't start) a domain from an XML file"),
      .desc = N_("Define a domain."),
    },
    { .name = "desc",
      .handler = cmdDesc,
      .opts = opts_desc,
      .help = N_("show or set domain's description or title"),
      .desc = N_("Allows setting or modifying the description or title of a domain."),
    },
    { .name = "destroy",
      .handler = cmdDestroy,
      .opts = opts_destroy,
      .help = N_("destroy (stop) a domain"),
      .desc = N_("Forcefully stop a given domain, but leave its resources intact."),
    },
    { .name = "domid",
      .handler = cmdDomid,
      .opts = opts_domid,
      .help = N_("convert a domain name or UUID to domain id"),
      .desc = "",
    },
    { .name = "domname",
      .handler = cmdDomname,
      .opts = opts_domname,
      .help = N_("convert a domain id or UUID to domain name"),
      .desc = "",
    },
    { .name = "domuuid",
      .handler = cmdDomuuid,
      .opts = opts_domuuid,
      .help = N_("convert a domain name or id to domain UUID"),
      .desc = "",
    },
    { .name = "dumpxml",
      .handler = cmdDumpXML,
      .opts = opts_dumpxml,
      .help = N_("domain information in XML"),
      .desc = N_("Output the domain information as an XML dump to stdout."),
    },
    { .name = "edit",
      .handler = cmdEdit,
      .opts = opts_edit,
      .help = N_("edit XML configuration for a domain"),
      .desc = N_("Edit the XML configuration for a domain."),
    },
    { .name = "managedsave",
      .handler = cmdManagedSave,
      .opts = opts_managedsave,
      .help = N_("managed save of a domain state"),
      .desc = N_("Save and destroy a running domain, so it can be restarted from\n"
                 "    the same state at a later time.  When the virsh 'start'\n"
                 "    command is next run for the domain, it will automatically\n"
                 "    be started from this saved state."),
    },
    { .name = "managedsave-remove",
      .handler = cmdManagedSaveRemove,
      .opts = opts_managedsaveremove,
      .help = N_("Remove managed save of a domain"),
      .desc = N_("Remove an existing managed save state file from a domain"),
    },
    { .name = "metadata",
      .handler = cmdMetadata,
      .opts = opts_metadata,
      .help = N_("show or set domain's custom XML metadata"),
      .desc = N_("Shows or modifies the XML metadata of a domain."),
    },
    { .name = "reboot",
      .handler = cmdReboot,
      .opts = opts_reboot,
      .help = N_("reboot a domain"),
      .desc = N_("Run a reboot command in the target domain."),
    },
    { .name = "reset",
      .handler = cmdReset,
      .opts = opts_reset,
      .help = N_("reset a domain"),
      .desc = N_("Reset the target domain as if by power button"),
    },
    { .name = "restore",
      .handler = cmdRestore,
      .opts = opts_restore,
      .help = N_("restore a domain from a saved state in a file"),
      .desc = N_("Restore a domain."),
    },
    { .name = "resume",
      .handler = cmdResume,
      .opts = opts_resume,
      .help = N_("resume a domain"),
      .desc = N_("Resume a previously suspended domain."),
    },
    { .name = "save",
      .handler = cmdSave,
      .opts = opts_save,
      .help = N_("save a domain state to a file"),
      .desc = N_("Save the RAM state of a running domain."),
    },
    { .name = "save-image-define",
      .handler = cmdSaveImageDefine,
      .opts = opts_save_image_define,
      .help = N_("redefine the XML for a domain's saved state file"),
      .desc = N_("Replace the domain XML associated with a saved state file"),
    },
    { .name = "save-image-dumpxml",
      .handler = cmdSaveImageDumpXML,
      .opts = opts_save_image_dumpxml,
      .help = N_("saved state domain information in XML"),
      .desc = N_("Dump XML of domain information for a saved state file to stdout."),
    },
    { .name = "save-image-edit",
      .handler = cmdSaveImageEdit,
      .opts = opts_save_image_edit,
      .help = N_("edit XML for a domain's saved state file"),
      .desc = N_("Edit the domain XML associated with a saved state file"),
    },
    { .name = "setmaxmem",
      .handler = cmdSetmaxmem,
      .opts = opts_setmaxmem,
      .help = N_("change maximum memory limit"),
      .desc = N_("Change the maximum memory allocation limit in the guest domain."),
    },
    { .name = "setmem",
      .handler = cmdSetmem,
      .opts = opts_setmem,
      .help = N_("change memory allocation"),
      .desc = N_("Change the current memory allocation in the guest domain."),
    },
    { .name = "setvcpus",
      .handler = cmdSetvcpus,
      .opts = opts_setvcpus,
      .help = N_("change number of virtual CPUs"),
      .desc = N_("Change the number of virtual CPUs in the guest domain."),
    },
    { .name = "shutdown",
      .handler = cmdShutdown,
      .opts = opts_shutdown,
      .help = N_("gracefully shutdown a domain"),
      .desc = N_("Run shutdown in the target domain."),
    },
    { .name = "start",
      .handler = cmdStart,
      .opts = opts_start,
      .help = N_("start a (previously defined) inactive domain"),
      .desc = N_("Start a domain, either from the last managedsave\n"
                 "    state, or via a fresh boot if no managedsave state\n"
                 "    is present."),
    },
    { .name = "suspend",
      .handler = cmdSuspend,
      .opts = opts_suspend,
      .help = N_("suspend a domain"),
      .desc = N_("Suspend a running domain."),
    },
    { .name = "undefine",
      .handler = cmdUndefine,
      .opts = opts_undefine,
      .help = N_("undefine a domain"),
      .desc = N_("Undefine an inactive domain, or convert persistent to transient."),
    },
    { .name = "vcpucount",
      .handler = cmdVcpucount,
      .opts = opts_vcpucount,
      .help = N_("domain vcpu counts"),
      .desc = N_("Returns the number of virtual CPUs used by the domain."),
    },
    { .name = NULL }
};


/* ------------------------------------------------------------------ */
/* "event" */

/* the opaque of one registration */
typedef struct {
    virshEventWait *state;   /* what the "event" command shares with its callbacks */
    const char *name;    /* the event's name, as "event --list" shows it */
    int callbackID;
} virshDomainEventReg;

static const char *
virshDomainEventEnum(const char *const *names, size_t n, int value)
{
    if (value < 0 || (size_t) value >= n)
        return _("unknown");
    return _(names[value]);
}

#define VIRSH_DOMAIN_EVENT_ENUM(names, value) \
    virshDomainEventEnum(names, G_N_ELEMENTS(names), value)

static const char *const virshDomainEventLifecycleNames[] = {
    N_("Defined"), N_("Undefined"), N_("Started"), N_("Suspended"), N_("Resumed"),
    N_("Stopped"), N_("Shutdown"), N_("PMSuspended"), N_("Crashed"),
};

static const char *const virshDomainEventDefinedNames[] = {
    N_("Added"), N_("Updated"), N_("Renamed"), N_("Snapshot"),
};
static const char *const virshDomainEventUndefinedNames[] = {
    N_("Removed"), N_("Renamed"),
};
static const char *const virshDomainEventStartedNames[] = {
    N_("Booted"), N_("Migrated"), N_("Restored"), N_("Snapshot"), N_("Event wakeup"),
};
static const char *const virshDomainEventSuspendedNames[] = {
    N_("Paused"), N_("Migrated"), N_("I/O Error"), N_("Watchdog"), N_("Restored"),
    N_("Snapshot"), N_("API error"), N_("Post-copy"), N_("Post-copy Error"),
};
static const char *const virshDomainEventResumedNames[] = {
    N_("Unpaused"), N_("Migrated"), N_("Snapshot"), N_("Post-copy"), N_("Post-copy Error"),
};
static const char *const virshDomainEventStoppedNames[] = {
    N_("Shutdown"), N_("Destroyed"), N_("Crashed"), N_("Migrated"), N_("Saved"),
    N_("Failed"), N_("Snapshot"),
};
static const char *const virshDomainEventShutdownNames[] = {
    N_("Finished"), N_("Finished after guest request"), N_("Finished after host request"),
};
static const char *const virshDomainEventPMSuspendedNames[] = {
    N_("Memory"), N_("Disk"),
};
static const char *const virshDomainEventCrashedNames[] = {
    N_("Panicked"), N_("Crashloaded"),
};

static const char *
virshDomainEventDetail(int event, int detail)
{
    switch ((virDomainEventType) event) {
    case VIR_DOMAIN_EVENT_DEFINED:
        return VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventDefinedNames, detail);
    case VIR_DOMAIN_EVENT_UNDEFINED:
        return VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventUndefinedNames, detail);
    case VIR_DOMAIN_EVENT_STARTED:
        return VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventStartedNames, detail);
    case VIR_DOMAIN_EVENT_SUSPENDED:
        return VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventSuspendedNames, detail);
    case VIR_DOMAIN_EVENT_RESUMED:
        return VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventResumedNames, detail);
    case VIR_DOMAIN_EVENT_STOPPED:
        return VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventStoppedNames, detail);
    case VIR_DOMAIN_EVENT_SHUTDOWN:
        return VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventShutdownNames, detail);
    case VIR_DOMAIN_EVENT_PMSUSPENDED:
        return VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventPMSuspendedNames, detail);
    case VIR_DOMAIN_EVENT_CRASHED:
        return VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventCrashedNames, detail);
    default:
        break;
    }
    return _("unknown");
}

static const char *const virshDomainEventWatchdogNames[] = {
    N_("none"), N_("pause"), N_("reset"), N_("poweroff"), N_("shutdown"), N_("debug"),
    N_("inject-nmi"),
};
static const char *const virshDomainEventIOErrorNames[] = {
    N_("none"), N_("pause"), N_("report"),
};
static const char *const virshDomainEventGraphicsPhaseNames[] = {
    N_("connect"), N_("initialize"), N_("disconnect"),
};
static const char *const virshDomainEventGraphicsAddressNames[] = {
    "ipv4", "ipv6", N_("unix"),
};
static const char *const virshDomainEventBlockJobTypeNames[] = {
    N_("unknown"), N_("Block Pull"), N_("Block Copy"), N_("Block Commit"),
    N_("Active Block Commit"), N_("Backup"),
};
static const char *const virshDomainEventBlockJobStatusNames[] = {
    N_("completed"), N_("failed"), N_("canceled"), N_("ready"),
};
static const char *const virshDomainEventDiskChangeNames[] = {
    N_("changed"), N_("dropped"),
};
static const char *const virshDomainEventTrayChangeNames[] = {
    N_("opened"), N_("closed"),
};
static const char *const virshDomainEventAgentStateNames[] = {
    N_("unknown"), N_("connected"), N_("disconnected"),
};
static const char *const virshDomainEventAgentReasonNames[] = {
    N_("unknown"), N_("domain started"), N_("channel event"),
};
static const char *const virshDomainEventMetadataNames[] = {
    N_("description"), N_("title"), N_("element"),
};
static const char *const virshDomainEventMemoryFailureRecipientNames[] = {
    N_("hypervisor"), N_("guest"),
};
static const char *const virshDomainEventMemoryFailureActionNames[] = {
    N_("ignore"), N_("inject"), N_("fatal"), N_("reset"),
};

/* prints one event of a registration (virshEventWaitPrint) */
static void G_GNUC_PRINTF(2, 3)
virshDomainEventPrint(virshDomainEventReg *reg, const char *fmt, ...)
{
    g_autofree char *msg = NULL;
    va_list ap;

    va_start(ap, fmt);
    msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    virshEventWaitPrint(reg->state, "%s", msg);
}

/* a typed parameter as text */
static char *
virshDomainEventParamValue(const virTypedParameter *param)
{
    switch (param->type) {
    case VIR_TYPED_PARAM_INT:
        return g_strdup_printf("%d", param->value.i);
    case VIR_TYPED_PARAM_UINT:
        return g_strdup_printf("%u", param->value.ui);
    case VIR_TYPED_PARAM_LLONG:
        return g_strdup_printf("%lld", param->value.l);
    case VIR_TYPED_PARAM_ULLONG:
        return g_strdup_printf("%llu", param->value.ul);
    case VIR_TYPED_PARAM_DOUBLE:
        return g_strdup_printf("%lf", param->value.d);
    case VIR_TYPED_PARAM_BOOLEAN:
        return g_strdup(param->value.b ? _("yes") : _("no"));
    case VIR_TYPED_PARAM_STRING:
        return g_strdup(param->value.s);
    default:
        break;
    }
    return g_strdup("?");
}

static void
virshDomainEventPrintParams(virshDomainEventReg *reg, virDomainPtr dom, const char *fmt,
                            virTypedParameterPtr params, int nparams)
{
    g_autoptr(GString) out = g_string_new(NULL);
    int i;

    g_string_append_printf(out, fmt, virDomainGetName(dom));
    for (i = 0; i < nparams; i++) {
        g_autofree char *value = virshDomainEventParamValue(&params[i]);

        g_string_append_printf(out, "\t%s: %s\n", params[i].field, value);
    }
    virshDomainEventPrint(reg, "%s", out->str);
}

static int
virshDomainEventLifecycle(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                          int event, int detail, void *opaque)
{
    virshDomainEventPrint(opaque, _("event 'lifecycle' for domain '%s': %s %s\n"),
                          virDomainGetName(dom),
                          VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventLifecycleNames, event),
                          virshDomainEventDetail(event, detail));
    return 0;
}

static void
virshDomainEventGeneric(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom, void *opaque)
{
    virshDomainEventReg *reg = opaque;

    virshDomainEventPrint(reg, _("event '%s' for domain '%s'\n"),
                          reg->name, virDomainGetName(dom));
}

static void
virshDomainEventRTCChange(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                          long long utcoffset, void *opaque)
{
    virshDomainEventPrint(opaque, _("event 'rtc-change' for domain '%s': %lld\n"),
                          virDomainGetName(dom), utcoffset);
}

static void
virshDomainEventWatchdog(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                         int action, void *opaque)
{
    virshDomainEventPrint(opaque, _("event 'watchdog' for domain '%s': %s\n"),
                          virDomainGetName(dom),
                          VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventWatchdogNames, action));
}

static void
virshDomainEventIOError(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                        const char *srcPath, const char *devAlias, int action, void *opaque)
{
    virshDomainEventPrint(opaque, _("event 'io-error' for domain '%s': %s (%s) %s\n"),
                          virDomainGetName(dom), srcPath, devAlias,
                          VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventIOErrorNames, action));
}

static void
virshDomainEventGraphics(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom, int phase,
                         const virDomainEventGraphicsAddress *local,
                         const virDomainEventGraphicsAddress *remote,
                         const char *authScheme,
                         const virDomainEventGraphicsSubject *subject,
                         void *opaque)
{
    g_autoptr(GString) out = g_string_new(NULL);
    int i;

    g_string_append_printf(out,
                           _("event 'graphics' for domain '%s': %s local[%s %s %s] remote[%s %s %s] %s\n"),
                           virDomainGetName(dom),
                           VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventGraphicsPhaseNames, phase),
                           VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventGraphicsAddressNames,
                                                   local->family),
                           local->node, local->service,
                           VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventGraphicsAddressNames,
                                                   remote->family),
                           remote->node, remote->service, authScheme);
    for (i = 0; subject && i < subject->nidentity; i++) {
        g_string_append_printf(out, "\t%s=%s\n", subject->identities[i].type,
                               subject->identities[i].name);
    }
    virshDomainEventPrint(opaque, "%s", out->str);
}

static void
virshDomainEventIOErrorReason(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                              const char *srcPath, const char *devAlias, int action,
                              const char *reason, void *opaque)
{
    virshDomainEventPrint(opaque,
                          _("event 'io-error-reason' for domain '%s': %s (%s) %s due to %s\n"),
                          virDomainGetName(dom), srcPath, devAlias,
                          VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventIOErrorNames, action),
                          reason);
}

static void
virshDomainEventBlockJob(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                         const char *disk, int type, int status, void *opaque)
{
    virshDomainEventReg *reg = opaque;

    virshDomainEventPrint(reg, _("event '%s' for domain '%s': %s for %s %s\n"),
                          reg->name, virDomainGetName(dom),
                          VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventBlockJobTypeNames, type),
                          disk,
                          VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventBlockJobStatusNames, status));
}

static void
virshDomainEventDiskChange(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                           const char *oldSrc, const char *newSrc, const char *alias,
                           int reason, void *opaque)
{
    virshDomainEventPrint(opaque,
                          _("event 'disk-change' for domain '%s' disk %s: %s -> %s: %s\n"),
                          virDomainGetName(dom), alias,
                          oldSrc ? oldSrc : "<null>", newSrc ? newSrc : "<null>",
                          VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventDiskChangeNames, reason));
}

static void
virshDomainEventTrayChange(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                           const char *alias, int reason, void *opaque)
{
    virshDomainEventPrint(opaque, _("event 'tray-change' for domain '%s' disk %s: %s\n"),
                          virDomainGetName(dom), alias,
                          VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventTrayChangeNames, reason));
}

/* pm-wakeup, pm-suspend and pm-suspend-disk: the reason is always unknown */
static void
virshDomainEventPM(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                   int reason G_GNUC_UNUSED, void *opaque)
{
    virshDomainEventReg *reg = opaque;

    virshDomainEventPrint(reg, _("event '%s' for domain '%s'\n"),
                          reg->name, virDomainGetName(dom));
}

static void
virshDomainEventBalloonChange(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                              unsigned long long actual, void *opaque)
{
    virshDomainEventPrint(opaque, _("event 'balloon-change' for domain '%s': %lluKiB\n"),
                          virDomainGetName(dom), actual);
}

static void
virshDomainEventDeviceRemoved(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                              const char *alias, void *opaque)
{
    virshDomainEventPrint(opaque, _("event 'device-removed' for domain '%s': %s\n"),
                          virDomainGetName(dom), alias);
}

static void
virshDomainEventDeviceAdded(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                            const char *alias, void *opaque)
{
    virshDomainEventPrint(opaque, _("event 'device-added' for domain '%s': %s\n"),
                          virDomainGetName(dom), alias);
}

static void
virshDomainEventDeviceRemovalFailed(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                                    const char *alias, void *opaque)
{
    virshDomainEventPrint(opaque, _("event 'device-removal-failed' for domain '%s': %s\n"),
                          virDomainGetName(dom), alias);
}

static void
virshDomainEventTunable(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                        virTypedParameterPtr params, int nparams, void *opaque)
{
    virshDomainEventPrintParams(opaque, dom, _("event 'tunable' for domain '%s':\n"),
                                params, nparams);
}

static void
virshDomainEventJobCompleted(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                             virTypedParameterPtr params, int nparams, void *opaque)
{
    virshDomainEventPrintParams(opaque, dom, _("event 'job-completed' for domain '%s':\n"),
                                params, nparams);
}

static void
virshDomainEventAgentLifecycle(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                               int state, int reason, void *opaque)
{
    virshDomainEventPrint(opaque,
                          _("event 'agent-lifecycle' for domain '%s': state: '%s' reason: '%s'\n"),
                          virDomainGetName(dom),
                          VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventAgentStateNames, state),
                          VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventAgentReasonNames, reason));
}

static void
virshDomainEventMigrationIteration(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                                   int iteration, void *opaque)
{
    virshDomainEventPrint(opaque,
                          _("event 'migration-iteration' for domain '%s': iteration: '%d'\n"),
                          virDomainGetName(dom), iteration);
}

static void
virshDomainEventMetadataChange(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                               int type, const char *nsuri, void *opaque)
{
    virshDomainEventPrint(opaque, _("event 'metadata-change' for domain '%s': type %s, uri %s\n"),
                          virDomainGetName(dom),
                          VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventMetadataNames, type),
                          nsuri ? nsuri : "n/a");
}

static void
virshDomainEventBlockThreshold(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                               const char *dev, const char *path,
                               unsigned long long threshold, unsigned long long excess,
                               void *opaque)
{
    virshDomainEventPrint(opaque,
                          _("event 'block-threshold' for domain '%s': dev: %s(%s) %llu %llu\n"),
                          virDomainGetName(dom), dev, path ? path : "<null>", threshold, excess);
}

static void
virshDomainEventMemoryFailure(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                              int recipient, int action, unsigned int flags, void *opaque)
{
    g_autoptr(GString) out = g_string_new(NULL);

    g_string_append_printf(out, _("event 'memory-failure' for domain '%s':\nrecipient: %s\naction: %s\n"),
                           virDomainGetName(dom),
                           VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventMemoryFailureRecipientNames,
                                                   recipient),
                           VIRSH_DOMAIN_EVENT_ENUM(virshDomainEventMemoryFailureActionNames,
                                                   action));
    g_string_append_printf(out, _("flags:\n\taction required: %d\n\trecursive: %d\n"),
                           !!(flags & VIR_DOMAIN_MEMORY_FAILURE_ACTION_REQUIRED),
                           !!(flags & VIR_DOMAIN_MEMORY_FAILURE_RECURSIVE));
    virshDomainEventPrint(opaque, "%s", out->str);
}

static void
virshDomainEventMemoryDeviceSizeChange(virConnectPtr conn G_GNUC_UNUSED, virDomainPtr dom,
                                       const char *alias, unsigned long long size,
                                       void *opaque)
{
    virshDomainEventPrint(opaque,
                          _("event 'memory-device-size-change' for domain '%s':\nalias: %s\nsize: %llu\n"),
                          virDomainGetName(dom), alias, size);
}

/* libvirt's VIR_DOMAIN_EVENT_CALLBACK(), through a cast the compiler
 * accepts between function types */
#define VIRSH_DOMAIN_EVENT_CB(cb) \
    ((virConnectDomainEventGenericCallback) (void (*)(void)) (cb))

/* every domain event, indexed by its VIR_DOMAIN_EVENT_ID_* */
static const struct {
    const char *name;
    virConnectDomainEventGenericCallback cb;
} virshDomainEvents[] = {
    { "lifecycle", VIRSH_DOMAIN_EVENT_CB(virshDomainEventLifecycle) },
    { "reboot", virshDomainEventGeneric },
    { "rtc-change", VIRSH_DOMAIN_EVENT_CB(virshDomainEventRTCChange) },
    { "watchdog", VIRSH_DOMAIN_EVENT_CB(virshDomainEventWatchdog) },
    { "io-error", VIRSH_DOMAIN_EVENT_CB(virshDomainEventIOError) },
    { "graphics", VIRSH_DOMAIN_EVENT_CB(virshDomainEventGraphics) },
    { "io-error-reason", VIRSH_DOMAIN_EVENT_CB(virshDomainEventIOErrorReason) },
    { "control-error", virshDomainEventGeneric },
    { "block-job", VIRSH_DOMAIN_EVENT_CB(virshDomainEventBlockJob) },
    { "disk-change", VIRSH_DOMAIN_EVENT_CB(virshDomainEventDiskChange) },
    { "tray-change", VIRSH_DOMAIN_EVENT_CB(virshDomainEventTrayChange) },
    { "pm-wakeup", VIRSH_DOMAIN_EVENT_CB(virshDomainEventPM) },
    { "pm-suspend", VIRSH_DOMAIN_EVENT_CB(virshDomainEventPM) },
    { "balloon-change", VIRSH_DOMAIN_EVENT_CB(virshDomainEventBalloonChange) },
    { "pm-suspend-disk", VIRSH_DOMAIN_EVENT_CB(virshDomainEventPM) },
    { "device-removed", VIRSH_DOMAIN_EVENT_CB(virshDomainEventDeviceRemoved) },
    { "block-job-2", VIRSH_DOMAIN_EVENT_CB(virshDomainEventBlockJob) },
    { "tunable", VIRSH_DOMAIN_EVENT_CB(virshDomainEventTunable) },
    { "agent-lifecycle", VIRSH_DOMAIN_EVENT_CB(virshDomainEventAgentLifecycle) },
    { "device-added", VIRSH_DOMAIN_EVENT_CB(virshDomainEventDeviceAdded) },
    { "migration-iteration", VIRSH_DOMAIN_EVENT_CB(virshDomainEventMigrationIteration) },
    { "job-completed", VIRSH_DOMAIN_EVENT_CB(virshDomainEventJobCompleted) },
    { "device-removal-failed", VIRSH_DOMAIN_EVENT_CB(virshDomainEventDeviceRemovalFailed) },
    { "metadata-change", VIRSH_DOMAIN_EVENT_CB(virshDomainEventMetadataChange) },
    { "block-threshold", VIRSH_DOMAIN_EVENT_CB(virshDomainEventBlockThreshold) },
    { "memory-failure", VIRSH_DOMAIN_EVENT_CB(virshDomainEventMemoryFailure) },
    { "memory-device-size-change",
      VIRSH_DOMAIN_EVENT_CB(virshDomainEventMemoryDeviceSizeChange) },
};
G_STATIC_ASSERT(G_N_ELEMENTS(virshDomainEvents) ==
                VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE + 1);

/* completes --event */
static char **
virshDomainEventNameCompleter(vshControl *ctl G_GNUC_UNUSED,
                              const vshCmd *cmd G_GNUC_UNUSED,
                              unsigned int flags G_GNUC_UNUSED)
{
    char **names = g_new0(char *, G_N_ELEMENTS(virshDomainEvents) + 1);
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(virshDomainEvents); i++)
        names[i] = g_strdup(virshDomainEvents[i].name);
    return names;
}

static const vshCmdOptDef opts_event[] = {
    { .name = "domain",
      .type = VSH_OT_STRING,
      .help = N_("filter by domain name, id or uuid"),
      .completer = virshDomainNameCompleter,
    },
    { .name = "event",
      .type = VSH_OT_STRING,
      .help = N_("which event type to wait for"),
      .completer = virshDomainEventNameCompleter,
    },
    VIRSH_DOMAIN_OPT_BOOL("all", N_("wait for all events instead of just one type")),
    VIRSH_EVENT_WAIT_OPTS,
    { .name = NULL }
};

static bool
cmdEvent(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(virDomain) dom = NULL;
    virshEventWait state;
    virshDomainEventReg regs[G_N_ELEMENTS(virshDomainEvents)];
    const char *eventName = NULL;
    bool all = vshCommandOptBool(cmd, "all");
    int timeout;
    int event = -1;
    bool ret = false;
    size_t i;

    if (!vshCommandOptExclusive(ctl, cmd, "all", "event") ||
        !vshCommandOptExclusive(ctl, cmd, "list", "all") ||
        !vshCommandOptExclusive(ctl, cmd, "list", "event"))
        return false;

    if (vshCommandOptBool(cmd, "list")) {
        for (i = 0; i < G_N_ELEMENTS(virshDomainEvents); i++)
            vshPrint(ctl, "%s\n", virshDomainEvents[i].name);
        return true;
    }

    if (vshCommandOptStringReq(ctl, cmd, "event", &eventName) < 0)
        return false;
    if (!eventName && !all) {
        vshError(ctl, "%s", _("one of --list, --all, or --event <type> is required"));
        return false;
    }
    if (eventName) {
        for (i = 0; i < G_N_ELEMENTS(virshDomainEvents); i++) {
            if (g_str_equal(eventName, virshDomainEvents[i].name))
                break;
        }
        if (i == G_N_ELEMENTS(virshDomainEvents)) {
            vshError(ctl, _("unknown event type %s"), eventName);
            return false;
        }
        event = i;
    }

    if (!virshEventWaitOptions(ctl, cmd, &state, &timeout))
        return false;

    if (vshCommandOptBool(cmd, "domain") &&
        !(dom = virshCommandOptDomain(ctl, cmd, NULL)))
        return false;

    if (virEventRegisterDefaultImpl() < 0)
        return false;

    for (i = 0; i < G_N_ELEMENTS(regs); i++) {
        regs[i].state = &state;
        regs[i].name = virshDomainEvents[i].name;
        regs[i].callbackID = -1;
    }
    for (i = 0; i < G_N_ELEMENTS(regs); i++) {
        if (event >= 0 && (size_t) event != i)
            continue;
        regs[i].callbackID = virConnectDomainEventRegisterAny(ctl->conn, dom, i,
                                                              virshDomainEvents[i].cb,
                                                              &regs[i], NULL);
        if (regs[i].callbackID < 0)
            goto cleanup;
    }

    ret = virshEventWaitRun(&state, timeout);

 cleanup:
    for (i = 0; i < G_N_ELEMENTS(regs); i++) {
        if (regs[i].callbackID >= 0 &&
            virConnectDomainEventDeregisterAny(ctl->conn, regs[i].callbackID) < 0)
            ret = false;
    }
    return ret;
}

const vshCmdDef domEventCmds[] = {
    { .name = "event",
      .handler = cmdEvent,
      .opts = opts_event,
      .help = N_("Domain Events"),
      .desc = N_("List event types, or wait for domain events to occur"),
    },
    { .name = NULL }
};
