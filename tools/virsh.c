/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virsh.c: the shell -- global options, the command-line parser, the
 * three modes (one command, a command string, interactive or stdin), help,
 * completion, and the commands of the shell itself
 *
 * A line becomes a chain of vshCmd: the tokenizer splits it into words
 * and commands (quotes, backslashes, ';', '#' comments, as libvirt's
 * virsh reads them), and the parser matches each command's words against
 * its option table before anything runs, so one bad command stops the
 * whole line.  The command groups only see checked options, through the
 * accessors of virsh-util.c.
 */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <readline/readline.h>
#include <readline/history.h>

#include "virsh.h"

#define VSH_PROMPT_RW "virsh # "
#define VSH_PROMPT_RO "virsh > "
#define VSH_HISTSIZE_DEFAULT 500
#define VSH_HISTSIZE_MAX 500000

/* a group of commands, as "help" lists them */
typedef struct {
    const char *name;            /* N_() */
    const char *keyword;         /* "help KEYWORD" */
    const vshCmdDef *commands;
} vshCmdGrp;

static const vshCmdGrp vshCmdGroups[] = {
    { N_("Domain Management"), "domain", domainCmds },
    { N_("Domain Monitoring"), "monitor", domMonitoringCmds },
    { N_("Domain Events"), "events", domEventCmds },
    { N_("Host and Hypervisor"), "host", hostCmds },
    { N_("Networking"), "network", networkCmds },
    { N_("Storage Pool"), "pool", storagePoolCmds },
    { N_("Storage Volume"), "volume", storageVolCmds },
    /* not libvirt's: the plugins behind the connection (virsh-plugin.c) */
    { N_("Plugins"), "plugin", pluginCmds },
    { N_("Virsh itself"), "virsh", virshCmds },
    { NULL, NULL, NULL },
};

/* the shell's one state */
static vshControl vshCtl;
/* set by quit/exit: the current line stops, and so does the shell */
static bool vshQuit;
/* the history file of the interactive shell */
static char *vshHistoryFile;

/* ------------------------------------------------------------------ */
/* small helpers */

static void
vshErrorHandler(void *opaque G_GNUC_UNUSED, virErrorPtr err G_GNUC_UNUSED)
{
    /* keep a copy for vshReportError(); printing is the command's call */
    vshSaveLibvirtError();
}

/**
 * vshCmdDefGetOption:
 * @def: a command
 * @name: an option name, without "--"
 *
 * Returns the entry of @def's table called @name (an ALIAS entry as it
 * is), or NULL.
 */
const vshCmdOptDef *
vshCmdDefGetOption(const vshCmdDef *def, const char *name)
{
    const vshCmdOptDef *opt;

    if (!def->opts)
        return NULL;
    for (opt = def->opts; opt->name; opt++) {
        if (g_str_equal(opt->name, name))
            return opt;
    }
    return NULL;
}

static const vshCmdDef *
vshCmdDefLookup(const char *name)
{
    const vshCmdGrp *grp;
    const vshCmdDef *def;

    for (grp = vshCmdGroups; grp->name; grp++) {
        for (def = grp->commands; def->name; def++) {
            if (g_str_equal(def->name, name))
                return def;
        }
    }
    return NULL;
}

/**
 * vshCmdDefSearch:
 * @name: a command name
 *
 * Returns the command called @name in any group, an alias resolved to
 * the command it names, or NULL.
 */
const vshCmdDef *
vshCmdDefSearch(const char *name)
{
    const vshCmdDef *def = vshCmdDefLookup(name);

    if (def && (def->flags & VSH_CMD_FLAG_ALIAS) && def->alias)
        def = vshCmdDefLookup(def->alias);
    return def;
}

static const vshCmdGrp *
vshCmdGrpSearch(const char *keyword)
{
    const vshCmdGrp *grp;

    for (grp = vshCmdGroups; grp->name; grp++) {
        if (g_str_equal(grp->keyword, keyword))
            return grp;
    }
    return NULL;
}

static bool
vshCmdDefListed(const vshCmdDef *def)
{
    return !(def->flags & (VSH_CMD_FLAG_ALIAS | VSH_CMD_FLAG_HIDDEN));
}

static void
vshCommandOptFree(vshCmdOpt *opt)
{
    while (opt) {
        vshCmdOpt *next = opt->next;

        g_free(opt->data);
        g_free(opt);
        opt = next;
    }
}

/**
 * vshCommandFree:
 * @cmd: a chain of parsed commands, or NULL
 */
void
vshCommandFree(vshCmd *cmd)
{
    while (cmd) {
        vshCmd *next = cmd->next;

        vshCommandOptFree(cmd->opts);
        g_free(cmd);
        cmd = next;
    }
}

static bool
vshOptIsRequired(const vshCmdOptDef *opt)
{
    return opt->type == VSH_OT_DATA || (opt->flags & VSH_OFLAG_REQ);
}

/* may the option take a bare word? */
static bool
vshOptIsPositional(const vshCmdOptDef *opt)
{
    return opt->type != VSH_OT_BOOL && opt->type != VSH_OT_ALIAS &&
           !(opt->flags & VSH_OFLAG_REQ_OPT);
}

static size_t
vshCmdDefOptCount(const vshCmdDef *def)
{
    size_t n = 0;

    if (def->opts) {
        while (def->opts[n].name)
            n++;
    }
    return n;
}


/* ------------------------------------------------------------------ */
/* the tokenizer */

/*
 * Words come one at a time, so that the parser reports the first problem
 * of a line in the order libvirt's virsh meets it.  A command string is
 * split as libvirt's virsh splits it: blanks separate words; ';' and new
 * lines separate commands; a word starting with '#' starts a comment up
 * to the end of the line.  Outside quotes a backslash takes the next
 * character as it is, and a backslash before a new line joins the lines.
 * Double quotes group, and a backslash inside them still escapes; single
 * quotes take everything up to the next one as it is (an unfinished one
 * runs to the end).  In argv mode every argument is one word, as is.
 */
typedef enum {
    VSH_TK_ERROR = -1,           /* printed */
    VSH_TK_WORD,
    VSH_TK_SEP,                  /* ';' or a new line */
    VSH_TK_END,
} vshTokenKind;

typedef struct {
    const char *pos;             /* string mode: what is left */
    char **argv;                 /* argv mode: the words */
    size_t argc;
    size_t idx;
    bool partial;                /* completion: accept unfinished text */
} vshWordSource;

