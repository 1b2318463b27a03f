#!/usr/bin/env bash
# Installs Ghelamco Alert on a Raspberry Pi (4 or 5, 64-bit Raspberry Pi OS) as a systemd service.
#
# Build the jar for the Pi on any machine first (JavaFX natives for aarch64):
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -B package -DskipTests -Djavafx.platform=linux-aarch64
# then copy target/ghelamco-alert-*.jar, target/lib/, kiosk-config/ and packaging/pi/ to the Pi
# and run, as root, from the copied folder:
#   sudo bash packaging/pi/install.sh /path/to/jdk-25-aarch64
set -euo pipefail
jdk="${1:?usage: install.sh JDK25_AARCH64_HOME}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
[ -x "$jdk/bin/java" ] || { echo "No java in $jdk/bin" >&2; exit 1; }

id kiosk >/dev/null 2>&1 || useradd --system --create-home --shell /usr/sbin/nologin kiosk
for group in gpio video input render; do
  getent group "$group" >/dev/null && usermod -aG "$group" kiosk
done

install -d -o root -g root -m 755 /opt/ghelamco-alert /opt/ghelamco-alert/lib
install -d -o kiosk -g kiosk -m 750 /var/lib/ghelamco-alert
install -d -o root -g kiosk -m 750 /etc/ghelamco-alert
ln -sfn "$jdk" /opt/ghelamco-alert/jdk
install -m 644 "$here"/target/ghelamco-alert-*.jar /opt/ghelamco-alert/ghelamco-alert.jar
cp -r "$here"/target/lib/. /opt/ghelamco-alert/lib/
[ -f /etc/ghelamco-alert/kiosk.yaml ] || install -o root -g kiosk -m 640 "$here/kiosk-config/kiosk.yaml" /etc/ghelamco-alert/
for extra in fixtures.yaml; do
  if [ -f "$here/kiosk-config/$extra" ] && [ ! -f "/etc/ghelamco-alert/$extra" ]; then
    install -o root -g kiosk -m 640 "$here/kiosk-config/$extra" /etc/ghelamco-alert/
  fi
done
[ -f /etc/ghelamco-alert/ghelamco-alert.env ] || \
  install -o root -g kiosk -m 640 "$here/packaging/pi/ghelamco-alert.env.example" /etc/ghelamco-alert/ghelamco-alert.env

install -m 644 "$here/packaging/pi/ghelamco-alert.service" /etc/systemd/system/ghelamco-alert.service
systemctl daemon-reload
systemctl enable --now ghelamco-alert
echo "Installed. Follow the log with: journalctl -u ghelamco-alert -f"
