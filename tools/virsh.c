/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virsh.c: the command shell -- first stage
 *
 * This stage knows libvirt's global options and the commands that need no
 * driver work (version, uri, hostname, help, quit); every other command is
 * refused as libvirt's virsh refuses an unknown one.  The full shell, with
 * libvirt's domain, network and storage commands, is built on top of it.
 */
#include <config.h>

#include <getopt.h>
#include <stdbool.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gi18n.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

typedef struct {
    char *uri;
    bool readonly;
    bool quiet;
    virConnectPtr conn;
} virshControl;

static void
virshReportError(void)
{
    virErrorPtr err = virGetLastError();

    fprintf(stderr, _("error: %s\n"), err && err->message ? err->message : _("unknown error"));
    virResetLastError();
}

static void
virshQuietErrors(void *opaque G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
}

static bool
virshConnect(virshControl *ctl)
{
    if (ctl->conn)
        return true;
    ctl->conn = ctl->readonly ? virConnectOpenReadOnly(ctl->uri)
                              : virConnectOpenAuth(ctl->uri, virConnectAuthPtrDefault, 0);
    if (!ctl->conn) {
        fprintf(stderr, _("error: failed to connect to the hypervisor\n"));
        virshReportError();
        return false;
    }
    return true;
}

static void
virshPrintVersion(const char *label, unsigned long ver)
{
    printf("%s %lu.%lu.%lu\n", label, ver / 1000000, ver / 1000 % 1000, ver % 1000);
}

static bool
cmdVersion(virshControl *ctl)
{
    unsigned long lib = 0;
    unsigned long hv = 0;
    const char *type;

    printf(_("Compiled against library: libvirt %d.%d.%d\n"),
           LIBVIR_VERSION_NUMBER / 1000000, LIBVIR_VERSION_NUMBER / 1000 % 1000,
           LIBVIR_VERSION_NUMBER % 1000);
    if (virGetVersion(&lib, NULL, NULL) < 0) {
        virshReportError();
        return false;
    }
    virshPrintVersion(_("Using library: libvirt"), lib);
    if (!virshConnect(ctl))
        return false;
    if (!(type = virConnectGetType(ctl->conn))) {
        virshReportError();
        return false;
    }
    printf(_("Using API: %s %lu.%lu.%lu\n"), type, lib / 1000000, lib / 1000 % 1000, lib % 1000);
    if (virConnectGetVersion(ctl->conn, &hv) < 0) {
        virshReportError();
        return false;
    }
    if (hv == 0)
        printf(_("Cannot extract running %s hypervisor version\n"), type);
    else
        printf(_("Running hypervisor: %s %lu.%lu.%lu\n"), type,
               hv / 1000000, hv / 1000 % 1000, hv % 1000);
    return true;
}

static bool
cmdURI(virshControl *ctl)
{
    g_autofree char *uri = NULL;

    if (!virshConnect(ctl))
        return false;
    if (!(uri = virConnectGetURI(ctl->conn))) {
        virshReportError();
        return false;
    }
    printf("%s\n", uri);
    return true;
}

static bool
cmdHostname(virshControl *ctl)
{
    g_autofree char *hostname = NULL;

    if (!virshConnect(ctl))
        return false;
    if (!(hostname = virConnectGetHostname(ctl->conn))) {
        virshReportError();
        return false;
    }
    printf("%s\n", hostname);
    return true;
}

static bool cmdHelp(virshControl *ctl);

static bool
cmdQuit(virshControl *ctl G_GNUC_UNUSED)
{
    return true;
}

static const struct {
    const char *name;
    bool (*handler)(virshControl *ctl);
    const char *help;
} virshCommands[] = {
    { "help", cmdHelp, N_("print help") },
    { "hostname", cmdHostname, N_("print the hypervisor hostname") },
    { "quit", cmdQuit, N_("quit this interactive terminal") },
    { "uri", cmdURI, N_("print the hypervisor canonical URI") },
    { "version", cmdVersion, N_("show version") },
};

static bool
cmdHelp(virshControl *ctl G_GNUC_UNUSED)
{
    size_t i;

    printf(_("Commands available in this build:\n\n"));
    for (i = 0; i < G_N_ELEMENTS(virshCommands); i++)
        printf("    %-30s %s\n", virshCommands[i].name, _(virshCommands[i].help));
    return true;
}

static void
virshUsage(void)
{
    printf(_("\n"
             "virsh [options]... [<command_string>]\n"
             "virsh [options]... <command> [args...]\n"
             "\n"
             "  options:\n"
             "    -c | --connect=URI      hypervisor connection URI\n"
             "    -d | --debug=NUM        debug level [0-4]\n"
             "    -e | --escape <char>    set escape sequence for console\n"
             "    -h | --help             this help\n"
             "    -k | --keepalive-interval=NUM\n"
             "                            keepalive interval in seconds, 0 for disable\n"
             "    -K | --keepalive-count=NUM\n"
             "                            number of possible missed keepalive messages\n"
             "    -l | --log=FILE         output logging to file\n"
             "    -q | --quiet            quiet mode\n"
             "    -r | --readonly         connect readonly\n"
             "    -t | --timing           print timing information\n"
             "    -v                      short version\n"
             "    -V                      long version\n"
             "         --version[=TYPE]   version, TYPE is short or long (default short)\n"
             "\n"));
    cmdHelp(NULL);
}

