#!/usr/bin/env bash
# End-to-end test of the real designer window under Xvfb.
#
#   tests/e2e/drag_and_save.sh path/to/release/ciclo
#
# Opens a copy of examples/restaurant.en.ron, finds a critical (red) node on screen, drags
# it along the ring with the mouse, presses Ctrl+S, and checks that the saved file changed
# (the moment now has a placed angle, or the sequence changed); then shrinks the window to
# a projector's 1024×768 and checks the cycle still shows. Builds nothing.
# Needs: Xvfb, xdotool, ImageMagick's `import` and `convert` (in /usr/bin).
# Set E2E_ARTIFACTS=DIR to keep the screenshots.

set -euo pipefail

BIN=${1:?usage: $0 path/to/ciclo}
BIN=$(realpath "$BIN")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
IM_IMPORT=/usr/bin/import
IM_CONVERT=/usr/bin/convert
TMP=$(mktemp -d)
APP_PID=""
XVFB_PID=""

log() { printf 'e2e: %s\n' "$*" >&2; }
fail() {
    log "FAIL: $*"
    if [[ -n "${DISPLAY:-}" ]]; then shot failure || true; fi
    [[ -f "$TMP/app.log" ]] && sed 's/^/app: /' "$TMP/app.log" >&2
    exit 1
}
cleanup() {
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true
    [[ -n "$XVFB_PID" ]] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$TMP"
}
trap cleanup EXIT

# Polls COMMAND every 0.2 s until it succeeds or SECONDS pass.
wait_for() {
    local seconds=$1 what=$2
    shift 2
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || fail "timed out after ${seconds}s waiting for $what"
        sleep 0.2
    done
}

shot() {
    local name=$1
    "$IM_IMPORT" -window root "$TMP/$name.png"
    if [[ -n "${E2E_ARTIFACTS:-}" ]]; then
        mkdir -p "$E2E_ARTIFACTS"
        cp "$TMP/$name.png" "$E2E_ARTIFACTS/"
    fi
}

# Prints "X Y" of the centre of the first critical node (#C62828 disc) on screen. Thin red
# text (the moment list) is eroded away; only filled discs survive. The erosion radius
# (default 2) must be smaller for the small discs of a 1024-point window.
find_red_node() {
    local erode=${1:-2}
    shot screen
    "$IM_CONVERT" "$TMP/screen.png" -fill black +opaque "#C62828" -fill white -opaque "#C62828" \
        -morphology Erode "Disk:$erode" \
        -define connected-components:verbose=true -define connected-components:area-threshold=4 \
        -connected-components 8 null: 2>/dev/null |
        awk '/srgb\(255,255,255\)/ { split($3, c, ","); printf "%d %d\n", c[1], c[2]; exit }' |
        grep .
}

# Start a private X server on a free display number.
exec 3<> <(:)
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$TMP/xvfb.log" 2>&1 &
XVFB_PID=$!
read -r -t 30 -u 3 DISPLAY_NUM || fail "Xvfb did not start: $(cat "$TMP/xvfb.log")"
export DISPLAY=":$DISPLAY_NUM"
log "Xvfb on $DISPLAY"

# A fresh home: no saved settings, no recovery copy, English UI.
export HOME="$TMP/home" XDG_DATA_HOME="$TMP/home/data" XDG_CONFIG_HOME="$TMP/home/config"
export LANG=en_US.UTF-8 LC_ALL=
mkdir -p "$HOME"
FILE="$TMP/cycle.ron"
cp "$ROOT/examples/restaurant.en.ron" "$FILE"
cp "$FILE" "$TMP/original.ron"

"$BIN" "$FILE" >"$TMP/app.log" 2>&1 &
APP_PID=$!

wait_for 60 "the window" xdotool search --name "cycle.ron"
WID=$(xdotool search --name "cycle.ron" | head -n1)
log "window $WID: $(xdotool getwindowname "$WID")"
wait_for 30 "a critical node on the canvas" find_red_node
read -r X Y < <(find_red_node)
log "critical node at $X,$Y"
xdotool windowfocus --sync "$WID" 2>/dev/null || true

# Drag it 80 px down, in small steps, like a hand would.
xdotool mousemove --sync "$X" "$Y"
xdotool mousedown 1
for i in $(seq 1 16); do
    xdotool mousemove --sync "$X" $((Y + 5 * i))
    sleep 0.03
done
xdotool mouseup 1
wait_for 10 "the unsaved-changes mark in the title" bash -c "xdotool getwindowname $WID | grep -q '●'"
shot dragged

BEFORE=$(stat -c %Y.%s "$FILE")
xdotool key --window "$WID" --clearmodifiers ctrl+s
wait_for 10 "the file to be saved" bash -c "[[ \$(stat -c %Y.%s '$FILE') != '$BEFORE' ]] || ! cmp -s '$FILE' '$TMP/original.ron'"
wait_for 10 "the title to lose the unsaved mark" bash -c "! xdotool getwindowname $WID | grep -q '●'"

cmp -s "$FILE" "$TMP/original.ron" && fail "the saved file is unchanged"
if ! grep -q "angle:" "$FILE"; then
    diff <(grep -E '^\s+name:' "$TMP/original.ron") <(grep -E '^\s+name:' "$FILE") >/dev/null &&
        fail "neither the sequence nor any angle changed"
fi
log "saved file changed:"
diff "$TMP/original.ron" "$FILE" | head -n 20 >&2 || true

# Projector size: shrink the window to 1024×768, fit to view, and look again. The cycle
# must still show whole on the canvas (a critical node inside the window) and the
# screenshot is kept with the others.
xdotool windowsize --sync "$WID" 1024 768 2>/dev/null || xdotool windowsize "$WID" 1024 768
sleep 1
xdotool key --window "$WID" --clearmodifiers ctrl+0
sleep 1
read -r W H < <(xdotool getwindowgeometry "$WID" | awk '/Geometry/ { split($2, s, "x"); print s[1], s[2] }')
log "window now ${W}x${H}"
[[ "$W" -le 1024 && "$H" -le 768 ]] || fail "the window did not shrink to 1024x768 (${W}x${H})"
wait_for 10 "a critical node at 1024x768" find_red_node 1
read -r X Y < <(find_red_node 1)
((X < W && Y < H)) || fail "the critical node at $X,$Y is outside the ${W}x${H} window"
shot projector-1024x768
log "critical node at $X,$Y in the ${W}x${H} window"

# Quit cleanly: nothing is unsaved, so no prompt.
xdotool key --window "$WID" --clearmodifiers ctrl+q
wait_for 20 "the app to exit" bash -c "! kill -0 $APP_PID"
APP_PID=""
log "PASS"
