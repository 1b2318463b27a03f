#!/usr/bin/env bash
# Builds the kiosk's .deb for this machine's architecture (jpackage cannot cross-build): called by
# `mvn -Ppackage package` after the jar and target/lib are there (JavaFX natives for the platform
# Maven was told: -Djavafx.platform=linux-aarch64 on the Pi's runner).
#
# 1. jdeps finds the JDK modules the jar and its libraries use; jlink makes a runtime of those
#    plus the JavaFX jars as modules (their native libraries inside; JavaFX unpacks them into
#    ~/.openjfx/cache of the service user, whose home is the data directory).
# 2. jpackage makes the application image of the jar, target/lib (minus JavaFX, now in the
#    runtime) and that runtime, with its launcher bin/ghelamco-alert.
# 3. dpkg-deb makes the .deb of it, installed under /opt/ghelamco-alert, with what jpackage's own
#    .deb cannot hold: the configuration under /etc/ghelamco-alert as conffiles, the systemd unit
#    and its PAM file, the launch scripts, /usr/bin/ghelamco-alert, the maintainer scripts (user,
#    groups, data, purge), Recommends, and libgtk-3-0 among the Depends. jpackage's .deb was also
#    slower to build (xz, twice the time of everything else on a busy 2-CPU machine).
#
# Usage: build-deb.sh JAVA_HOME VERSION PROJECT_DIR   (writes target/ghelamco-alert_<version>_<arch>.deb)
set -euo pipefail
jdk="$1"
version="$2"
project="$3"
target="$project/target"
work="$target/deb"
name=ghelamco-alert
rm -rf "$work"
mkdir -p "$work/input/lib" "$work/fx"

cp "$target/$name-$version.jar" "$work/input/$name.jar"
for jar in "$target"/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux*.jar) cp "$jar" "$work/fx/" ;;   # the platform's JavaFX: into the runtime, as modules
    javafx-*.jar) ;;                                # the empty jars that only select the platform's
    *) cp "$jar" "$work/input/lib/" ;;
  esac
done
# The jar's manifest names its class path as lib/<file>: the JavaFX entries are left unresolved, harmless.
classpath="$(find "$work/input/lib" -name '*.jar' | sort | tr '\n' ':')"

echo "jdeps: the JDK modules the kiosk uses"
modules="$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 25 \
  --module-path "$work/fx" --add-modules javafx.controls --class-path "$classpath" "$work/input/$name.jar")"
# Found by name at run time, so jdeps cannot see them: Dutch and French month and day names
# (fixture pages), page encodings, sun.misc.Unsafe (looked up reflectively by libraries), EC
# keys for the cloud's TLS, zip file systems.
modules="$modules,javafx.controls,jdk.localedata,jdk.charsets,jdk.unsupported,jdk.crypto.ec,jdk.zipfs"
echo "jlink: $modules"
"$jdk/bin/jlink" --module-path "$work/fx" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress zip-6 --output "$work/runtime"

deb_version="${version/-SNAPSHOT/~SNAPSHOT}"
echo "jpackage: the application image (launcher, jar, libraries, runtime)"
"$jdk/bin/jpackage" --type app-image --dest "$work/image" --name "$name" --app-version "${version%%-*}" \
  --description "Ghelamco Alert lobby kiosk: alarm light before every event at the stadium" \
  --vendor "Ghelamco Alert" --input "$work/input" --main-jar "$name.jar" --main-class be.ghelamcoalert.app.Main \
  --runtime-image "$work/runtime" --java-options "--enable-native-access=ALL-UNNAMED"

root="$work/root"
install -d "$root/DEBIAN" "$root/opt"
cp -a "$work/image/$name" "$root/opt/$name"
pi="$project/packaging/pi"
deb="$project/packaging/deb"
home="$root/opt/$name"
# The same layout as packaging/pi/install.sh, so the unit and its scripts serve both.
ln -s lib/runtime "$home/jdk"
ln -s "lib/app/$name.jar" "$home/$name.jar"
install -m 755 "$pi/kiosk-launch.sh" "$pi/kiosk-session.sh" "$pi/kiosk-touch.sh" "$pi/kiosk-labwc-client.sh" \
  "$pi/record-aot-cache.sh" "$home/"
