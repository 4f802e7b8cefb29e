/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virt-plugin.c: list, inspect and check the plugins that provide the drivers
 *
 * The tool links the core statically to reach the registry: it loads
 * plugins itself, guarded against crashes, and reads the records (state,
 * reason, descriptor, manifest).  The table of "list" and the report of
 * "inspect" come from core/plugin/virpluginreport.c, which also gives them
 * to virsh (plugin-list, plugin-info) through vireoPluginReport().
 * "list" and "inspect" load plugins in this process, as any program would;
 * "check" loads one in a child process, so that a plugin crashing or hanging
 * in its init() is reported instead of suffered.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib-unix.h>

#include "internal.h"
#include "virplugin.h"

#define VIRT_PLUGIN_PROGRAM "virt-plugin"
#define VIRT_PLUGIN_DEFAULT_TIMEOUT 30    /* seconds, for check */

/* Exit statuses, documented in docs/virt-plugin.1 */
typedef enum {
    VIRT_PLUGIN_EXIT_OK = 0,        /* success; for check: the plugin loaded */
    VIRT_PLUGIN_EXIT_FAILED = 1,    /* the plugin did not load, or the command failed */
    VIRT_PLUGIN_EXIT_CRASHED = 2,   /* check: the plugin crashed or timed out */
    VIRT_PLUGIN_EXIT_USAGE = 3,     /* bad command line */
} virtPluginExit;

static void virtPluginError(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

static void
virtPluginError(const char *fmt, ...)
{
    g_autofree char *msg = NULL;
    va_list ap;

    va_start(ap, fmt);
    msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    fflush(stdout);
    fprintf(stderr, _("%1$s: error: %2$s\n"), VIRT_PLUGIN_PROGRAM, msg);
}

static int
virtPluginUsageError(const char *command, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

static int
virtPluginUsageError(const char *command, const char *fmt, ...)
{
    g_autofree char *msg = NULL;
    g_autofree char *hint = NULL;
    va_list ap;

    va_start(ap, fmt);
    msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    if (command)
        hint = g_strdup_printf("'%s %s --help'", VIRT_PLUGIN_PROGRAM, command);
    else
        hint = g_strdup_printf("'%s --help'", VIRT_PLUGIN_PROGRAM);
    virtPluginError(_("%1$s (see %2$s)"), msg, hint);
    return VIRT_PLUGIN_EXIT_USAGE;
}

static void
virtPluginQuietErrors(void *opaque G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
}

static const char *
virtPluginOr(const char *value, const char *fallback)
{
    return value && *value ? value : fallback;
}

static const struct {
    int sig;
    const char *name;
} virtPluginSignals[] = {
    { SIGSEGV, "SIGSEGV" }, { SIGBUS, "SIGBUS" }, { SIGILL, "SIGILL" },
    { SIGFPE, "SIGFPE" }, { SIGABRT, "SIGABRT" }, { SIGSYS, "SIGSYS" },
    { SIGTRAP, "SIGTRAP" }, { SIGKILL, "SIGKILL" }, { SIGTERM, "SIGTERM" },
    { SIGINT, "SIGINT" }, { SIGHUP, "SIGHUP" }, { SIGQUIT, "SIGQUIT" },
    { SIGPIPE, "SIGPIPE" }, { SIGALRM, "SIGALRM" }, { SIGXCPU, "SIGXCPU" },
    { SIGXFSZ, "SIGXFSZ" }, { SIGUSR1, "SIGUSR1" }, { SIGUSR2, "SIGUSR2" },
};

/* Async-signal-safe. */
static const char *
virtPluginSignalName(int sig)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(virtPluginSignals); i++) {
        if (virtPluginSignals[i].sig == sig)
            return virtPluginSignals[i].name;
    }
    return NULL;
}

/* The signals a crashing plugin dies of. */
static const int virtPluginCrashSignals[] = {
    SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGSYS, SIGTRAP,
};


