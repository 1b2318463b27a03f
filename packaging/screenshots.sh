#!/usr/bin/env bash
# Takes a screenshot of every screen of the demo at 800x480 (the lobby display) and 720x1280
# (portrait), under Xvfb, into assets/screenshots/. Needs xvfb, imagemagick (import) and xdotool.
#   bash packaging/screenshots.sh            # both sizes
#   bash packaging/screenshots.sh 800x480    # one size
#   ONLY=settings bash packaging/screenshots.sh   # one screen (dashboard, new-event, ..., settings, update)
#   WAIT=40 ONLY=update bash packaging/screenshots.sh   # a slow machine: wait longer before the shot
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
[ -x "$JAVA_HOME/bin/java" ] || JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
out=assets/screenshots
mkdir -p "$out"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(800x480 720x1280)

mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >/dev/null
classpath="target/classes:$(cat target/classpath.txt)"

# One demo run under its own X server: start on $screen, wait, shoot; optional extra shots after taps.
shoot() {
  local size=$1 screen=$2 wait=$3; shift 3
  local width=${size%x*} height=${size#*x} data
  data=$(mktemp -d)
  GHELAMCO__KIOSK__DATADIRECTORY="$data" GHELAMCO__UI__FULLSCREEN=false \
  GHELAMCO__UI__WIDTH="$width" GHELAMCO__UI__HEIGHT="$height" GHELAMCO__UI__STARTSCREEN="$screen" \
  GHELAMCO__UI__NIGHTMODE__ENABLED="${NIGHT:-false}" GHELAMCO__UI__NIGHTMODE__FROM="${NIGHT_FROM:-22:00}" \
  GHELAMCO__UI__NIGHTMODE__UNTIL="${NIGHT_UNTIL:-06:30}" GHELAMCO_LOG_LEVEL=WARN \
  xvfb-run -a -n "$((200 + RANDOM % 500))" -s "-screen 0 ${size}x24" bash -c '
      "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dprism.order=sw -cp "$1" \
          be.ghelamcoalert.app.Main --demo &
      app=$!
      sleep "$3"
      import -window root "$4"
      shift 4
      while [ $# -ge 2 ]; do
        xdotool mousemove "${1%,*}" "${1#*,}" click 1
        sleep 2
        import -window root "$2"
        shift 2
      done
      kill $app; wait $app || true' shoot "$classpath" unused "$wait" "$out/${NAME:-$screen}-$size.png" "$@"
  rm -rf "$data"
  echo "saved $out/${NAME:-$screen}-$size.png $*"
}

only=${ONLY:-}
want() { [ -z "$only" ] || [ "$only" = "$1" ]; }

for size in "${sizes[@]}"; do
  width=${size%x*}
  # The demo's first match reaches its light stage 40 s after start: the dashboard shows it then.
  # A tap on the hero's words opens that event's detail.
  if want dashboard; then shoot "$size" dashboard "${DASHBOARD_WAIT:-48}" "$((width / 3)),110" "$out/event-$size.png"; fi
  if want new-event; then shoot "$size" new-event 15; fi
  if want remote-commands; then shoot "$size" remote-commands "${WAIT:-15}"; fi
  if want metrics; then shoot "$size" metrics 15; fi
  # The admin screen opens without the PIN only as a start screen (whoever edits the config knows the PIN).
  # Night mode on there, for a night that starts three hours from now (so the shot is not dimmed).
  if want settings; then
    NIGHT=true NIGHT_FROM=$(TZ=Europe/Brussels date -d '+3 hour' +%H:00) \
        NIGHT_UNTIL=$(TZ=Europe/Brussels date -d '+9 hour' +%H:30) shoot "$size" settings 15
  fi
  # Just after an update (the demo simulates one): kept, and rolled back. The status bar says so for a minute.
  if want update; then
    GHELAMCO_DEMO_UPDATE=kept NAME=update-kept shoot "$size" remote-commands "${WAIT:-15}"
    GHELAMCO_DEMO_UPDATE=rolled-back NAME=update-rolled-back shoot "$size" remote-commands "${WAIT:-15}"
    GHELAMCO__KIOSK__LANGUAGE=en GHELAMCO_DEMO_UPDATE=rolled-back NAME=update-rolled-back-en shoot "$size" remote-commands "${WAIT:-15}"
  fi
done
