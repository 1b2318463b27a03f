#!/usr/bin/env bash
# Installs Ghelamco Alert on a Raspberry Pi (4 or 5, 64-bit Raspberry Pi OS Bookworm, Lite is
# enough: no desktop) as a systemd service that shows the kiosk full screen on the attached display.
#
# Build the jar for the Pi on any machine first (JavaFX natives for aarch64):
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -B package -DskipTests -Djavafx.platform=linux-aarch64
# then copy target/ghelamco-alert-*.jar, target/lib/, kiosk-config/ and packaging/pi/ to the Pi
# and run, as root, from the copied folder:
#   sudo bash packaging/pi/install.sh /path/to/jdk-25-aarch64
# Running it again upgrades: the service is stopped, the jar replaced, settings kept.
set -euo pipefail
jdk="${1:?usage: install.sh JDK25_AARCH64_HOME}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
pi="$here/packaging/pi"
home=/opt/ghelamco-alert
unit=/etc/systemd/system/ghelamco-alert.service
[ -x "$jdk/bin/java" ] || { echo "No java in $jdk/bin" >&2; exit 1; }
# The version of a jar Maven built: its name is ghelamco-alert-<version>.jar, <version> also the
# manifest's Implementation-Version (both the pom's version), the version the kiosk reports.
jar_version() {
  local name
  name="$(basename "$1" .jar)"
  echo "${name#ghelamco-alert-}"
}
jars=("$here"/target/ghelamco-alert-*.jar)
[ -f "${jars[0]}" ] || { echo "No target/ghelamco-alert-*.jar: build it first" >&2; exit 1; }
[ "${#jars[@]}" -eq 1 ] || { echo "More than one target/ghelamco-alert-*.jar (${jars[*]}): keep the one to install" >&2; exit 1; }
jar="${jars[0]}"
[ -d "$here/target/lib" ] || { echo "No target/lib: build with mvn package" >&2; exit 1; }

# The display: cage (Wayland kiosk compositor) with XWayland, GTK 3 for JavaFX's GTK glass (the
# kiosk renders in software; OpenGL only for trying JavaFX's es2 pipeline, see the unit),
# pam_systemd for the kiosk's logind session.
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  cage xwayland libgtk-3-0 libgl1 libegl1 libxtst6 libxxf86vm1 libpam-systemd fonts-dejavu-core

# The kiosk's system user (the same the .deb creates); its home, the data directory, holds the store
# and JavaFX's cache of native libraries (the unit's ProtectHome hides /home).
id ghelamco >/dev/null 2>&1 || useradd --system --user-group --home-dir /var/lib/ghelamco-alert \
  --no-create-home --shell /usr/sbin/nologin ghelamco
for group in gpio video input render; do
  if getent group "$group" >/dev/null; then usermod -aG "$group" ghelamco; fi
done

systemctl stop ghelamco-alert 2>/dev/null || true   # an upgrade: never replace the jar under a running JVM

install -d -o root -g root -m 755 "$home"
install -d -o ghelamco -g ghelamco -m 750 /var/lib/ghelamco-alert
install -d -o root -g ghelamco -m 750 /etc/ghelamco-alert
ln -sfn "$jdk" "$home/jdk"
install -m 644 "$jar" "$home/ghelamco-alert.jar"
# The installed version, as the .deb writes it: kiosk-session.sh runs an over-the-air release only
# when it is newer than this.
jar_version "$jar" > "$home/VERSION"
rm -rf "$home/lib"   # no jars of an older version left on the class path
install -d -o root -g root -m 755 "$home/lib"
install -m 644 "$here"/target/lib/*.jar "$home/lib/"
install -m 755 "$pi/kiosk-launch.sh" "$pi/kiosk-session.sh" "$pi/kiosk-touch.sh" "$pi/kiosk-labwc-client.sh" "$pi/record-aot-cache.sh" "$home/"
# The labwc alternative, where the package puts it (README: on Raspberry Pi OS's desktop).
install -D -m 755 "$pi/labwc/setup-labwc.sh" /usr/share/ghelamco-alert/labwc/setup-labwc.sh
install -D -m 644 "$pi/labwc/ghelamco-alert-labwc.conf" /usr/share/ghelamco-alert/labwc/ghelamco-alert-labwc.conf
[ -f /etc/ghelamco-alert/kiosk.yaml ] || install -o root -g ghelamco -m 640 "$here/kiosk-config/kiosk.yaml" /etc/ghelamco-alert/
for extra in fixtures.yaml; do
  if [ -f "$here/kiosk-config/$extra" ] && [ ! -f "/etc/ghelamco-alert/$extra" ]; then
    install -o root -g ghelamco -m 640 "$here/kiosk-config/$extra" /etc/ghelamco-alert/
  fi
done
[ -f /etc/ghelamco-alert/ghelamco-alert.env ] || \
  install -o root -g ghelamco -m 640 "$pi/ghelamco-alert.env.example" /etc/ghelamco-alert/ghelamco-alert.env
install -m 644 "$pi/ghelamco-alert.pam" /etc/pam.d/ghelamco-alert
install -m 644 "$pi/ghelamco-alert.service" "$unit"
systemctl daemon-reload

# Ahead-of-time cache (JDK 25): a training run in demo mode, as the package does on install.
"$home/record-aot-cache.sh" "$unit"

systemctl enable ghelamco-alert
systemctl restart ghelamco-alert
echo "Installed. Follow the log with: journalctl -u ghelamco-alert -f"
