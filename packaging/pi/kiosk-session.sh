#!/bin/sh
# Runs inside cage as its one client: the kiosk's JVM on XWayland (DISPLAY is set by cage). The
# JavaFX jars from Maven Central have only the GTK glass for Linux (no Monocle for aarch64), so
# the kiosk needs an X server; cage starts XWayland on demand and passes touch from libinput on.
#
# JAVA_OPTS comes from the unit (ghelamco-alert.service): the one place for the JVM options.
# Writes the JVM's pid for kiosk-launch.sh, which sends it SIGTERM when the service stops.
set -eu
home="${GHELAMCO_HOME:-/opt/ghelamco-alert}"
echo $$ > "${RUNTIME_DIRECTORY:-/run/ghelamco-alert}/kiosk.pid"
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec "$home/jdk/bin/java" ${JAVA_OPTS:-} -jar "$home/ghelamco-alert.jar" "$@"
