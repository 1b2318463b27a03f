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

# Over-the-air releases (README "Updates"): the kiosk unpacks them into releases/<version>/ under
# the data directory and points the link "current" at the one to run. A release on trial
# (update-trial.properties) is counted at every start; after GHELAMCO_TRIAL_STARTS starts (default 3)
# without the kiosk keeping it, or when the kiosk asked for it (update-trial.rollback), "current"
# goes back to "previous" (or away: the packaged release runs) and the store backup taken before the
# release first started is put back. The JVM is not running here, so the store is closed.
data="${GHELAMCO__KIOSK__DATADIRECTORY:-/var/lib/ghelamco-alert}"
trial="$data/update-trial.properties"
store="$data/ghelamco-alert.mv.db"
trial_value() { sed -n "s/^$1=//p" "$trial" | head -n 1; }
replace_durably() {   # $1: source, $2: target; a power cut leaves the old target or the new
  cp "$1" "$2.partial" && sync "$2.partial" && mv -f "$2.partial" "$2"
}
current_version() { [ -L "$data/current" ] && basename "$(readlink "$data/current")"; }
roll_back() {         # $1: why
  version="$(trial_value version)"
  backup="$(trial_value storeBackup)"
  if [ "$(current_version)" = "$version" ]; then
    if [ -L "$data/previous" ]; then
      ln -sfn "$(readlink "$data/previous")" "$data/current.new" && mv -fT "$data/current.new" "$data/current"
    else
      rm -f "$data/current"
    fi
    if [ -n "$backup" ] && [ -f "$backup" ]; then
      replace_durably "$backup" "$store"
    fi
  fi
  printf 'version=%s\nreason=%s\n' "$version" "$1" > "$data/update-rolled-back.properties.partial"
  mv -f "$data/update-rolled-back.properties.partial" "$data/update-rolled-back.properties"
  rm -f "$trial" "$data/update-trial.starts" "$data/update-trial.rollback"
  echo "kiosk-session.sh: release $version rolled back: $1" >&2
}
if [ -f "$trial" ]; then
  if [ -f "$data/update-trial.rollback" ]; then
    roll_back "$(cat "$data/update-trial.rollback")"
  elif [ "$(current_version)" != "$(trial_value version)" ]; then
    roll_back "the switch to release $(trial_value version) did not happen"
  else
    starts=$(( $(cat "$data/update-trial.starts" 2>/dev/null || echo 0) + 1 ))
    if [ "$starts" -gt "${GHELAMCO_TRIAL_STARTS:-3}" ]; then
      roll_back "release $(trial_value version) did not come up healthy in $((starts - 1)) starts"
    else
      echo "$starts" > "$data/update-trial.starts"
      backup="$(trial_value storeBackup)"
      if [ -n "$backup" ] && [ ! -f "$backup" ] && [ -f "$store" ]; then
        mkdir -p "$(dirname "$backup")"
        replace_durably "$store" "$backup" || roll_back "the store could not be backed up to $backup"
      fi
    fi
  fi
fi
# The release to run: "current" when it is newer than the packaged one (VERSION, written by the
# package); a package upgrade to a newer version wins over an older OTA release.
jar="$home/ghelamco-alert.jar"
ota="$(current_version || true)"
if [ -n "$ota" ]; then
  packaged="$(cat "$home/VERSION" 2>/dev/null || echo 0)"
  if [ "$ota" != "$packaged" ] && [ "$(printf '%s\n%s\n' "$packaged" "$ota" | sort -V | tail -n 1)" = "$ota" ]; then
    for candidate in "$data/current"/ghelamco-alert*.jar; do
      if [ -f "$candidate" ]; then
        jar="$candidate"
      fi
    done
  fi
fi
# The kiosk refuses an over-the-air downgrade below the package's version: this script would start
# the package instead.
if [ -s "$home/VERSION" ]; then
  GHELAMCO_PACKAGED_VERSION="$(cat "$home/VERSION")"
  export GHELAMCO_PACKAGED_VERSION
fi
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec "$home/jdk/bin/java" ${JAVA_OPTS:-} -jar "$jar" "$@"
