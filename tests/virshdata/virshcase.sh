# SPDX-License-Identifier: LGPL-2.1-or-later
# virshcase.sh: sourced by virshtest.sh and regen.sh; runs one case.
#
#   virshcase_run VIRSH DATADIR NAME   prints the case's composite output
virshcase_run() {
    _virsh=$1 _data=$2 _name=$3
    _tmp=$(mktemp -d)
    _host=$(hostname)
    # the top build folder: the plugins' paths are under it
    _top=${abs_top_builddir:-$(cd "$_data/../.." && pwd)}
    _args=$(grep -v '^#' "$_data/$_name.cmd" | tr '\n' ' ' |
            sed -e "s|@DATA@|$_data|g" -e "s|@TMP@|$_tmp|g" -e "s|@TOP@|$_top|g")
    # the plugins through a path of fixed length, so that tables of plugin
    # files are as wide wherever the tree is (plugin-list)
    _plugins=
    if [ -n "$LIBVIRT_PLUGIN_PATH" ] && [ -d "$LIBVIRT_PLUGIN_PATH" ]; then
        _plugins=$(mktemp -d /tmp/vireo-plugins.XXXXXXXX)
        ln -s "$LIBVIRT_PLUGIN_PATH" "$_plugins/p"
    fi
    _stdin=/dev/null
    [ -f "$_data/$_name.stdin" ] && _stdin="$_data/$_name.stdin"
    eval "set -- $_args"
    (cd "$_tmp" || exit 125
     if [ -n "$_plugins" ]; then
         LIBVIRT_PLUGIN_PATH="$_plugins/p"
         export LIBVIRT_PLUGIN_PATH
     fi
     # the edit commands run 'true' as the editor: nothing changes
     unset VISUAL
     LC_ALL=C EDITOR=true "$_virsh" -c test:///default "$@" \
        <"$_stdin" >"$_tmp/.stdout" 2>"$_tmp/.stderr")
    _rc=$?
    {
        cat "$_tmp/.stdout"
        if [ -s "$_tmp/.stderr" ]; then
            echo "--- stderr"
            cat "$_tmp/.stderr"
        fi
        [ $_rc -ne 0 ] && echo "--- exit $_rc"
    } | sed -e "s|${LIBVIRT_SCHEMA_DIR:-$_top/docs/schemas}/|@SCHEMAS@/|g" \
            -e "s|/usr/share/libvirt/schemas/|@SCHEMAS@/|g" \
            -e "s|${_plugins:-/nonexistent}/p/|@PLUGINS@/|g" \
            -e "s|$_tmp|@TMP@|g" -e "s|$_data|@DATA@|g" -e "s|$_top/|@TOP@/|g" \
            -e "s|\b$_host\b|@HOSTNAME@|g" \
            -e 's|^\(CPU time: *\)[0-9.]*s$|\1@TIME@|'
    rm -rf "$_tmp"
    [ -n "$_plugins" ] && rm -rf "$_plugins"
}