# The labwc alternative (Raspberry Pi OS's desktop instead of cage on tty1): setup-labwc.sh and the
# service's drop-in it installs.
install -D -m 755 "$pi/labwc/setup-labwc.sh" "$root/usr/share/$name/labwc/setup-labwc.sh"
install -D -m 644 "$pi/labwc/ghelamco-alert-labwc.conf" "$root/usr/share/$name/labwc/ghelamco-alert-labwc.conf"
# The packaged version: kiosk-session.sh runs an over-the-air release only when it is newer than this.
echo "$version" > "$home/VERSION"
install -d "$root/usr/bin"
ln -s "/opt/$name/bin/$name" "$root/usr/bin/$name"
install -d -m 750 "$root/etc/$name" "$root/etc/$name/certs"
install -m 640 "$project/kiosk-config/kiosk.yaml" "$project/kiosk-config/fixtures.yaml" "$root/etc/$name/"
install -m 640 "$pi/ghelamco-alert.env.example" "$root/etc/$name/ghelamco-alert.env"
install -D -m 644 "$pi/ghelamco-alert.pam" "$root/etc/pam.d/$name"
install -D -m 644 "$pi/ghelamco-alert.service" "$root/lib/systemd/system/$name.service"
install -D -m 644 "$deb/copyright" "$root/usr/share/doc/$name/copyright"

install -m 755 "$deb/postinst" "$deb/prerm" "$deb/postrm" "$root/DEBIAN/"
printf '%s\n' "/etc/$name/kiosk.yaml" "/etc/$name/fixtures.yaml" "/etc/$name/ghelamco-alert.env" "/etc/pam.d/$name" \
  > "$root/DEBIAN/conffiles"
installed_kb="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
arch="$(dpkg --print-architecture)"

# Depends as jpackage's own .deb finds them: the packages of the shared libraries the launcher and
# the runtime link to (ldd, dpkg -S); plus libgtk-3-0, which JavaFX opens by dlopen, so no tool
# sees it (measured: jpackage's .deb lacked it, and the kiosk then has no screen).
libraries="$({ find "$root/opt/$name" -type f \( -name '*.so' -o -perm -u+x \) -exec ldd {} + 2>/dev/null || true; } \
  | sed -n 's/.*=> \(\/[^ ]*\) .*/\1/p' | grep -v "^$root/" | sort -u)"
packages="$(for library in $libraries; do
  dpkg -S "$library" 2>/dev/null || dpkg -S "$(readlink -f "$library")" 2>/dev/null || echo "not packaged: $library" >&2
done | cut -d: -f1 | sort -u)"
depends="$(printf '%s\n' $packages libgtk-3-0 | sort -u | paste -sd, | sed 's/,/, /g')"
cat > "$root/DEBIAN/control" <<CONTROL
Package: $name
Version: $deb_version
Section: misc
Priority: optional
Architecture: $arch
Maintainer: Ghelamco Alert <kiosk@ghelamco-alert.invalid>
Installed-Size: $installed_kb
Depends: $depends
Recommends: cage, xwayland, libpam-systemd
Suggests: wlr-randr, x11-xserver-utils, wtype
Description: Ghelamco Alert lobby kiosk
 Switches an alarm light on before every event at the stadium, so that the car park is cleared in
 time. Carries its own Java runtime (jlinked, with JavaFX). Configuration in /etc/ghelamco-alert,
 data in /var/lib/ghelamco-alert, service ghelamco-alert.service. Check it: ghelamco-alert self-test.
CONTROL

out="$target/${name}_${deb_version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip -b "$root" "$out" >/dev/null
echo "Built $out: $(du -k "$out" | cut -f1) kB, installed $installed_kb kB"
echo "Depends: $depends"
