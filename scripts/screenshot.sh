#!/usr/bin/env bash
# Screenshot of the window: runs OCRDesk under Xvfb on the sample document, recognises it, and
# saves the screen to docs/screenshot.png (or the path given).
#
#   scripts/screenshot.sh [OUTPUT.png]
#
# Environment: IMAGE (default ocrdesk/resources/samples/sample_document.png; a generated test page when
# that is missing), PYTHON (default .venv/bin/python), APP (default "-m ocrdesk"), DISPLAY_NUM (99),
# TIMEOUT seconds to wait for recognition (60). Needs Xvfb, xdotool and ImageMagick's `import`.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${1:-docs/screenshot.png}
PYTHON=${PYTHON:-.venv/bin/python}
APP=${APP:--m ocrdesk}
DISPLAY_NUM=${DISPLAY_NUM:-99}
TIMEOUT=${TIMEOUT:-60}
WIDTH=1400
HEIGHT=900
IMPORT=/usr/bin/import # not the `convert` stub on PATH

for tool in Xvfb xdotool "$IMPORT"; do
    command -v "$tool" >/dev/null || { echo "screenshot: $tool is not installed" >&2; exit 2; }
done

WORK=$(mktemp -d)
XVFB_PID=""
APP_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

IMAGE=${IMAGE:-ocrdesk/resources/samples/sample_document.png}
if [ ! -f "$IMAGE" ]; then
    IMAGE="$WORK/test_page.png"
    "$PYTHON" - "$IMAGE" <<'PY'
import sys
from PIL import Image, ImageDraw, ImageFont
lines = ["Invoice No. 2024-0117", "姓名 张三", "Total 1,280.00", "北京市朝阳区建国路88号"]
image = Image.new("RGB", (1100, 700), "white")
draw = ImageDraw.Draw(image)
try:
    font = ImageFont.truetype("NotoSansCJK-Regular.ttc", 48)
except OSError:
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 48)
for i, text in enumerate(lines):
    draw.text((80, 80 + i * 140), text, fill="black", font=font)
image.save(sys.argv[1])
PY
fi

Xvfb ":$DISPLAY_NUM" -screen 0 "${WIDTH}x${HEIGHT}x24" -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY=":$DISPLAY_NUM"
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

# fresh settings and logs: default layout, and a log to watch for the end of recognition
export OCRDESK_CONFIG_DIR="$WORK/config" OCRDESK_DATA_DIR="$WORK/data" ORT_DISABLE_TELEMETRY=1
export QT_QPA_PLATFORM=xcb PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring
# shellcheck disable=SC2086  # APP may be "-m ocrdesk"
"$PYTHON" $APP --auto-recognize "$IMAGE" >"$WORK/app.log" 2>&1 &
APP_PID=$!

WINDOW=""
for _ in $(seq 100); do
    WINDOW=$(xdotool search --onlyvisible --name "OCRDesk" 2>/dev/null | head -n1 || true)
    [ -n "$WINDOW" ] && break
    sleep 0.1
done
[ -n "$WINDOW" ] || { echo "screenshot: the window did not appear" >&2; cat "$WORK/app.log" >&2; exit 1; }
xdotool windowmove "$WINDOW" 0 0 windowsize "$WINDOW" "$WIDTH" "$HEIGHT"

LOG="$OCRDESK_DATA_DIR/logs/ocrdesk.log"
deadline=$((SECONDS + TIMEOUT))
until grep -q "recognised" "$LOG" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ] || ! kill -0 "$APP_PID" 2>/dev/null; then
        echo "screenshot: recognition did not finish" >&2
        cat "$WORK/app.log" "$LOG" >&2 2>/dev/null || true
        exit 1
    fi
    sleep 0.2
done
# Review like an operator: the cursor starts on the first field; on the sample, correct line 4
# (the engine reads "日期2026-11-21" without the space), then move on so the edit mark shows.
if [ "${DEMO_EDIT:-1}" = 1 ] && [ "$IMAGE" = ocrdesk/resources/samples/sample_document.png ]; then
    sleep 0.5
    xdotool windowfocus --sync "$WINDOW" 2>/dev/null || true
    xdotool key --delay 80 Down Down Down
    xdotool type --delay 60 "日期 2026-11-21"
    xdotool key --delay 120 Return Down Down
fi
sleep 1.0
mkdir -p "$(dirname "$OUT")"
"$IMPORT" -window root "$OUT"
echo "screenshot: wrote $OUT"
