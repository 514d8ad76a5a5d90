# Inside dbus-run-session: the AT-SPI bus, the app on Xvfb with Qt's AT-SPI bridge, then the reader.
here="$(dirname "$0")"
/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus=$!
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 xvfb-run -a "$1" "$here/board_app.py" 25 >/dev/null 2>&1 &
app=$!
/usr/bin/python3 "$here/read_board.py" 20
status=$?
kill $app $bus 2>/dev/null
wait
exit $status