/* ---- a crash while loading in this process (list, inspect) --------------- */

/* Preformatted outside the handler, which may only write(). */
static char virtPluginCrashHead[1024];
static char virtPluginCrashTail[2048];
static const char *virtPluginCrashName;     /* plugin being loaded */
static const char *virtPluginCrashFile;

static void
virtPluginCrashHandler(int sig)
{
    const char *name = virtPluginSignalName(sig);
    ssize_t ignored G_GNUC_UNUSED;

    if (virtPluginCrashHead[0]) {
        ignored = write(STDERR_FILENO, virtPluginCrashHead, strlen(virtPluginCrashHead));
        ignored = write(STDERR_FILENO, name ? name : "a signal", strlen(name ? name : "a signal"));
        ignored = write(STDERR_FILENO, virtPluginCrashTail, strlen(virtPluginCrashTail));
    }
    /* SA_RESETHAND restored the default action: die of the same signal
     * once the handler returns (it is blocked until then) */
    raise(sig);
}

static void
virtPluginCrashPhase(const char *phase)
{
    if (!virtPluginCrashName)
        return;
    g_snprintf(virtPluginCrashHead, sizeof(virtPluginCrashHead),
               _("%1$s: error: plugin '%2$s' crashed with "),
               VIRT_PLUGIN_PROGRAM, virtPluginCrashName);
    g_snprintf(virtPluginCrashTail, sizeof(virtPluginCrashTail),
               _(" during %1$s; 'virt-plugin check %2$s' examines it in a child process\n"),
               phase, virtPluginCrashFile);
}

static void
virtPluginCrashGuardInstall(void)
{
    struct sigaction sa = { 0 };
    size_t i;

    sa.sa_handler = virtPluginCrashHandler;
    sa.sa_flags = SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    for (i = 0; i < G_N_ELEMENTS(virtPluginCrashSignals); i++)
        sigaction(virtPluginCrashSignals[i], &sa, NULL);
    virPluginSetPhaseHook(virtPluginCrashPhase);
}

/* Loads @plugin in this process, saying which plugin it was if it crashes.
 * The outcome is in plugin->state and plugin->reason. */
static void
virtPluginLoadGuarded(virPlugin *plugin)
{
    virtPluginCrashName = plugin->name;
    virtPluginCrashFile = plugin->manifestPath;
    if (virPluginLoad(plugin) < 0)
        virResetLastError();        /* the record keeps the state and reason */
    virtPluginCrashName = NULL;
    virtPluginCrashHead[0] = '\0';
}


/* ---- finding the plugin a command names ---------------------------------- */

/* @path with symbolic links, "." and ".." resolved; g_free() it (GLib's
 * allocator is malloc's since 2.46). */
static char *
virtPluginRealPath(const char *path)
{
    char *real = realpath(path, NULL);

    return real ? real : g_canonicalize_filename(path, NULL);
}

/* The registry's record for @arg: a plugin name, or the path of a manifest
 * on the search path (compared canonically).  NULL if none. */
static virPlugin *
virtPluginFindRecord(const char *arg)
{
    g_autoptr(GPtrArray) list = virPluginRegistryList();
    g_autofree char *canon = NULL;
    virPlugin *plugin;
    guint i;

    if (!strchr(arg, '/') && !g_str_has_suffix(arg, ".plugin") &&
        (plugin = virPluginRegistryFind(arg)))
        return plugin;
    if (!g_file_test(arg, G_FILE_TEST_EXISTS))
        return NULL;
    canon = virtPluginRealPath(arg);
    for (i = 0; i < list->len; i++) {
        g_autofree char *other = NULL;

        plugin = g_ptr_array_index(list, i);
        other = virtPluginRealPath(plugin->manifestPath);
        if (g_str_equal(canon, other))
            return plugin;
    }
    return NULL;
}

