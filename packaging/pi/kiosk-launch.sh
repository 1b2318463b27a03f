#!/bin/sh
# The service's main process: starts cage (the Wayland kiosk compositor) with the kiosk inside it
# and, on SIGTERM from systemd, stops the kiosk BEFORE its display goes away.
#
# Why not let systemd signal cage: cage 0.1.x answers SIGTERM by tearing down XWayland first and
# only then waiting for its client, without signalling it. The JVM would lose its X display and
# end without running its shutdown hook, so the relay would not be released and the database not
# closed. Here the JVM gets SIGTERM first (the unit has KillMode=mixed: only this process is
# signalled); cage exits by itself when its client has gone.
#
# The systemd watchdog (WatchdogSec= in the unit) is fed by the JVM, which is not this process:
# the unit has NotifyAccess=all and kiosk-session.sh hands WATCHDOG_PID on to the JVM. When the JVM
# stops feeding it, systemd sends this script SIGABRT (WatchdogSignal=): the JVM is asked for a
# thread dump into the journal (SIGQUIT), to show where it was stuck, and then stopped as above.
#
# Arguments are passed on to the kiosk (see kiosk-session.sh). GHELAMCO_HOME: where the kiosk is
# installed (default /opt/ghelamco-alert). RUNTIME_DIRECTORY: set by systemd (RuntimeDirectory=).
# GHELAMCO_CAGE: the compositor to run (default /usr/bin/cage; tests put a stand-in there).
# KIOSK_ROTATION (environment file): 0, 90, 180 or 270 degrees clockwise; cage 0.1.x rotates its
# output a quarter turn clockwise for each -r. The touchscreen follows through kiosk-touch.sh.
set -u
home="${GHELAMCO_HOME:-/opt/ghelamco-alert}"
compositor="${GHELAMCO_CAGE:-/usr/bin/cage}"
pidfile="${RUNTIME_DIRECTORY:-/run/ghelamco-alert}/kiosk.pid"
rm -f "$pidfile"

cage=""
stop_kiosk() {
  if [ -s "$pidfile" ] && kill -TERM "$(cat "$pidfile")" 2>/dev/null; then
    return
  fi
  if [ -n "$cage" ]; then
    kill -TERM "$cage" 2>/dev/null   # the JVM is not running (yet): nothing to lose
  fi
}
watchdog_expired() {
  echo "kiosk-launch.sh: the systemd watchdog expired; the kiosk's threads, then a restart" >&2
  if [ -s "$pidfile" ]; then
    kill -QUIT "$(cat "$pidfile")" 2>/dev/null
  fi
  stop_kiosk
}
trap stop_kiosk TERM INT
trap watchdog_expired ABRT

# A shell gives a background job /dev/null as its input: hand cage the VT (StandardInput=tty-fail)
# explicitly, as cage's systemd documentation expects.
rotation=""
case "${KIOSK_ROTATION:-0}" in
  0) ;;
  90) rotation="-r" ;;
  180) rotation="-r -r" ;;
  270) rotation="-r -r -r" ;;
  *) echo "kiosk-launch.sh: KIOSK_ROTATION must be 0, 90, 180 or 270, not '${KIOSK_ROTATION}'; the screen is not rotated" >&2 ;;
esac
exec 3<&0
# shellcheck disable=SC2086 # one -r per quarter turn
"$compositor" $rotation -- "$home/kiosk-session.sh" "$@" <&3 3<&- &
cage=$!
exec 3<&-
status=0
while :; do
  wait "$cage"
  status=$?
  kill -0 "$cage" 2>/dev/null || break   # wait was only interrupted by the trap: cage still runs
done
rm -f "$pidfile"
exit "$status"
