#!/bin/sh
# Shows the kiosk on Raspberry Pi OS's desktop (labwc) instead of on its own tty with cage. Run as
# root, again after changing KIOSK_ROTATION or KIOSK_TOUCH_DEVICE in the environment file:
#   sudo /usr/share/ghelamco-alert/labwc/setup-labwc.sh DESKTOP_USER [OUTPUT]
# DESKTOP_USER: the user the desktop logs in automatically (raspi-config: Desktop Autologin).
# OUTPUT: the display's name as wlr-randr lists it: DSI-1 (default; the 7" panel and Touch
# Display 2 on the DSI connector; DSI-2 on a Pi 5's second one) or HDMI-A-1.
#
# It writes, for DESKTOP_USER, ~/.config/labwc/autostart and rc.xml (the ones there before are
# kept once as *.before-ghelamco-alert), and installs the service's labwc drop-in:
# - autostart (a shell script labwc runs at login, replacing the desktop's own one with its panel,
#   desktop icons and xdg autostart): turns the screen (wlr-randr --transform, from
#   KIOSK_ROTATION), lets the kiosk's user onto the desktop's Xwayland (xhost), hides the cursor;
# - rc.xml: the touchscreen (KIOSK_TOUCH_DEVICE) mapped onto that output, so touch turns with it;
#   Xwayland kept running (the access granted stays while the kiosk restarts); no window
#   decorations and no taskbar entry; one key binding (Super+F12) for HideCursor, which also
#   replaces labwc's default bindings (Alt+F4 would close the kiosk);
# - /etc/systemd/system/ghelamco-alert.service.d/labwc.conf: the service runs the kiosk as a
#   client of that display instead of cage on tty1 (see the file).
# The kiosk stays the system service ghelamco-alert, as the ghelamco user: labwc does not start it.
# GHELAMCO_ROOT, GHELAMCO_USER_HOME, GHELAMCO_SYSTEMCTL: a root, home and systemctl for tests.
set -eu
usage="usage: setup-labwc.sh DESKTOP_USER [OUTPUT]   e.g. setup-labwc.sh pi DSI-1"
user="${1:?$usage}"
output="${2:-DSI-1}"
root="${GHELAMCO_ROOT:-}"
here="$(cd "$(dirname "$0")" && pwd)"
env_file="$root/etc/ghelamco-alert/ghelamco-alert.env"
systemctl="${GHELAMCO_SYSTEMCTL:-systemctl}"
home="${GHELAMCO_USER_HOME:-$(getent passwd "$user" | cut -d: -f6)}"

fail() {
  echo "setup-labwc.sh: $*" >&2
  exit 1
}
[ -n "$home" ] && [ -d "$home" ] || fail "no user $user with a home directory"
[ -r "$env_file" ] || fail "cannot read $env_file (run as root, after installing the package)"
case "$output" in
  *[!A-Za-z0-9-]* | "") fail "OUTPUT must be a name as wlr-randr lists it (DSI-1, HDMI-A-1), not '$output'" ;;
esac

# The last KIOSK_...= line of the environment file wins, as with systemd; quotes are taken off.
key() {
  sed -n "s/^[[:space:]]*$1=//p" "$env_file" | tail -n 1 | sed -e 's/^"\(.*\)"$/\1/' -e "s/^'\(.*\)'\$/\1/"
}
rotation="$(key KIOSK_ROTATION)"
device="$(key KIOSK_TOUCH_DEVICE)"
case "${rotation:-0}" in
  0) transform=normal ;;
  90 | 180 | 270) transform="$rotation" ;;
  *) fail "KIOSK_ROTATION must be 0, 90, 180 or 270, not '$rotation' ($env_file)" ;;
esac
case "$device" in
  *[\"\<\>\&\'\`\$\\]*) fail "KIOSK_TOUCH_DEVICE must not contain quotes, <, >, &, \$, \` or \\ ($env_file)" ;;
esac

config="$home/.config/labwc"
mkdir -p "$config"
for file in autostart rc.xml; do
  if [ -e "$config/$file" ] && [ ! -e "$config/$file.before-ghelamco-alert" ] \
      && ! grep -q 'setup-labwc.sh' "$config/$file"; then
    cp -p "$config/$file" "$config/$file.before-ghelamco-alert"
  fi
done

cat > "$config/autostart" <<AUTOSTART
# labwc autostart of the Ghelamco Alert kiosk's desktop, written by setup-labwc.sh from
# KIOSK_ROTATION=${rotation:-0} and KIOSK_TOUCH_DEVICE=${device} (/etc/ghelamco-alert/ghelamco-alert.env);
# run it again after changing them. It replaces the desktop's autostart (panel, desktop icons):
# this session only turns the screen and lets the kiosk in; the kiosk is the service ghelamco-alert.
wlr-randr --output ${output} --transform ${transform}
xhost +SI:localuser:ghelamco
if [ "\${DISPLAY:-}" != ":0" ]; then
  echo "ghelamco-alert: this desktop's Xwayland is \${DISPLAY:-missing}, the kiosk service uses :0 (DISPLAY in /etc/systemd/system/ghelamco-alert.service.d/labwc.conf)" >&2
fi
if command -v wtype >/dev/null 2>&1; then
  wtype -M logo -k F12 -m logo
fi
AUTOSTART

touch_line=""
if [ -n "$device" ]; then
  touch_line="  <touch deviceName=\"${device}\" mapToOutput=\"${output}\" mouseEmulation=\"no\"/>"
fi
cat > "$config/rc.xml" <<RCXML
<?xml version="1.0"?>
<!-- labwc configuration of the Ghelamco Alert kiosk's desktop, written by setup-labwc.sh -->
<labwc_config>
  <core>
    <xwaylandPersistence>yes</xwaylandPersistence>
  </core>
${touch_line}
  <windowRules>
    <windowRule identifier="*" serverDecoration="no" skipTaskbar="yes"/>
  </windowRules>
  <keyboard>
    <keybind key="W-F12">
      <action name="HideCursor"/>
    </keybind>
  </keyboard>
</labwc_config>
RCXML
chown "$user:" "$home/.config" "$config" "$config/autostart" "$config/rc.xml"

install -D -m 644 "$here/ghelamco-alert-labwc.conf" "$root/etc/systemd/system/ghelamco-alert.service.d/labwc.conf"
# A calibration rule kiosk-touch.sh wrote for cage would turn touch a second time under labwc.
rm -f "$root/run/udev/rules.d/90-ghelamco-alert-touch.rules"
"$systemctl" daemon-reload || echo "setup-labwc.sh: systemctl daemon-reload failed; run it before the next start" >&2

for tool in wlr-randr xhost xset; do
  command -v "$tool" >/dev/null 2>&1 || echo "setup-labwc.sh: $tool is missing: sudo apt-get install wlr-randr x11-xserver-utils" >&2
done
echo "The kiosk shows on ${user}'s labwc desktop (${output}, rotation ${rotation:-0}${device:+, touch $device})."
echo "Make the desktop log in ${user} automatically (raspi-config: System Options, Boot / Auto Login, Desktop Autologin), then reboot."