static vshTokenKind
vshNextWord(vshControl *ctl, vshWordSource *src, char **result)
{
    const char *p = src->pos;

    *result = NULL;
    if (src->argv) {
        if (src->idx >= src->argc)
            return VSH_TK_END;
        *result = g_strdup(src->argv[src->idx++]);
        return VSH_TK_WORD;
    }

    for (;;) {
        g_autoptr(GString) word = NULL;
        bool dquote = false;
        bool any = false;

        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p) {
            src->pos = p;
            return VSH_TK_END;
        }
        if (*p == ';' || *p == '\n') {
            src->pos = p + 1;
            return VSH_TK_SEP;
        }
        if (*p == '#') {
            while (*p && *p != '\n')
                p++;
            continue;
        }

        word = g_string_new(NULL);
        while (*p) {
            if (!dquote && (*p == ' ' || *p == '\t' || *p == ';' || *p == '\n'))
                break;
            if (*p == '\\') {
                p++;
                if (!*p) {
                    if (src->partial)
                        break;
                    src->pos = p;
                    vshError(ctl, "%s", _("dangling \\"));
                    return VSH_TK_ERROR;
                }
                if (*p != '\n') {
                    g_string_append_c(word, *p);
                    any = true;
                }
                p++;
                continue;
            }
            if (*p == '"') {
                dquote = !dquote;
                any = true;
                p++;
                continue;
            }
            if (!dquote && *p == '\'') {
                any = true;
                p++;
                while (*p && *p != '\'')
                    g_string_append_c(word, *p++);
                if (*p)
                    p++;
                continue;
            }
            g_string_append_c(word, *p++);
            any = true;
        }
        src->pos = p;
        if (dquote && !src->partial) {
            vshError(ctl, "%s", _("missing \""));
            return VSH_TK_ERROR;
        }
        if (!any)
            continue;           /* only a joined line: no word */
        *result = g_string_free(g_steal_pointer(&word), FALSE);
        return VSH_TK_WORD;
    }
}

/* a line split into commands, each a NULL-terminated array of words, for
 * completion (which never fails on half-typed text) */
static GPtrArray *
vshSplitPartial(const char *str)
{
    GPtrArray *cmds = g_ptr_array_new_with_free_func((GDestroyNotify) g_strfreev);
    GPtrArray *cur = g_ptr_array_new_with_free_func(g_free);
    vshWordSource src = { .pos = str, .partial = true };

    for (;;) {
        char *word = NULL;
        vshTokenKind kind = vshNextWord(NULL, &src, &word);

        if (kind == VSH_TK_WORD) {
            g_ptr_array_add(cur, word);
            continue;
        }
        if (cur->len > 0) {
            g_ptr_array_add(cur, NULL);
            g_ptr_array_add(cmds, g_ptr_array_free(cur, FALSE));
            cur = g_ptr_array_new_with_free_func(g_free);
        }
        if (kind != VSH_TK_SEP)
            break;
    }
    g_ptr_array_free(cur, TRUE);
    return cmds;
}


/* ------------------------------------------------------------------ */
/* the parser */

static void
vshCmdAppendOpt(vshCmdOpt ***tail, const vshCmdOptDef *def, const char *data)
{
    vshCmdOpt *opt = g_new0(vshCmdOpt, 1);

    opt->def = def;
    opt->data = g_strdup(data);
    **tail = opt;
    *tail = &opt->next;
}

/* "--" then a letter or digit: an option (anything else is a value) */
static bool
vshWordIsOption(const char *w)
{
    return w[0] == '-' && w[1] == '-' && g_ascii_isalnum(w[2]);
}

/*
 * Reads the rest of one command, whose name @cmdname was the first word, and
 * matches its words against the command's table.  @end is set to how the
 * command ended (VSH_TK_SEP or VSH_TK_END).  Returns the parsed command,
 * or NULL after printing libvirt's message for the first problem met.
 * A "--help" among the options turns the command into "help COMMAND".
 * The "help" command itself ignores options and words it does not know,
 * as libvirt's does.
 */
static vshCmd *
vshCommandParseOne(vshControl *ctl, vshWordSource *src, const char *cmdname,
                   vshTokenKind *end)
{
    g_autoptr(vshCmd) cmd = g_new0(vshCmd, 1);
    g_autofree bool *seen = NULL;
    const vshCmdDef *def;
    vshCmdOpt **tail = &cmd->opts;
    bool optsEnded = false;
    bool wantHelp = false;
    bool missing;
    bool isHelp;
    size_t nopts;
    size_t i;

    if (!(def = vshCmdDefSearch(cmdname))) {
        vshError(ctl, _("unknown command: '%s'"), cmdname);
        return NULL;
    }
    cmd->def = def;
    isHelp = g_str_equal(def->name, "help");
    nopts = vshCmdDefOptCount(def);
    seen = g_new0(bool, nopts + 1);

    for (;;) {
        g_autofree char *w = NULL;
        vshTokenKind kind = vshNextWord(ctl, src, &w);

        if (kind == VSH_TK_ERROR)
            return NULL;
        if (kind != VSH_TK_WORD) {
            *end = kind;
            break;
        }

        if (!optsEnded && w[0] == '-' && w[1] == '-' && !w[2]) {
            optsEnded = true;
        } else if (!optsEnded && vshWordIsOption(w)) {
            g_autofree char *name = NULL;
            g_autofree char *next = NULL;
            const char *value = NULL;
            const char *eq;
            const vshCmdOptDef *opt;
            size_t idx;

            if ((eq = strchr(w + 2, '='))) {
                name = g_strndup(w + 2, eq - (w + 2));
                value = eq + 1;
            } else {
                name = g_strdup(w + 2);
            }

            if (!(opt = vshCmdDefGetOption(def, name))) {
                if (g_str_equal(name, "help")) {
                    if (value) {
                        vshError(ctl, _("invalid '=' after option --%s"), name);
                        return NULL;
                    }
                    wantHelp = true;
                    continue;
                }
                if (isHelp)
                    continue;
                vshError(ctl, _("command '%s' doesn't support option --%s"),
                         def->name, name);
                return NULL;
            }

            if (opt->type == VSH_OT_ALIAS) {
                const char *target = opt->help ? opt->help : "";
                const char *aeq = strchr(target, '=');
                const vshCmdOptDef *real;

                if (aeq) {
                    g_autofree char *tname = g_strndup(target, aeq - target);

                    if (value) {
                        vshError(ctl, _("invalid '=' after option --%s"), name);
                        return NULL;
                    }
                    real = vshCmdDefGetOption(def, tname);
                    value = aeq + 1;
                } else {
                    real = vshCmdDefGetOption(def, target);
                }
                if (!real || real->type == VSH_OT_ALIAS) {
                    vshError(ctl, _("command '%s' doesn't support option --%s"),
                             def->name, name);
                    return NULL;
                }
                opt = real;
            }

            idx = opt - def->opts;
            if (seen[idx] && opt->type != VSH_OT_ARGV) {
                vshError(ctl, _("option --%s already seen"), opt->name);
                if (isHelp)
                    continue;
                return NULL;
            }

            if (opt->type == VSH_OT_BOOL) {
                if (value) {
                    vshError(ctl, _("invalid '=' after option --%s"), opt->name);
                    return NULL;
                }
            } else if (!value) {
                kind = vshNextWord(ctl, src, &next);
                if (kind == VSH_TK_ERROR)
                    return NULL;
                if (kind != VSH_TK_WORD) {
                    vshError(ctl, _("expected syntax: --%s <%s>"), opt->name,
                             opt->type == VSH_OT_INT ? _("number") : _("string"));
                    return NULL;
                }
                value = next;
            }
            vshCmdAppendOpt(&tail, opt, value);
            seen[idx] = true;
        } else {
            const vshCmdOptDef *opt = NULL;
            size_t j;

            for (j = 0; j < nopts; j++) {
                const vshCmdOptDef *cand = &def->opts[j];

                if (!vshOptIsPositional(cand))
                    continue;
                if (cand->type == VSH_OT_ARGV || !seen[j]) {
                    opt = cand;
                    break;
                }
            }
            if (!opt) {
                if (isHelp)
                    continue;
                vshError(ctl, _("unexpected data '%s'"), w);
                return NULL;
            }
            vshCmdAppendOpt(&tail, opt, w);
            seen[opt - def->opts] = true;
        }
    }

    if (wantHelp) {
        /* "CMD --help" is "help CMD" */
        const vshCmdDef *help = vshCmdDefLookup("help");
        g_autoptr(vshCmd) hcmd = g_new0(vshCmd, 1);

        if (!help)
            return NULL;
        hcmd->def = help;
        hcmd->opts = g_new0(vshCmdOpt, 1);
        hcmd->opts->def = vshCmdDefGetOption(help, "command");
        hcmd->opts->data = g_strdup(def->name);
        return g_steal_pointer(&hcmd);
    }

    /* every missing option is reported, in table order */
    missing = false;
    for (i = 0; i < nopts; i++) {
        const vshCmdOptDef *opt = &def->opts[i];

        if (seen[i] || !vshOptIsRequired(opt) || opt->type == VSH_OT_ALIAS)
            continue;
        if (opt->type == VSH_OT_DATA || opt->type == VSH_OT_ARGV)
            vshError(ctl, _("command '%s' requires <%s> option"), def->name, opt->name);
        else
            vshError(ctl, _("command '%s' requires --%s option"), def->name, opt->name);
        missing = true;
    }
    if (missing)
        return NULL;

    if (ctl->debug <= VSH_ERR_INFO) {
        const vshCmdOpt *o;

        for (o = cmd->opts; o; o = o->next) {
            vshDebug(ctl, VSH_ERR_INFO, "%s: %s(%s): %s\n", def->name, o->def->name,
                     o->def->type == VSH_OT_BOOL ? "bool" : "optdata",
                     o->data ? o->data : "(none)");
        }
    }

    return g_steal_pointer(&cmd);
}

