# Inside dbus-run-session: the AT-SPI bus, a virtual X server, the app with Qt's AT-SPI bridge, then the reader.
#   run.sh PYTHON APP.py READER.py SECONDS
# The app runs under PYTHON (the project's), the reader under the system's python3 (pyatspi), with DISPLAY set
# so it can press keys (xdotool). SECONDS bounds how long the reader looks for the app; the app itself is
# stopped when the reader is done (and stops by itself after 3 × SECONDS). Every process started here is
# stopped here, the X server too (xvfb-run in the background would leave its Xvfb behind when killed).
#
# The accessibility bus's socket lives in $XDG_RUNTIME_DIR/at-spi/ (else ~/.cache/at-spi/bus): one path for
# every run of this script on the machine. Two runs at once (two test runs, or CI beside a developer) then
# took over each other's bus, and a reader found the other run's app or none. Each run has its own folder.
here="$(dirname "$0")"
seconds="${4:-20}"
dir="$(mktemp -d)"
mkdir -m 700 "$dir/runtime"
export XDG_RUNTIME_DIR="$dir/runtime"
unset AT_SPI_BUS_ADDRESS
Xvfb -displayfd 5 -screen 0 1280x1024x24 -nolisten tcp 5>"$dir/display" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 300); do [ -s "$dir/display" ] && break; sleep 0.1; done
if [ ! -s "$dir/display" ]; then
  echo "Xvfb gave no display within 30 s" >&2
  kill $xvfb 2>/dev/null
  wait
  rm -rf "$dir"
  exit 3
fi
# the launcher, and the registry it starts, on this X server (never on one of the caller's)
export DISPLAY=":$(head -n1 "$dir/display")"
/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus=$!
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$1" "$here/$2" $((seconds * 3)) >"$dir/app.log" 2>&1 &
app=$!
/usr/bin/python3 "$here/$3" "$seconds"
status=$?
[ $status -ne 0 ] && tail -n 40 "$dir/app.log" >&2
kill $app $xvfb $bus 2>/dev/null
wait
rm -rf "$dir"
exit $status
