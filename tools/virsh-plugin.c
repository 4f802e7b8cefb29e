/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virsh-plugin.c: the "plugin" command group, plugin-list and plugin-info
 *
 * Not libvirt's: the plugins behind the connection and their state, the
 * same table and report as "virt-plugin list --all" and "virt-plugin
 * inspect NAME", which libvirt.so.0 formats (vireoPluginReport(), from
 * <libvirt/libvirt-vireo.h>).  virsh keeps to the public library.
 */
#include <config.h>

#include <libvirt/libvirt-vireo.h>

#include "virsh.h"


/*
 * "plugin-list"
 */
static const vshCmdOptDef opts_plugin_list[] = {
    { .name = "all",
      .type = VSH_OT_BOOL,
      .help = N_("list every installed plugin, shadowed and disabled ones too (each is loaded)"),
    },
    { .name = NULL }
};

static bool
cmdPluginList(vshControl *ctl, const vshCmd *cmd)
{
    g_autofree char *report = NULL;
    unsigned int flags = 0;

    if (vshCommandOptBool(cmd, "all"))
        flags |= VIREO_PLUGIN_REPORT_ALL;

    if (!(report = vireoPluginReport(ctl->conn, NULL, flags))) {
        vshError(ctl, "%s", _("Failed to list plugins"));
        return false;
    }
    vshPrint(ctl, "%s", report);
    return true;
}


/*
 * "plugin-info"
 */
static const vshCmdOptDef opts_plugin_info[] = {
    { .name = "plugin",
      .type = VSH_OT_STRING,
      .help = N_("plugin name (default: the plugin serving the connection)"),
    },
    { .name = NULL }
};

static bool
cmdPluginInfo(vshControl *ctl, const vshCmd *cmd)
{
    g_autofree char *report = NULL;
    const char *name = NULL;

    if (vshCommandOptStringReq(ctl, cmd, "plugin", &name) < 0)
        return false;

    if (!(report = vireoPluginReport(ctl->conn, name, VIREO_PLUGIN_REPORT_INSPECT))) {
        if (name)
            vshError(ctl, _("failed to get plugin '%s'"), name);
        else
            vshError(ctl, "%s", _("failed to get the plugin serving the connection"));
        return false;
    }
    vshPrint(ctl, "%s", report);
    return true;
}


const vshCmdDef pluginCmds[] = {
    { .name = "plugin-info",
      .handler = cmdPluginInfo,
      .opts = opts_plugin_info,
      .help = N_("plugin information"),
      .desc = N_("Shows a plugin's state and why it did not load if it did not, the "
                 "library file opened, its descriptor, the plugin ABI it needs and its "
                 "manifest.  Without <plugin>, the plugin serving the connection."),
    },
    { .name = "plugin-list",
      .handler = cmdPluginList,
      .opts = opts_plugin_list,
      .help = N_("list plugins"),
      .desc = N_("Lists the plugins this process loaded or tried to load (the one "
                 "serving the connection and those it asked for), with their state.  "
                 "With --all, every plugin on the search path."),
    },
    { .name = NULL },
};