/* parses every command of @src into @result; false (and nothing to
 * run) after printing the first problem */
static bool
vshCommandParse(vshControl *ctl, vshWordSource *src, vshCmd **result)
{
    g_autoptr(vshCmd) first = NULL;
    vshCmd **tail = &first;

    for (;;) {
        g_autofree char *name = NULL;
        vshTokenKind kind = vshNextWord(ctl, src, &name);
        vshCmd *cmd;

        if (kind == VSH_TK_ERROR)
            return false;
        if (kind == VSH_TK_END)
            break;
        if (kind == VSH_TK_SEP)
            continue;           /* an empty command */

        if (!(cmd = vshCommandParseOne(ctl, src, name, &kind)))
            return false;
        *tail = cmd;
        tail = &cmd->next;
        if (kind == VSH_TK_END)
            break;
    }
    *result = g_steal_pointer(&first);
    return true;
}


/* ------------------------------------------------------------------ */
/* running commands */

static bool
vshCommandRun(vshControl *ctl, const vshCmd *cmd)
{
    bool ret = true;

    for (; cmd; cmd = cmd->next) {
        gint64 before;
        gint64 after;

        vshResetLibvirtError();
        before = g_get_monotonic_time();
        if (!(cmd->def->flags & VSH_CMD_FLAG_NOCONNECT) && !vshConnection(ctl))
            ret = false;
        else
            ret = cmd->def->handler(ctl, cmd);
        after = g_get_monotonic_time();

        if (!ret)
            vshReportError(ctl);
        fflush(stderr);

        if (vshQuit)
            break;

        if (ctl->timing)
            vshPrint(ctl, _("\n(Time: %.3f ms)\n\n"), (after - before) / 1000.0);
        else
            vshPrintExtra(ctl, "\n");
        fflush(stdout);
    }
    return ret;
}

/* parses a command string into @cmd; false after printing why */
static bool
vshParseString(vshControl *ctl, const char *str, vshCmd **cmd)
{
    vshWordSource src = { .pos = str };

    return vshCommandParse(ctl, &src, cmd);
}

/* parses and runs a command string; false if parsing or the last command
 * failed */
static bool
vshRunString(vshControl *ctl, const char *str)
{
    g_autoptr(vshCmd) cmd = NULL;

    if (!vshParseString(ctl, str, &cmd))
        return false;
    return vshCommandRun(ctl, cmd);
}

/* parses one command given as separate words (no ';', no quoting) */
static bool
vshParseArgvCommand(vshControl *ctl, int argc, char **argv, vshCmd **cmd)
{
    vshWordSource src = { .argv = argv, .argc = argc };

    return vshCommandParse(ctl, &src, cmd);
}


/* ------------------------------------------------------------------ */
/* help */

/* whether an ARGV option shows as "<name>" (nothing before it takes a
 * value) or "[--name] <string>" */
static bool
vshOptArgvIsShort(const vshCmdDef *def, const vshCmdOptDef *argv)
{
    const vshCmdOptDef *opt;

    for (opt = def->opts; opt != argv; opt++) {
        if (opt->type != VSH_OT_BOOL && opt->type != VSH_OT_ALIAS)
            return false;
    }
    return true;
}

static char *
vshOptSynopsis(const vshCmdDef *def, const vshCmdOptDef *opt)
{
    const char *kind = opt->type == VSH_OT_INT ? _("number") : _("string");
    bool req = vshOptIsRequired(opt);
    bool reqopt = opt->flags & VSH_OFLAG_REQ_OPT;

    switch (opt->type) {
    case VSH_OT_BOOL:
        return g_strdup_printf("[--%s]", opt->name);
    case VSH_OT_INT:
    case VSH_OT_STRING:
    case VSH_OT_DATA:
        if (req && reqopt)
            return g_strdup_printf("--%s <%s>", opt->name, kind);
        if (req)
            return g_strdup_printf("<%s>", opt->name);
        return g_strdup_printf("[--%s <%s>]", opt->name, kind);
    case VSH_OT_ARGV:
        if (vshOptArgvIsShort(def, opt))
            return g_strdup_printf(req ? "<%s>..." : "[<%s>]...", opt->name);
        return g_strdup_printf(req ? "{[--%s] <string>}..." : "[[--%s] <string>]...",
                               opt->name);
    case VSH_OT_ALIAS:
    default:
        return NULL;
    }
}