/* Reports that @arg names no plugin and no file. */
static void
virtPluginReportUnknown(const char *arg)
{
    g_autofree char *dirs = virPluginRegistrySearchPathString();

    if (strchr(arg, '/') || g_str_has_suffix(arg, ".plugin") || g_str_has_suffix(arg, ".so") ||
        g_str_has_suffix(arg, ".la"))
        virtPluginError(_("%1$s: no such file"), arg);
    else
        virtPluginError(_("no plugin named '%1$s' on the search path (searched %2$s)"),
                        arg, dirs);
}

/* Loads what @arg names in this process: a discovered plugin by name or
 * manifest path, or a file outside the search path.  Returns the record
 * (loaded or not), or NULL with the error printed. */
static virPlugin *
virtPluginLoadArg(const char *arg)
{
    virPlugin *plugin;

    if ((plugin = virtPluginFindRecord(arg))) {
        virtPluginLoadGuarded(plugin);
        return plugin;
    }
    if (!g_file_test(arg, G_FILE_TEST_EXISTS)) {
        virtPluginReportUnknown(arg);
        return NULL;
    }
    virtPluginCrashName = arg;
    virtPluginCrashFile = arg;
    virPluginLoadFile(arg, &plugin);     /* the outcome is in the record */
    virtPluginCrashName = NULL;
    virtPluginCrashHead[0] = '\0';
    if (!plugin) {
        virtPluginError("%s", virtPluginOr(virGetLastErrorMessage(), _("unknown error")));
        virResetLastError();
        return NULL;
    }
    virResetLastError();
    return plugin;
}


/* ---- list ---------------------------------------------------------------- */