static void
virshLongVersion(void)
{
    printf(_("Virsh command line tool of libvirt %d.%d.%d\n"),
           LIBVIR_VERSION_NUMBER / 1000000, LIBVIR_VERSION_NUMBER / 1000 % 1000,
           LIBVIR_VERSION_NUMBER % 1000);
    printf(_("Implemented by %s %s; drivers are plugins (see 'virt-plugin list')\n"),
           PACKAGE_NAME, PACKAGE_VERSION);
}

static int
virshRunCommand(virshControl *ctl, int argc, char **argv)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(virshCommands); i++) {
        if (g_str_equal(argv[0], virshCommands[i].name)) {
            if (argc > 1) {
                fprintf(stderr, _("error: command '%s' doesn't support option %s\n"),
                        argv[0], argv[1]);
                return EXIT_FAILURE;
            }
            if (!virshCommands[i].handler(ctl))
                return EXIT_FAILURE;
            if (!ctl->quiet || !g_str_equal(argv[0], "quit"))
                printf("\n");
            return EXIT_SUCCESS;
        }
    }
    fprintf(stderr, _("error: unknown command: '%s'\n"), argv[0]);
    return EXIT_FAILURE;
}

int
main(int argc, char **argv)
{
    static const struct option opts[] = {
        { "connect", required_argument, NULL, 'c' },
        { "debug", required_argument, NULL, 'd' },
        { "escape", required_argument, NULL, 'e' },
        { "help", no_argument, NULL, 'h' },
        { "keepalive-interval", required_argument, NULL, 'k' },
        { "keepalive-count", required_argument, NULL, 'K' },
        { "log", required_argument, NULL, 'l' },
        { "quiet", no_argument, NULL, 'q' },
        { "readonly", no_argument, NULL, 'r' },
        { "timing", no_argument, NULL, 't' },
        { "version", optional_argument, NULL, 'v' },
        { NULL, 0, NULL, 0 },
    };
    virshControl ctl = { 0 };
    const char *env;
    int ret;
    int c;

    setlocale(LC_ALL, "");
    bindtextdomain(GETTEXT_PACKAGE, LOCALEDIR);
    textdomain(GETTEXT_PACKAGE);

    if (virInitialize() < 0) {
        fprintf(stderr, _("error: Failed to initialize libvirt\n"));
        return EXIT_FAILURE;
    }
    virSetErrorFunc(NULL, virshQuietErrors);

    if ((env = g_getenv("VIRSH_DEFAULT_CONNECT_URI")) && *env)
        ctl.uri = g_strdup(env);

    while ((c = getopt_long(argc, argv, "+c:d:e:hk:K:l:qrtvV", opts, NULL)) != -1) {
        switch (c) {
        case 'c':
            g_free(ctl.uri);
            ctl.uri = g_strdup(optarg);
            break;
        case 'h':
            virshUsage();
            return EXIT_SUCCESS;
        case 'q':
            ctl.quiet = true;
            break;
        case 'r':
            ctl.readonly = true;
            break;
        case 'v':
            if (optarg && g_str_equal(optarg, "long")) {
                virshLongVersion();
            } else if (!optarg || g_str_equal(optarg, "short")) {
                printf("%d.%d.%d\n", LIBVIR_VERSION_NUMBER / 1000000,
                       LIBVIR_VERSION_NUMBER / 1000 % 1000, LIBVIR_VERSION_NUMBER % 1000);
            } else {
                fprintf(stderr, _("error: unknown version type '%s'\n"), optarg);
                return EXIT_FAILURE;
            }
            return EXIT_SUCCESS;
        case 'V':
            virshLongVersion();
            return EXIT_SUCCESS;
        case 'd':
        case 'e':
        case 'k':
        case 'K':
        case 'l':
        case 't':
            break;          /* accepted; they take effect with the full shell */
        default:
            fprintf(stderr, _("error: unsupported option '-%c'. See --help.\n"), optopt ? optopt : c);
            return EXIT_FAILURE;
        }
    }

    if (optind >= argc) {
        fprintf(stderr, _("error: the interactive shell is not available in this build\n"));
        ret = EXIT_FAILURE;
    } else {
        ret = virshRunCommand(&ctl, argc - optind, argv + optind);
    }

    if (ctl.conn)
        virConnectClose(ctl.conn);
    g_free(ctl.uri);
    return ret;
}