static char *
vshOptHelpName(const vshCmdDef *def, const vshCmdOptDef *opt)
{
    const char *kind = opt->type == VSH_OT_INT ? _("number") : _("string");
    bool req = vshOptIsRequired(opt);
    bool reqopt = opt->flags & VSH_OFLAG_REQ_OPT;

    switch (opt->type) {
    case VSH_OT_BOOL:
        return g_strdup_printf("--%s", opt->name);
    case VSH_OT_INT:
    case VSH_OT_STRING:
    case VSH_OT_DATA:
        if (req && !reqopt)
            return g_strdup_printf("[--%s] <%s>", opt->name, kind);
        return g_strdup_printf("--%s <%s>", opt->name, kind);
    case VSH_OT_ARGV:
        if (vshOptArgvIsShort(def, opt))
            return g_strdup_printf("<%s>", opt->name);
        return g_strdup_printf("[--%s] <string>", opt->name);
    case VSH_OT_ALIAS:
    default:
        return NULL;
    }
}

static void
vshCmdDefHelp(vshControl *ctl, const vshCmdDef *def)
{
    g_autoptr(GString) synopsis = g_string_new(def->name);
    const vshCmdOptDef *opt;
    bool anyOpt = false;

    if (def->opts) {
        for (opt = def->opts; opt->name; opt++) {
            g_autofree char *s = vshOptSynopsis(def, opt);

            if (!s)
                continue;
            g_string_append_printf(synopsis, " %s", s);
            anyOpt = true;
        }
    }

    vshPrint(ctl, "%s", _("  NAME\n"));
    vshPrint(ctl, "    %s - %s\n", def->name, def->help ? _(def->help) : "");
    vshPrint(ctl, "%s", _("\n  SYNOPSIS\n"));
    vshPrint(ctl, "    %s\n", synopsis->str);

    if (def->desc && *def->desc) {
        vshPrint(ctl, "%s", _("\n  DESCRIPTION\n"));
        vshPrint(ctl, "    %s\n", _(def->desc));
    }

    if (anyOpt) {
        vshPrint(ctl, "%s", _("\n  OPTIONS\n"));
        for (opt = def->opts; opt->name; opt++) {
            g_autofree char *name = vshOptHelpName(def, opt);

            if (!name)
                continue;
            vshPrint(ctl, "    %-15s  %s\n", name, opt->help ? _(opt->help) : "");
        }
    }
    vshPrint(ctl, "\n");
}

/* a group with nothing to list (a group file not written yet) */
static bool
vshCmdGrpIsEmpty(const vshCmdGrp *grp)
{
    const vshCmdDef *def;

    for (def = grp->commands; def->name; def++) {
        if (vshCmdDefListed(def))
            return false;
    }
    return true;
}

static void
vshCmdGrpHelp(vshControl *ctl, const vshCmdGrp *grp, bool colon)
{
    const vshCmdDef *def;

    if (colon)
        vshPrint(ctl, _(" %s (help keyword '%s'):\n"), _(grp->name), grp->keyword);
    else
        vshPrint(ctl, _(" %s (help keyword '%s')\n"), _(grp->name), grp->keyword);
    for (def = grp->commands; def->name; def++) {
        if (!vshCmdDefListed(def))
            continue;
        vshPrint(ctl, "    %-30s %s\n", def->name, def->help ? _(def->help) : "");
    }
}

static bool
cmdHelp(vshControl *ctl, const vshCmd *cmd)
{
    const char *name = NULL;
    const vshCmdDef *def;
    const vshCmdGrp *grp;

    if (vshCommandOptStringQuiet(ctl, cmd, "command", &name) <= 0) {
        vshPrint(ctl, "%s", _("Grouped commands:\n\n"));
        for (grp = vshCmdGroups; grp->name; grp++) {
            if (vshCmdGrpIsEmpty(grp))
                continue;
            vshCmdGrpHelp(ctl, grp, true);
            vshPrint(ctl, "\n");
        }
        return true;
    }

    if ((def = vshCmdDefSearch(name))) {
        vshCmdDefHelp(ctl, def);
        return true;
    }
    if ((grp = vshCmdGrpSearch(name))) {
        vshCmdGrpHelp(ctl, grp, true);
        return true;
    }
    vshError(ctl, _("command or command group '%s' doesn't exist"), name);
    return false;
}

static void
vshUsage(void)
{
    const vshCmdGrp *grp;

    printf(_("\n"
             "%s [options]... [<command_string>]\n"
             "%s [options]... <command> [args...]\n"
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
             "  commands (non interactive mode):\n"
             "\n"), "virsh", "virsh");

    for (grp = vshCmdGroups; grp->name; grp++) {
        if (vshCmdGrpIsEmpty(grp))
            continue;
        vshCmdGrpHelp(&vshCtl, grp, false);
        printf("\n");
    }

    printf("%s", _("\n  (specify help <group> for details about the commands in the group)\n"));
    printf("%s", _("\n  (specify help <command> for details about the command)\n\n"));
}


/* ------------------------------------------------------------------ */
/* completion */

/* adds the names of @list that start with @prefix */
static void
vshCompleteAddMatches(GPtrArray *out, const char *prefix, char **list)
{
    size_t i;

    if (!list)
        return;
    for (i = 0; list[i]; i++) {
        if (g_str_has_prefix(list[i], prefix))
            g_ptr_array_add(out, g_strdup(list[i]));
    }
}

static void
vshCompleteCommandNames(GPtrArray *out, const char *prefix)
{
    const vshCmdGrp *grp;
    const vshCmdDef *def;

    for (grp = vshCmdGroups; grp->name; grp++) {
        for (def = grp->commands; def->name; def++) {
            if (!vshCmdDefListed(def))
                continue;
            if (g_str_has_prefix(def->name, prefix))
                g_ptr_array_add(out, g_strdup(def->name));
        }
    }
}

/*
 * What can follow @words (the words of one command, the last of which,
 * @cur, is being typed; "" for a new word).  Follows libvirt 9.0's
 * "complete": command names for the first word; after an option that
 * takes a value, that option's completer; otherwise the options not yet
 * given, and, while typing a bare word, the completer of the option the
 * word would fill.
 */
