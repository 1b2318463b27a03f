#!/bin/sh
# Maps the touchscreen onto the rotated screen: run as root before the kiosk starts
# (ExecStartPre=+ in ghelamco-alert.service), from two keys of the environment file:
#   KIOSK_TOUCH_DEVICE  the touchscreen's name as libinput lists it (libinput list-devices), e.g.
#                       "raspberrypi-ts" (7" 800x480 panel) or "Goodix Capacitive TouchScreen";
#   KIOSK_ROTATION      0, 90, 180 or 270 degrees clockwise, as kiosk-launch.sh rotates the screen.
# The panel reports touches in its own, unrotated axes; a libinput calibration matrix turns them
# with the screen. It is set by a udev rule in /run (gone at the next boot, written again at every
# start), and udev is asked to apply it to the input devices at once. Without a touch device or
# without rotation there is no rule. Never stops the kiosk from starting: a problem is only logged.
# GHELAMCO_UDEV_RULES and GHELAMCO_UDEVADM: where the rule goes and the udevadm to call (tests).
rules="${GHELAMCO_UDEV_RULES:-/run/udev/rules.d}"
udevadm="${GHELAMCO_UDEVADM:-udevadm}"
rule="$rules/90-ghelamco-alert-touch.rules"

case "${KIOSK_ROTATION:-0}" in
  0) matrix="" ;;
  90) matrix="0 1 0 -1 0 1" ;;
  180) matrix="-1 0 1 0 -1 1" ;;
  270) matrix="0 -1 1 1 0 0" ;;
  *) echo "kiosk-touch.sh: KIOSK_ROTATION must be 0, 90, 180 or 270, not '${KIOSK_ROTATION}'; touch not rotated" >&2; matrix="" ;;
esac
device="${KIOSK_TOUCH_DEVICE:-}"
case "$device" in
  *'"'*) echo "kiosk-touch.sh: KIOSK_TOUCH_DEVICE must not contain a double quote; touch not rotated" >&2; device="" ;;
esac

if [ -n "$matrix" ] && [ -n "$device" ]; then
  mkdir -p "$rules" || exit 0
  cat > "$rule.tmp" <<RULE || exit 0
# Written by /opt/ghelamco-alert/kiosk-touch.sh at every start of ghelamco-alert.service:
# KIOSK_ROTATION=${KIOSK_ROTATION} KIOSK_TOUCH_DEVICE=${device}
ACTION=="add|change", SUBSYSTEM=="input", KERNEL=="event*", ATTRS{name}=="${device}", ENV{LIBINPUT_CALIBRATION_MATRIX}="${matrix}"
RULE
  mv "$rule.tmp" "$rule"
  echo "kiosk-touch.sh: touch on '${device}' turned ${KIOSK_ROTATION} degrees with the screen"
elif [ -e "$rule" ]; then
  rm -f "$rule"
else
  exit 0
fi
"$udevadm" control --reload >/dev/null 2>&1 || echo "kiosk-touch.sh: udevadm control --reload failed" >&2
"$udevadm" trigger --action=change --subsystem-match=input >/dev/null 2>&1 || echo "kiosk-touch.sh: udevadm trigger failed" >&2
exit 0
