#!/usr/bin/env bash
# Runs InstallCheck.java against the plug-ins p2 installed into $1 (with the installed OSGi framework);
# the other arguments (a label, BUNDLE=VERSION expectations) go to InstallCheck.java.
set -euo pipefail
destination=$1
framework=("$destination"/plugins/org.eclipse.osgi_*.jar)
[[ -f "${framework[0]}" ]] || { echo "install check: no OSGi framework in $destination/plugins" >&2; exit 1; }
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "${framework[0]}" "$(dirname "$0")/InstallCheck.java" "$@"