static char **
vshCompleteWords(vshControl *ctl, char **words, size_t nwords)
{
    g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(vshCmd) cmd = g_new0(vshCmd, 1);
    g_autofree bool *seen = NULL;
    const vshCmdDef *def;
    const vshCmdOptDef *valueOf = NULL;
    const vshCmdOptDef *opt;
    vshCmdOpt **tail = &cmd->opts;
    const char *cur = words[nwords - 1];
    size_t nopts;
    size_t i;

    /* an unknown first word: the last one may be a command being typed */
    if (nwords == 1 || !(def = vshCmdDefSearch(words[0]))) {
        vshCompleteCommandNames(out, cur);
        goto done;
    }

    cmd->def = def;
    nopts = vshCmdDefOptCount(def);
    seen = g_new0(bool, nopts + 1);

    /* replay the finished words, quietly: unknown options are skipped, a
     * word nothing can take ends the completion */
    for (i = 1; i + 1 < nwords; i++) {
        const char *w = words[i];

        if (w[0] == '-' && w[1] == '-') {
            g_autofree char *name = NULL;
            const char *eq;

            if (!w[2])
                continue;
            eq = strchr(w + 2, '=');
            name = eq ? g_strndup(w + 2, eq - (w + 2)) : g_strdup(w + 2);
            if (!(opt = vshCmdDefGetOption(def, name)))
                continue;
            if (opt->type == VSH_OT_ALIAS) {
                g_autofree char *tname = NULL;
                const char *target = opt->help ? opt->help : "";
                const char *aeq = strchr(target, '=');

                tname = aeq ? g_strndup(target, aeq - target) : g_strdup(target);
                if (!(opt = vshCmdDefGetOption(def, tname)))
                    continue;
                if (aeq) {
                    seen[opt - def->opts] = true;
                    vshCmdAppendOpt(&tail, opt, aeq + 1);
                    continue;
                }
            }
            seen[opt - def->opts] = true;
            if (opt->type == VSH_OT_BOOL)
                continue;
            if (eq) {
                vshCmdAppendOpt(&tail, opt, eq + 1);
            } else if (i + 2 < nwords) {
                vshCmdAppendOpt(&tail, opt, words[++i]);
            } else {
                valueOf = opt;      /* @cur is its value */
            }
        } else {
            const vshCmdOptDef *fill = NULL;
            size_t j;

            for (j = 0; j < nopts; j++) {
                if (vshOptIsPositional(&def->opts[j]) &&
                    (def->opts[j].type == VSH_OT_ARGV || !seen[j])) {
                    fill = &def->opts[j];
                    break;
                }
            }
            if (!fill)
                return NULL;
            seen[j] = true;
            vshCmdAppendOpt(&tail, fill, w);
        }
    }

    if (valueOf) {
        if (valueOf->completer) {
            g_auto(GStrv) list = valueOf->completer(ctl, cmd, valueOf->completerFlags);

            vshCompleteAddMatches(out, cur, list);
        }
        goto done;
    }

    if (!*cur || (cur[0] == '-' && cur[1] == '-')) {
        /* the options not given yet (ARGV ones take more words) */
        const char *prefix = *cur ? cur + 2 : "";

        for (i = 0; i < nopts; i++) {
            opt = &def->opts[i];
            if (opt->type == VSH_OT_ALIAS)
                continue;
            if (seen[i] && opt->type != VSH_OT_ARGV)
                continue;
            if (g_str_has_prefix(opt->name, prefix))
                g_ptr_array_add(out, g_strdup_printf("--%s", opt->name));
        }
    } else if (cur[0] != '-') {
        /* a bare word: the values of the option it would fill */
        for (i = 0; i < nopts; i++) {
            opt = &def->opts[i];
            if (vshOptIsPositional(opt) && (opt->type == VSH_OT_ARGV || !seen[i])) {
                if (opt->completer) {
                    g_auto(GStrv) list = opt->completer(ctl, cmd, opt->completerFlags);

                    vshCompleteAddMatches(out, cur, list);
                }
                break;
            }
        }
    }

 done:
    if (out->len == 0)
        return NULL;
    g_ptr_array_add(out, NULL);
    return (char **) g_ptr_array_steal(out, NULL);
}

static bool
cmdComplete(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(GPtrArray) words = g_ptr_array_new();
    g_auto(GStrv) list = NULL;
    const vshCmdOpt *opt = NULL;
    size_t start = 0;
    size_t i;

    while ((opt = vshCommandOptArgv(ctl, cmd, opt)))
        g_ptr_array_add(words, (char *) vshCmdOptValue(opt));
    if (words->len == 0)
        g_ptr_array_add(words, (char *) "");

    /* only the last command of a line is being completed */
    for (i = 0; i < words->len; i++) {
        if (g_str_equal(g_ptr_array_index(words, i), ";"))
            start = i + 1;
    }
    if (start == words->len)
        g_ptr_array_add(words, (char *) "");
    g_ptr_array_add(words, NULL);

    if (!(list = vshCompleteWords(ctl, (char **) words->pdata + start,
                                  words->len - 1 - start)))
        return false;
    for (i = 0; list[i]; i++)
        vshPrint(ctl, "%s\n", list[i]);
    return true;
}


/* ------------------------------------------------------------------ */
/* readline */

static char **vshRlMatches;
static size_t vshRlMatchIdx;

static char *
vshRlGenerator(const char *text G_GNUC_UNUSED, int state)
{
    if (!state)
        vshRlMatchIdx = 0;
    if (!vshRlMatches || !vshRlMatches[vshRlMatchIdx])
        return NULL;
    return g_strdup(vshRlMatches[vshRlMatchIdx++]);
}

static char **
vshRlCompletion(const char *text, int start, int end G_GNUC_UNUSED)
{
    g_autofree char *line = g_strndup(rl_line_buffer, start);
    g_autoptr(GPtrArray) words = g_ptr_array_new();
    g_autoptr(GPtrArray) cmds = NULL;
    char **last = NULL;
    char **ret;
    size_t i;

    rl_attempted_completion_over = 1;
    g_clear_pointer(&vshRlMatches, g_strfreev);

    /* the words before the one being typed, of the last command */
    cmds = vshSplitPartial(line);
    if (cmds->len > 0) {
        const char *trim = line + strlen(line);

        while (trim > line && (trim[-1] == ' ' || trim[-1] == '\t'))
            trim--;
        /* a ';' just before the word starts a new command */
        if (!(trim > line && trim[-1] == ';'))
            last = g_ptr_array_index(cmds, cmds->len - 1);
    }
    for (i = 0; last && last[i]; i++)
        g_ptr_array_add(words, last[i]);
    g_ptr_array_add(words, (char *) text);
    g_ptr_array_add(words, NULL);

    vshRlMatches = vshCompleteWords(&vshCtl, (char **) words->pdata, words->len - 1);

    ret = rl_completion_matches(text, vshRlGenerator);
    g_clear_pointer(&vshRlMatches, g_strfreev);
    return ret;
}

