# Inside dbus-run-session: the AT-SPI bus, a virtual X server, the app with Qt's AT-SPI bridge, then the reader.
#   run.sh PYTHON APP.py READER.py SECONDS
# The app runs under PYTHON (the project's), the reader under the system's python3 (pyatspi), with DISPLAY set
# so it can press keys (xdotool). Every process started here is stopped here, the X server too (xvfb-run in
# the background would leave its Xvfb behind when killed).
here="$(dirname "$0")"
seconds="${4:-20}"
dir="$(mktemp -d)"
/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus=$!
Xvfb -displayfd 5 -screen 0 1280x1024x24 -nolisten tcp 5>"$dir/display" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -s "$dir/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$dir/display")"
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$1" "$here/$2" $((seconds + 5)) >"$dir/app.log" 2>&1 &
app=$!
/usr/bin/python3 "$here/$3" "$seconds"
status=$?
[ $status -ne 0 ] && tail -n 40 "$dir/app.log" >&2
kill $app $xvfb $bus 2>/dev/null
wait
rm -rf "$dir"
exit $status
