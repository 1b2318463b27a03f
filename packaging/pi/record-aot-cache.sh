#!/usr/bin/env bash
# Records the kiosk's ahead-of-time cache (JDK 25) for the installed files, as root: run by
# install.sh and by the package's postinst at every install and upgrade, so the cache always
# matches the jar and runtime it was made with (the JVM ignores a stale one, with a warning, and
# the screen comes up later). Without cage (the package only recommends it) there is no training
# run and no cache. Never fails: a failed run leaves no cache.
# Usage: record-aot-cache.sh UNIT_FILE   (the installed ghelamco-alert.service: its JAVA_OPTS)
set -uo pipefail
unit="${1:?usage: record-aot-cache.sh UNIT_FILE}"
home=/opt/ghelamco-alert
if ! command -v cage >/dev/null 2>&1; then
  echo "No cage here: no AOT cache recorded (the kiosk starts without one, slower)."
  rm -f "$home/ghelamco-alert.aot"
  exit 0
fi

# Ahead-of-time cache (JDK 25): a training run of the kiosk in demo mode (no cloud, simulated
# relay, a scratch database) records the classes it loads and links, so the screen comes up
# sooner. It runs as the service runs the kiosk (same user, JVM options, jar and session script,
# inside cage), but on cage's headless backend: the display is not needed for training, and the
# service is not running yet. A failed run leaves no cache; the kiosk then starts without one.
aot="$home/ghelamco-alert.aot"
java_opts="$(sed -n 's/^Environment="JAVA_OPTS=\(.*\)"$/\1/p' "$unit" | sed 's/ *-XX:AOTCache=[^ ]*//')"
scratch="$(mktemp -d)"
chmod 755 "$scratch"   # the ghelamco user works in its subfolders
install -d -o ghelamco -g ghelamco -m 700 "$scratch/run" "$scratch/data" "$scratch/aot"
rm -f "$aot"
echo "Training run for the AOT cache (about a minute)..."
if runuser -u ghelamco -- env -i PATH=/usr/bin:/bin HOME=/var/lib/ghelamco-alert \
     XDG_RUNTIME_DIR="$scratch/run" RUNTIME_DIRECTORY="$scratch/run" \
     WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman GDK_GL=disable \
     GHELAMCO__KIOSK__DATADIRECTORY="$scratch/data" \
     JAVA_OPTS="$java_opts -XX:AOTCacheOutput=$scratch/aot/ghelamco-alert.aot" \
     timeout 600 cage -- /bin/sh -c '"$@"; echo $? > "$RUNTIME_DIRECTORY/training.status"' \
       training "$home/kiosk-session.sh" --config /etc/ghelamco-alert/kiosk.yaml --demo --training-run \
     > "$scratch/training.log" 2>&1 \
   && [ "$(cat "$scratch/run/training.status" 2>/dev/null)" = 0 ] && [ -s "$scratch/aot/ghelamco-alert.aot" ]; then
  install -m 644 "$scratch/aot/ghelamco-alert.aot" "$aot"
  echo "AOT cache recorded: $aot"
else
  echo "WARNING: the training run failed, the kiosk starts without an AOT cache (slower). Its log:" >&2
  tail -n 20 "$scratch/training.log" >&2 || true
fi
rm -rf "$scratch"
exit 0