static void
vshReadlineInit(vshControl *ctl)
{
    const char *histsize = g_getenv("VIRSH_HISTSIZE");
    g_autofree char *dir = NULL;
    int max = VSH_HISTSIZE_DEFAULT;

    rl_readline_name = "virsh";
    rl_attempted_completion_function = vshRlCompletion;
    rl_basic_word_break_characters = (char *) " \t\n\\`@$><=;|&{(";

    if (histsize) {
        char *end = NULL;
        long v = strtol(histsize, &end, 10);

        if (end == histsize || *end)
            vshError(ctl, _("Bad $%s value."), "VIRSH_HISTSIZE");
        else if (v < 0 || v > VSH_HISTSIZE_MAX)
            vshError(ctl, _("$%s value should be between 0 and %d"),
                     "VIRSH_HISTSIZE", VSH_HISTSIZE_MAX);
        else
            max = v;
    }
    stifle_history(max);

    dir = g_build_filename(g_get_user_cache_dir(), "libvirt", "virsh", NULL);
    vshHistoryFile = g_build_filename(dir, "history", NULL);
    read_history(vshHistoryFile);
}

static void
vshReadlineDeinit(void)
{
    if (vshHistoryFile) {
        g_autofree char *dir = g_path_get_dirname(vshHistoryFile);

        if (g_mkdir_with_parents(dir, 0755) < 0 && errno != EEXIST) {
            vshError(NULL, _("Failed to create '%s': %s"), dir, g_strerror(errno));
        } else {
            write_history(vshHistoryFile);
        }
    }
    g_clear_pointer(&vshHistoryFile, g_free);
    g_clear_pointer(&vshRlMatches, g_strfreev);
    clear_history();
    rl_clear_history();
}

static void
vshInteractive(vshControl *ctl)
{
    vshReadlineInit(ctl);

    vshPrintExtra(ctl, _("Welcome to %s, the virtualization interactive terminal.\n\n"),
                  "virsh");
    vshPrintExtra(ctl, "%s", _("Type:  'help' for help with commands\n"
                               "       'quit' to quit\n\n"));

    while (!vshQuit) {
        g_autofree char *line = NULL;

        fflush(stdout);
        if (!(line = readline(ctl->readonly ? VSH_PROMPT_RO : VSH_PROMPT_RW)))
            break;
        if (*line)
            add_history(line);
        vshRunString(ctl, line);
    }
    vshPrint(ctl, "\n");
    vshReadlineDeinit();
}


/* ------------------------------------------------------------------ */
/* the commands of the shell itself */

static char **
vshCommandNameCompleter(vshControl *ctl G_GNUC_UNUSED, const vshCmd *cmd G_GNUC_UNUSED,
                        unsigned int flags G_GNUC_UNUSED)
{
    g_autoptr(GPtrArray) out = g_ptr_array_new();

    vshCompleteCommandNames(out, "");
    g_ptr_array_add(out, NULL);
    return (char **) g_ptr_array_steal(out, NULL);
}

static const vshCmdOptDef opts_help[] = {
    {.name = "command",
     .type = VSH_OT_STRING,
     .completer = vshCommandNameCompleter,
     .help = N_("Prints global help, command specific help, or help for a group of related commands"),
    },
    {.name = NULL}
};

static bool
cmdQuit(vshControl *ctl G_GNUC_UNUSED, const vshCmd *cmd G_GNUC_UNUSED)
{
    vshQuit = true;
    return true;
}

static const vshCmdOptDef opts_connect[] = {
    {.name = "name",
     .type = VSH_OT_STRING,
     .flags = VSH_OFLAG_EMPTY_OK,
     .help = N_("hypervisor connection URI"),
    },
    {.name = "readonly",
     .type = VSH_OT_BOOL,
     .help = N_("read-only connection"),
    },
    {.name = NULL}
};

static bool
cmdConnect(vshControl *ctl, const vshCmd *cmd)
{
    const char *name = NULL;
    g_autofree char *oldname = NULL;
    virConnectPtr oldconn;
    bool oldro = ctl->readonly;

    if (vshCommandOptStringReq(ctl, cmd, "name", &name) < 0)
        return false;

    /* try the new connection first: a failure keeps the old one */
    oldconn = g_steal_pointer(&ctl->conn);
    oldname = g_steal_pointer(&ctl->connname);
    ctl->connname = g_strdup(name ? name : oldname);
    if (ctl->connname && !*ctl->connname)
        g_clear_pointer(&ctl->connname, g_free);
    ctl->readonly = vshCommandOptBool(cmd, "readonly");

    if (vshConnect(ctl, false) < 0) {
        g_free(ctl->connname);
        ctl->connname = g_steal_pointer(&oldname);
        ctl->conn = oldconn;
        ctl->readonly = oldro;
        return false;
    }
    if (oldconn)
        virConnectClose(oldconn);
    return true;
}

static const vshCmdOptDef opts_cd[] = {
    {.name = "dir",
     .type = VSH_OT_STRING,
     .help = N_("directory to switch to (default: home or else root)"),
    },
    {.name = NULL}
};

static bool
cmdCd(vshControl *ctl, const vshCmd *cmd)
{
    const char *dir = NULL;

    if (!ctl->imode) {
        vshError(ctl, "%s", _("cd: command valid only in interactive mode"));
        return false;
    }
    if (vshCommandOptStringReq(ctl, cmd, "dir", &dir) < 0)
        return false;
    if (!dir)
        dir = g_get_home_dir();
    if (!dir)
        dir = "/";
    if (chdir(dir) < 0) {
        vshError(ctl, _("cd: %s: %s"), g_strerror(errno), dir);
        return false;
    }
    return true;
}

static bool
cmdPwd(vshControl *ctl, const vshCmd *cmd G_GNUC_UNUSED)
{
    g_autofree char *cwd = g_get_current_dir();

    vshPrint(ctl, _("%s\n"), cwd);
    return true;
}

static const vshCmdOptDef opts_echo[] = {
    {.name = "shell",
     .type = VSH_OT_BOOL,
     .help = N_("escape for shell use"),
    },
    {.name = "xml",
     .type = VSH_OT_BOOL,
     .help = N_("escape for XML use"),
    },
    {.name = "split",
     .type = VSH_OT_BOOL,
     .help = N_("split each argument on ','; ',,' is an escape sequence"),
    },
    {.name = "err",
     .type = VSH_OT_BOOL,
     .help = N_("output to stderr"),
    },
    {.name = "str",
     .type = VSH_OT_ALIAS,
     .help = "string",
    },
    {.name = "hi",
     .type = VSH_OT_ALIAS,
     .help = "string=hello",
    },
    {.name = "string",
     .type = VSH_OT_ARGV,
     .help = N_("arguments to echo"),
    },
    {.name = NULL}
};

/* quotes @s for a POSIX shell when it holds anything but plain characters */
static void
vshEscapeShell(GString *buf, const char *s)
{
    const char *p;

    if (!*s) {
        g_string_append(buf, "''");
        return;
    }
    for (p = s; *p; p++) {
        unsigned char c = *p;

        if (!(g_ascii_isalnum(c) || c >= 0x80 || strchr("-_.+/:@,=%", c)))
            break;
    }
    if (!*p) {
        g_string_append(buf, s);
        return;
    }
    g_string_append_c(buf, '\'');
    for (p = s; *p; p++) {
        if (*p == '\'')
            g_string_append(buf, "'\\''");
        else
            g_string_append_c(buf, *p);
    }
    g_string_append_c(buf, '\'');
}