static int
virtPluginCmdList(int argc, char **argv)
{
    static const struct option opts[] = {
        { "all", no_argument, NULL, 'a' },
        { "no-load", no_argument, NULL, 'n' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    g_autoptr(GPtrArray) list = NULL;
    g_autofree char *text = NULL;
    bool all = false;
    bool load = true;
    guint i;
    int c;

    while ((c = getopt_long(argc, argv, "+anh", opts, NULL)) != -1) {
        switch (c) {
        case 'a':
            all = true;
            break;
        case 'n':
            load = false;
            break;
        case 'h':
            printf(_("Usage: %1$s list [--all] [--no-load]\n"
                     "\n"
                     "One line per plugin on the search path, in search order.  Every plugin\n"
                     "is loaded, to report whether it can be.\n"
                     "\n"
                     "  -a, --all       also show shadowed and disabled plugins\n"
                     "  -n, --no-load   show what the manifests say; load nothing\n"),
                   VIRT_PLUGIN_PROGRAM);
            return VIRT_PLUGIN_EXIT_OK;
        default:
            return virtPluginUsageError("list", _("invalid option"));
        }
    }
    if (optind < argc)
        return virtPluginUsageError("list", _("unexpected argument '%1$s'"), argv[optind]);

    list = virPluginRegistryList();
    if (load) {
        for (i = 0; i < list->len; i++)
            virtPluginLoadGuarded(g_ptr_array_index(list, i));
    }

    text = virPluginReportList(list, all);
    fputs(text, stdout);
    return VIRT_PLUGIN_EXIT_OK;
}


/* ---- inspect ------------------------------------------------------------- */

static int
virtPluginCmdInspect(int argc, char **argv)
{
    static const struct option opts[] = {
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    g_autofree char *text = NULL;
    virPlugin *plugin;
    int c;

    while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
            printf(_("Usage: %1$s inspect NAME|FILE\n"
                     "\n"
                     "Loads one plugin and shows its descriptor, the plugin ABI it needs, its\n"
                     "manifest, the library file opened, and why it failed if it did.  FILE is\n"
                     "a manifest (.plugin) or a plugin library (.so, .la).\n"),
                   VIRT_PLUGIN_PROGRAM);
            return VIRT_PLUGIN_EXIT_OK;
        default:
            return virtPluginUsageError("inspect", _("invalid option"));
        }
    }
    if (optind >= argc)
        return virtPluginUsageError("inspect", _("a plugin name or file is required"));
    if (optind + 1 < argc)
        return virtPluginUsageError("inspect", _("unexpected argument '%1$s'"), argv[optind + 1]);

    if (!(plugin = virtPluginLoadArg(argv[optind])))
        return VIRT_PLUGIN_EXIT_FAILED;
    text = virPluginReportInspect(plugin);
    fputs(text, stdout);
    return plugin->state == VIR_PLUGIN_STATE_LOADED ? VIRT_PLUGIN_EXIT_OK : VIRT_PLUGIN_EXIT_FAILED;
}


/* ---- check --------------------------------------------------------------- */

/*
 * The child speaks a line protocol on a pipe:
 *   phase NAME        entering a phase of the load (open, query, init, register)
 *   state NAME        the outcome, a virPluginState name
 *   reason TEXT       why, C-escaped (g_strescape)
 *   error TEXT        the file could not be tried at all, C-escaped
 */
static int virtPluginCheckFd = -1;

static void
virtPluginCheckWrite(const char *key, const char *value)
{
    g_autofree char *line = g_strdup_printf("%s %s\n", key, value);
    const char *p = line;
    size_t left = strlen(line);

    while (left > 0) {
        ssize_t n = write(virtPluginCheckFd, p, left);

        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        p += n;
        left -= n;
    }
}

static void
virtPluginCheckPhase(const char *phase)
{
    virtPluginCheckWrite("phase", phase);
}

static G_GNUC_NORETURN void
virtPluginCheckChild(const char *arg)
{
    struct rlimit nocore = { 0, 0 };
    virPlugin *plugin;
    size_t i;

    /* a crash is an expected outcome here: no core file, no sanitizer
     * report instead of the signal */
    setrlimit(RLIMIT_CORE, &nocore);
    for (i = 0; i < G_N_ELEMENTS(virtPluginCrashSignals); i++)
        signal(virtPluginCrashSignals[i], SIG_DFL);

    virPluginSetPhaseHook(virtPluginCheckPhase);
    /* the outcome is in the record */
    if ((plugin = virtPluginFindRecord(arg)))
        virPluginLoad(plugin);
    else
        virPluginLoadFile(arg, &plugin);
    virPluginSetPhaseHook(NULL);

    if (plugin) {
        virtPluginCheckWrite("state", virPluginStateToString(plugin->state));
        if (plugin->reason) {
            g_autofree char *esc = g_strescape(plugin->reason, NULL);

            virtPluginCheckWrite("reason", esc);
        }
    } else {
        g_autofree char *esc = g_strescape(virtPluginOr(virGetLastErrorMessage(),
                                                        _("unknown error")), NULL);

        virtPluginCheckWrite("error", esc);
    }
    _exit(0);
}

typedef struct {
    char *phase;
    char *state;
    char *reason;
    char *error;
} virtPluginCheckResult;

static void
virtPluginCheckResultClear(virtPluginCheckResult *res)
{
    g_free(res->phase);
    g_free(res->state);
    g_free(res->reason);
    g_free(res->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(virtPluginCheckResult, virtPluginCheckResultClear);

static void
virtPluginCheckParse(virtPluginCheckResult *res, GString *buf)
{
    char *nl;

    while ((nl = strchr(buf->str, '\n'))) {
        g_autofree char *line = g_strndup(buf->str, nl - buf->str);
        char *value = strchr(line, ' ');

        g_string_erase(buf, 0, nl - buf->str + 1);
        if (!value)
            continue;
        *value++ = '\0';
        if (g_str_equal(line, "phase")) {
            g_free(res->phase);
            res->phase = g_strdup(value);
        } else if (g_str_equal(line, "state")) {
            g_free(res->state);
            res->state = g_strdup(value);
        } else if (g_str_equal(line, "reason")) {
            g_free(res->reason);
            res->reason = g_strcompress(value);
        } else if (g_str_equal(line, "error")) {
            g_free(res->error);
            res->error = g_strcompress(value);
        }
    }
}

/* Reads what is available on @fd into @buf: 1 read something, 0 end of
 * file, -1 nothing now. */
static int
virtPluginCheckRead(int fd, GString *buf)
{
    char chunk[4096];
    ssize_t n;

    do {
        n = read(fd, chunk, sizeof(chunk));
    } while (n < 0 && errno == EINTR);
    if (n > 0) {
        g_string_append_len(buf, chunk, n);
        return 1;
    }
    return n == 0 ? 0 : -1;
}

/* Follows the child until it exits, or until @timeout seconds (0: no limit)
 * have passed.  Returns true if it exited, its wait status in @status. */
static bool
virtPluginCheckWait(pid_t pid, int fd, unsigned int timeout,
                    virtPluginCheckResult *res, int *status)
{
    g_autoptr(GString) buf = g_string_new(NULL);
    gint64 deadline = timeout ? g_get_monotonic_time() + (gint64)timeout * G_USEC_PER_SEC : 0;
    bool eof = false;

    g_unix_set_fd_nonblocking(fd, TRUE, NULL);
    /* A grandchild may keep the pipe open after the child exited: the
     * child's exit, not the end of the pipe, ends the wait. */
    for (;;) {
        gint64 now = g_get_monotonic_time();
        int slice = 100;
        pid_t w;

        if (deadline && now >= deadline)
            return false;
        if (deadline)
            slice = MIN(slice, (int)((deadline - now + 999) / 1000));
        if (!eof) {
            struct pollfd pfd = { .fd = fd, .events = POLLIN };

            if (poll(&pfd, 1, slice) > 0) {
                int r;

                while ((r = virtPluginCheckRead(fd, buf)) > 0)
                    ;
                eof = r == 0;
                virtPluginCheckParse(res, buf);
            }
        } else {
            g_usleep(slice * 1000);
        }
        do {
            w = waitpid(pid, status, WNOHANG);
        } while (w < 0 && errno == EINTR);
        if (w == pid)
            break;
    }
    while (virtPluginCheckRead(fd, buf) > 0)
        ;
    virtPluginCheckParse(res, buf);
    return true;
}

/* Prints the outcome of a check and returns the exit status. */
static int
virtPluginCheckReport(const virtPluginCheckResult *res, bool exited, int status,
                      unsigned int timeout)
{
    /* state names and phases are identifiers: never translated */
    const char *phase = virtPluginOr(res->phase, "startup");
    g_autofree char *detail = NULL;

    if (!exited) {
        detail = g_strdup_printf(_("no answer after %1$u s during %2$s"), timeout, phase);
        printf("timeout: %s\n", detail);
        return VIRT_PLUGIN_EXIT_CRASHED;
    }
    if (WIFSIGNALED(status)) {
        const char *name = virtPluginSignalName(WTERMSIG(status));

        if (name)
            detail = g_strdup_printf(_("%1$s during %2$s"), name, phase);
        else
            detail = g_strdup_printf(_("signal %1$d during %2$s"), WTERMSIG(status), phase);
        printf("crashed: %s\n", detail);
        return VIRT_PLUGIN_EXIT_CRASHED;
    }
    if (!res->state && !res->error) {
        detail = g_strdup_printf(_("the process exited with status %1$d during %2$s"),
                                 WIFEXITED(status) ? WEXITSTATUS(status) : -1, phase);
        printf("crashed: %s\n", detail);
        return VIRT_PLUGIN_EXIT_CRASHED;
    }
    if (res->error) {
        virtPluginError("%s", res->error);
        return VIRT_PLUGIN_EXIT_FAILED;
    }
    if (g_str_equal(res->state, virPluginStateToString(VIR_PLUGIN_STATE_LOADED))) {
        printf("ok\n");
        return VIRT_PLUGIN_EXIT_OK;
    }
    if (res->reason)
        printf("%s: %s\n", res->state, res->reason);
    else
        printf("%s\n", res->state);
    return VIRT_PLUGIN_EXIT_FAILED;
}

static int
virtPluginCmdCheck(int argc, char **argv)
{
    static const struct option opts[] = {
        { "timeout", required_argument, NULL, 't' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    g_auto(virtPluginCheckResult) res = { 0 };
    unsigned int timeout = VIRT_PLUGIN_DEFAULT_TIMEOUT;
    const char *arg;
    bool exited;
    int status = 0;
    int fds[2];
    pid_t pid;
    int c;

    while ((c = getopt_long(argc, argv, "+t:h", opts, NULL)) != -1) {
        guint64 value;

        switch (c) {
        case 't':
            if (!g_ascii_string_to_unsigned(optarg, 10, 0, 24 * 3600, &value, NULL))
                return virtPluginUsageError("check",
                                            _("invalid timeout '%1$s': expected seconds, from 0 (no limit) to 86400"),
                                            optarg);
            timeout = value;
            break;
        case 'h':
            printf(_("Usage: %1$s check [--timeout=SECONDS] FILE|NAME\n"
                     "\n"
                     "Loads one plugin in a child process and prints \"ok\", or the state it\n"
                     "failed in and why.  A crash or a hang is reported with the phase it\n"
                     "happened in (open, query, init, register).  FILE is a manifest\n"
                     "(.plugin) or a plugin library (.so, .la).\n"
                     "\n"
                     "  -t, --timeout=SECONDS   give up after SECONDS (default %2$d; 0: never)\n"
                     "\n"
                     "Exit status: 0 loaded, 1 failed to load, 2 crashed or timed out, 3 usage.\n"),
                   VIRT_PLUGIN_PROGRAM, VIRT_PLUGIN_DEFAULT_TIMEOUT);
            return VIRT_PLUGIN_EXIT_OK;
        default:
            return virtPluginUsageError("check", _("invalid option"));
        }
    }
    if (optind >= argc)
        return virtPluginUsageError("check", _("a plugin file or name is required"));
    if (optind + 1 < argc)
        return virtPluginUsageError("check", _("unexpected argument '%1$s'"), argv[optind + 1]);
    arg = argv[optind];

    if (!virtPluginFindRecord(arg) && !g_file_test(arg, G_FILE_TEST_EXISTS)) {
        virtPluginReportUnknown(arg);
        return VIRT_PLUGIN_EXIT_FAILED;
    }

    if (pipe(fds) < 0) {
        virtPluginError(_("cannot create a pipe: %1$s"), g_strerror(errno));
        return VIRT_PLUGIN_EXIT_FAILED;
    }
    fflush(stdout);
    fflush(stderr);
    if ((pid = fork()) < 0) {
        virtPluginError(_("cannot fork: %1$s"), g_strerror(errno));
        close(fds[0]);
        close(fds[1]);
        return VIRT_PLUGIN_EXIT_FAILED;
    }
    if (pid == 0) {
        close(fds[0]);
        virtPluginCheckFd = fds[1];
        virtPluginCheckChild(arg);
    }
    close(fds[1]);

    if (!(exited = virtPluginCheckWait(pid, fds[0], timeout, &res, &status))) {
        kill(pid, SIGKILL);
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
            ;
    }
    close(fds[0]);
    return virtPluginCheckReport(&res, exited, status, timeout);
}


/* ---- path, help, version ------------------------------------------------- */

static int
virtPluginCmdPath(int argc, char **argv)
{
    static const struct option opts[] = {
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    char **dirs;
    size_t i;
    int c;

    while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
            printf(_("Usage: %1$s path\n"
                     "\n"
                     "Prints the folders searched for plugin manifests, one a line, in order.\n"),
                   VIRT_PLUGIN_PROGRAM);
            return VIRT_PLUGIN_EXIT_OK;
        default:
            return virtPluginUsageError("path", _("invalid option"));
        }
    }
    if (optind < argc)
        return virtPluginUsageError("path", _("unexpected argument '%1$s'"), argv[optind]);

    dirs = virPluginRegistrySearchPath();
    for (i = 0; dirs && dirs[i]; i++)
        printf("%s\n", dirs[i]);
    return VIRT_PLUGIN_EXIT_OK;
}

static void
virtPluginUsage(void)
{
    printf(_("Usage: %1$s [OPTION] COMMAND [ARGUMENTS]\n"
             "\n"
             "List, inspect and check the plugins that provide the drivers.\n"
             "\n"
             "Commands:\n"
             "  list [--all] [--no-load]    one line per plugin on the search path\n"
             "  inspect NAME|FILE           all that is known about one plugin\n"
             "  check [--timeout=S] FILE    load a plugin in a child process; say \"ok\" or why not\n"
             "  path                        the folders searched for plugins\n"
             "\n"
             "Options:\n"
             "  -h, --help                  show this help ('%1$s COMMAND --help' for a command)\n"
             "  -V, --version               show the version and the plugin ABI\n"
             "\n"
             "See virt-plugin(1) for the plugin states, the environment and the exit status.\n"),
           VIRT_PLUGIN_PROGRAM);
}

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
} virtPluginCommands[] = {
    { "check", virtPluginCmdCheck },
    { "inspect", virtPluginCmdInspect },
    { "list", virtPluginCmdList },
    { "path", virtPluginCmdPath },
};

int
main(int argc, char **argv)
{
    static const struct option opts[] = {
        { "help", no_argument, NULL, 'h' },
        { "version", no_argument, NULL, 'V' },
        { NULL, 0, NULL, 0 },
    };
    const char *command;
    size_t i;
    int c;

    setlocale(LC_ALL, "");
    bindtextdomain(GETTEXT_PACKAGE, LOCALEDIR);
    textdomain(GETTEXT_PACKAGE);

    while ((c = getopt_long(argc, argv, "+hV", opts, NULL)) != -1) {
        switch (c) {
        case 'h':
            virtPluginUsage();
            return VIRT_PLUGIN_EXIT_OK;
        case 'V':
            printf(_("%1$s (%2$s) %3$s\n"), VIRT_PLUGIN_PROGRAM, PACKAGE_NAME, PACKAGE_VERSION);
            printf(_("plugin ABI %1$d.%2$d\n"), VIR_PLUGIN_ABI_MAJOR, VIR_PLUGIN_ABI_MINOR);
            return VIRT_PLUGIN_EXIT_OK;
        default:
            return virtPluginUsageError(NULL, _("invalid option"));
        }
    }
    if (optind >= argc)
        return virtPluginUsageError(NULL, _("a command is required"));
    command = argv[optind];
    if (g_str_equal(command, "help")) {
        virtPluginUsage();
        return VIRT_PLUGIN_EXIT_OK;
    }

    for (i = 0; i < G_N_ELEMENTS(virtPluginCommands); i++) {
        if (g_str_equal(command, virtPluginCommands[i].name))
            break;
    }
    if (i == G_N_ELEMENTS(virtPluginCommands))
        return virtPluginUsageError(NULL, _("unknown command '%1$s'"), command);

    if (virInitialize() < 0) {
        virtPluginError(_("cannot initialize the library: %1$s"),
                        virtPluginOr(virGetLastErrorMessage(), _("unknown error")));
        return VIRT_PLUGIN_EXIT_FAILED;
    }
    virSetErrorFunc(NULL, virtPluginQuietErrors);
    virtPluginCrashGuardInstall();

    /* the command's own options start after its name */
    argc -= optind;
    argv += optind;
    optind = 0;
    return virtPluginCommands[i].run(argc, argv);
}
