#!/bin/sh
# Runs inside cage as its one client: the kiosk's JVM on XWayland (DISPLAY is set by cage). The
# JavaFX jars from Maven Central have only the GTK glass for Linux (no Monocle for aarch64), so
# the kiosk needs an X server; cage starts XWayland on demand and passes touch from libinput on.
#
# JAVA_OPTS comes from the unit (ghelamco-alert.service): the one place for the JVM options.
# Writes the JVM's pid for kiosk-launch.sh, which sends it SIGTERM when the service stops.
#
# systemd's watchdog variables (NOTIFY_SOCKET, WATCHDOG_USEC) reach the JVM through cage, but
# WATCHDOG_PID names the service's main process, kiosk-launch.sh, and a process feeds the watchdog
# only if WATCHDOG_PID is its own (sd_watchdog_enabled). The JVM is this process once exec'd: hand
# the watchdog on to it.
set -eu
home="${GHELAMCO_HOME:-/opt/ghelamco-alert}"
echo $$ > "${RUNTIME_DIRECTORY:-/run/ghelamco-alert}/kiosk.pid"
if [ -n "${WATCHDOG_PID:-}" ]; then
  export WATCHDOG_PID=$$
fi
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec "$home/jdk/bin/java" ${JAVA_OPTS:-} -jar "$home/ghelamco-alert.jar" "$@"