static void
vshEscapeXML(GString *buf, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<':
            g_string_append(buf, "&lt;");
            break;
        case '>':
            g_string_append(buf, "&gt;");
            break;
        case '&':
            g_string_append(buf, "&amp;");
            break;
        case '"':
            g_string_append(buf, "&quot;");
            break;
        case '\'':
            g_string_append(buf, "&apos;");
            break;
        default:
            g_string_append_c(buf, *s);
        }
    }
}

static void
vshEchoOne(GString *buf, const char *s, bool shell, bool xml)
{
    if (shell)
        vshEscapeShell(buf, s);
    else if (xml)
        vshEscapeXML(buf, s);
    else
        g_string_append(buf, s);
}

static bool
cmdEcho(vshControl *ctl, const vshCmd *cmd)
{
    g_autoptr(GString) buf = g_string_new(NULL);
    bool shell = vshCommandOptBool(cmd, "shell");
    bool xml = vshCommandOptBool(cmd, "xml");
    bool split = vshCommandOptBool(cmd, "split");
    const vshCmdOpt *opt = NULL;
    bool first = true;

    if (!vshCommandOptExclusive(ctl, cmd, "shell", "xml"))
        return false;

    while ((opt = vshCommandOptArgv(ctl, cmd, opt))) {
        const char *arg = vshCmdOptValue(opt);

        if (!first)
            g_string_append_c(buf, ' ');
        first = false;

        if (split) {
            g_autoptr(GString) piece = g_string_new(NULL);
            const char *p;

            /* ',' ends a piece, ",," is a comma */
            for (p = arg; ; p++) {
                if (*p == ',' && p[1] == ',') {
                    g_string_append_c(piece, ',');
                    p++;
                    continue;
                }
                if (*p == ',' || !*p) {
                    vshEchoOne(buf, piece->str, shell, xml);
                    g_string_append_c(buf, '\n');
                    g_string_truncate(piece, 0);
                    if (!*p)
                        break;
                    continue;
                }
                g_string_append_c(piece, *p);
            }
        } else {
            vshEchoOne(buf, arg, shell, xml);
        }
    }

    if (vshCommandOptBool(cmd, "err")) {
        /* nothing to say without arguments */
        if (!first)
            vshError(ctl, "%s", buf->str);
    } else {
        vshPrint(ctl, "%s", buf->str);
    }
    return true;
}

static const vshCmdOptDef opts_complete[] = {
    {.name = "string",
     .type = VSH_OT_ARGV,
     .flags = VSH_OFLAG_EMPTY_OK,
     .help = N_("partial string to autocomplete"),
    },
    {.name = NULL}
};

const vshCmdDef virshCmds[] = {
    {.name = "cd",
     .handler = cmdCd,
     .opts = opts_cd,
     .help = N_("change the current directory"),
     .desc = N_("Change the current directory."),
     .flags = VSH_CMD_FLAG_NOCONNECT,
    },
    {.name = "echo",
     .handler = cmdEcho,
     .opts = opts_echo,
     .help = N_("echo arguments. Used for internal testing."),
     .desc = N_("Echo back arguments, possibly with quoting. Used for internal testing."),
     .flags = VSH_CMD_FLAG_NOCONNECT,
    },
    {.name = "exit",
     .handler = cmdQuit,
     .help = N_("quit this interactive terminal"),
     .desc = "",
     .flags = VSH_CMD_FLAG_NOCONNECT,
    },
    {.name = "help",
     .handler = cmdHelp,
     .opts = opts_help,
     .help = N_("print help"),
     .desc = N_("Prints global help, command specific help, or help for a\n"
                "    group of related commands"),
     .flags = VSH_CMD_FLAG_NOCONNECT,
    },
    {.name = "pwd",
     .handler = cmdPwd,
     .help = N_("print the current directory"),
     .desc = N_("Print the current directory."),
     .flags = VSH_CMD_FLAG_NOCONNECT,
    },
    {.name = "quit",
     .handler = cmdQuit,
     .help = N_("quit this interactive terminal"),
     .desc = "",
     .flags = VSH_CMD_FLAG_NOCONNECT,
    },
    {.name = "connect",
     .handler = cmdConnect,
     .opts = opts_connect,
     .help = N_("(re)connect to hypervisor"),
     .desc = N_("Connect to local hypervisor. This is built-in command after shell start up."),
     .flags = VSH_CMD_FLAG_NOCONNECT,
    },
    {.name = "complete",
     .handler = cmdComplete,
     .opts = opts_complete,
     .help = N_("internal command for autocompletion"),
     .desc = N_("internal use only"),
     .flags = VSH_CMD_FLAG_NOCONNECT | VSH_CMD_FLAG_HIDDEN,
    },
    {.name = NULL}
};


/* ------------------------------------------------------------------ */
/* global options */

static void
vshLongVersion(void)
{
    printf(_("Virsh command line tool of libvirt %d.%d.%d\n"),
           LIBVIR_VERSION_NUMBER / 1000000, LIBVIR_VERSION_NUMBER / 1000 % 1000,
           LIBVIR_VERSION_NUMBER % 1000);
    printf(_("Implemented by %s %s; drivers are plugins (see 'virt-plugin list')\n"),
           PACKAGE_NAME, PACKAGE_VERSION);
}

static void
vshShortVersion(void)
{
    printf("%d.%d.%d\n", LIBVIR_VERSION_NUMBER / 1000000,
           LIBVIR_VERSION_NUMBER / 1000 % 1000, LIBVIR_VERSION_NUMBER % 1000);
}

/* "^X" or one character, as -e takes them */
static bool
vshSetEscape(vshControl *ctl, const char *arg)
{
    size_t len = strlen(arg);

    if ((len == 1 && arg[0] != '^') || (len == 2 && arg[0] == '^' &&
                     ((arg[1] >= '@' && arg[1] <= '_') ||
                      (arg[1] >= 'a' && arg[1] <= 'z')))) {
        g_strlcpy(ctl->escapeChar, arg, sizeof(ctl->escapeChar));
        return true;
    }
    return false;
}

static const char *
vshLongOptName(int c)
{
    switch (c) {
    case 'c': return "connect";
    case 'd': return "debug";
    case 'e': return "escape";
    case 'k': return "keepalive-interval";
    case 'K': return "keepalive-count";
    case 'l': return "log";
    default: return NULL;
    }
}

static int vshCheckLogFile(vshControl *ctl);

