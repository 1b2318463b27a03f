#!/bin/sh
# Takes cage's place when the kiosk is shown on Raspberry Pi OS's desktop (labwc) instead of on
# its own tty: the labwc drop-in (/etc/systemd/system/ghelamco-alert.service.d/labwc.conf) names
# it in GHELAMCO_CAGE, so kiosk-launch.sh runs it as it runs cage:
#   kiosk-labwc-client.sh [-r ...] -- kiosk-session.sh ARGS
# and everything else stays as with cage: the same service, user, sandbox, JVM options,
# environment file, data directory, watchdog and clean stop (kiosk-launch.sh stays in front).
#
# cage's options are dropped: the desktop session turns the screen (wlr-randr in the labwc
# autostart that setup-labwc.sh writes from KIOSK_ROTATION). The kiosk is a client of the
# desktop's Xwayland (DISPLAY, set by the drop-in), which lets the ghelamco user in once the
# desktop user's autostart has run (xhost +SI:localuser:ghelamco). Until then this script waits,
# at most KIOSK_DISPLAY_WAIT seconds (default 45: the unit wants READY=1 within 90 s); then the
# kiosk starts anyway, light first: the alarm works, the screen is reported as failed, and
# `systemctl restart ghelamco-alert` brings it up once the desktop is there.
# GHELAMCO_XSET: the X client that asks the display (default xset, package x11-xserver-utils).
set -u
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do shift; done
[ "$#" -gt 0 ] && shift
probe="${GHELAMCO_XSET:-xset}"
limit="${KIOSK_DISPLAY_WAIT:-45}"
waited=0
until "$probe" q >/dev/null 2>&1; do
  if [ "$waited" -ge "$limit" ]; then
    echo "kiosk-labwc-client.sh: the desktop's display ${DISPLAY:-(no DISPLAY)} did not let the kiosk in within ${limit} s (desktop user logged in? labwc autostart from setup-labwc.sh?); the kiosk starts without its screen, the light works" >&2
    break
  fi
  sleep 1
  waited=$((waited + 1))
done
exec "$@"