/* 1: go on, 0: exit successfully (help, version), -1: exit with an error */
static int
vshParseArgv(vshControl *ctl, int argc, char **argv, bool *connectNow)
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
    int c;

    opterr = 0;
    while ((c = getopt_long(argc, argv, "+:c:d:e:hk:K:l:qrtvV", opts, NULL)) != -1) {
        char *end = NULL;
        long v;

        switch (c) {
        case 'c':
            g_free(ctl->connname);
            ctl->connname = *optarg ? g_strdup(optarg) : NULL;
            *connectNow = true;
            break;
        case 'd':
            errno = 0;
            v = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || v < INT_MIN || v > INT_MAX) {
                vshError(ctl, _("option %s takes a numeric argument"), "-d");
                return -1;
            }
            if (v < VSH_ERR_DEBUG || v > VSH_ERR_ERROR)
                vshError(ctl, _("ignoring debug level %d out of range [%d-%d]"),
                         (int) v, VSH_ERR_DEBUG, VSH_ERR_ERROR);
            else
                ctl->debug = v;
            break;
        case 'e':
            if (!vshSetEscape(ctl, optarg)) {
                vshError(ctl, _("Invalid string '%s' for escape sequence"), optarg);
                return -1;
            }
            break;
        case 'h':
            vshUsage();
            return 0;
        case 'k':
        case 'K':
            errno = 0;
            v = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || v < INT_MIN || v > INT_MAX) {
                vshError(ctl, _("Invalid value for option %s"), c == 'k' ? "-k" : "-K");
                return -1;
            }
            if (v < 0) {
                vshError(ctl, _("option %s requires a positive integer argument"),
                         c == 'k' ? "-k" : "-K");
                return -1;
            }
            if (c == 'k')
                ctl->keepaliveInterval = v;
            else
                ctl->keepaliveCount = v;
            if (c == 'K' && ctl->keepaliveInterval < 0)
                ctl->keepaliveInterval = 5;
            break;
        case 'l':
            g_free(ctl->logfile);
            ctl->logfile = g_strdup(optarg);
            if (vshCheckLogFile(ctl) < 0)
                return -1;
            break;
        case 'q':
            ctl->quiet = true;
            break;
        case 'r':
            ctl->readonly = true;
            break;
        case 't':
            ctl->timing = true;
            break;
        case 'v':
            if (optarg && g_str_equal(optarg, "long"))
                vshLongVersion();
            else
                vshShortVersion();
            return 0;
        case 'V':
            vshLongVersion();
            return 0;
        case ':':
            if (vshLongOptName(optopt))
                vshError(ctl, _("option '-%c'/'--%s' requires an argument"),
                         optopt, vshLongOptName(optopt));
            else
                vshError(ctl, _("option '%s' requires an argument"), argv[optind - 1]);
            return -1;
        case '?':
        default:
            if (optopt)
                vshError(ctl, _("unsupported option '-%c'. See --help."), optopt);
            else
                vshError(ctl, _("unsupported option '%s'. See --help."), argv[optind - 1]);
            return -1;
        }
    }
    return 1;
}


/* ------------------------------------------------------------------ */
/* main */

/* the log file must be writable when it is named */
static int
vshCheckLogFile(vshControl *ctl)
{
    FILE *fp;

    if (!ctl->logfile)
        return 0;
    if (!(fp = fopen(ctl->logfile, "a"))) {
        g_clear_pointer(&ctl->logfile, g_free);
        vshError(ctl, "%s", _("failed to open the log file. check the log file path"));
        return -1;
    }
    fclose(fp);
    return 0;
}

/* $VIRSH_DEBUG sets the debug level, as -d does */
static void
vshReadDebugEnv(vshControl *ctl)
{
    const char *env = g_getenv("VIRSH_DEBUG");
    char *end = NULL;
    long v;

    if (!env)
        return;
    errno = 0;
    v = strtol(env, &end, 10);
    if (errno || end == env || *end || v < VSH_ERR_DEBUG || v > VSH_ERR_ERROR) {
        vshError(ctl, "%s", _("VIRSH_DEBUG not set with a valid numeric value"));
        return;
    }
    ctl->debug = v;
}

static void
vshDeinit(vshControl *ctl)
{
    if (ctl->conn) {
        virConnectClose(ctl->conn);
        ctl->conn = NULL;
    }
    vshResetLibvirtError();
    g_clear_pointer(&ctl->connname, g_free);
    g_clear_pointer(&ctl->logfile, g_free);
}

int
main(int argc, char **argv)
{
    vshControl *ctl = &vshCtl;
    const char *env;
    bool connectNow = false;
    bool ok = true;
    int rc;

    setlocale(LC_ALL, "");
    bindtextdomain(GETTEXT_PACKAGE, LOCALEDIR);
    textdomain(GETTEXT_PACKAGE);

    ctl->debug = VSH_ERR_ERROR;
    ctl->keepaliveInterval = -1;
    ctl->keepaliveCount = 6;
    g_strlcpy(ctl->escapeChar, "^]", sizeof(ctl->escapeChar));

    if (virInitialize() < 0) {
        vshError(ctl, "%s", _("Failed to initialize libvirt"));
        return EXIT_FAILURE;
    }
    virSetErrorFunc(NULL, vshErrorHandler);

    /* the environment first; the options below override it */
    vshReadDebugEnv(ctl);
    if ((env = g_getenv("VIRSH_LOG_FILE")) && *env) {
        ctl->logfile = g_strdup(env);
        if (vshCheckLogFile(ctl) < 0) {
            vshDeinit(ctl);
            return EXIT_FAILURE;
        }
    }
    if ((env = g_getenv("VIRSH_DEFAULT_CONNECT_URI")) && *env)
        ctl->connname = g_strdup(env);

    if ((rc = vshParseArgv(ctl, argc, argv, &connectNow)) <= 0) {
        vshDeinit(ctl);
        return rc == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
    }

    ctl->imode = optind >= argc;

    if (!ctl->imode) {
        g_autoptr(vshCmd) cmd = NULL;

        /* the whole line is checked before anything connects or runs */
        if (argc - optind == 1) {
            vshDebug(ctl, VSH_ERR_INFO, "commands: \"%s\"\n", argv[optind]);
            /* an empty command string is an error, a blank one is not */
            ok = *argv[optind] && vshParseString(ctl, argv[optind], &cmd);
        } else {
            ok = vshParseArgvCommand(ctl, argc - optind, argv + optind, &cmd);
        }
        if (ok) {
            /* libvirt's virsh reads $VIRSH_DEBUG again here, unless -d
             * chose a level other than the default */
            if (ctl->debug == VSH_ERR_ERROR)
                vshReadDebugEnv(ctl);
            /* a URI given with -c must work before anything runs */
            if (connectNow && vshConnect(ctl, false) < 0)
                ok = false;
        }
        if (ok)
            ok = vshCommandRun(ctl, cmd);
    } else {
        if (ctl->debug == VSH_ERR_ERROR)
            vshReadDebugEnv(ctl);
        if (connectNow && vshConnect(ctl, false) < 0) {
            vshDeinit(ctl);
            return EXIT_FAILURE;
        }
        vshInteractive(ctl);
    }

    fflush(stdout);
    vshDeinit(ctl);
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
